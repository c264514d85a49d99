// Stage 3: what a quantity is about — subject, metric, base, time, kind and speaker — read from its sentence.
import type { ClaimKind, ClaimTime, Span, SubjectRule } from './types.js';
import { findEntities, type Entity } from './entities.js';
import { sexOfPronoun, type Sex } from './names.js';
import { codeAt, isApostrophe, isDigitCode, isUpperCode, lastIndexBetween, lowerCase, patternOnFirstUse } from './characters.js';
import { firstAtOrAfter, quotationMarksOf } from './positions.js';
import { readsAsParticiple } from './mentions.js';
import { METRIC_DETAILS, PHRASES_BY_NODE, type Phrase, type PhrasesStartingWith } from './tables/phrases.generated.js';
import { VOCABULARY_TRIE, type VocabularyTrie } from './tables/vocabulary.generated.js';
import { DEMONYMS } from './tables/known-names.generated.js';
import {
  ACCORDING_TO_BEFORE,
  ATTRIBUTED_NOUNS,
  RELATIVE_YEAR_SHIFT,
  CLAUSE_OPENERS,
  YEAR_PREPOSITIONS,
  YEAR_SPAN_JOINERS,
  YEAR_SPAN_OPENERS,
} from './tables/cue-phrases.js';

export interface SentenceContext {
  span: Span;
  entities: Entity[];
  /** Countries and organisations; people only when the sentence names neither. */
  subjects: Entity[];
  /** People and organisations, who can be quoted. */
  speakers: Entity[];
  /** Names that are objects ("agreements with India and China", "I ask Congress"), never a clause's subject. */
  objects: Set<Entity>;
  /** Names that modify the noun after them ("the Kennedy plan", "an Apple user"): no subject of the sentence's numbers. */
  modifiers: Set<Entity>;
  /** Set by `refersToState` the first time a number of the sentence asks. */
  refersToState?: boolean;
  /** Set by the subject's rules the first time a number of the sentence asks. */
  pluralNicknames?: Set<Entity>;
  clauseBreaks: number[];
  /**
   * `clause`: the subordinate clause or aside that holds the year, whose event it dates ("since ... in 2001"), if any.
   * `asOf`: the year of a date the figures are stated at ("as on April 25, 2020"), which dates every figure of the sentence.
   */
  years: { year: number; deadline: boolean; start: number; clause: Span | null; asOf: boolean }[];
  /**
   * `future`: a bare "will" (a forecast of the numbers after it in its clause) or "will be" (also of the number
   * before it, "$900 billion will be due", unless a plan was said before: "pledged 5%, of which 3.5% will be ...").
   */
  cues: { kind: ClaimKind; start: number; future: 'will' | 'will be' | null }[];
  metrics: { key: string; label: string; start: number; end: number; impliedBase: string | null }[];
  speechCues: { start: number; end: number; accordingTo: boolean; possessive: string | null }[];
}

/** The longest of `candidates` (longest first, all starting with the index-th word) written at that word, if any. */
function longestPhraseAt<T>(candidates: readonly Phrase<T>[] | undefined, words: SentenceWords, index: number): Phrase<T> | undefined {
  if (candidates) {
    for (const candidate of candidates) {
      let at = 1;
      while (at < candidate.words.length && words.lowerAt(index + at) === candidate.words[at]) at += 1;
      if (at === candidate.words.length) return candidate;
    }
  }
  return undefined;
}

/**
 * The words of the sentence being read (letters, digits, "&"), with their offsets: one instance, refilled for
 * every sentence, so that reading a sentence allocates nothing per word.
 */
class SentenceWords {
  count = 0;
  /** Lower case; '' for a word that no lookup of the sentence reader can match. */
  private readonly lowers: string[] = [];
  /** The phrases that start with each word: its vocabulary node's, so that no word is looked up by its text. */
  private readonly phrases: (PhrasesStartingWith | null)[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Reads the words of `span`, and its clause breaks into `clauseBreaks` on the way, so the sentence is walked once. */
  fill(text: string, span: Span, clauseBreaks: number[]): void {
    let count = 0;
    let cursor = span.start;
    while (cursor < span.end) {
      const code = codeAt(text, cursor);
      if (!isWordCode(code)) {
        if ((code < 64 || code === 0x2013 || code === 0x2014) && isClauseBreak(text, cursor)) clauseBreaks.push(cursor);
        cursor += 1;
        continue;
      }
      const start = cursor;
      const first = code;
      // Walks the vocabulary while reading the word: a capitalized word is matched in lower case, as toLowerCase would.
      const edges = first >= 65 && first <= 90 ? FOLDED_EDGES : EXACT_EDGES;
      let node = isDigitCode(first) ? NO_NODE : 0;
      while (cursor < span.end) {
        const letter = codeAt(text, cursor);
        if (!isWordCode(letter)) break;
        if (node !== NO_NODE) node = VOCABULARY.next(node, letter, edges);
        cursor += 1;
      }
      this.lowers[count] =
        node === NO_NODE
          ? isDigitCode(first) && isYearShaped(text, start, cursor)
            ? text.slice(start, cursor)
            : ''
          : VOCABULARY.wordAt(node);
      this.phrases[count] = node === NO_NODE ? null : VOCABULARY.phrasesAt(node);
      this.starts[count] = start;
      this.ends[count] = cursor;
      count += 1;
    }
    this.count = count;
  }

  /** '' past either end. */
  lowerAt(index: number): string {
    return index >= 0 && index < this.count ? this.lowers[index]! : '';
  }

  /** The phrases that start with the word at `index` (those of its vocabulary node). */
  phrasesAt(index: number): PhrasesStartingWith | null {
    return this.phrases[index] ?? null;
  }

  startAt(index: number): number {
    return this.starts[index]!;
  }

  endAt(index: number): number {
    return this.ends[index]!;
  }
}

/** Word characters (letters in lower case, digits, "&") as trie edges. */
const EDGES = 37;
const NO_NODE = -1;

/** Trie edge by character code (word characters are ASCII): exact, and with capitals read as lower case. */
const EXACT_EDGES = new Int8Array(128).fill(NO_NODE);
const FOLDED_EDGES = new Int8Array(128).fill(NO_NODE);
fillEdges();

function fillEdges(): void {
  for (let code = 97; code <= 122; code += 1) {
    EXACT_EDGES[code] = code - 97;
    FOLDED_EDGES[code] = code - 97;
    FOLDED_EDGES[code - 32] = code - 97;
  }
  for (let code = 48; code <= 57; code += 1) {
    EXACT_EDGES[code] = code - 48 + 26;
    FOLDED_EDGES[code] = code - 48 + 26;
  }
  EXACT_EDGES[38] = 36;
  FOLDED_EDGES[38] = 36;
}

/**
 * Every word the sentence reader looks up, as a trie over character codes: a sentence's words are matched while
 * they are read, so words outside it are never sliced or hashed, and words in it come out as the same strings.
 * Built by scripts/generate-extraction-tables.ts, not at import: inserting its 800 words a character at a time made V8
 * optimize the insertion (TurboFan) on every cold start of the extract function (bench/results.md).
 */
class Vocabulary {
  /**
   * The child of each node by edge, plus one (0: none), so the fresh zeroed array needs no fill; 16 bits (the generator
   * keeps the nodes under 2^15): built in 0.25 ms at import, where 32 bits filled with -1 took 1.5 (bench/results.md).
   */
  private readonly edges: Int16Array;
  private readonly words: readonly string[];
  private readonly phrases: readonly (PhrasesStartingWith | null)[];

  constructor(trie: VocabularyTrie, phrasesByNode: readonly (PhrasesStartingWith | null)[]) {
    this.words = trie.words;
    this.phrases = phrasesByNode;
    this.edges = new Int16Array(trie.words.length * EDGES);
    for (let node = 1; node < trie.words.length; node += 1) {
      this.edges[trie.parents[node]! * EDGES + EXACT_EDGES[codeAt(trie.characters, node)]!] = node + 1;
    }
  }

  /** The node after reading the word character `code` from `node` (`edges`: EXACT_EDGES or FOLDED_EDGES), or NO_NODE. */
  next(node: number, code: number, edges: Int8Array): number {
    const edge = edges[code]!;
    return edge === NO_NODE ? NO_NODE : this.edges[node * EDGES + edge]! - 1;
  }

  /** The word ending at `node`, or '' when none does. */
  wordAt(node: number): string {
    return this.words[node]!;
  }

  /** The phrases that start with the word ending at `node`, or null. */
  phrasesAt(node: number): PhrasesStartingWith | null {
    return this.phrases[node] ?? null;
  }
}

const VOCABULARY = new Vocabulary(VOCABULARY_TRIE, PHRASES_BY_NODE);

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 38;
}

/** Four digits starting 19 or 20. */
function isYearShaped(text: string, start: number, end: number): boolean {
  const first = codeAt(text, start);
  const second = codeAt(text, start + 1);
  return (
    end - start === 4 &&
    ((first === 49 && second === 57) || (first === 50 && second === 48)) &&
    isDigitCode(codeAt(text, start + 2)) &&
    isDigitCode(codeAt(text, start + 3))
  );
}

/** "1,2024" or "3.2019": digits that continue a number are no year. */
function continuesNumber(text: string, start: number, end: number): boolean {
  const before = codeAt(text, start - 1);
  const after = codeAt(text, end);
  return isDigitCode(before) || before === 44 || before === 46 || ((after === 44 || after === 46) && isDigitCode(codeAt(text, end + 1)));
}

function isClauseBreak(text: string, index: number): boolean {
  const code = codeAt(text, index);
  if (code === 59 || code === 58 || code === 44 || code === 40 || code === 41) return true;
  return (code === 0x2014 || code === 0x2013 || code === 45) && codeAt(text, index - 1) === 32 && codeAt(text, index + 1) === 32;
}

/** "Trump's threat of": the possessive name is the speaker. */
function addPossessiveSpeaker(text: string, words: SentenceWords, index: number, speechCues: SentenceContext['speechCues']): void {
  const start = words.startAt(index);
  const end = words.endAt(index);
  if (ATTRIBUTED_NOUNS.has(words.lowerAt(index + 2)) && isUpperCode(codeAt(text, start)) && isApostrophe(codeAt(text, end))) {
    speechCues.push({ start, end: words.endAt(index + 1), accordingTo: false, possessive: text.slice(start, end) });
  }
}

/** Speech verbs that are also plural nouns ("its subordinated notes", "estimates of 5%", "the reports"). */
const NOUN_OR_VERB = new Set(['notes', 'reports', 'claims', 'estimates', 'states', 'forecasts', 'projects', 'warns', 'tweets', 'posts']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'who', 'which', 'that', 'also']);

/** Participles of speech verbs that modify a noun after a determiner ("its posted price", "the projected deficit"). */
const PARTICIPLE_OR_VERB = new Set(['posted', 'reported', 'estimated', 'projected', 'forecast', 'predicted', 'stated', 'claimed']);
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an', 'this', 'that', 'these', 'those']);

/**
 * A noun or an adjective, not the verb: "notes" and its kind say something only after a name or a subject pronoun
 * ("Smith notes", "she notes"), "posted" and its kind not after a determiner ("its posted price").
 */
function isNounUse(text: string, words: SentenceWords, index: number, lower: string): boolean {
  const participle = PARTICIPLE_OR_VERB.has(lower);
  // Most words are neither: the word before is read only for those that are (it was sliced for every cue word).
  if (!participle && !NOUN_OR_VERB.has(lower)) return false;
  const previous = index === 0 ? '' : text.slice(words.startAt(index - 1), words.endAt(index - 1));
  if (participle) return DETERMINERS.has(previous.toLowerCase());
  return index === 0 || (!isUpperCode(codeAt(previous, 0)) && !SUBJECT_PRONOUNS.has(previous.toLowerCase()));
}

/**
 * "and '55 when he belted 51 home runs", "the '49 team", "New York's '51 Giants": two digits after an apostrophe that
 * opens a word, after a word that goes before a year; not "the '90s", nor a quotation opened with a single mark ("'12
 * people were hurt'").
 */
const CLIPPED_YEAR_BEFORE = /(?:\b(?:the|in|of|and|or|since|by|until|through|to)|['\u2019]s)[ \u00a0]['\u2019]$/i;
function isClippedYear(text: string, start: number, end: number): boolean {
  return (
    end - start === 2 &&
    !isWordCode(codeAt(text, end)) &&
    !isApostrophe(codeAt(text, end)) &&
    CLIPPED_YEAR_BEFORE.test(text.slice(Math.max(0, start - 9), start))
  );
}

/** "debentures due 2002", "due June 1, 1986": a debt's maturity, not the year of the figures about it. */
const DUE_BEFORE = /\b[Dd]ue[ \u00a0]+(?:(?:in|on)[ \u00a0]+)?(?:\p{Lu}\p{L}*\.?[ \u00a0]+(?:\d{1,2},?[ \u00a0]+)?)?$/u;
function isMaturity(text: string, start: number): boolean {
  return DUE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** "as on April 25, 2020", "as of March 2019", "as at 2018": the date a set of figures is stated at. */
const AS_OF_BEFORE =
  /\bas[ \u00a0]+(?:of|on|at)[ \u00a0]+(?:\p{Lu}\p{L}*\.?[ \u00a0]+(?:\d{1,2}(?:st|nd|rd|th)?,?[ \u00a0]+)?|\d{1,2}[ \u00a0]+\p{Lu}\p{L}*\.?,?[ \u00a0]+)?$/iu;

/** "nearly 50 percent more than in 2017": the year of what a figure is compared with, not of the figure. */
const COMPARISON_BASE_BEFORE = /\bthan[ \u00a0]+(?:in[ \u00a0]+)?$/;

/** "1986/87", "the 2013-14 season": a year split with the next one. */
const SPLIT_YEAR_AFTER = /^[/\u2013-]\d{2}(?!\d)/;

/**
 * Whether the year at `index` bounds a span ("between 1991 and 1995", "from 2019 to 2024", "1990-91"): a span is no
 * year of the figures in it (news.md: spans -> null).
 */
function inYearSpan(text: string, words: SentenceWords, index: number, end: number): boolean {
  if (words.lowerAt(index - 1) === 'between' || SPLIT_YEAR_AFTER.test(text.slice(end, end + 4))) return true;
  return (
    YEAR_SPAN_OPENERS.has(words.lowerAt(index - 3)) &&
    isDigitCode(codeAt(text, words.startAt(index - 2))) &&
    YEAR_SPAN_JOINERS.has(words.lowerAt(index - 1))
  );
}

/**
 * The subordinate clause a year at `yearStart` stands in: from the opener that ends at `openerEnd` to the next clause
 * break, when no break comes between them and a word of the clause comes before the year ("since their leaders held a
 * summit in 2000"); "since 2016" alone is the year's own preposition.
 */
function subordinateClause(span: Span, clauseBreaks: readonly number[], openerEnd: number, yearStart: number): Span | null {
  if (openerEnd < 0 || yearStart <= openerEnd + 1) return null;
  let end = span.end;
  for (const position of clauseBreaks) {
    if (position > openerEnd && position < yearStart) return null;
    if (position > yearStart) {
      end = position;
      break;
    }
  }
  return { start: openerEnd, end };
}

/**
 * The brackets a year at `yearStart` stands in after a word of their own ("$188 million (opt-out after 2018)"): an
 * aside that dates its own words; "(2017)" or "(in 2017)" alone dates what it follows, and gives none.
 */
function bracketsAround(text: string, clauseBreaks: readonly number[], yearStart: number): Span | null {
  let open = -1;
  for (const position of clauseBreaks) {
    const code = codeAt(text, position);
    if (position > yearStart && code === 41) return open >= 0 && yearStart > open + 1 ? { start: open, end: position } : null;
    if (position > yearStart) continue;
    if (code === 40) open = position;
    else if (code === 41) open = -1;
  }
  return null;
}

/**
 * "In 1885, he told his boss ...", "By July 2001, BackRub had been renamed Google": a year that opens a paragraph,
 * before its first clause, sets the scene of the paragraph; the sentences after it that name no time of their own
 * tell of that year ("It had millions of users ... and 400 employees").
 */
const SCENE_YEAR_OPENING = patternOnFirstUse(
  () =>
    /^[^\p{L}\d]*(?:(?:but|and|then|back)[ \u00a0]+)?(?:in|by|during)[ \u00a0]+(?:(?:early|late|mid-?)[ \u00a0]*)?(?:\p{Lu}\p{Ll}+\.?[ \u00a0]+)?((?:1[89]|20)\d\d),/iu,
);
/** How far back the start of a paragraph is looked for: past it, a sentence takes no paragraph's year. */
const SCENE_REACH = 1500;
const PARAGRAPH_BREAK = '\n\n';

/** The year that opens the paragraph of the sentence at `sentenceStart`, when the sentence is not its first. */
function sceneYearOf(text: string, sentenceStart: number): number | null {
  const from = Math.max(0, sentenceStart - SCENE_REACH);
  const breakAt = text.slice(from, sentenceStart).lastIndexOf(PARAGRAPH_BREAK);
  if (breakAt < 0 && from > 0) return null;
  const paragraphStart = breakAt < 0 ? 0 : from + breakAt + PARAGRAPH_BREAK.length;
  // The paragraph's first sentence has its own years; an aside in brackets ("(I did report the stories of two
  // women ...)") is the writer's, outside the scene.
  if (text.slice(paragraphStart, sentenceStart).trim() === '' || codeAt(text, sentenceStart) === 40) return null;
  const year = SCENE_YEAR_OPENING().exec(text.slice(paragraphStart, paragraphStart + 40))?.[1];
  return year === undefined ? null : Number(year);
}

/** "Today, fewer than 15,000 remain", "But today, a worker earns $14,500": the present of the writing, as a year. */
const TODAY_OPENING = patternOnFirstUse(() => /^[^\p{L}\d]*(?:(?:but|and|yet|so)[ \u00a0]+)?today,/iu);
const WORDS = new SentenceWords();
const POLL_AFTER = /^(?:['\u2019]s?)?[ \u00a0]+(?:poll|polls|survey|surveys)\b/;

/** Everything about a sentence that its quantities share, computed once per sentence. */
export function readSentence(text: string, span: Span, publishedYear: number | null): SentenceContext {
  const words = WORDS;
  const clauseBreaks: number[] = [];
  words.fill(text, span, clauseBreaks);
  const years: SentenceContext['years'] = [];
  const cues: SentenceContext['cues'] = [];
  const metrics: SentenceContext['metrics'] = [];
  const speechCues: SentenceContext['speechCues'] = [];
  let cueWordsEnd = 0;
  let openerEnd = -1;
  for (let index = 0; index < words.count; index += 1) {
    const lower = words.lowerAt(index);
    const start = words.startAt(index);
    const next = words.lowerAt(index + 1);
    if (CLAUSE_OPENERS.has(lower)) openerEnd = words.endAt(index);
    if (isDigitCode(codeAt(text, start))) {
      const end = words.endAt(index);
      if (lower !== '' && !continuesNumber(text, start, end)) {
        const previous = words.lowerAt(index - 1);
        const preposition = index > 0 && words.endAt(index - 1) + 1 === start && YEAR_PREPOSITIONS.has(previous) ? previous : '';
        if (
          preposition !== 'since' &&
          preposition !== 'from' &&
          !inYearSpan(text, words, index, end) &&
          !isMaturity(text, start) &&
          !COMPARISON_BASE_BEFORE.test(text.slice(Math.max(0, start - 9), start))
        ) {
          const yearStart = preposition ? words.startAt(index - 1) : start;
          years.push({
            year: Number(lower),
            deadline: preposition === 'by' || preposition === 'before' || preposition === 'until',
            start: yearStart,
            clause: bracketsAround(text, clauseBreaks, yearStart) ?? subordinateClause(span, clauseBreaks, openerEnd, yearStart),
            asOf: AS_OF_BEFORE.test(text.slice(Math.max(span.start, start - 30), start)),
          });
        }
      } else if (publishedYear !== null && isClippedYear(text, start, end)) {
        // "the '52 Cards": the latest such year up to the publication's.
        const clipped = publishedYear - (publishedYear % 100) + Number(text.slice(start, end));
        years.push({
          year: clipped > publishedYear ? clipped - 100 : clipped,
          deadline: false,
          start: start - 1,
          clause: null,
          asOf: false,
        });
      }
      continue;
    }
    if (lower === '') {
      if (next === 's') addPossessiveSpeaker(text, words, index, speechCues);
      continue;
    }
    const shift = publishedYear === null ? undefined : RELATIVE_YEAR_SHIFT.get(lower);
    // "in the past year", "over the next year": the twelve months around the writing, no calendar year ("the previous
    // year" still names the one before).
    if (
      shift !== undefined &&
      publishedYear !== null &&
      (next === 'year' || (next === 'fiscal' && words.lowerAt(index + 2) === 'year')) &&
      (lower === 'previous' || words.lowerAt(index - 1) !== 'the')
    ) {
      years.push({ year: publishedYear + shift, deadline: false, start, clause: null, asOf: false });
    }
    const phrases = words.phrasesAt(index);
    if (!phrases) {
      if (next === 's') addPossessiveSpeaker(text, words, index, speechCues);
      continue;
    }
    // A capitalized cue word inside a sentence is part of a name ("United States", "Will Smith", "Target").
    const named = index > 0 && isUpperCode(codeAt(text, start));
    const cue = index >= cueWordsEnd && !named ? longestPhraseAt(phrases.cues, words, index) : undefined;
    if (cue) {
      const future =
        lower !== 'will' || cue.words.length > 2 ? null : cue.words.length === 1 ? 'will' : cue.words[1] === 'be' ? 'will be' : null;
      const afterBe = future === 'will be' && index + 2 < words.count ? text.slice(words.startAt(index + 2), words.endAt(index + 2)) : '';
      cues.push({
        kind: future === 'will be' ? kindOfWillBe(afterBe.toLowerCase(), cue.value) : cue.value,
        start,
        future,
      });
      // "on track to hit": the words of a cue start no other cue.
      cueWordsEnd = index + cue.words.length;
    }
    const metric = longestPhraseAt(phrases.metrics, words, index);
    if (metric) {
      const { key, label, impliedBase } = METRIC_DETAILS[metric.value]!;
      metrics.push({ key, label, start, end: words.endAt(index + metric.words.length - 1), impliedBase });
    }
    const speech = named || isNounUse(text, words, index, lower) ? undefined : longestPhraseAt(phrases.speech, words, index);
    if (speech) {
      speechCues.push({ start, end: words.endAt(index + speech.words.length - 1), accordingTo: speech.value, possessive: null });
    } else if (next === 's') {
      addPossessiveSpeaker(text, words, index, speechCues);
    }
  }
  if (publishedYear !== null && TODAY_OPENING().test(text.slice(span.start, span.start + 16)))
    years.push({ year: publishedYear, deadline: false, start: span.start, clause: null, asOf: false });
  if (years.length === 0) {
    const scene = sceneYearOf(text, span.start);
    if (scene !== null) years.push({ year: scene, deadline: false, start: span.start, clause: null, asOf: false });
  }
  const entities = findEntities(text, span.start, span.end);
  // "a recent Reuters poll", "the Gallup survey": a poll speaks for whoever made it.
  for (const entity of entities) {
    if (entity.type !== 'country' && POLL_AFTER.test(text.slice(entity.end, entity.end + 12)))
      speechCues.push({ start: entity.start, end: entity.end, accordingTo: false, possessive: text.slice(entity.start, entity.end) });
  }
  const places = entities.filter((entity) => entity.type !== 'person');
  // "the Congressional Budget Office estimates": a metric word inside a name ("budget") measures nothing.
  const measured =
    entities.length === 0
      ? metrics
      : metrics.filter((metric) => !entities.some((entity) => metric.start >= entity.start && metric.end <= entity.end));
  return {
    span,
    entities,
    subjects: places.length > 0 ? places : entities,
    speakers: entities.filter((entity) => entity.type !== 'country'),
    objects: objectsOf(text, span, entities),
    modifiers: new Set(entities.filter((entity) => isNounModifier(text, entity, span.start, entities))),
    clauseBreaks,
    years,
    cues,
    metrics: measured,
    speechCues,
  };
}

/** Whether an opening bracket of the sentence before `start` is still open there. */
function insideBrackets(text: string, context: SentenceContext, start: number): boolean {
  let open = false;
  for (const position of context.clauseBreaks) {
    if (position >= start) break;
    const code = codeAt(text, position);
    if (code === 40) open = true;
    else if (code === 41) open = false;
  }
  return open;
}

function clauseAround(context: SentenceContext, start: number, end: number, text?: string): Span {
  let clauseStart = context.span.start;
  let clauseEnd = context.span.end;
  // With the text given, brackets that do not hold the number are no break: "will spend 100 billion yuan ($14.70
  // billion) to subsidize the industry over the next 10 years".
  const pastBrackets = text !== undefined && !insideBrackets(text, context, start);
  for (const position of context.clauseBreaks) {
    if (pastBrackets && (codeAt(text, position) === 40 || codeAt(text, position) === 41)) continue;
    if (position < start) clauseStart = position;
    else if (position >= end) {
      clauseEnd = position;
      break;
    }
  }
  return { start: clauseStart, end: clauseEnd };
}

/** "the sale of 18 helicopters by the United States to Mexico": a sale is about its buyer. */
const SALE_BEFORE = /\b(?:sale|sales|sell|sells|selling|sold|supply|supplying|deliver|delivering|delivery|transfer)\b/i;
const TO_BEFORE = /\bto[ \u00a0]$/;
/** "more than 200 people died in Nigeria", "2% for Canada": a place after the number that the number is about. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|for)[ \u00a0](?:the[ \u00a0])?$/;
/**
 * "80,000 killed in Syria", "250,000 jobs here in the United States": the place stands a few words after the number.
 * Further on, past another verb or clause, it is where something else happens ("23 children who died after eating a
 * tainted free school meal in India's Bihar state", "thousands of people took to the streets in Moscow").
 */
const PLACE_REACH_WORDS = 8;
/** Between an owner and its number: a possessive ("NATO's 32") or an apposition's comma ("Eloise Parry, 21"). */
const OWNER_BETWEEN = /^(?:['\u2019]s?|,)?[ \u00a0]*$/;
/**
 * "indicating that the retirement age should be raised to 70", "looking into whether Maurkice Pouncey accepted
 * $100,000": a clause with a subject of its own opens between a name and the number; the number is that clause's, not
 * the name's. A pronoun there ("that they can get away with three hikes") usually stands for the name: no such clause.
 */
const EMBEDDED_CLAUSE = /\b(?:that|which|whether|whereby)[ \u00a0]+(?:the|a|an|this|\p{Lu}[\p{L}.'\u2019-]*)[ \u00a0]/u;
/** A subordinator right before a name: "after the Federal Reserve", "when Ailes". */
const SUBORDINATOR_BEFORE_NAME =
  /\b(?:after|when|before|since|until|because|while|although|if|unless|whether)[ \u00a0]+(?:the[ \u00a0]+)?$/i;

/**
 * "U.S. stocks fell ... after the Federal Reserve raised interest rates by a quarter point": a name that opens a
 * subordinate clause between the clause's first name and the number is the subject of the number's clause.
 */
function subordinateSubject(text: string, names: readonly Entity[], first: Entity, start: number): Entity | undefined {
  let found: Entity | undefined;
  for (const name of names) {
    if (
      name.start > first.end &&
      name.end <= start &&
      SUBORDINATOR_BEFORE_NAME.test(text.slice(Math.max(first.end, name.start - 16), name.start))
    )
      found = name;
  }
  return found;
}
/** "her reported $6 million": a possessive pronoun before the number points back to the name, across the clause. */
const POSSESSIVE_PRONOUN_BEFORE = /\b(?:his|her|its|their)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?$/;
/** A plural noun and the bound of an age: "builders over ", "children between ", "Americans aged ". */
const GROUP_AGED_BEFORE = patternOnFirstUse(
  () =>
    /(?<![\p{L}'\u2019])(?!(?:was|has|is|does|his|its|this|thus|as|us)\b)(?:\p{L}+s|children|men|women|people)[ \u00a0]+(?:over|under|above|below|between|aged|older[ \u00a0]+than|younger[ \u00a0]+than)[ \u00a0]+$/u,
);
/** After a number, what makes it an age: "13 years of age", "65 years old", "16 and up", "50 or older". */
const AGE_AFTER = /^(?:[ \u00a0]+years?)?[ \u00a0]+(?:of[ \u00a0]+age|old|and[ \u00a0]+(?:up|over|older)|or[ \u00a0]+(?:older|over))\b/;
const ARTICLE_BEFORE = /\b(?:a|an|the)[ \u00a0]+$/i;
/**
 * ", two Fox executives confirmed.": a count's noun saying, as the sentence ends. Not the lists of speech-verbs.ts: its
 * subject is a count, so the plural "say" and "confirm" belong, and "confirmed" is what sources do.
 */
const SOURCES_SAYING = /^[ \u00a0]+(?:said|say|says|confirmed|confirm|told|added)[.!?]/;
/** A name this close to the start of the sentence is its subject, and owns the numbers of its later clauses. */
const SENTENCE_SUBJECT_REACH = 30;
/** "When Desiline arrived ..., she", "From a colleague named Barry Saltzman, he": a name in a fronted clause or phrase. */
const FRONTED_CLAUSE =
  /^[^\p{L}]*(?:(?:but|and|so|yet)[ \u00a0,]+)?(?:when|whenever|because|if|as|although|though|after|before|since|from|once|unless|until|whereas|like|with)\b/iu;
/** "Making things look worse for Ailes, ...": a participle's phrase opens the sentence ("Joining Forces" is a name). */
const PARTICIPLE_OPENING = /^[^\p{L}]*\p{Lu}\p{Ll}+ing[ \u00a0]+\p{Ll}/u;
/**
 * A pronoun as a clause's subject ("we strongly support NATO", ", she was told"), not in a speech tag ("Kuwait, they
 * said, was"): the tag's verbs take the plural "say" ("they say"), and "reported", "estimated" as a tag's verbs.
 */
const SUBJECT_PRONOUN =
  /(?:^|[^\p{L}'\u2019])(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey|[Yy]ou)[ \u00a0]+(?!(?:said|say|says|told|added|noted|reported|estimated)\b)[a-z]/u;

/** Before the name that heads a clause: a conjunction, an article and one adjective at most ("and the enormous"). */
const CLAUSE_HEAD_BEFORE_NAME = patternOnFirstUse(
  () => /^[ \u00a0]*(?:(?:and|but|while|whereas|yet)[ \u00a0]+)?(?:(?:the|a|an)[ \u00a0]+)?(?:\p{Ll}+[ \u00a0]+)?$/u,
);

/**
 * The name that opens the clause of the number at `start`, before it, as the clause's subject: not when a noun follows
 * it ("a Seattle lab that employs 10 people", "its Sanyo Electric unit"), which it only modifies.
 */
function clauseHead(text: string, context: SentenceContext, clause: Span, start: number, speaker: Entity | null): Entity | undefined {
  // A later clause starts after its break (the comma, dash or bracket at clause.start).
  const from = clause.start === context.span.start ? clause.start : clause.start + 1;
  return context.entities.find(
    (entity) =>
      entity !== speaker &&
      entity.start >= from &&
      entity.end <= start &&
      CLAUSE_HEAD_BEFORE_NAME().test(text.slice(from, entity.start)) &&
      nounAfter(text, entity) === undefined,
  );
}

/**
 * Whether the name that opens the sentence is the subject of its main clause, and so owns the numbers of its later
 * clauses: not when it stands in a fronted clause or phrase, nor when a pronoun before the number is a subject.
 */
function opensMainClause(text: string, context: SentenceContext, name: Entity, start: number): boolean {
  const opening = text.slice(context.span.start, name.start);
  return !FRONTED_CLAUSE.test(opening) && !PARTICIPLE_OPENING.test(opening) && !SUBJECT_PRONOUN.test(text.slice(context.span.start, start));
}
const ONLY_SPACES = /^[ \u00a0]*$/;
/** "the House (by 224-170)", "iA Writer ($1 iPad, iPhone, Mac)": a bracket opened right after a name holds its figures. */
const BRACKET_AFTER_NAME = /^[ \u00a0]*\((?:[a-z]+[ \u00a0]+)?$/;
/** "23 of NATO's 32 members": the whole a part is counted in is the subject. */
const PART_OF_BETWEEN = /^[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$/;
/**
 * Words that refer to a state without naming it: the article's country is meant ("the government's interest bill").
 * "across the country" is a place the figure is spread over ("20 airports around the country"), no state.
 */
const STATE_REFERENCE =
  /\b(?:government|federal(?![ \u00a0]+(?:funds|reserve|open[ \u00a0]+market)\b)|administration|(?<!(?:across|around|throughout|all over) )the (?:country|nation)|our (?:country|nation|troops|military|exporters|manufacturers|businesses|workers|families|students|schools|kids|children|veterans|citizens|people|borders)|treasury|taxpayers?|(?:the|our) economy|(?:the|our) deficit|budget deficit|national debt|gross domestic product|GDP)\b(?![ \u00a0]+(?:grand[ \u00a0]+jury|jury|prosecutors?|attorneys?|agents?|judges?|courts?|investigators?|officials?|officers?|witness(?:es)?)\b)/i;

/**
 * The subject: a possessive right before the number ("NATO's 32"), else the buyer of a sale the number is part
 * of, else the first named before it in its clause (the clause's subject, as a rule), else the name that opens the
 * sentence, else a
 * place it is "in" or "for". Whoever the figure is attributed to ("according to the CBO") is its speaker, not its
 * subject. `WITHHELD` when a rule saw who owns the figure and it is no one the text names alone (a relative, the
 * sources, names that share it): the caller's fallbacks (the state, the company speaking) must not fire then. Null
 * when no rule holds, and a fallback may.
 */
export interface SubjectChoice {
  entity: Entity;
  rule: SubjectRule;
}
/** A rule's decision that the figure has no named owner: it ends the chain of fallbacks (a wrong owner is worse than none). */
export const WITHHELD = 'withheld';
export type SubjectDecision = SubjectChoice | typeof WITHHELD | null;

/** Whether the rule chose the name for its place alone, first in the sentence or its clause: what it does may overturn that. */
export function takesOpeningName(choice: SubjectChoice | null): boolean {
  return choice?.rule === 'clause-first' || choice?.rule === 'sentence-opening';
}

/** Between a name and a count joined to it; a comma before "and" makes the name the last of a list ("Atlas, WhatsApp, and dozens of other companies"). */
const COUNT_JOINED_TO_NAME = /^[ \u00a0]+(?:(?:--|\u2014|\u2013)[ \u00a0]+)?(?:and|or)[ \u00a0]+$/;

export function subjectOf(
  text: string,
  context: SentenceContext,
  start: number,
  end: number,
  speaker: Entity | null,
  age: boolean,
  nicknames: ReadonlySet<Entity>,
): SubjectDecision {
  // A team's or family's nickname ("the Pirates") that a rule picks is withheld, not replaced by another name: the
  // other names of such sentences are mostly players and opponents (measured: letting the rule pick among the names
  // left gave the sealed sets three more subjects, one of them right).
  const choice = chooseSubject(text, context, start, end, speaker, age);
  if (choice === null || choice === WITHHELD) return choice;
  if (nicknames.has(choice.entity)) return WITHHELD;
  // "the National Weather Service in Tampa confirmed two tornados", "researchers found that significant numbers of 968
  // species": the name that opens the clause is the figure's source, not its owner (nineteenth round: 14 wrong
  // subjects of 4 development sets withheld, none right).
  if (takesOpeningName(choice) && reportsTheFigure(text, choice.entity, start)) return WITHHELD;
  // The name is the deal's counterpart: what is sold or bought ("agreed to sell its Canadian Courier unit to Onex
  // Capital for 170 mln dlrs") or who pays ("the Treasury Department paid Apple at least $600 million"); the price is
  // the seller's, the buyer's or the payee's.
  if (takesOpeningName(choice) && isCounterpart(text, choice.entity, start)) return WITHHELD;
  // A class's count ("one of three groups") is not its member's figure, and a headline's capitals mark no names
  // ("Shark Bites 15-Year-Old French Girl"): no name owns it, and the caller's fallbacks (the state a speech speaks
  // for) may still.
  return countsClassOf(text, choice.entity, start) || inTitleCase(text, context, start, end) ? null : choice;
}

/**
 * Verbs by which a name reports, finds or expects what others own or do ("confirmed two tornados touched down", "now
 * expects annual S4 shipments to be 20 - 30 percent lower", "looked at 52 distinct marine ecosystems"). Apart from the
 * verbs of saying (speech-verbs.ts): with "said", "told" or "noted" added here, the sealed sets lost seven right subjects.
 */
const REPORTING_VERB =
  /\b(?:confirm(?:s|ed)|suggest(?:s|ed|ing)|point(?:s|ed)[ \u00a0]+to|expects?|termed|published|claimed|found|documented|observed|looked[ \u00a0]+at|examined|studied|surveyed|predicted|forecasts?|warned|revealed)\b/;
/** Before the verb: another number or sentence ("there are 24,942 confirmed cases"), or a word that makes it no verb of the name ("an estimated worth", "was found guilty"). */
const NO_VERB_OF_THE_NAME = /[;.!?\d]|\b(?:an?|the|is|are|was|were|be|been|being)[ \u00a0]+$/;
/** After the verb: the name reporting its own figure ("expects its sales to fall 5 percent"). */
const OWN_FIGURE_AFTER = /\b(?:it|its|itself|they|their)\b/;

/** Whether the name reports, finds or expects what the number at `start` measures, its own figure aside. */
function reportsTheFigure(text: string, name: Entity, start: number): boolean {
  const between = text.slice(name.end, start);
  const verb = REPORTING_VERB.exec(between);
  return (
    verb !== null &&
    !NO_VERB_OF_THE_NAME.test(between.slice(0, verb.index)) &&
    !OWN_FIGURE_AFTER.test(between.slice(verb.index + verb[0].length))
  );
}

/** Before a name: a verb or noun of selling or buying whose object it is ("sell wholly owned", "buyout of"). */
const TRADED_BEFORE =
  /\b(?:sell|sells|selling|sold|buy|buys|buying|bought|acquire|acquires|acquiring|acquired|purchase|purchases|purchasing|purchased|buyout[ \u00a0]+of|acquisition[ \u00a0]+of|sale[ \u00a0]+of)[ \u00a0]+(?:(?:its|the|a|an|their|his|her|wholly[ \u00a0-]owned)[ \u00a0]+)?$/;
/** From a payer's name to the number: the payee, a name or a pronoun, between the verb and the sum ("paid Apple at least"). */
const PAID_TO_BEFORE = patternOnFirstUse(
  () =>
    /^[ \u00a0]+(?:\p{Ll}+[ \u00a0]+){0,4}(?:paid|pay|pays|paying|gave|give|gives|giving|awarded|owes|owed|lent|loaned)[ \u00a0]+(?:him|her|them|(?:the[ \u00a0]+)?\p{Lu}[\p{L}.&'\u2019-]*(?:[ \u00a0]+\p{Lu}[\p{L}.&'\u2019-]*){0,3})[ \u00a0]+(?:(?:at[ \u00a0]+least|more[ \u00a0]+than|about|nearly|roughly|some|almost|up[ \u00a0]+to|over|an?)[ \u00a0]+)?$/u,
);
/** Whether the name is what a deal sells or buys, or who pays the sum at `start` to someone else. */
function isCounterpart(text: string, name: Entity, start: number): boolean {
  return TRADED_BEFORE.test(text.slice(Math.max(0, name.start - 40), name.start)) || PAID_TO_BEFORE().test(text.slice(name.end, start));
}

function chooseSubject(
  text: string,
  context: SentenceContext,
  start: number,
  end: number,
  speaker: Entity | null,
  age: boolean,
): SubjectDecision {
  const entities = context.entities;
  // Any name right before the number owns it, a person too: "NATO's 32", "Mrs. Eleanor Kowalski, 42, died in Holy Cross Hospital".
  // An object right before the number with nothing between owns nothing ("told the U.N. General Assembly 18 months ago").
  const possessive = entities.find(
    (entity) =>
      entity.end <= start &&
      start - entity.end <= 4 &&
      OWNER_BETWEEN.test(text.slice(entity.end, start)) &&
      !(context.objects.has(entity) && ONLY_SPACES.test(text.slice(entity.end, start))),
  );
  // After a comma only an age is set off as the name's ("Eloise Parry, 21,"), or the clause a place opens ("in
  // Mexico, two ministries"): "for Ailes, three days after" and "of Republicans, 74 percent," begin a phrase of their own.
  if (possessive && (age || !text.slice(possessive.end, start).includes(',') || isPlaceSetBefore(text, possessive)))
    return { entity: possessive, rule: 'owner-before' };
  const namedAfter = describedPersonAfter(text, context, end, age);
  if (namedAfter) return { entity: namedAfter, rule: 'described-person' };
  if (age) {
    // "identify 22-year-old Sunil Tripathi": an age set before a name, as a title is, is that person's ("a
    // 40-year-old Basel art dealer" is a noun's); "his 36-year-old wife" is a relative's, whom the sentence need
    // not name: no one else's in the sentence.
    const named = entities.find(
      (entity) => entity.start > end && entity.start - end <= 2 && ONLY_SPACES.test(text.slice(end, entity.start)),
    );
    if (named?.type === 'person' && !ARTICLE_BEFORE.test(text.slice(Math.max(context.span.start, start - 4), start)))
      return { entity: named, rule: 'aged-name' };
    if (POSSESSIVE_PRONOUN_BEFORE.test(text.slice(Math.max(context.span.start, start - 32), start))) return WITHHELD;
  }
  // "builders over 13 years of age", "children between 6 and 13 years of age", "Americans over 65": the age bounds a
  // group, no one named.
  const aged = age || AGE_AFTER.test(text.slice(end, end + 16));
  if (aged && GROUP_AGED_BEFORE().test(text.slice(Math.max(context.span.start, start - 40), start))) return WITHHELD;
  // "Amariglio and three other panel members", "Lynda Brackenridge -- or 48 other customers": a count joined to a
  // name counts others beside it; neither that name nor another in the sentence owns it.
  if (
    entities.some((entity) => entity.end <= start && start - entity.end <= 12 && COUNT_JOINED_TO_NAME.test(text.slice(entity.end, start)))
  )
    return WITHHELD;
  // "according to two sources": a count of the sources a report cites is no one's figure.
  if (ACCORDING_TO_BEFORE.test(text.slice(Math.max(context.span.start, start - 16), start))) return WITHHELD;
  // ", two Fox executives confirmed.": a count that ends its sentence as who said it counts the sources, too.
  if (SOURCES_SAYING.test(text.slice(end, Math.min(context.span.end + 1, end + 24)))) return WITHHELD;
  const bracketed = entities.find(
    (entity) => entity.end <= start && start - entity.end <= 12 && BRACKET_AFTER_NAME.test(text.slice(entity.end, start)),
  );
  if (bracketed) return { entity: bracketed, rule: 'bracket-after-name' };
  if (speaker && speaksOfItself(text, context, speaker, start)) return { entity: speaker, rule: 'speaker-of-itself' };
  const candidates = context.subjects.filter((entity) => entity !== speaker && !context.modifiers.has(entity));
  const clause = clauseAround(context, start, end);
  const buyer = candidates.find(
    (entity) =>
      entity.start >= end &&
      entity.start <= clause.end &&
      entity.type === 'country' &&
      TO_BEFORE.test(text.slice(entity.start - 3, entity.start)),
  );
  if (buyer && SALE_BEFORE.test(text.slice(Math.max(clause.start, start - 40), start))) return { entity: buyer, rule: 'buyer' };
  const relative = relativeClauseOwner(text, context, candidates, start);
  if (relative !== undefined) return { entity: relative, rule: 'relative-clause' };
  // "56 builders polled by the National Housing Center": whom the figure is attributed to speaks; it owns nothing.
  const agent = agentAfter(text, context, end);
  if (agent && agent !== speaker) return { entity: agent, rule: 'agent' };
  const before = candidates.filter((entity) => entity.end <= start && !context.objects.has(entity));
  const inClause = before.find((entity) => entity.start >= clause.start);
  // "Airbus' A380 carries 22, and the enormous Antonov An-225 demands 32": the name that heads the number's clause is
  // its subject, of any kind (a person's name is otherwise no candidate beside an organisation's).
  const head = inClause ? undefined : clauseHead(text, context, clause, start, speaker);
  if (head) return { entity: head, rule: 'clause-first' };
  if (inClause) {
    if (sharedSubject(text, context, inClause, start)) return WITHHELD;
    const subordinate = subordinateSubject(text, before, inClause, start);
    if (subordinate) return { entity: subordinate, rule: 'clause-first' };
    return quotedBefore(text, context, inClause, start) ||
      (EMBEDDED_CLAUSE.test(text.slice(inClause.end, start)) &&
        !POSSESSIVE_PRONOUN_BEFORE.test(text.slice(Math.max(inClause.end, start - 32), start)))
      ? null
      : { entity: inClause, rule: 'clause-first' };
  }
  const described = describedOpeningPerson(text, context, start, speaker);
  if (described) return { entity: described, rule: 'sentence-opening' };
  const havingPerson = personHavingFigure(text, context, clause, before, start, speaker);
  if (havingPerson) return { entity: havingPerson, rule: 'clause-first' };
  if (
    before[0] &&
    before[0].start - context.span.start <= SENTENCE_SUBJECT_REACH &&
    !namesNationality(text, before[0]) &&
    opensMainClause(text, context, before[0], start)
  ) {
    const opening = namedByOwner(text, before, before[0]);
    return sharedSubject(text, context, opening, start) ? WITHHELD : { entity: opening, rule: 'sentence-opening' };
  }
  const whole = candidates.find(
    (entity) => entity.start >= end && PART_OF_BETWEEN.test(text.slice(end, entity.start)) && !adjectiveOfNoun(text, entity),
  );
  if (whole) return { entity: whole, rule: 'whole-of-part' };
  const place = candidates.find(
    (entity) =>
      entity.start >= end &&
      entity.end <= clause.end &&
      entity.type === 'country' &&
      PLACE_PREPOSITION_BEFORE.test(text.slice(entity.start - 8, entity.start)) &&
      wordsBetween(text, end, entity.start) <= PLACE_REACH_WORDS &&
      !adjectiveOfNoun(text, entity),
  );
  // "served in Iraq and Afghanistan", "in the United States and Canada": a figure of two places is neither's alone.
  // "a 120,000 year old Neanderthal in Croatia": an age is a being's, never its place's.
  if (!place || aged) return null;
  return sharedSubject(text, context, place, clause.end) ? null : { entity: place, rule: 'place' };
}

/**
 * From an age to the name of the person it describes: the noun (no preposition or relative word in it), then the name
 * set off by a comma, after "named", or right after the noun ("A 12-year-old girl, Susan Elaine Smith,", "his
 * 36-year-old wife, Mary,", "whose 11-year-old grand-daughter Mamata").
 */
const AGED_NOUN_THEN_NAME =
  /^(?:[ \u00a0]+(?!(?:of|in|at|on|for|from|to|by|with|and|or|who|whose|which|that)\b)[A-Za-z-]+){0,3}[ \u00a0]+(?!(?:of|in|at|on|for|from|to|by|with|and|or)\b)[a-z][a-z-]*(?:,[ \u00a0]+|[ \u00a0]+named[ \u00a0]+|[ \u00a0]+)$/;
/** From any figure to the person its phrase describes, named in apposition ("One mother of two, a woman named Kathy Proctor,"). */
const DESCRIBED_THEN_NAMED = /^,[ \u00a0]+an?[ \u00a0]+[a-z]+[ \u00a0]+named[ \u00a0]+$/;
const COMMA_BEFORE_NAME = /,[ \u00a0]+$/;

/**
 * The person the figure's own phrase describes and then names: the figure is that person's (an age, "mother of two").
 * A name set off by a comma must be closed by one, as an apposition is ("his 36-year-old wife, Mary, said"), not the
 * first of a list; a name that is no person's ("the 25-year-old engineer Google Inc hired") names no one described.
 */
function describedPersonAfter(text: string, context: SentenceContext, end: number, age: boolean): Entity | undefined {
  const person = context.entities.find((entity) => entity.start >= end);
  if (person?.type !== 'person') return undefined;
  const between = text.slice(end, person.start);
  if (!(age ? AGED_NOUN_THEN_NAME : DESCRIBED_THEN_NAMED).test(between)) return undefined;
  return COMMA_BEFORE_NAME.test(between) && text[person.end] !== ',' ? undefined : person;
}

/** Before a period that opens its sentence: bound words only ("Now, a year and a half ago", "In 9 years", "About 10,000 years ago"). */
const OPENS_WITH_PERIOD =
  /^[^A-Za-z]*(?:(?:and|but|now|just|only|about|nearly|almost|some|more|less|than|over|in|for|within)[ \u00a0,]+)*$/i;
/** From the period to its main clause's subject: "ago" or "later" and a comma, or a comma alone ("Seven months later, Google"). */
const PERIOD_TO_SUBJECT = /^(?:[ \u00a0]+(?:ago|later)(?:[ \u00a0]+today)?,?|,)[ \u00a0]+(?:the[ \u00a0]+)?$/;
/** After the subject: a lower-case word that is its verb, no second name joined to it nor a phrase of its own ("Rebekah and Ben Erler"). */
const VERB_AFTER_SUBJECT = /^[ \u00a0]+(?!(?:and|or|of|in|at|on|for|to|with|from|by)\b)[a-z]+\b/;
/** A lower-case word and then its object: a verb's, though the word has no verb's ending ("Google outgrew that office"). */
const VERB_WITH_OBJECT_AFTER = /^[ \u00a0]+[a-z]+[ \u00a0]+(?:the|a|an|that|this|these|those|his|her|its|their|our|my)\b/;

/**
 * "Seven months later, Google outgrew that office", "Two years ago Thompson offered his collection", "In 9 years, the
 * United States will celebrate": a period that opens the sentence tells when its main clause happened, and the name
 * right after it, followed by its verb, is that clause's subject: the period is its own. A nationality ("German
 * scientist Willy Fiedler"), a name that modifies a noun ("the OpenOffice.org project (from which") or speaks is no
 * such subject; the modifier reading mistakes a verb without a verb's ending for a noun, so an object after the word
 * ("outgrew that office") overrules it.
 */
export function frontedPeriodOwner(
  text: string,
  context: SentenceContext,
  start: number,
  end: number,
  speaker: Entity | null,
): Entity | undefined {
  if (!OPENS_WITH_PERIOD.test(text.slice(context.span.start, start))) return undefined;
  const owner = context.entities.find((entity) => entity.start >= end);
  return owner &&
    owner !== speaker &&
    !namesNationality(text, owner) &&
    PERIOD_TO_SUBJECT.test(text.slice(end, owner.start)) &&
    VERB_AFTER_SUBJECT.test(text.slice(owner.end, owner.end + 24)) &&
    (!context.modifiers.has(owner) || VERB_WITH_OBJECT_AFTER.test(text.slice(owner.end, owner.end + 32)))
    ? owner
    : undefined;
}

/**
 * A verb of having, earning, paying or losing, not an auxiliary ("has called", "had taken"; "has seven" is no
 * participle), and a few words up to the number.
 */
const PERSON_VERB_THEN_FIGURE =
  /^[ \u00a0]+(?:(?:has|had|have)(?![ \u00a0]+(?:been|[a-z]+ed|(?:giv|tak|chos|driv|writt|spok|fall|ris|beat|gott|brok)en)\b)|holds|held|owns|owned|earned|earns|received|receives|won|wins|paid|pays|spent|spends|raised|raises|lost|loses)[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,4}$/;

/**
 * From a person's name that opens the sentence: a noun phrase or relative clause set off by commas, then the main
 * clause's verb phrase up to the number, with no other break ("Sam Rainsy, a former finance minister, was sentenced to ").
 */
const APPOSITION_THEN_VERB =
  /^(,[ \u00a0]+(?:an?|the|who)[ \u00a0][^,;:!?"\u201c\u201d()]{1,90},)[ \u00a0]+\p{Ll}[^,;:!?"\u201c\u201d()\u2014\u2013]*$/u;

/**
 * "Lundberg, a Zurich-based Swedish property tycoon, also managed to acquire a 25 pct stake": a person the sentence
 * opens with and describes in apposition is its subject, though other names (here a nationality) stand beside it
 * (elsewhere a person is no candidate beside a place or organisation: `subjects` in `readSentence`).
 */
function describedOpeningPerson(text: string, context: SentenceContext, start: number, speaker: Entity | null): Entity | undefined {
  const first = context.entities[0];
  if (first === undefined || first.type !== 'person' || first === speaker || first.end > start) return undefined;
  if (first.start - context.span.start > SENTENCE_SUBJECT_REACH || !opensMainClause(text, context, first, start)) return undefined;
  const apposition = APPOSITION_THEN_VERB.exec(text.slice(first.end, start))?.[1];
  if (apposition === undefined) return undefined;
  // "Lundberg, a tycoon, and Volvo bought": another name in the main clause shares or takes the figure.
  return nameBetween(context, first.end + apposition.length, start) ? undefined : first;
}

/**
 * "her disclosure report shows Ms. Haley has at least $1.5 million": a person in the number's clause who is no
 * candidate (beside other names), right before a verb of having, earning or paying and its figure, with no name
 * between, owns it.
 */
function personHavingFigure(
  text: string,
  context: SentenceContext,
  clause: Span,
  candidatesBefore: readonly Entity[],
  start: number,
  speaker: Entity | null,
): Entity | undefined {
  return context.entities.find(
    (entity) =>
      entity.type === 'person' &&
      entity !== speaker &&
      entity.end <= start &&
      entity.start >= clause.start &&
      !candidatesBefore.includes(entity) &&
      PERSON_VERB_THEN_FIGURE.test(text.slice(entity.end, start)) &&
      !nameBetween(context, entity.end, start),
  );
}

/** Whether a name of the sentence stands wholly between `from` and `to`. */
function nameBetween(context: SentenceContext, from: number, to: number): boolean {
  return context.entities.some((entity) => entity.start >= from && entity.end <= to);
}

/**
 * "practicing singing “Take Me Out to the Ballgame” for two full weeks", 'their program, "Breakthrough" scheduled to
 * fill the churches for the next two years': a name in a quotation that closes before the number is a title or a
 * quoted word, not who the figure belongs to. A number inside the same quotation ("“Having known Tim for almost 20
 * years,” said ...") keeps the name.
 */
function quotedBefore(text: string, context: SentenceContext, name: Entity, start: number): boolean {
  // Read from the text's listed quotation marks (`quotationMarksOf`), not by slicing and matching the sentence.
  const marks = quotationMarksOf(text);
  let mark = firstAtOrAfter(marks, context.span.start);
  let straight = 0;
  let lastOpening = -1;
  let lastClosing = -1;
  for (; mark < marks.length && marks[mark]! < name.start; mark += 1) {
    const code = codeAt(text, marks[mark]!);
    if (code === 34) straight += 1;
    else if (code === 0x201c) lastOpening = marks[mark]!;
    else lastClosing = marks[mark]!;
  }
  const insideCurly = lastOpening > lastClosing;
  const insideStraight = straight % 2 === 1;
  let closesCurly = false;
  let closesStraight = false;
  for (mark = firstAtOrAfter(marks, name.end); mark < marks.length && marks[mark]! < start; mark += 1) {
    const code = codeAt(text, marks[mark]!);
    if (code === 0x201d) closesCurly = true;
    else if (code === 34) closesStraight = true;
  }
  return (insideCurly && closesCurly) || (insideStraight && closesStraight);
}

/** After a possessive name, lower-case words of its noun phrase only: "’s longtime executive assistant ". */
const OWNED_NOUN_PHRASE = /^['\u2019]s?(?:[ \u00a0]+[a-z-]+)+[ \u00a0]+$/;

/**
 * "Ailes’s longtime executive assistant Judy Laterza — who became ...": a possessive name that opens the sentence
 * owns the noun phrase, whose own name is the subject; without a name there ("Stein's fee, Lee said, was") the
 * possessive name stays.
 */
function namedByOwner(text: string, names: readonly Entity[], owner: Entity): Entity {
  const next = names.find((entity) => entity.start >= owner.end);
  return next !== undefined && next.start - owner.end <= 48 && OWNED_NOUN_PHRASE.test(text.slice(owner.end, next.start)) ? next : owner;
}

/** How many words text[from, to) holds. */
function wordsBetween(text: string, from: number, to: number): number {
  return text
    .slice(from, to)
    .split(/[ \u00a0]+/)
    .filter((word) => word !== '').length;
}

/** A lower-case word after a name: "Russian men", "Japanese men". */
const LOWER_CASE_WORD_AFTER = patternOnFirstUse(() => /^[ \u00a0]+\p{Ll}/u);

/**
 * "40 percent of the Russian men", "one in two tumors in the Japanese men": a country's adjective between "the" and a
 * noun names the nationality of a group; the whole or the place is that group, not the country. Without "the" ("80
 * percent of American workers") the speeches file it under the country (two right subjects of speeches-sealed), and a
 * plural of people ("80 percent of Americans") or a name ("in Russia") is the country's.
 */
function adjectiveOfNoun(text: string, entity: Entity): boolean {
  return namesNationality(text, entity) && THE_BEFORE().test(text.slice(Math.max(0, entity.start - 5), entity.start));
}

/**
 * "The Georgian contingent of 1,570 soldiers", "Iraqi security personnel inspect", "To the German pilot": a country's
 * adjective before a noun tells a nationality; as the first name of a sentence it is not the sentence's subject (on
 * the development sets, 2 of 10 such openings were the figure's owner).
 */
function namesNationality(text: string, entity: Entity): boolean {
  return DEMONYMS.has(text.slice(entity.start, entity.end)) && LOWER_CASE_WORD_AFTER().test(text.slice(entity.end, entity.end + 3));
}

const IN_BEFORE = /\bin[ \u00a0]+(?:the[ \u00a0]+)?$/;

/** "because in Mexico, two government ministries are": a country set before the clause as its place. */
function isPlaceSetBefore(text: string, name: Entity): boolean {
  return name.type === 'country' && IN_BEFORE.test(text.slice(Math.max(0, name.start - 8), name.start));
}

/** "the 27 dlrs per share offered by Waste Management": a participle and "by" right after the number's phrase. */
const PARTICIPLE_BY_AFTER = /^[^,;:.!?()]{0,24}?[ \u00a0][a-z]+ed[ \u00a0]+by[ \u00a0]+(?:the[ \u00a0]+)?<?$/;

/** The agent of a participle that describes the number ("the 27 dlrs per share offered by Waste Management Inc"). */
function agentAfter(text: string, context: SentenceContext, end: number): Entity | undefined {
  return context.entities.find(
    (entity) => entity.start > end && entity.start - end <= 48 && PARTICIPLE_BY_AFTER.test(text.slice(end, entity.start)),
  );
}

/** Between two names that share a verb: "Page and Brin had raised", "Exxon Corp <XON>, Mobil Corp <MOB>, Texaco Inc". */
const COORDINATION_AFTER = /^(?:[ \u00a0]*<[^<>]{1,12}>)?(?:,[ \u00a0]+|[ \u00a0]+(?:and|or|&)[ \u00a0]+)(?:the[ \u00a0]+)?$/;

/**
 * "Page and Brin had raised $1 million", "The four -- Exxon Corp, Mobil Corp, Texaco Inc and Chevron Corp -- signed":
 * a name coordinated with another before the number shares the figure with it; no one of them owns it alone.
 */
function sharedSubject(text: string, context: SentenceContext, name: Entity, start: number): boolean {
  const next = context.entities.find((entity) => entity.start >= name.end);
  if (next !== undefined && next.end <= start && COORDINATION_AFTER.test(text.slice(name.end, next.start))) return true;
  // "Microsoft Corp and the FBI, aided by ...": an agency's initials the name tables do not know are a name all the same.
  return INITIALS_JOINED.test(text.slice(name.end, start));
}
/** "and the FBI", "and NHTSA": a second name in capitals joined to the first, both the verb's subjects. */
const INITIALS_JOINED = /^[ \u00a0]+(?:and|&)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z]{2,6}\b(?![ \u00a0]*[a-z])/;

/**
 * "The American Bankers Association (ABA), one of three financial industry groups", "Lynda Brackenridge, of Lakeview,
 * Calif., is one of 49 victims": the count of a class the name is one of is not that member's figure.
 */
const MEMBER_OF_BETWEEN =
  /^(?:[ \u00a0]*\([^()]*\))?(?:,[^;:]{1,40}?)?(?:,[ \u00a0]*|[ \u00a0]+(?:is|was|are|were|will[ \u00a0]+be|has[ \u00a0]+been|became|becomes)[ \u00a0]+(?:also[ \u00a0]+)?)one[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:more[ \u00a0]+than|about|some|nearly|only)[ \u00a0]+)?$/i;
function countsClassOf(text: string, member: Entity, start: number): boolean {
  return start > member.end && start - member.end <= 80 && MEMBER_OF_BETWEEN.test(text.slice(member.end, start));
}
/** Where a headline or a quoted title around a number ends: a quotation mark, a full stop, a semicolon. */
const TITLE_BOUNDARY = /["\u201c\u201d;!?]|\.[ \u00a0]/g;
/** Its words of four letters or more, every one of which a title capitalizes ("in", "of", "the" are left small). */
const LONG_WORD = /\p{L}[\p{L}'\u2019]{3,}/gu;
/**
 * "Shark Bites 15-Year-Old French Girl in Half", "(MORE: 'Laughter Shocks': 13 Best Tweets About the East Coast
 * Earthquake)", "Gallery: Xbox One X | 14 Photos": a headline or link in title case, whose capitals do not mark names;
 * a number in one is the story's, not a name's of the line.
 */
function inTitleCase(text: string, context: SentenceContext, start: number, end: number): boolean {
  let from = context.span.start;
  let to = context.span.end;
  TITLE_BOUNDARY.lastIndex = from;
  for (let match = TITLE_BOUNDARY.exec(text); match !== null && match.index < to; match = TITLE_BOUNDARY.exec(text)) {
    if (match.index < start) from = match.index + 1;
    else if (match.index >= end) {
      to = match.index;
      break;
    }
  }
  // Word by word, stopping at the first small one: most clauses have one among their first words.
  const clause = text.slice(from, to);
  let words = 0;
  LONG_WORD.lastIndex = 0;
  for (let word = LONG_WORD.exec(clause); word !== null; word = LONG_WORD.exec(clause)) {
    const initial = word[0][0]!;
    if (initial === lowerCase(initial)) return false;
    words += 1;
  }
  return words >= 3;
}

/** ", which also owns", ", under which OPEC agreed", ", whose sales": a relative clause set off by a comma. */
const RELATIVE_OPENING = /^,[ \u00a0]+((?:under|by|in|of|for|through|with)[ \u00a0]+)?(?:which|whose)[ \u00a0]+([a-z])?/;
/** Between a name and the comma of its relative clause: a ticker ("<BP>", "(BP.L)") or a body it owns ("the Redstone group"). */
const ANTECEDENT_TAIL = /^>?(?:[ \u00a0]*(?:<[^<>]{1,12}>|\([^()]{1,12}\)))?(?:[ \u00a0]+(?:group|unit|subsidiary|division|team|family))?$/;
/** ", which means", ", which would mean": a relative clause about the whole clause before it, not a name. */
const SENTENTIAL_WHICH = /^,[ \u00a0]+which[ \u00a0]+(?:(?:would|could|might|may|will)[ \u00a0]+)?(?:means?|meant)\b/;
/** "which is 40 pct owned by Multi-Step": a passive clause's agent owns its figures. */
const AGENT_BEFORE = /\bby[ \u00a0]+(?:the[ \u00a0]+)?$/;

/**
 * "BankAmerica, which holds about 2.70 billion dlrs in Brazilian loans": a number in a relative clause set off by a
 * comma (up to the next comma, semicolon, colon or dash) belongs to the clause's own subject when it names one ("the
 * accord, under which OPEC agreed to cut ... 7.25 pct"), or to its agent ("which is 40 pct owned by Multi-Step"),
 * else, when "which" or "whose" is the clause's subject, to the name the clause is about. Undefined when none of
 * these is a name (the other rules decide), and for "who" clauses (a person's clause often tells of others' figures).
 */
function relativeClauseOwner(text: string, context: SentenceContext, candidates: readonly Entity[], start: number): Entity | undefined {
  let opening = -1;
  let clauseEnd = context.span.end;
  for (const position of context.clauseBreaks) {
    const code = codeAt(text, position);
    if (code === 40 || code === 41) continue;
    if (position >= start) {
      clauseEnd = position;
      break;
    }
    opening = code === 44 && RELATIVE_OPENING.test(text.slice(position, position + 24)) ? position : -1;
  }
  if (opening < 0) return undefined;
  const [pronoun = '', preposition, verbInitial] = RELATIVE_OPENING.exec(text.slice(opening, opening + 24)) ?? [];
  const clauseStart = opening + pronoun.length - (verbInitial ? 1 : 0);
  const own = candidates.find((entity) => entity.start >= clauseStart && entity.end <= start && !context.objects.has(entity));
  if (own) return own;
  const agent = context.entities.find(
    (entity) =>
      entity.start > start && entity.end <= clauseEnd && AGENT_BEFORE.test(text.slice(Math.max(0, entity.start - 8), entity.start)),
  );
  if (agent) return agent;
  if (preposition || !verbInitial) return undefined;
  let antecedent: Entity | null = null;
  for (const entity of context.entities) {
    if (entity.end > opening) break;
    antecedent = ANTECEDENT_TAIL.test(text.slice(entity.end, opening)) ? entity : null;
  }
  // "a train from France, which would mean he cleared": "which means" stands for the whole clause before it.
  return antecedent !== null && !SENTENTIAL_WHICH.test(text.slice(opening, opening + 32)) ? antecedent : undefined;
}

/** From a relative clause's comma to a name inside it: ", which is principally owned by ". */
const INSIDE_RELATIVE = /^,[ \u00a0]+(?:which|who)\b[^,;:]*$/;

/**
 * "Industrial Equity, which is principally owned by Brierley Investments Ltd, a publicly held New Zealand company,
 * said": a name inside a relative clause is not who speaks after it; the name the clause is about is.
 */
function antecedentOfClauseHolding(text: string, context: SentenceContext, name: Entity): Entity | undefined {
  const comma = text.lastIndexOf(',', name.start);
  if (comma < context.span.start || !INSIDE_RELATIVE.test(text.slice(comma, name.start))) return undefined;
  let antecedent: Entity | undefined;
  for (const entity of context.speakers) {
    if (entity.end > comma) break;
    antecedent = ANTECEDENT_TAIL.test(text.slice(entity.end, comma)) ? entity : undefined;
  }
  return antecedent;
}

/**
 * "Ropak Corp said it received ...", "Microsoft said its digital crimes unit had taken down at least 1,000": the
 * pronoun, or the possessive whose noun phrase opens what a verb of saying reports, is the speaker's ("the CBO
 * estimated that they would add": "they" is what was estimated about).
 */
const SAYING = /^(?:said|says|announced|announces|reported|reports)$/;
const SELF_AFTER_SPEECH = /^[ \u00a0]+(?:that[ \u00a0]+)?(?:it|they|he|she|we|its|his|their|our)[ \u00a0]/;
/** "Google reported profits of $9.7bn": a result a name reports, with no one else's named, is its own. */
const REPORTED = /^report(?:ed|s)$/;
const OWN_RESULT_AFTER_REPORT =
  /^[ \u00a0]+(?:(?:net|gross|pre-tax|pretax|operating|quarterly|annual|record|first-quarter|second-quarter|third-quarter|fourth-quarter|full-year)[ \u00a0]+)*(?:profits?|revenues?|sales|earnings|income|loss(?:es)?)[ \u00a0]+(?:of|at|rose|fell|up|down)\b/;
/** A name after a preposition is an object ("its stake in Wrather Corp"), not the subject of a clause. */
const PREPOSITION_BEFORE = /\b(?:in|of|from|for|with|to|at|by|on|into|than|against|over|under)[ \u00a0]+(?:the[ \u00a0]+)?[<(]?$/;

/**
 * Whether the number stands in a clause the speaker reports about itself: "X said it/they/he ..." and no other
 * name between the pronoun and the number that could be a clause's subject (names after a preposition are objects).
 */
function speaksOfItself(text: string, context: SentenceContext, speaker: Entity, start: number): boolean {
  const cue = context.speechCues.find(
    (candidate) =>
      candidate.start >= speaker.end &&
      candidate.end <= start &&
      !candidate.accordingTo &&
      (NAME_THEN_VERB.test(text.slice(speaker.end, candidate.start)) ||
        NAME_APPOSITION_THEN_VERB.test(text.slice(speaker.end, candidate.start))),
  );
  return cue !== undefined && reportsOnItself(text, context, cue, start);
}

/**
 * Whether the verb of saying `cue` reports, in a clause starting "it/they/he/she" or "its/his/their ...", or as a
 * result it reports, the number at `start`, with no other name as that clause's subject.
 */
function reportsOnItself(text: string, context: SentenceContext, cue: SentenceContext['speechCues'][number], start: number): boolean {
  const verb = text.slice(cue.start, cue.end);
  if (cue.end > start || !SAYING.test(verb)) return false;
  const reported = text.slice(cue.end, cue.end + 48);
  if (!SELF_AFTER_SPEECH.test(reported) && !(REPORTED.test(verb) && OWN_RESULT_AFTER_REPORT.test(reported))) return false;
  return context.entities.every(
    (entity) =>
      entity.start < cue.end ||
      entity.start >= start ||
      context.objects.has(entity) ||
      context.modifiers.has(entity) ||
      PREPOSITION_BEFORE.test(text.slice(Math.max(0, entity.start - 16), entity.start)),
  );
}

/**
 * "signed agreements with India and China", "I ask Congress to": a name after a preposition or a verb of asking,
 * and a name joined to it by "and"/"or", is an object, unless it opens the sentence ("In Germany, ...").
 */
const OBJECT_BEFORE =
  /\b(?:with|to|in|at|from|on|by|(?:north|south|east|west)(?:-?(?:east|west))?[ \u00a0]+of|across|throughout|ask|asks|asked|asking|urge|urges|urged|urging|tell|tells|told|telling)[ \u00a0]+(?:the[ \u00a0]+|this[ \u00a0]+)?<?(?:\p{Lu}[\p{L}.-]*[ \u00a0]+){0,3}$/u;
const COORDINATED = /^,?[ \u00a0]+(?:and|or)[ \u00a0]+(?:the[ \u00a0]+)?$/;
/** "his widow, Alice", "his wife, Sue, and their four children": a relative named in apposition is not whom the sentence is about. */
const RELATIVE_BEFORE =
  /\b(?:wife|husband|widow|widower|son|sons|daughter|daughters|brother|brothers|sister|sisters|mother|father|parents|grandson|granddaughter|grandchildren|nephew|niece|fianc\u00e9e|fiancee|fianc\u00e9|fiance|partner|girlfriend|boyfriend),[ \u00a0]+$/;
/** "Washington, Feb. 9 -- President Kennedy today proposed": the place a story was filed from, not what it is about. */
const DATELINE_AFTER =
  /^(?:,[ \u00a0]+[A-Z][a-z]{2,8}\.?[ \u00a0]+\d{1,2})?,?[ \u00a0]*(?:\((?:Reuters|[A-Za-z]{2,10}\)[ \u00a0]*(?:--|\u2014|\u2013))|--|\u2014|\u2013)/;
/** "WASHINGTON (Reuters) - ", "NEW YORK (Reuters Health) - ": the agency that filed the story, in its dateline. */
const DATELINE_AGENCY_BEFORE = /^[^\p{Ll}]{2,40}\($/u;
const DATELINE_AGENCY_AFTER = /^[^()]{0,12}\)[ \u00a0]*(?:--|-|\u2014|\u2013)/;
/** "In Germany, ...": a name after the sentence's first word opens it ("Prices in New York" do not). */
const FIRST_WORD_BEFORE = /^[^\p{L}]*\p{L}+[ \u00a0]+(?:the[ \u00a0]+)?$/u;
/** Whether text[from, position) ends in a comma and spaces, as RELATIVE_BEFORE needs (most names follow no comma). */
function commaThenSpaceBefore(text: string, position: number, from: number): boolean {
  let index = position - 1;
  while (index >= from && (codeAt(text, index) === 32 || codeAt(text, index) === 0xa0)) index -= 1;
  return index < position - 1 && index >= from && codeAt(text, index) === 44;
}

function objectsOf(text: string, span: Span, entities: readonly Entity[]): Set<Entity> {
  const objects = new Set<Entity>();
  let previous: Entity | null = null;
  for (const entity of entities) {
    const opensSentence = entity.start - span.start <= 24 && FIRST_WORD_BEFORE.test(text.slice(span.start, entity.start));
    if (
      (entity.start - span.start <= 2 && DATELINE_AFTER.test(text.slice(entity.end, entity.end + 24))) ||
      (DATELINE_AGENCY_BEFORE.test(text.slice(span.start, entity.start)) &&
        DATELINE_AGENCY_AFTER.test(text.slice(entity.end, entity.end + 16))) ||
      (commaThenSpaceBefore(text, entity.start, span.start) &&
        RELATIVE_BEFORE.test(text.slice(Math.max(span.start, entity.start - 16), entity.start))) ||
      (!opensSentence &&
        (OBJECT_BEFORE.test(text.slice(Math.max(span.start, entity.start - 20), entity.start)) ||
          (previous !== null && objects.has(previous) && COORDINATED.test(text.slice(previous.end, entity.start)))))
    )
      objects.add(entity);
    previous = entity;
  }
  return objects;
}

const WORD_AFTER = /^[ \u00a0]([a-z]+)\b/;
/** Lower-case words that can follow the name that is a clause's subject: verbs without a verb's ending, adverbs, function words. */
const AFTER_SUBJECT = new Set(
  `is are was were be been being has have had do does did will would can could may might must shall should said told
  sold bought won paid made gave took spent lost got set put cut hit led ran saw rose fell grew became began brought built
  came chose drew found held kept knew left meant met sent stood struck thought went wrote bid beat broke fought forecast
  let quit read sought shut spoke taught withdrew shot threw flew drove rode sat felt fled hung laid lay lent shook sank
  slid spread swept swung tore wore woke also now then still today yesterday recently already just never once
  again alone itself himself herself themselves first last and or but nor of in on at for to from with by who whom whose
  which that as than if when while where into onto about after before since until over under through against between
  among within without per via plus vs versus didn doesn don isn wasn weren hasn haven hadn won wouldn couldn shouldn
  aren`.split(/\s+/),
);

/** Nouns of a body or holding that a name before them owns: "the Redstone group", "the Laos government", "Bahia crop". */
const HELD_BY_NAME = new Set('group unit subsidiary division team government administration family crop economy'.split(' '));

const CAPITALIZED_WORD_AFTER = /^[ \u00a0]\p{Lu}[\p{Ll}-]/u;

/**
 * "The Kennedy plan would boost", "its Canadian Courier unit", "an Apple user": a person's or organisation's name
 * right before a noun modifies it and is no clause's subject. A word with a verb's ending (-s, -ed, -ing) or a verb,
 * adverb or function word of AFTER_SUBJECT keeps the name a subject ("Ropak agreed", "Google would", "Meyer making"),
 * and so does a body the name owns ("the Redstone group").
 */
function isNounModifier(text: string, entity: Entity, sentenceStart: number, entities: readonly Entity[]): boolean {
  const possessive = isApostrophe(codeAt(text, entity.end - 1)) || isApostrophe(codeAt(text, entity.end - 2));
  if (possessive) return false;
  const noun = nounAfter(text, entity);
  // "the Obama administration": a person's administration is the state, whose figures the person does not own.
  if (noun === 'administration' && entity.type === 'person') return true;
  const modifies = noun !== undefined && !HELD_BY_NAME.has(noun);
  if (entity.type === 'country') {
    // Inside a sentence, a country before a capitalized word is part of another name or title ("Coloroll U.S. Business",
    // "U.S. Hart-Scott-Rodino regulations"); opening one, it may start a headline ("Canada Prepares for ...").
    if (entity.start > sentenceStart + 2 && CAPITALIZED_WORD_AFTER.test(text.slice(entity.end, entity.end + 3))) return true;
    // "U.S. astronaut Chris Cassidy", "UK startup Tweetdeck": a country before a noun and a name titles that name.
    return modifies && titlesName(text, entity, entities);
  }
  return modifies;
}

/** The lower-case word right after a name when it reads as a noun: no verb, adverb or function word of AFTER_SUBJECT, no -s, -ed, -ing or -ly. */
function nounAfter(text: string, entity: Entity): string | undefined {
  const word = WORD_AFTER.exec(text.slice(entity.end, entity.end + 24))?.[1];
  return word === undefined || AFTER_SUBJECT.has(word) || /(?:s|ed|ing|ly)$/.test(word) ? undefined : word;
}

const NOUN_THEN_NAME = patternOnFirstUse(() => /^[ \u00a0]+\p{Ll}+(?:[ \u00a0]+\p{Ll}+)?[ \u00a0]+$/u);

/** Whether a person's or organisation's name follows `entity` after one or two lower-case words ("U.S. astronaut Chris Cassidy"). */
function titlesName(text: string, entity: Entity, entities: readonly Entity[]): boolean {
  const next = entities.find((other) => other.start > entity.end);
  return (
    next !== undefined &&
    next.type !== 'country' &&
    next.start - entity.end <= 40 &&
    NOUN_THEN_NAME().test(text.slice(entity.end, next.start))
  );
}

/** "It also created four new positions", "The company had owned 63,000 shares": a sentence whose subject is a company named before. */
const COMPANY_OPENING =
  /^["\u201c]?(?:It|The (?:company|firm|group|bank|corporation))[ \u00a0]+(?!(?:is|was|'s|\u2019s|seems|seemed|appears|appeared|remains|will be|would be|may|might|could)\b)[a-z]/;

/** Whether the sentence opens with "It" or "The company" as its subject, naming no one before the number at `start`. */
export function opensWithCompany(text: string, context: SentenceContext, start: number): boolean {
  return (
    COMPANY_OPENING.test(text.slice(context.span.start, context.span.start + 40)) &&
    !context.entities.some((entity) => entity.start < start)
  );
}

const THE_BEFORE = patternOnFirstUse(() => /(?:^|[^\p{L}])[Tt]he[ \u00a0]+$/u);
const ONE_PLURAL_WORD = /^\p{Lu}\p{Ll}+s$/u;

/**
 * "The Pirates have a 9-6 record", "the Wallenbergs": one plural word after "the", no name the tables know, is a
 * team's nickname or a family, which the text may file under a city, a club or a group; `subjectOf` withholds it
 * unless the text also gives it in full ("the Pistons" after "the Detroit Pistons").
 */
export function isPluralNickname(text: string, entity: Entity): boolean {
  return (
    entity.type === 'person' &&
    ONE_PLURAL_WORD.test(entity.name) &&
    THE_BEFORE().test(text.slice(Math.max(0, entity.start - 5), entity.start))
  );
}

/** "the American government", "Germany's economy": a country named as the owner of the state the sentence speaks of. */
const STATE_NOUN_AFTER = /^(?:['\u2019]s?)?[ \u00a0]+(?:federal[ \u00a0]+)?(?:government|administration|economy|treasury|budget|deficit)\b/;

/** The country the sentence names as the owner of its state ("the American government plans"), if any. */
export function stateOwnerIn(text: string, context: SentenceContext): string | null {
  const owner = context.entities.find(
    (entity) => entity.type === 'country' && STATE_NOUN_AFTER.test(text.slice(entity.end, entity.end + 32)),
  );
  return owner?.name ?? null;
}

/** From this size a count of a country's people is national: "43 million Americans", not "four Cubans" arrested in a story. */
const NATIONAL_COUNT = 10_000;

/**
 * "Ninety-four million Americans are out of the labor force", "millions of hardworking Americans": a count of a
 * country's people, named by their plural ("Americans", "Cubans") as what is counted and national in scale, is the
 * country's figure. Fewer are people in a story ("20 other Americans were arrested"), and the demonym as an adjective
 * ("800 U.S. marketing leaders", "70 million American workers") names no owner: null then.
 */
export function nationCounted(text: string, context: SentenceContext, start: number, end: number, value: number): string | null {
  if (value < NATIONAL_COUNT || codeAt(text, end - 1) !== 115) return null;
  const people = context.entities.find((entity) => entity.type === 'country' && entity.end === end && entity.start > start);
  return people?.name ?? null;
}

/** Whether the sentence refers to a state without naming one ("the government", "federal"); read once per sentence. */
export function refersToState(text: string, context: SentenceContext): boolean {
  context.refersToState ??= STATE_REFERENCE.test(text.slice(context.span.start, context.span.end));
  return context.refersToState;
}

/** Whether a number of another clause stands between the year at `year` and the number at [start, end). */
function separatedByOtherClause(numbers: readonly Span[], year: number, start: number, end: number, clause: Span): boolean {
  for (const other of numbers) {
    if (other.start === start || (other.start >= clause.start && other.start < clause.end)) continue;
    if (year < start ? other.start > year && other.end <= start : other.start >= end && other.start < year) return true;
  }
  return false;
}

/**
 * "equal to 2.8% of GDP and will reach 3.5 per cent of GDP by 2029", "about 120 victims and expect to learn about more",
 * "costs $24.99 and will be out in the spring": "and" or "but" before a modal, an auxiliary or a verb of planning opens
 * a new predicate, and its plan, forecast or year is of that predicate, not of a figure before it.
 */
const NEW_PREDICATE =
  /[ \u00a0,](?:and|but)[ \u00a0]+(?:(?:also|then|still|now|later|so)[ \u00a0]+)?(?:will|would|could|can|may|might|should|must|shall|is|are|was|were|has|have|had|plans?|planned|expects?|expected|aims?|hopes?|intends?|wants?|vows?|vowed|pledged?|promised?|seeks?|forecasts?|projects?|predicts?)\b/i;

/** Where a new predicate opens after the figure that ends at `end`: the sentence's end when none does (`timeOf` and `kindOf` read no cue or year past it). */
export function newPredicateAfter(text: string, context: SentenceContext, end: number): number {
  const found = NEW_PREDICATE.exec(text.slice(end, context.span.end));
  return found ? end + found.index : context.span.end;
}

/** Past this distance a year is no longer read as the one a number is about. */
const TIME_REACH = 160;
const OTHER_CLAUSE_TIME_PENALTY = 60;

/**
 * The period that governs the number: the nearest year or deadline, preferring its own clause, and never one from
 * which another number in another clause separates it (it is that number's: "13% of spending, up from 6.6% in
 * 2017"), unless the year opens the sentence
 * before all its numbers ("In 2024, ... 5% ... 3%"). "2.8% of GDP next year ... 3.5% by 2029": 2.8% is next year's.
 */
export function timeOf(context: SentenceContext, start: number, end: number, numbers: readonly Span[], predicateEnd: number): ClaimTime {
  if (context.years.length === 0) return {};
  let best: SentenceContext['years'][number] | undefined;
  let bestDistance = Infinity;
  const clause = clauseAround(context, start, end);
  const firstNumber = Math.min(start, numbers[0]?.start ?? start);
  for (const mention of context.years) {
    if (mention.start === start) continue;
    // "60,000 factories since China joined the WTO in 2001": the year dates that clause's event, not the figure.
    if (mention.clause !== null && (start < mention.clause.start || start >= mention.clause.end)) continue;
    // "28,25,140 and 1,97,666 have died; 18,29,648 are active ... as on April 25, 2020": the date of them all.
    const framing = mention.start < firstNumber || mention.asOf;
    if (mention.start >= predicateEnd && !mention.asOf) continue;
    if (!framing && separatedByOtherClause(numbers, mention.start, start, end, clause)) continue;
    const distance =
      (mention.start >= end ? mention.start - end : start - mention.start) +
      (mention.start >= clause.start && mention.start < clause.end ? 0 : OTHER_CLAUSE_TIME_PENALTY);
    if (distance > TIME_REACH && !framing) continue;
    if (distance < bestDistance) {
      best = mention;
      bestDistance = distance;
    }
  }
  if (!best) return {};
  return best.deadline ? { by: best.year } : { year: best.year };
}

/** Only bound words between a clause's start and its number: "Over the next 10 years, nearly half of all new jobs will". */
const OPENS_CLAUSE =
  /^[^\p{L}]*(?:(?:nearly|about|almost|roughly|around|some|only|just|another|over|under|more|less|than|at|least|up|to)[ \u00a0]+)*$/iu;
/** "Two years ago, I said": a period that has passed. */
const AGO_AFTER = /^[ \u00a0]ago\b/;
/** "two weeks ago", "six years ago today": a period that dates an event, when it happened, is no one's figure. */
export function datesAgo(text: string, end: number): boolean {
  return AGO_AFTER.test(text.slice(end, end + 5));
}
/** "over the last 4 years", "in the previous five years": a period that has passed. */
const PAST_PERIOD_BEFORE = /\b(?:last|past|previous)[ \u00a0]+$/i;
/**
 * "eliminate the billions in taxpayer dollars we currently give", "dump about half of its 27 advertising formats":
 * a figure after a determiner names what already is; a plan or forecast said before it is of the verb, not of it
 * (one said after it still is: "the 3 percent analysts expected", "its 285,000 bpd quota").
 */
const DETERMINER_BEFORE =
  /\b(?:the|its|their|his|her|our|these|those)[ \u00a0]+(?:(?:other|nearly|some|about|roughly|almost)[ \u00a0]+)?$/i;
/**
 * A cue in a later clause tells of that clause, not of the number ("the House (by 224-170) passed the bill which the
 * President is expected to sign"), unless it follows within a few words.
 */
const LATER_CLAUSE_CUE_REACH = 20;
/**
 * A plan, forecast or proposal word more than four words after a figure tells of another verb or noun of the sentence
 * ("Fifty-three of the 150 representatives immediately joined Grover as co-signers of the proposal", "paying 35 dlrs
 * cash per share for 83 pct of Purolator's stock in a tender offer"); one within them is of the figure's phrase ("a 2%
 * inflation target", "the 3 percent analysts expected", "its 285,000 bpd quota").
 */
const CUE_AFTER_REACH_WORDS = 4;
/**
 * "should", a modal, proposes what follows it, as a bare "will" forecasts it: a figure before it is its subject's or
 * another clause's ("He'll make $13.5 million this year, and he should probably get a chance", "only half the dividends
 * I should").
 */
const SHOULD = /^should\b/i;
/** Participles of a forecast ("will be expected to"): "will be" stays a forecast before them. */
const FORECAST_PARTICIPLES = new Set(['expected', 'projected', 'estimated', 'predicted']);
/**
 * "will be" before a participle tells of a decision: "$1 million will be awarded", "Pricing ... will be set at $29.99",
 * "their pay will be reduced to 60%" are plans (target); "will be paid", "will be sold at $41,000" state a deal's terms
 * (actual, as "will pay" does). Before anything else "will be" keeps its own kind ("$900 billion ... will be due").
 */
function kindOfWillBe(next: string, kind: ClaimKind): ClaimKind {
  if (next === 'paid' || next === 'sold') return 'actual';
  // After "will be", "set", "cut" and "put" are participles; readsAsParticiple leaves them out as nouns elsewhere.
  const participle = readsAsParticiple(next) || next === 'set' || next === 'cut' || next === 'put';
  return participle && !FORECAST_PARTICIPLES.has(next) ? 'target' : kind;
}
/**
 * "Officials estimated the combined programs would cost 5.1 million dollars", "The TEA estimated there would be 182
 * scholastics", "Previous estimates suggested that Samsung would sell 80 million units": a "would" after a word of
 * estimating in the figure's sentence is the estimate's conditional, a forecast, not a bill's proposal or a fact.
 */
const ESTIMATED_WOULD_BEFORE = /\bestimat(?:e|es|ed|ing)\b[^.;]*\bwould(?:[ \u00a0]+[a-z]+){0,3}[ \u00a0]+$/i;
/**
 * A plan said in an earlier clause is of that clause's verb, not of a figure past a comma, a semicolon or a dash: "Tesla
 * did as he'd promised, and in return Edison gave him a $10 raise", "But to meet this threat, we don't need to send tens
 * of thousands of our sons". A colon or a bracket goes on with the plan ("a new goal for America: Let's cut in half",
 * "promised ... that it will cap its surge prices (at three times").
 */
function breaksClauseBetween(text: string, context: SentenceContext, from: number, to: number): boolean {
  return context.clauseBreaks.some((position) => {
    const code = codeAt(text, position);
    return position > from && position < to && code !== 58 && code !== 40 && code !== 41;
  });
}
/** "the next 10 years", "the coming months": a span ahead of the writing, the horizon of what is said of it. */
const HORIZON_BEFORE = /\b(?:next|coming)[ \u00a0]+$/i;
/** How far after a share that opens its clause a bare "will" still tells its kind. */
const SHARE_WILL_REACH = 40;

/**
 * The kind from the nearest cue word: "target of 2%" is a target, "23 ... met" is actual. A plan, forecast or threat
 * said before the number in its clause governs the verb that follows it ("is on track to hit $390 billion",
 * "plans to raise it to 3%"). `share` marks a percent or fraction: one that opens its clause before a
 * bare "will" is what the "will" forecasts ("nearly half of all new jobs will require"), while a count there stays
 * actual ("Four ministers will attend": who is coming is known). `spanOfTime` marks a span of time, which a bare
 * "will" does not forecast.
 */
export function kindOf(
  text: string,
  context: SentenceContext,
  start: number,
  end: number,
  time: ClaimTime,
  share: boolean,
  datedAgo: boolean,
  spanOfTime: boolean,
  predicateEnd: number,
): ClaimKind {
  if (datedAgo || PAST_PERIOD_BEFORE.test(text.slice(Math.max(context.span.start, start - 20), start))) return 'actual';
  let best: SentenceContext['cues'][number] | null = null;
  let bestDistance = Infinity;
  let governing: ClaimKind | null = null;
  const clause = clauseAround(context, start, end, text);
  const existing = DETERMINER_BEFORE.test(text.slice(Math.max(context.span.start, start - 24), start));
  const planBefore = context.cues.some((cue) => cue.future === null && cue.kind !== 'actual' && cue.start < start);
  const willOfShare = share && OPENS_CLAUSE.test(text.slice(clause.start, start));
  for (const cue of context.cues) {
    if (existing && cue.start < start) continue;
    if (cue.start >= predicateEnd) continue;
    const governsShare = willOfShare && cue.future === 'will' && cue.start < clause.end && cue.start - end <= SHARE_WILL_REACH;
    if (cue.future !== null && (cue.start > start ? (cue.future === 'will' && !governsShare) || planBefore : cue.start < clause.start))
      continue;
    const distance = cue.start >= end ? cue.start - end : start - cue.start;
    if (cue.start >= clause.end && distance > LATER_CLAUSE_CUE_REACH) continue;
    if (cue.start >= end && cue.kind !== 'actual' && cue.future === null && wordsBetween(text, end, cue.start) > CUE_AFTER_REACH_WORDS)
      continue;
    if (cue.start >= end && SHOULD.test(text.slice(cue.start, cue.start + 7))) continue;
    if (cue.kind === 'target' && cue.start < start && breaksClauseBetween(text, context, cue.start, start)) continue;
    if (distance >= 0 && distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
    if (cue.kind !== 'actual' && cue.start < start && cue.start >= clause.start) governing = cue.kind;
  }
  // "The budget officer forecasts that spending will reach 1.8%": the reporting verb says what the "will" is.
  const bestStart = best?.start ?? -1;
  const reportedAsForecast =
    best?.kind === 'target' &&
    context.cues.some(
      (cue) =>
        cue.kind === 'forecast' &&
        cue.future === null &&
        cue.start < bestStart &&
        !context.clauseBreaks.some((position) => position > cue.start && position < start),
    );
  if (reportedAsForecast || ESTIMATED_WOULD_BEFORE.test(text.slice(context.span.start, start))) return 'forecast';
  if (best?.kind === 'actual' && governing !== null) return governing;
  if (best === null && time.by !== undefined) return 'target';
  // "It will take the light from Earth 1 hour and 20 minutes", "will expire 20 business days after commencement": a
  // bare "will" forecasts an amount; a span of time under it is how long a scheduled or known thing lasts.
  // "over the next 10 years" is the forecast's own horizon and keeps its kind.
  const willForecasts = best !== null && best.future !== null && best.kind === 'forecast';
  if (spanOfTime && willForecasts && !HORIZON_BEFORE.test(text.slice(Math.max(context.span.start, start - 16), start))) return 'actual';
  return best?.kind ?? 'actual';
}

export interface MetricReading {
  key: string;
  label: string;
  impliedBase: string | null;
  start: number;
  end: number;
}

/** Metrics named by generic words ("spending", "price"): a specific metric a little further away wins over them. */
const GENERIC_METRICS = new Set([
  'funding',
  'price',
  'investment',
  'duration',
  'score',
  'approval-rating',
  'energy-capacity',
  'temperature',
  'gdp',
  'jobs',
]);
const GENERIC_METRIC_PENALTY = 50;
const OTHER_CLAUSE_PENALTY = 100;

/** Metrics of money: a count, a duration or a length is never one ("4 children" near "price" is no price); a score is a count. */
const MONEY_METRICS = new Set([
  'price',
  'wages',
  'revenue',
  'profit',
  'market-value',
  'funding',
  'investment',
  'budget-deficit',
  'public-debt',
  'exports',
  'imports',
  'gdp',
  'house-prices',
  'oil-price',
  'share-price',
  'interest-payments',
  'defence-spending',
  'core-military-investment',
  'trade-balance',
]);
const SHARE_DIMENSIONS = new Set(['currency', 'percent', 'fraction']);
/** "5% by 2035, of which 3.5% on core military needs": a part of the figure before, with a metric of its own. */
const SUB_SHARE = /\bof (?:which|whom)\b/;

/**
 * The nearest metric phrase in the sentence, other than the base the value is a share of, and one that can measure
 * the number's dimension. A part introduced by "of which" takes only a metric named after it in its clause.
 */
export function metricOf(
  text: string,
  context: SentenceContext,
  start: number,
  end: number,
  base: string | null,
  dimension: string,
): MetricReading | null {
  let best: SentenceContext['metrics'][number] | null = null;
  let bestDistance = Infinity;
  const clause = clauseAround(context, start, end);
  const subShare = isSubShare(text, context, start, end);
  for (const metric of context.metrics) {
    if (base !== null && metric.key === 'gdp' && base === 'GDP') continue;
    if (metric.start < end && metric.end > start) continue;
    if (MONEY_METRICS.has(metric.key) ? !SHARE_DIMENSIONS.has(dimension) : metric.key === 'score' && dimension !== 'count') continue;
    // "500 years old and extends for 5,000 miles": only a span of time is an age.
    if (metric.key === 'age' && dimension !== 'time') continue;
    if (subShare && (metric.start < end || metric.end > clause.end)) continue;
    const distance =
      (metric.start >= end ? metric.start - end : start - metric.end) +
      (GENERIC_METRICS.has(metric.key) ? GENERIC_METRIC_PENALTY : 0) +
      (metric.start >= clause.start && metric.end <= clause.end ? 0 : OTHER_CLAUSE_PENALTY);
    if (distance < bestDistance) {
      best = metric;
      bestDistance = distance;
    }
  }
  return best;
}

/** "of which 3.5%": the number is a part of the one before it in the sentence. */
export function isSubShare(text: string, context: SentenceContext, start: number, end: number): boolean {
  return SUB_SHARE.test(text.slice(Math.max(clauseAround(context, start, end).start, start - 40), start));
}

/** Counted nouns too vague to be a metric of their own ("two major categories", "14 photos", "five things"). */
const VAGUE_COUNTED =
  /\b(?:things?|ways?|categories|category|types?|kinds?|levels?|times|photos?|images?|pictures?|reasons?|options?|steps?|parts?|items?|examples?|lists?|sublists?|words?|pages?|properties|property|ones?|bits?|pieces?)$/i;

/** Whether what a count counts can name its metric: "712 deaths" can, "five things" cannot. */
export function countsTrackable(countedPhrase: string): boolean {
  return !VAGUE_COUNTED.test(countedPhrase);
}

/** Whether a metric says no more than "spending" or "funding": a specific one said nearby may stand for it. */
export function isGenericMetric(key: string): boolean {
  return GENERIC_METRICS.has(key);
}

/**
 * Between a name and its speech verb: nothing, a closing bracket ("<Sale Tilney Plc> said"), a ticker in brackets
 * ("Acme Corp (ACME.N) said", "ChemLawn Corp <CHEM> said"), a time ("SoftBank earlier this month said", "Apple on
 * Tuesday said"), an auxiliary, or an apposition ("Steuerle, a fellow at the Urban Institute, said").
 */
const NAME_THEN_VERB =
  /^['\u2019]?s?[>)\]]?(?:[ \u00a0]+[(<][A-Z0-9.: ]{1,12}[)>])?[ \u00a0,]*(?:(?:earlier|later)[ \u00a0]+(?:this|last)[ \u00a0]+(?:week|month|year)[ \u00a0]+|on[ \u00a0]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \u00a0]+)?(?:(?:has|have|had|also|previously|later|then|once|again|would|will|recently)[ \u00a0]+)*$/;
const NAME_APPOSITION_THEN_VERB = /^,[^,;:.!?"\u201c\u201d]{1,90},[ \u00a0]*(?:(?:has|had|also|previously|later)[ \u00a0]+)*$/;
/** An organisation's apposition is a noun phrase: "Industrial Equity, a Hong Kong investment firm, said". */
const ARTICLE_APPOSITION = /^,[ \u00a0]+(?:a|an|the)[ \u00a0]/;
/** Between a speech verb and its speaker: titles and articles only ("said Prime Minister Mark Carney", "says the IMF"). */
const VERB_THEN_NAME = /^[ \u00a0,]*(?:(?:the|a|an|\p{Lu}[\p{L}.'\u2019-]*)[ \u00a0]+)*$/u;
/** "Mark Carney has boosted spending ..., and has vowed": the sentence's subject speaks in its second predicate. */
const COORDINATED_VERB = /^[^;:"\u201c\u201d]*[ \u00a0,]and[ \u00a0]+(?:(?:has|had|also)[ \u00a0]+)*$/;
/** "The company said", "It said", "the statement said": the organisation the text last showed speaking. */
const ORGANISATION_BEFORE_VERB =
  /(?:\b[Tt]he[ \u00a0]+(?:company|firm|group|bank|corporation|statement)|(?:^|[.;:!?"\u201c\u201d][ \u00a0]*)It)[ \u00a0]+(?:(?:has|had|also|later|then|again)[ \u00a0]+)*$/;
/** "the department said", "The agency said": a public body the text named before by a name ending in that word. */
const BODY_BEFORE_VERB =
  /\b[Tt]he[ \u00a0]+(department|agency|ministry|commission|bureau|institute|council|committee)[ \u00a0]+(?:(?:has|had|also|later|then|again)[ \u00a0]+)*$/;
const PRONOUN_BEFORE_VERB = /\b(he|she|He|She)[ \u00a0]+(?:(?:has|had|also|later|then|again)[ \u00a0]+)*$/;

/** "told Ailes", "tells the board": who is told is spoken to. */
const TOLD = /^(?:told|tells)$/;
/**
 * "said Pence had been", "claimed Ailes had harassed", "said Ms. Haley and her husband accepted": a verb after the name
 * makes it the reported clause's subject ("data from Eurostat showed" names its source).
 */
const VERB_AFTER_NAME =
  /^(?:[ \u00a0]+and[ \u00a0]+(?:his|her|their|its)[ \u00a0]+[a-z]+)?[ \u00a0]+(?:has|have|had|is|are|was|were|will|would|could|can|should|may|might|must|did|does|do|[a-z]+ed)\b/;
/** "said a Virginia Democrat", "according to a Fox executive": one of a group, whom the text does not name. */
const INDEFINITE_BEFORE = /\b(?:a|an)[ \u00a0]+$/;

/**
 * Whether the name after a speech verb is not its speaker: the one told ("told Ailes"), the subject of the clause
 * reported ("47 percent said Kaine has been deployed"), or a description of someone unnamed ("said a Virginia
 * Democrat", "according to a Fox executive").
 */
function addressedOrReported(text: string, cue: SentenceContext['speechCues'][number], name: Entity): boolean {
  return (
    TOLD.test(text.slice(cue.start, cue.end)) ||
    (!cue.accordingTo && VERB_AFTER_NAME.test(text.slice(name.end, name.end + 40))) ||
    INDEFINITE_BEFORE.test(text.slice(Math.max(cue.end, name.start - 4), name.start))
  );
}

/** Who a number is attributed to: a name, or a pronoun ("he said") that the caller resolves from earlier text. */
export type SpeakerReading =
  | { entity: Entity }
  | { name: string }
  | { pronounAt: number; sex: Sex }
  | { organisationAt: number; selfReported: boolean }
  | { bodyAt: number; ending: string }
  | null;

/**
 * "People close to Ms. Haley insisted", "representatives of two estates in Westchester say", "people familiar with
 * Apple said": the name is where the unnamed speakers stand, not who speaks.
 */
const UNNAMED_SPEAKERS_OF = /\b(?:close[ \u00a0]+to|familiar[ \u00a0]+with|in)[ \u00a0]+(?:the[ \u00a0]+|(?:Mr|Mrs|Ms|Dr)\.?[ \u00a0]+)?$/;

/** "Two days after New York reported", "fell 5% after Acme said": the verb of saying stands in a clause the number's is not. */
const SUBORDINATOR = /\b(?:after|before|since|until|when|while|because|although|if)\b/;

/** Whether the verb of saying at `cueStart` stands in brackets that close before the number at `start`. */
function closesBracketBefore(text: string, context: SentenceContext, cueStart: number, start: number): boolean {
  if (start < cueStart) return false;
  // Within the sentence only: `lastIndexOf` read back to the text's start wherever the sentence holds no "(".
  const open = lastIndexBetween(text, 40, context.span.start, cueStart);
  if (open < 0 || lastIndexBetween(text, 41, open + 1, cueStart) >= 0) return false;
  const close = text.indexOf(')', cueStart);
  return close >= 0 && close < start;
}

/** The verb of saying nearest the number at `start`, or null when the sentence has none. */
function nearestSpeechCue(context: SentenceContext, start: number): SentenceContext['speechCues'][number] | null {
  let nearest: SentenceContext['speechCues'][number] | null = null;
  for (const cue of context.speechCues) {
    if (!nearest || Math.abs(cue.start - start) < Math.abs(nearest.start - start)) nearest = cue;
  }
  return nearest;
}

/** Verbs whose object is who is spoken to, and what may stand between one and a count of them ("told some 350 persons"). */
const AUDIENCE_VERB = /^(?:told|tells|warned|addressed)$/;
const AUDIENCE_COUNT_BETWEEN =
  /^[ \u00a0]+(?:(?:some|about|nearly|almost|roughly|around|over|more[ \u00a0]+than|at[ \u00a0]+least)[ \u00a0]+)?$/;

/**
 * "told thousands of supporters", "warned 800 U.S. marketing leaders": the number counts who the nearest verb of
 * saying speaks to, right after it. The writer counts them; the speaker does not say the number.
 */
export function countsAudience(text: string, context: SentenceContext, start: number): boolean {
  const cue = nearestSpeechCue(context, start);
  return (
    cue !== null &&
    start >= cue.end &&
    AUDIENCE_VERB.test(text.slice(cue.start, cue.end)) &&
    AUDIENCE_COUNT_BETWEEN.test(text.slice(cue.end, start))
  );
}

/**
 * The person (or body) the sentence attributes the number to: "Rutte said", "said C. Eugene Steuerle, a fellow at
 * ...", "Steuerle, a fellow at ..., said", "according to the IMF", "Trump's threat", or "he said". A speech verb
 * with no name next to it gives no speaker: the name elsewhere in the sentence is usually someone else.
 */
export function speakerOf(text: string, context: SentenceContext, start: number): SpeakerReading {
  const nearestCue = nearestSpeechCue(context, start);
  if (!nearestCue) return null;
  const possessive = nearestCue.possessive;
  if (possessive !== null) {
    // "the Congressional Budget Office's projections": the whole name that owns them.
    const cueStart = nearestCue.start;
    const owner = context.entities.find((entity) => entity.start <= cueStart && entity.end >= cueStart + possessive.length);
    return owner && owner.type !== 'country' ? { entity: owner } : { name: possessive };
  }
  const cue = nearestCue;
  // "(according to the Chicago Tribune), but ... all 57 words": a bracketed attribution covers its bracket only.
  if (closesBracketBefore(text, context, cue.start, start)) return null;
  const speakers = context.speakers;
  const afterCue = speakers.find(
    (entity) =>
      entity.start >= cue.end &&
      entity.start - cue.end <= 60 &&
      VERB_THEN_NAME.test(text.slice(cue.end, entity.start)) &&
      !addressedOrReported(text, cue, entity),
  );
  if (cue.accordingTo) return afterCue ? { entity: afterCue } : null;
  const before = speakers.filter((entity) => entity.end <= cue.start);
  const apposed = before.find(
    (entity) =>
      NAME_APPOSITION_THEN_VERB.test(text.slice(entity.end, cue.start)) &&
      (entity.type === 'person' || ARTICLE_APPOSITION.test(text.slice(entity.end, entity.end + 6))),
  );
  if (apposed) return { entity: antecedentOfClauseHolding(text, context, apposed) ?? apposed };
  const nearest = before[before.length - 1];
  if (
    nearest &&
    NAME_THEN_VERB.test(text.slice(nearest.end, cue.start)) &&
    !UNNAMED_SPEAKERS_OF.test(text.slice(Math.max(context.span.start, nearest.start - 20), nearest.start)) &&
    !(start < nearest.start && SUBORDINATOR.test(text.slice(start, nearest.start)))
  )
    return { entity: antecedentOfClauseHolding(text, context, nearest) ?? nearest };
  if (afterCue) return { entity: afterCue };
  const opening = speakers[0];
  if (
    opening?.type === 'person' &&
    opening === nearest &&
    opening.start - context.span.start <= 40 &&
    opening.end <= start &&
    COORDINATED_VERB.test(text.slice(opening.end, cue.start))
  ) {
    return { entity: opening };
  }
  const pronoun = PRONOUN_BEFORE_VERB.exec(text.slice(Math.max(context.span.start, cue.start - 24), cue.start));
  if (pronoun) return { pronounAt: cue.start, sex: sexOfPronoun(pronoun[1]!) };
  const body = BODY_BEFORE_VERB.exec(text.slice(Math.max(context.span.start, cue.start - 30), cue.start))?.[1];
  if (body) return { bodyAt: cue.start, ending: `${body.charAt(0).toUpperCase()}${body.slice(1)}` };
  const company = ORGANISATION_BEFORE_VERB.test(text.slice(Math.max(context.span.start, cue.start - 30), cue.start));
  return company ? { organisationAt: cue.start, selfReported: reportsOnItself(text, context, cue, start) } : null;
}

const BASE =
  /^[ \u00a0]+of[ \u00a0]+(?:(?:its|their|the|his|her|our|a|an|this|that|total|all|[A-Z][\w.]*['\u2019]s)[ \u00a0]+)?([A-Za-z][\w-]*(?:[ \u00a0][a-z][\w-]*){0,2})/;
const GDP_NAMES = /^(?:gdp|gross domestic product|economic output|national income|gross national product|gnp)\b/i;
const BASE_STOP = /[ \u00a0](?:on|in|to|by|for|from|at|and|or|which|that|this|last|next|will|would|is|was|are|were|has|have)\b.*$/;

/** The base of a share: "5 per cent of its GDP" -> "GDP"; "of which" -> the base already in force. */
export function baseAfter(text: string, end: number, previousBase: string | null): string | null {
  if (codeAt(text, end) !== 32 || codeAt(text, end + 1) !== 111 || codeAt(text, end + 2) !== 102) return null;
  const match = BASE.exec(text.slice(end, end + 80));
  const phrase = match?.[1];
  if (!phrase) return null;
  if (phrase === 'which' || phrase === 'whom' || phrase.startsWith('which ')) return previousBase;
  if (GDP_NAMES.test(phrase)) return 'GDP';
  return phrase.replace(BASE_STOP, '');
}
