// Resolves a surname to the full name the text gave earlier ("Carney" -> "Mark Carney").
import { NOT_NAME_WORDS, endsPossessive, findEntities, hasLegalForm, isKnownName, scanCountryMentions, type Entity } from './entities.js';
import { codeAt, isLowerLetter, isUpperCode, patternOnFirstUse } from './characters.js';
import { sentenceAround } from './sentences.js';
import { firstAtOrAfter, quotationMarksOf } from './positions.js';
import { tableRowLabel } from './table-cells.js';
import { PERSON_SAYING_VERBS, QUOTATION_VERBS } from './speech-verbs.js';
import type { Span } from './types.js';

/** The sex a pronoun, a title or a first name tells of a person: what "he said" and "she said" are matched on. */
export type Sex = 'female' | 'male';
const FEMALE_TITLE_BEFORE =
  /\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|Duchess|Countess|Baroness|Sister|Congresswoman|Councilwoman|Chairwoman|spokeswoman|Spokeswoman|Businesswoman|businesswoman|actress|Actress)\.?[ \u00a0]+$/;
const MALE_TITLE_BEFORE =
  /\b(?:Mr|Messrs|Sir|Lord|King|Prince|Duke|Count|Baron|Father|Brother|Congressman|Councilman|Alderman|spokesman|Spokesman|Businessman|businessman)\.?[ \u00a0]+$/;

/** "she", "She" -> female; "he", "He" -> male. */
export function sexOfPronoun(pronoun: string): Sex {
  return pronoun.charAt(0).toLowerCase() === 's' ? 'female' : 'male';
}

/** Whether `known` is the other sex than `wanted`: false when it agrees or is not known. */
function oppositeSex(known: Sex | null, wanted: Sex): boolean {
  return known !== null && known !== wanted;
}

/** How far back "he said" looks for the person it stands for. */
const PRONOUN_REACH = 1500;
const PERSON_TITLE_BEFORE =
  /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|President|Minister|Senator|Governor|Secretary|Chancellor|Mayor|Judge|Professor|Director|Chairman|Chairwoman|spokesman|spokeswoman|CEO|chief executive)\.?[ \u00a0]+$/;
const SPEECH_AFTER = new RegExp(String.raw`^[>)\]]?(?:[ \u00a0]+[(<][A-Z0-9.: ]{1,12}[)>])?,?[ \u00a0]+(?:${PERSON_SAYING_VERBS})\b`);
/** How long an apposition between a name and its verb of saying may be. */
const APPOSITION_REACH = 120;
/** "Eric Reeves, one of the leading American academic voices on Sudan, said": a name set off by an apposition, then saying. */
const SPEECH_AFTER_APPOSITION = new RegExp(String.raw`^,[ \u00a0][^,.;:!?"\u201c\u201d()]{3,100},[ \u00a0]+(?:${PERSON_SAYING_VERBS})\b`);
/**
 * '"...," said Ed Stremlow': a name after a quotation's or clause's "said"; in "He said Analytical 360 is" it is what was
 * said. Only "said" and "says", in the 10 characters before the name (isKnownPerson): QUOTATION_VERBS there changes no
 * eval score, but the longer verbs ("explained") would not fit that reach with their comma.
 */
const SPEECH_BEFORE = /[,"'\u201d\u2019][ \u00a0]*(?:said|says)[ \u00a0]+$/;
/** Before the name that opens a sentence as its subject: "The" at most. */
const OPENS_SENTENCE_BEFORE_NAME = /^(?:[Tt]he[ \u00a0]+)?$/;
/** After it: a possessive and an aside at most, then a lowercase word that is not "and"/"or" ("Nokia's shares fell", "Simplenote (iOS only) is"). */
const HEADS_CLAUSE_AFTER_NAME = /^(?:['\u2019]s?)?(?:[ \u00a0]+\([^()]{1,40}\))?[ \u00a0]+(?!(?:and|or)\b)[a-z]/;
/** Or an organisation's apposition, then its verb: "The Aspen Institute for Humanistic Studies, a private group, also called". */
const ORGANISATION_APPOSITION_AFTER = /^,[ \u00a0]+(?:a|an|the)[ \u00a0][^,;:.!?]{1,60},[ \u00a0]+[a-z]/;
/** "Komen's annual Race for the Cure took place": a name the opening name possesses may be what "It" stands for. */
const POSSESSED_NAME_BETWEEN = /^['\u2019]s?(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+$/;
/** Countries are looked for in this much of a text at most: it bounds the work on very large input. */
const COUNTRY_SCAN_LIMIT = 200_000;

/** Bounds the search for a surname's first mention on very large texts. */
const MAX_OCCURRENCES_SEARCHED = 200;
/** The full name of an organisation is given at its first mentions: only these are read as sentences. */
const MAX_ORGANISATION_OCCURRENCES = 5;
/** A given name or an initial right before a surname: "Mark ", "M. ". */
const GIVEN_NAME_BEFORE = patternOnFirstUse(() => /(\p{Lu}[\p{Ll}\p{M}'\u2019-]+|\p{Lu}\.)[ \u00a0]$/u);
const LETTER_OR_DIGIT = patternOnFirstUse(() => /[\p{L}\p{N}]/u);
/** A capitalized word or a bracket after a name: more of the name may follow ("Purolator Courier Corp"). */
const NAME_CONTINUES_AFTER = patternOnFirstUse(() => /^[ \u00a0][\p{Lu}(]/u);
/** A word right before a name, joined by a space or hyphen ("Urban-Brookings Tax Policy Center", "U.S. Justice Department"). */
const WORD_JOINED_BEFORE = patternOnFirstUse(() => /\p{L}\.?[ \u00a0-]$/u);

/** How far before a quotation's opening mark, or after its closing one, the words that say who speaks it are read. */
const QUOTE_ATTRIBUTION_REACH = 60;
/** How much of a paragraph is read back for an opening quotation mark. */
const QUOTE_SCAN_LIMIT = 2000;
/** A speaker's name in a quotation's tag: up to four capitalized words ('Jeffrey Frankel', 'C. Eugene Steuerle'). */
const SPEAKER_NAME = String.raw`\p{Lu}[\p{L}.'\u2019-]*(?:[ \u00a0]+\p{Lu}[\p{L}.'\u2019-]*){0,3}`;
/** Between a quotation and the next: its tag and one sentence end at most ('," Loeb said. '), no other sentence. */
const ONLY_A_TAG_BETWEEN = /^[^.!?;"\u201c\u201d\n]{0,80}[.!?:]?[ \u00a0\n]*$/;
/** A paragraph that leads into a quotation: 'Frayer concluded:', 'According to David Frayer, professor ...:'. */
const LEAD_IN_BEFORE_PARAGRAPH = patternOnFirstUse(() => {
  const name = `(${SPEAKER_NAME})`;
  return new RegExp(
    String.raw`(?:^|[.!?][ \u00a0]+|\n)(?:[Aa]ccording[ \u00a0]+to[ \u00a0]+${name}(?:,[^.!?:"\u201c\u201d]{0,100})?|${name}[ \u00a0]+(?:${QUOTATION_VERBS}|concluded)(?:[ \u00a0]+[a-z]+){0,2})[ \u00a0]*:$`,
    'u',
  );
});
/** '...", he said': the pronoun's person. */
const PRONOUN_SPEAKS_AFTER_QUOTE = new RegExp(String.raw`^[,.!?]?[ \u00a0]*(he|she)[ \u00a0]+(?:${QUOTATION_VERBS})\b`);
/** '...," said Jeffrey Frankel': the group is what stands before the name. */
const VERB_THEN_SPEAKER_AFTER_QUOTE = patternOnFirstUse(
  () => new RegExp(String.raw`^([,.!?]?[ \u00a0]*(?:${QUOTATION_VERBS})[ \u00a0]+)\p{Lu}`, 'u'),
);
/** '...," said Dr Martin-Ordas', '... said Foreign Minister William Hague': capitalized titles between the verb and the name. */
const TITLES_BEFORE_NAME = patternOnFirstUse(() => /^(?:\p{Lu}[\p{L}.'\u2019-]*[ \u00a0]+){1,3}$/u);
/** '...", McCauley said': the group is what stands before the name. */
const SPEAKER_THEN_VERB_AFTER_QUOTE = patternOnFirstUse(
  () => new RegExp(String.raw`^([,.!?]?[ \u00a0]*)${SPEAKER_NAME}[ \u00a0]+(?:${QUOTATION_VERBS})\b`, 'u'),
);
/** 'Fiedler said: "', 'He told reporters: "': the speaker, then a verb of saying and a colon or comma right before the quotation. */
const SPEAKER_BEFORE_QUOTE = patternOnFirstUse(
  () => new RegExp(String.raw`(${SPEAKER_NAME})[ \u00a0]+(?:${QUOTATION_VERBS})(?:[ \u00a0]+[a-z]+){0,2}[,:][ \u00a0]*$`, 'u'),
);

/**
 * The quotation holding `position` within its paragraph: from its opening mark (curly or straight) to its closing
 * one, or to the paragraph's end when it runs on. Null when `position` is outside quotation marks.
 */
function quotationAround(text: string, quoteMarks: readonly number[], position: number): Span | null {
  const paragraphStart = Math.max(text.lastIndexOf('\n', position) + 1, position - QUOTE_SCAN_LIMIT);
  let open = -1;
  for (let mark = firstAtOrAfter(quoteMarks, paragraphStart); mark < quoteMarks.length && quoteMarks[mark]! < position; mark += 1) {
    const index = quoteMarks[mark]!;
    const code = codeAt(text, index);
    if (code === 0x201c) open = index;
    else if (code === 0x201d) open = -1;
    else open = open < 0 ? index : -1;
  }
  if (open < 0) return null;
  let end = position;
  for (; end < text.length && end - position < QUOTE_SCAN_LIMIT; end += 1) {
    const code = codeAt(text, end);
    if (code === 0x201d || code === 34 || code === 10) break;
  }
  return { start: open, end: codeAt(text, end) === 10 ? end : end + 1 };
}

/**
 * Whether `findEntities` reads text[.., boundary) and text[boundary, ..) apart as it reads them in one: the text before
 * `boundary` (after spaces) ends in a stop after a word with no capital, so no name's words run across it ("met Smith.
 * Jones" would), and a name right after it opens a sentence either way.
 */
function readsApartAt(text: string, boundary: number): boolean {
  let index = boundary - 1;
  while (index >= 0 && isOpeningSpace(codeAt(text, index))) index -= 1;
  const stop = codeAt(text, index);
  if (stop !== 46 && stop !== 33 && stop !== 63) return false;
  // The characters a name's word is read from (entities.ts, readNameWord): a capital or a letter beyond ASCII among them could start one.
  for (let at = index - 1; at >= 0; at -= 1) {
    const code = codeAt(text, at);
    if (isUpperCode(code) || code >= 0x80) return false;
    if (!((code >= 97 && code <= 122) || code === 46 || code === 38 || code === 39 || code === 43 || code === 45)) break;
  }
  return true;
}

/** Where the white space (paragraph breaks too) that runs up to `position` begins: the end of the text before it. */
function endOfTextBefore(text: string, position: number): number {
  let end = position;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end -= 1;
  return end;
}

/** "Rupert" of "Rupert Murdoch": what tells two people of one surname apart. */
function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** The spaces `findEntities` looks back over to a sentence's stop (entities.ts, isOpener). */
function isOpeningSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

export class NameResolver {
  private resolved: Map<string, string> | null = null;
  private sharedSurnames: Set<string> | null = null;
  /** The countries named before `countriesScannedTo`, and where their scan goes on from: it reads only as far as asked. */
  private countries: { country: string; start: number }[] = [];
  private countriesScannedTo = 0;
  private countryScanResumesAt = 0;
  private lastPerson: { position: number; sex: Sex; name: string | null } | null = null;
  private lastOrganisation: { position: number; name: string | null } | null = null;
  private lastCountry: { position: number; name: string | null } | null = null;
  /** The names seen speaking in whole sentences before `speakingScannedTo`, within reach of the last question. */
  private speaking: Entity[] = [];
  private speakingScannedTo = 0;

  constructor(private readonly text: string) {}

  /**
   * The full form of `name` as first written before `before` (or just after it, in the same sentence): a surname
   * the text gave with a given name ("Carney" -> "Mark Carney"), or the leading words of an organisation's name
   * ("Shearson" -> "Shearson Lehman Brothers Inc", "Scientific Micro" -> "Scientific Micro Systems Inc"), or a given
   * name alone to the person first named with it ("Desiline" -> "Desiline Victor"). Names
   * of known countries and organisations are returned as they are: "Canada" is never "Air Canada".
   */
  resolve(name: string, before: number): string;
  resolve(name: string | null, before: number): string | null;
  resolve(name: string | null, before: number): string | null {
    if (name === null || isKnownName(name)) return name;
    this.resolved ??= new Map();
    const known = this.resolved.get(name);
    if (known) return known;
    const full = (name.includes(' ') ? null : this.withGivenName(name, before)) ?? this.organisationStartingWith(name, before) ?? name;
    if (this.resolved.size < 256) this.resolved.set(name, full);
    return full;
  }

  /** The sex a title right before `start` tells ("Mrs. Huntley", "Mr. Trump"), or null. */
  private titleSexBefore(start: number): Sex | null {
    const before = this.text.slice(Math.max(0, start - 16), start);
    return FEMALE_TITLE_BEFORE.test(before) ? 'female' : MALE_TITLE_BEFORE.test(before) ? 'male' : null;
  }

  /** Whether `name` is a surname two people named in the text share: `resolve` leaves it as written. */
  isSharedSurname(name: string): boolean {
    return this.sharedSurnames?.has(name) ?? false;
  }

  /**
   * "Carney" -> "Mark Carney": the name that ends in the surname where a capitalized word stands right before it, not a
   * possessive ("Corp's Union"). A surname two people named before `before` share ("Lawrence G. Huntley", "Mrs. Lavaughn
   * Huntley") stays as written: which of them it means would be a guess.
   */
  private withGivenName(name: string, before: number): string | null {
    let first: string | null = null;
    let firstGiven = '';
    let from = 0;
    for (let searched = 0; searched < MAX_OCCURRENCES_SEARCHED; searched += 1) {
      const at = this.text.indexOf(name, from);
      if (at < 0 || at > (first === null ? before + 2000 : before)) break;
      from = at + name.length;
      const given = GIVEN_NAME_BEFORE().exec(this.text.slice(Math.max(0, at - 24), at))?.[1];
      const next = this.text.charAt(at + name.length);
      if (!given || given === firstGiven || NOT_NAME_WORDS.has(given) || endsPossessive(given) || isLowerLetter(next)) continue;
      const full = this.fullNameAt(name, at, given);
      if (full === null) continue;
      if (first === null) {
        first = full;
        firstGiven = given;
      } else if (firstWord(full) !== firstWord(first)) {
        this.sharedSurnames ??= new Set();
        this.sharedSurnames.add(name);
        return name;
      }
    }
    return first;
  }

  /** The whole name as read where `given` stands before the surname at `at`: "Lorenz" -> "Edward Norton Lorenz", "Hoenig" -> "Thomas M. Hoenig". */
  private fullNameAt(name: string, at: number, given: string): string | null {
    const sentence = sentenceAround(this.text, at);
    const whole = findEntities(this.text, sentence.start, sentence.end).find(
      (entity) => entity.end === at + name.length && entity.name.endsWith(` ${name}`),
    );
    if (whole) return whole.name;
    return given.endsWith('.') ? null : `${given} ${name}`;
  }

  /**
   * "Purolator" -> "Purolator Courier Corp": an organisation the text named earlier whose name starts with these
   * words; a name of two words or more also ends one ("Tax Policy Center" -> "Urban-Brookings Tax Policy Center"). A
   * single word also starts a person's name ("Desiline" -> "Desiline Victor"): feature copy calls people by their given name.
   */
  private organisationStartingWith(name: string, before: number): string | null {
    let from = 0;
    for (let searched = 0; searched < MAX_ORGANISATION_OCCURRENCES; searched += 1) {
      const at = this.text.indexOf(name, from);
      if (at < 0 || at > before) break;
      from = at + name.length;
      const continued = NAME_CONTINUES_AFTER().test(this.text.slice(from, from + 2));
      const preceded = name.includes(' ') && WORD_JOINED_BEFORE().test(this.text.slice(Math.max(0, at - 3), at));
      if ((!continued && !preceded) || LETTER_OR_DIGIT().test(this.text.charAt(at - 1))) continue;
      const sentence = sentenceAround(this.text, at);
      const longer = findEntities(this.text, sentence.start, sentence.end).find(
        (entity) =>
          (entity.type === 'organisation' || (entity.type === 'person' && !name.includes(' '))) &&
          ((entity.start === at && entity.name.startsWith(`${name} `)) ||
            (name.includes(' ') && entity.end === at + name.length && entity.name.endsWith(` ${name}`))),
      );
      if (longer) return longer.name;
    }
    return null;
  }

  /** The person "he" or "she" at `position` stands for: the last person named before it not of the other sex (full name), or null. */
  personBefore(position: number, sex: Sex): string | null {
    // Every number of a sentence asks about the same "he said".
    if (this.lastPerson?.position === position && this.lastPerson.sex === sex) return this.lastPerson.name;
    const name = this.findPersonBefore(position, sex);
    this.lastPerson = { position, sex, name };
    return name;
  }

  /** The last person named before `position` whose title does not tell the other sex than `sex`. */
  private findPersonBefore(position: number, sex: Sex): string | null {
    const from = sentenceAround(this.text, Math.max(0, position - PRONOUN_REACH)).start;
    // The person is most often a sentence or two back: the reach is read from its end a sentence at a time (split only
    // where the parts read as the whole does), and the reading stops at the first person found.
    for (let end = position; end > from; ) {
      let start = end;
      do start = Math.max(from, this.sentenceBefore(start)?.start ?? 0);
      while (start > from && !readsApartAt(this.text, start));
      const entities = findEntities(this.text, start, end);
      for (let index = entities.length - 1; index >= 0; index -= 1) {
        const person = entities[index]!;
        if (person.type === 'person' && this.isKnownPerson(person) && !oppositeSex(this.titleSexBefore(person.start), sex))
          return this.resolve(person.name, person.start);
      }
      end = start;
    }
    return null;
  }

  /** The organisation "the company said" or "it said" at `position` stands for: the last one the text showed speaking (full name), or null. */
  organisationBefore(position: number): string | null {
    if (this.lastOrganisation?.position === position) return this.lastOrganisation.name;
    const reach = Math.max(0, position - PRONOUN_REACH);
    // Whole sentences are read once, in text order; only the sentence of `position` is read up to it each time.
    const sentenceStart = sentenceAround(this.text, position).start;
    if (sentenceStart < this.speakingScannedTo) this.speaking = [];
    const from = Math.max(sentenceAround(this.text, reach).start, sentenceStart < this.speakingScannedTo ? 0 : this.speakingScannedTo);
    if (from < sentenceStart) this.speaking.push(...this.speakingIn(from, sentenceStart));
    this.speakingScannedTo = Math.max(from, sentenceStart);
    this.speaking = this.speaking.filter((entity) => entity.start >= reach);
    const candidates = [...this.speaking, ...this.speakingIn(sentenceStart, position)];
    let name: string | null = null;
    for (let index = candidates.length - 1; index >= 0 && name === null; index -= 1) {
      const entity = candidates[index]!;
      // "Shearson said" after "Shearson Lehman Brothers Inc": a short form of a company is the company.
      name =
        entity.type === 'organisation'
          ? this.resolve(entity.name, entity.start)
          : entity.type === 'person' && !isKnownName(entity.name)
            ? this.organisationStartingWith(entity.name, entity.start)
            : null;
    }
    this.lastOrganisation = { position, name };
    return name;
  }

  /**
   * "Uber has been defending its surge pricing. It has now promised ...": the name that opens the sentence before the
   * one at `sentenceStart` as its subject (after "The" at most, and followed by its verb or its possessed noun, not by
   * "and" or a comma that would join a second name), which "It" or "The company" then stands for. Null otherwise.
   */
  subjectOfSentenceBefore(sentenceStart: number): string | null {
    const before = this.sentenceBefore(sentenceStart);
    const opening = before && this.openingSubject(before);
    if (!opening) return null;
    return opening.type === 'country' ? opening.name : this.resolve(opening.name, opening.start);
  }

  /** The sentence that ends before `sentenceStart` (or holds the place before it), or null at the text's start. */
  private sentenceBefore(sentenceStart: number): Span | null {
    const end = endOfTextBefore(this.text, sentenceStart);
    return end === 0 ? null : sentenceAround(this.text, end - 1);
  }

  /**
   * The name that opens `sentence` as its subject, or null; `apposed` also takes one set off by an organisation's
   * apposition ("The Aspen Institute for Humanistic Studies, a private group, also called for").
   */
  private openingSubject(sentence: Span, apposed = false): Entity | null {
    const [opening, next] = findEntities(this.text, sentence.start, sentence.end);
    if (
      !opening ||
      !OPENS_SENTENCE_BEFORE_NAME.test(this.text.slice(sentence.start, opening.start)) ||
      !(
        HEADS_CLAUSE_AFTER_NAME.test(this.text.slice(opening.end, opening.end + 40)) ||
        (apposed && ORGANISATION_APPOSITION_AFTER.test(this.text.slice(opening.end, opening.end + 80)))
      ) ||
      (next && POSSESSED_NAME_BETWEEN.test(this.text.slice(opening.end, next.start)))
    )
      return null;
    return opening;
  }

  /**
   * The organisation that last opened a sentence as its subject before `sentenceStart` ("The Aspen Institute ... also
   * called for ... It predicted prices would"), for "It said" or "The company said" when the text showed none speaking.
   */
  organisationOpeningBefore(sentenceStart: number): string | null {
    // Within its paragraph and the one before: reading further back gave only wrong speakers on the development sets.
    const paragraphBeforeEnd = endOfTextBefore(this.text, this.text.lastIndexOf('\n', sentenceStart - 1) + 1);
    const reach = Math.max(this.text.lastIndexOf('\n', paragraphBeforeEnd - 1) + 1, sentenceStart - PRONOUN_REACH);
    for (
      let sentence = this.sentenceBefore(sentenceStart);
      sentence && sentence.start >= reach;
      sentence = this.sentenceBefore(sentence.start)
    ) {
      const opening = this.openingSubject(sentence, true);
      if (opening?.type === 'organisation') return this.resolve(opening.name, opening.start);
    }
    return null;
  }

  /**
   * Who speaks the quotation holding `position`, when the paragraph says so right before the quotation opens ('Fiedler
   * said: "...') or right after it closes ('...", he said', '...," said Jeffrey Frankel'): every sentence of a quotation
   * is the speaker's, not only the one that carries the verb. Null outside quotation marks or when no one is named.
   */
  quotationSpeaker(position: number): string | null {
    const quoteMarks = quotationMarksOf(this.text);
    const quotation = quotationAround(this.text, quoteMarks, position);
    if (!quotation) return null;
    return this.taggedSpeaker(quotation) ?? this.continuedSpeaker(quotation, quoteMarks);
  }

  /**
   * Whether `position` stands inside quotation marks: the words there are the speaker's, not the writer's. A straight
   * mark that a space or a stop follows closes a quotation opened before the text ('... airlock," said Parmitano, 37').
   */
  isQuoted(position: number): boolean {
    const quotation = quotationAround(this.text, quotationMarksOf(this.text), position);
    return quotation !== null && !/^[\s,.;:!?]/.test(this.text.charAt(quotation.start + 1));
  }

  /**
   * A quotation with no tag of its own that goes on with the one before it: in the same paragraph, when no more than
   * that quotation's tag stands between them ('..." Loeb said. "It is a simple blood test'); or opening its paragraph
   * after one that ends in a tagged quotation ('..." said Dr Martin-Ordas.'), in a quotation it leaves open (a quote
   * running over paragraphs), or in a lead-in's colon ('Frayer concluded:'). Null when anything else stands between.
   */
  private continuedSpeaker(quotation: Span, quoteMarks: readonly number[]): string | null {
    const paragraphStart = this.text.lastIndexOf('\n', quotation.start) + 1;
    const closing = quoteMarks[firstAtOrAfter(quoteMarks, quotation.start) - 1];
    if (closing !== undefined && closing >= paragraphStart) return this.speakerOfTagBefore(closing, quotation.start, quoteMarks);
    if (!/^[ \u00a0]*$/.test(this.text.slice(paragraphStart, quotation.start))) return null;
    const end = endOfTextBefore(this.text, paragraphStart);
    if (end === 0 || end === paragraphStart) return null;
    const last = end - 1;
    const open = quotationAround(this.text, quoteMarks, last);
    if (open && open.end >= end) return this.quotationSpeaker(last);
    const leadIn = LEAD_IN_BEFORE_PARAGRAPH().exec(this.text.slice(Math.max(0, end - QUOTE_ATTRIBUTION_REACH * 3), end));
    if (leadIn) {
      const leader = leadIn[1] ?? leadIn[2]!;
      const from = end - leadIn[0].length + leadIn[0].indexOf(leader);
      const named = findEntities(this.text, from, from + leader.length).find((entity) => entity.type !== 'country');
      return named && named.start === from ? this.resolve(named.name, named.start) : null;
    }
    return this.speakerOfTagBefore(quoteMarks[firstAtOrAfter(quoteMarks, paragraphStart) - 1], end, quoteMarks);
  }

  /** The speaker tagged on the quotation that closes at `closing`, when no more than its tag stands from there to `to`. */
  private speakerOfTagBefore(closing: number | undefined, to: number, quoteMarks: readonly number[]): string | null {
    if (closing === undefined || !ONLY_A_TAG_BETWEEN.test(this.text.slice(closing + 1, to))) return null;
    const before = quotationAround(this.text, quoteMarks, closing);
    return before ? this.taggedSpeaker(before) : null;
  }

  /** The speaker a quotation's own tag names, right before its opening mark or right after its closing one. */
  private taggedSpeaker(quotation: Span): string | null {
    const after = this.text.slice(quotation.end, quotation.end + QUOTE_ATTRIBUTION_REACH);
    const pronounAfter = PRONOUN_SPEAKS_AFTER_QUOTE.exec(after);
    if (pronounAfter) return this.personBefore(quotation.start, sexOfPronoun(pronounAfter[1]!));
    const verbFirst = VERB_THEN_SPEAKER_AFTER_QUOTE().exec(after);
    const nameFirst = SPEAKER_THEN_VERB_AFTER_QUOTE().exec(after);
    const speaking = verbFirst ?? nameFirst;
    if (speaking) {
      const at = quotation.end + (speaking[1]?.length ?? 0);
      const named = findEntities(this.text, at, Math.min(this.text.length, at + 48)).find((entity) => entity.type !== 'country');
      if (named && (named.start === at || TITLES_BEFORE_NAME().test(this.text.slice(at, named.start))))
        return this.resolve(named.name, named.start);
    }
    const before = this.text.slice(Math.max(0, quotation.start - QUOTE_ATTRIBUTION_REACH), quotation.start);
    const lead = SPEAKER_BEFORE_QUOTE().exec(before);
    if (!lead) return null;
    if (/^(?:he|she|He|She)$/.test(lead[1]!)) return this.personBefore(quotation.start, sexOfPronoun(lead[1]!));
    const from = quotation.start - before.length + lead.index;
    const named = findEntities(this.text, from, from + lead[1]!.length).find((entity) => entity.type !== 'country');
    return named ? this.resolve(named.name, named.start) : null;
  }

  /**
   * The name that heads the table row holding the cell `[start, end)`, when a page's table was flattened one cell a
   * line ("Herbert Dürr", "63", "16.6%": the 63 changesets and the 16.6% are Herbert Dürr's). The cell must fill its
   * line, the lines between it and the name must be cells too, and the name must fill its line as one name: a heading
   * ("By changesets"), prose or a name with more words beside it heads no row. Null otherwise.
   */
  tableRowName(start: number, end: number): string | null {
    const label = tableRowLabel(this.text, start, end);
    if (!label) return null;
    const names = findEntities(this.text, label.start, label.end);
    const only = names.length === 1 ? names[0]! : null;
    return only && only.start === label.start && only.end === label.end ? only.name : null;
  }

  /**
   * The body "the department said" at `position` stands for: the last organisation named before it whose name ends in
   * `ending` ("Justice Department"), in full, or null when the text named none.
   */
  bodyBefore(position: number, ending: string): string | null {
    const from = sentenceAround(this.text, Math.max(0, position - PRONOUN_REACH)).start;
    const bodies = findEntities(this.text, from, position).filter(
      (entity) => entity.type === 'organisation' && entity.name.endsWith(` ${ending}`),
    );
    const last = bodies[bodies.length - 1];
    return last ? this.resolve(last.name, last.start) : null;
  }

  /** The names in text[from, to) that say something ("Penril Corp said"). */
  private speakingIn(from: number, to: number): Entity[] {
    return findEntities(this.text, from, to).filter((entity) => SPEECH_AFTER.test(this.text.slice(entity.end, entity.end + 16)));
  }

  /**
   * Whether `entities` hold a private owner other than `speaker`: a person after a title ("Ms. Haley", "President
   * Kennedy") or a company by its legal form ("Alphabet Inc."). A sentence about one is about their figures, not
   * the state's, though it says "government" or "the Treasury".
   */
  namesPrivateOwner(entities: readonly Entity[], speaker: Entity | null): boolean {
    return entities.some(
      (entity) =>
        entity.start !== speaker?.start &&
        (hasLegalForm(entity.name) ||
          (entity.type === 'person' && PERSON_TITLE_BEFORE.test(this.text.slice(Math.max(0, entity.start - 24), entity.start)))),
    );
  }

  /** A name the text shows to be a person's: after a title ("President Obama"), or saying something ("Reeves said"). */
  private isKnownPerson(entity: Entity): boolean {
    return (
      PERSON_TITLE_BEFORE.test(this.text.slice(Math.max(0, entity.start - 24), entity.start)) ||
      SPEECH_AFTER.test(this.text.slice(entity.end, entity.end + 16)) ||
      SPEECH_BEFORE.test(this.text.slice(Math.max(0, entity.start - 10), entity.start)) ||
      SPEECH_AFTER_APPOSITION.test(this.text.slice(entity.end, entity.end + APPOSITION_REACH))
    );
  }

  /**
   * The country a text that says "the government" or "federal" without naming one is about: the country it has
   * named most often before `position`, directly or by one of its public bodies ("the Congressional Budget
   * Office"); the latest on a tie; null when it has named none.
   */
  countryBefore(position: number): string | null {
    // Every number of a sentence asks with the sentence's end.
    if (this.lastCountry?.position === position) return this.lastCountry.name;
    const scanEnd = Math.min(position, this.text.length, COUNTRY_SCAN_LIMIT);
    if (scanEnd > this.countriesScannedTo) {
      this.countryScanResumesAt = scanCountryMentions(this.text, this.countryScanResumesAt, scanEnd, this.countries);
      this.countriesScannedTo = scanEnd;
    }
    const counts = new Map<string, number>();
    let best: string | null = null;
    for (const { country, start } of this.countries) {
      if (start >= position) break;
      const count = (counts.get(country) ?? 0) + 1;
      counts.set(country, count);
      if (best === null || count >= counts.get(best)!) best = country;
    }
    this.lastCountry = { position, name: best };
    return best;
  }
}
