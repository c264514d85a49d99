// Named subjects in a sentence: countries (by name, short form or demonym), organisations, and people.
import { codeAt, isApostrophe, isDigitCode, isLowerLetter, isUpperAt, isUpperLetter, patternOnFirstUse } from './characters.js';
import { firstAtOrAfter, positionsOf } from './positions.js';
import { NAME_SAYING_VERBS, SAYING_VERBS_OR_NOUNS } from './speech-verbs.js';
import {
  COUNTRY_FORM,
  COUNTRY_FORMS,
  DEMONYMS,
  KNOWN,
  KNOWN_FIRST_WORDS,
  KNOWN_OPENINGS,
  LONGEST_KNOWN_WORDS,
} from './tables/known-names.generated.js';

export type EntityType = 'country' | 'organisation' | 'person';

export interface Entity {
  name: string;
  type: EntityType;
  start: number;
  end: number;
}

/**
 * Capitalized words that are not names, by kind: one table, from which every list below derives. News copy
 * capitalizes them at the start of a sentence ("Within a decade", "Pouring gasoline", "Aside from") and in
 * titles, headings and page furniture.
 */
const ORDINARY_WORDS = {
  titles: `President Prime Minister Ministers Secretary Secretary-General Defense Defence Foreign Affairs State General Gen
    Adm Admiral Mr Mrs Ms Dr Sen Senator Rep Representative Gov Governor Chancellor CEO Chief Executive Director Chairman
    Chairwoman Chair Spokesman Spokeswoman Spokesperson Press Navy Rear Lt Col Colonel Commander King Queen Prince Princess
    Pope Judge Justice Mayor Premier Ambassador Deputy Vice Finance Treasury Health Immigration Naval National Senior Sgt
    Capt Lord Sir Dame Professor Prof Economist Analyst Coach Manager Captain Officer Commissioner Leader MP Speaker
    Attorney Inspector Head Founder President-elect Former Acting Interior Trade Economy Environment Energy Labour Labor
    Home Public Security Safety Transport Education Agriculture Industry PhD Investor Assistant Prosecutor Sheriff
    Detective Lieutenant Sergeant Councilman Councilwoman Alderman Congressman Congresswoman Superintendent Dean Rabbi
    Reverend Rev Bishop Archbishop Magistrate Lawyer Banker Trader Researcher Developer Presidents Senators Governors
    Quarterback Meteorologist Forecaster Astronaut Cosmonaut Journalist Columnist Scientist Physicist Astronomer
    Paleontologist Epidemiologist Historian Novelist`,
  functionWords: `The A An In On At To For From By With And Or But As If It Its He She They We I You This That These Those
    There Here When While Where What Who Whom Whose Which Why How After Before During Since Until Though Although Because
    However Also Still Yet So Nor Not No Yes Than Then Thus Hence Therefore Unless Whether Once Whenever Wherever Whatever
    Whoever Within Without Aside Given According Despite Including Included Excluding Unlike Like Besides Beyond Above
    Below Under Over Against Among Amid Between Through Throughout Toward Towards Upon Via Per Into Onto Off Out Up Down
    Around About Across Along Alongside Behind Near Next Past Except Plus Minus Instead Rather Regardless Each Every Any
    Anyone Anybody Anything Anywhere Some Someone Somebody Something Somewhere Many Most Much More Less Least Few Fewer
    Several All Both Either Neither None Nobody Nothing Nowhere Everyone Everybody Everything Everywhere Other Others
    Another Such Only Just Even Both Own Same My Your His Her Our Their Me Him Us Them Let Can Could Will Would Shall
    Should May Might Must Do Does Did Is Are Was Were Be Been Being Has Have Had Please Thank Thanks`,
  adverbs: `Meanwhile Moreover Furthermore Nevertheless Nonetheless Indeed Already Currently Recently Finally Eventually
    Initially Ultimately Overall Basically Essentially Generally Usually Often Sometimes Perhaps Maybe Certainly Clearly
    Obviously Apparently Unfortunately Fortunately Luckily Sadly Hopefully Thankfully Importantly Notably Similarly Likewise
    Otherwise Consequently Accordingly Specifically Particularly Especially Altogether Almost Nearly Roughly Approximately
    Together Previously Typically Additionally Traditionally Historically Meantime Again Always Never Ever Now Today
    Tomorrow Yesterday Tonight Soon Later Earlier Last First Second Third Fourth Fifth Finally Lastly Firstly Secondly
    Plus Well Oh Sure Really Actually Frankly Honestly Interestingly Surprisingly Ironically Critically Officially
    Separately Elsewhere Instead Still Though Anyway Besides`,
  quantities: `One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen
    Eighteen Nineteen Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety Hundred Hundreds Thousand Thousands Million
    Millions Billion Billions Dozen Dozens Half Quarter Third Double Triple Zero`,
  furniture: `Read More Latest News Story Video Videos Trending Get Similar Ad Advertisement Photo Photos Gallery Image
    Images Watch Related Don't Miss Center Share Comments Comment Subscribe Sign Log Click Follow Update Updated Editor
    Editors Note Source Sources Credit Caption Listen Play Loading Breaking Live Opinion Analysis Review Exclusive`,
  calendar: `January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Earlier Later Last Next
    Every Spring Summer Autumn Fall Winter`,
  /** Adjectives of amounts that open sentences ("Total Bahia sales", "Net profit"). */
  amountAdjectives: 'Total Net Gross Combined Average Annual Cumulative',
  /** A company's legal form ends its name ("Wrather Corp", "Coloroll Group Plc") and is never a name alone. */
  legalForms: 'Corp Inc Ltd Co LLC Plc PLC AG SA NV GmbH LP AB ASA BV SpA Oyj Pty',
  /** Names only as the first word of a longer one ("South Carolina", "West Bank", "New York"; "New crop sales" names nothing). */
  directions: 'Western Eastern Northern Southern North South East West Middle European Asian African Latin Hemisphere New',
  /** Common nouns that open sentences in news copy: not names there, but parts of names elsewhere ("Tax Policy Center"). */
  sentenceNouns: `People Children Officials Experts Researchers Scientists Analysts Critics Residents Police Investigators Doctors
    Patients Students Workers Voters Lawmakers Officers Troops Soldiers Authorities Prices Sales Shares Costs Revenue
    War Wars Government Company Companies Users Customers Fans Players Data Studies Study Reports Report Figures Numbers
    Estimates Tax Taxes Interest Money Spending Growth Inflation Unemployment Demand Supply Imports Exports Debt Deficit`,
};
const { sentenceNouns, ...anywhere } = ORDINARY_WORDS;
const DIRECTIONS = new Set(ORDINARY_WORDS.directions.split(/\s+/));
/** Number words and single capitals that continue a name ("Xbox One X", "Formula One"), never start one. */
const NUMBER_WORDS = new Set(ORDINARY_WORDS.quantities.trim().split(/\s+/));
/** A model's letters after its name: "Optimus F(3)", "Surface RT", "Harmon Kardon CL" (the digits are read after). */
const MODEL_LETTERS = /^\p{Lu}{1,2}$/u;
export const NOT_NAME_WORDS = new Set(Object.values(anywhere).flatMap((words) => words.trim().split(/\s+/)));
const SENTENCE_NOUNS = new Set(sentenceNouns.trim().split(/\s+/));
const TITLES = new Set(ORDINARY_WORDS.titles.trim().split(/\s+/));
/** Last words that make a run of capitalized words an organisation ("Tax Policy Center", "Remain Co."). */
const ORGANISATION_ENDINGS = new Set(
  `Center Centre Institute Institution Office Bank Fund Council Agency Department Ministry
  University College School Association Commission Committee Board Service Services Party Court Group Foundation
  Corporation Corp Company Co Inc Ltd LLC Organization Organisation Union Authority Administration Bureau Society League
  Network Partners Capital Trust Holdings Systems Technologies Labs Laboratory Hospital Clinic Museum Library Press Times
  Post Journal News Review Congress Parliament Senate Assembly Forum Alliance Coalition Federation Reserve Exchange
  ${ORDINARY_WORDS.legalForms}`.split(/\s+/),
);

/** Title words that are a body's adjective before its name ("National Academy of Sciences", "General Accounting Office"). */
const BODY_ADJECTIVES = new Set(['National', 'General', 'Public', 'State', 'Naval']);

const LETTER_OR_MARK = patternOnFirstUse(() => /[\p{L}\p{M}]/u);

/** The capitalized word at `position` (letters of any script, and . & ' ’ + -), or null: a loop, ASCII first. */
function readNameWord(text: string, position: number): string | null {
  if (!isUpperAt(text, position)) return null;
  let end = position + 1;
  for (; end < text.length; end += 1) {
    const code = codeAt(text, end);
    if (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      code === 46 ||
      code === 38 ||
      code === 39 ||
      code === 43 ||
      code === 45 ||
      code === 0x2019
    )
      continue;
    if (code < 128 || !LETTER_OR_MARK().test(text.charAt(end))) break;
  }
  return text.slice(position, end);
}
/** Lower-case words inside names: "Bank of Canada", "Organization of the Petroleum Exporting Countries". */
const NAME_CONNECTOR = /(?:of|the|and|for|de|la|du|van|von|bin|al)(?![A-Za-z])/y;
/** A particle glued to the name word after it, inside a name: "Côte d'Ivoire", "Giscard d'Estaing". */
const GLUED_PARTICLE_WORD = /[dl]['\u2019][A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f]*/y;
/**
 * A capital letter that starts a word: ASCII and the Latin letters beyond it (the lower-case ones are skipped after).
 * The letter comes first and the look-behind after it, so that the scan skips to the next capital (2.5x faster).
 */
const CAPITAL_START = /[A-Z\u00c0-\u024f](?<![A-Za-z0-9\u00c0-\u024f][A-Z\u00c0-\u024f])/g;
/** "Pakistan-based", "Two-year-old", "X-enhanced": a hyphenated modifier, not a name. */
const HYPHENATED_MODIFIER = /-\p{Ll}/u;
/** Sentence-initial words of these shapes are adverbs, participles and adjectives ("Typically", "Pouring", "Asked"). */
const ORDINARY_SHAPE = /(?:ly|ing|ed)$/;
/** An initial inside a name: "C. Eugene Steuerle", "Brian K. Coombes". */
const INITIAL = patternOnFirstUse(() => /^\p{Lu}\.$/u);

/** INITIAL, tested only on words short enough to be one (a capital may take two UTF-16 units). */
function isInitial(word: string): boolean {
  return word.length <= 3 && codeAt(word, word.length - 1) === 46 && INITIAL().test(word);
}

/** The word without a full stop at its end. */
function withoutFullStop(word: string): string {
  return codeAt(word, word.length - 1) === 46 ? word.slice(0, -1) : word;
}
function isWordGap(code: number): boolean {
  return code === 32 || code === 0xa0;
}

const CONTRACTION = /['\u2019](?:ve|re|ll|d|m|t)$/;

/** An apostrophe where CONTRACTION needs one: second or third from the end. */
function hasApostropheNearEnd(word: string): boolean {
  return isApostrophe(codeAt(word, word.length - 2)) || isApostrophe(codeAt(word, word.length - 3));
}

function isLowerAt(word: string, index: number): boolean {
  const code = codeAt(word, index);
  return code < 128 ? code >= 97 && code <= 122 : isLowerLetter(word.charAt(index));
}

/**
 * A name written with its first capitals run together: "EMarketer", "JPMorgan", "UMass". No ordinary word has this
 * shape ("CEOs", "MPs" have one lower-case letter after the capitals; "OKed" is a verb's).
 */
const CAPITALS_THEN_LOWER_CASE = /^[A-Z]{2,3}[a-z]{2}/;

function isRunTogetherName(word: string): boolean {
  return CAPITALS_THEN_LOWER_CASE.test(word) && !ORDINARY_SHAPE.test(word);
}

/** "O'Brien", "D'Emic", "O\u2019Neill": a capital, an apostrophe, then a capitalized word. */
function isApostropheName(word: string): boolean {
  return word.length >= 4 && isUpperAt(word, 0) && isApostrophe(codeAt(word, 1)) && isUpperAt(word, 2) && isLowerAt(word, 3);
}

/** Where a word's second letter is: after the accent of a decomposed capital ("C\u030cernochova\u0301", "Č" written as C and a caron). */
function secondLetterAt(word: string): number {
  const code = codeAt(word, 1);
  return code >= 0x300 && code <= 0x36f ? 2 : 1;
}

function isNameWord(word: string): boolean {
  if (
    (word.length < 2 || !isUpperAt(word, 0) || !isLowerAt(word, secondLetterAt(word))) &&
    !isRunTogetherName(word) &&
    !isApostropheName(word)
  )
    return false;
  const bare = withoutFullStop(word);
  return (
    !NOT_NAME_WORDS.has(bare) &&
    !KNOWN.has(word) &&
    !(hasApostropheNearEnd(word) && CONTRACTION.test(word)) &&
    !(word.includes('-') && HYPHENATED_MODIFIER.test(word))
  );
}

/** Quotes, brackets, dashes and spaces: what may stand between a sentence end and the word that opens the next. */
function isOpener(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 0xa0 ||
    code === 34 ||
    code === 39 ||
    code === 40 ||
    code === 91 ||
    code === 45 ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0x2014 ||
    code === 0x2013
  );
}

/** True when `position` opens a sentence: only openers stand between it and the start of the span, or a sentence end before it. */
function startsSentence(text: string, start: number, position: number): boolean {
  let index = position - 1;
  while (index >= start && isOpener(codeAt(text, index))) index -= 1;
  if (index < start) return true;
  let code = codeAt(text, index);
  const closing = code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019;
  // A span that opens with the closing quote of the sentence before: '” Published in 1963, it ...'.
  if (closing && index === start) return true;
  if (closing) code = codeAt(text, index - 1);
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/** Bounds the search for another use of a sentence-initial word. */
const MAX_USES_SEARCHED = 50;
const SENTENCE_END_BEFORE = /(?:^|[.!?:;|\n]["'\u201d\u2019)\]]*)[\s"'\u201c\u2018([\u2014\u2013-]*$/;

/** The last text's answers of capitalizedElsewhere: a text is read sentence by sentence, and its words repeat. */
let elsewhereText: string | null = null;
const elsewhereByWord = new Map<string, boolean>();

/** Whether `word` is written capitalized somewhere in `text` other than at the start of a sentence: "Zuckerberg" is, "Pouring" is not. */
function capitalizedElsewhere(text: string, word: string, position: number): boolean {
  if (elsewhereText !== text) {
    elsewhereText = text;
    elsewhereByWord.clear();
  }
  let known = elsewhereByWord.get(word);
  if (known === undefined) {
    known = searchCapitalizedElsewhere(text, word, position);
    if (elsewhereByWord.size < 1024) elsewhereByWord.set(word, known);
  }
  return known;
}

function searchCapitalizedElsewhere(text: string, word: string, position: number): boolean {
  let from = 0;
  for (let searched = 0; searched < MAX_USES_SEARCHED; searched += 1) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    from = at + word.length;
    if (at === position || /[\p{L}\p{M}]/u.test(text.charAt(at + word.length)) || /[\p{L}\p{M}]/u.test(text.charAt(at - 1))) continue;
    if (!SENTENCE_END_BEFORE.test(text.slice(Math.max(0, at - 6), at))) return true;
  }
  return false;
}

/** After a name: a possessive ("Lorenz's"), an age set off ("McNair, 25,"), or a verb of saying ("Zuckerberg said"). */
const SPEECH_OR_POSSESSIVE_AFTER = new RegExp(
  String.raw`^(?:['\u2019]s\b|,[ \u00a0](?:now[ \u00a0])?\d{1,3},|[ \u00a0](?:${NAME_SAYING_VERBS})\b)`,
);

/**
 * A capitalized word at the start of a sentence is a name only when it is not an ordinary word and the text
 * also writes it capitalized elsewhere, or it says or owns something ("Zuckerberg said", "Lorenz's"), or its age
 * is set off after it ("McNair, 25,").
 */
function isSentenceInitialName(text: string, word: string, position: number): boolean {
  // No sentence-opening word of ordinary English is written so: "EMarketer estimates" names the firm.
  if (isRunTogetherName(word)) return isNameWord(word);
  if (!isNameWord(word) || ORDINARY_SHAPE.test(word) || SENTENCE_NOUNS.has(word)) return false;
  return (
    SPEECH_OR_POSSESSIVE_AFTER.test(text.slice(position + word.length, position + word.length + 12)) ||
    capitalizedElsewhere(text, word, position)
  );
}

const NOUN_AFTER = /^[ \u00a0]([a-z]{3,}s)\b/;
const SPEECH_VERB_AFTER =
  /^(?:says|adds|notes|warns|argues|claims|insists|stresses|urges|tells|writes|believes|thinks|hopes|expects|has|is|was)$/;

/**
 * After a word in -s, what makes it the name's verb with its object, not a plural noun the name modifies: "The city of
 * Detroit files the largest-ever ... bankruptcy", "Box considers $rev a win", "the A380 carries 22". A plural noun is
 * followed by its verb or a stop ("Black Hawk helicopters flew", "Facebook shares are down").
 */
const OBJECT_AFTER_VERB = /^[ \u00a0]+(?:(?:the|a|an|its|his|her|their)[ \u00a0]|[$\d])/;

/** Verbs of saying that are as often plural nouns ("the IMF forecasts show"): verbs only before "that" or a stop. */
const SAYING_VERB_OR_NOUN = new RegExp(`^(?:${SAYING_VERBS_OR_NOUNS})$`);
const CLAUSE_AFTER_SAYING = /^(?:[,.;:]|[ \u00a0]+that\b)/;

/** "Black Hawk helicopters": capitalized words before a plural noun name a thing, not a person. */
function modifiesNoun(text: string, end: number): boolean {
  const next = codeAt(text, end + 1);
  if (!isWordGap(codeAt(text, end)) || next < 97 || next > 122) return false;
  const noun = NOUN_AFTER.exec(text.slice(end, end + 24))?.[1];
  if (noun === undefined || SPEECH_VERB_AFTER.test(noun)) return false;
  const after = text.slice(end + 1 + noun.length, end + 1 + noun.length + 8);
  // "EMarketer estimates, up from", "Nokia forecasts that": a saying verb that is also a plural noun, then its clause.
  if (SAYING_VERB_OR_NOUN.test(noun) && CLAUSE_AFTER_SAYING.test(after)) return false;
  return !OBJECT_AFTER_VERB.test(after);
}

/** Ends in a possessive: "NATO's", "allies'". */
export function endsPossessive(word: string): boolean {
  const last = codeAt(word, word.length - 1);
  return isApostrophe(last) || (last === 115 && isApostrophe(codeAt(word, word.length - 2)));
}

/**
 * The word without a possessive ("NATO's", "allies'") and then without a full stop after a lower-case letter, or
 * after an acronym that holds no other full stop ("according to the CDC."); "U.S." and initials keep theirs.
 */
function strip(word: string): string {
  let length = word.length;
  const last = codeAt(word, length - 1);
  if (last === 115 && length >= 2 && isApostrophe(codeAt(word, length - 2))) length -= 2;
  else if (isApostrophe(last)) length -= 1;
  if (
    codeAt(word, length - 1) === 46 &&
    length >= 3 &&
    (isLowerAt(word, length - 2) || (isUpperAt(word, length - 2) && word.indexOf('.') === length - 1))
  )
    length -= 1;
  return length === word.length ? word : word.slice(0, length);
}

const CODE_BEFORE = patternOnFirstUse(() => /(?:^|[\s(])([\p{Lu}\p{N}-]*(?:\p{N}|\p{Lu}{2})[\p{Lu}\p{N}-]*)[ \u00a0]$/u);

/**
 * "PS4 Pro", "AMD Polaris": a word after a code or acronym the tables do not know is a fragment of a name read
 * wrongly. A year is no code ("In 1986 ChemLawn earned"); a list number is ("1 Full payment").
 */
function followsUnknownCode(text: string, position: number): boolean {
  const last = codeAt(text, position - 2);
  if (!isWordGap(codeAt(text, position - 1)) || !((last >= 65 && last <= 90) || (last >= 48 && last <= 57))) return false;
  const code = CODE_BEFORE().exec(text.slice(Math.max(0, position - 12), position))?.[1];
  return code !== undefined && !/^(?:19|20)\d\d$/.test(code) && !KNOWN.has(code) && !NOT_NAME_WORDS.has(code);
}

/** A capitalized word that starts no longer name and is not followed by another capitalized word: read alone. */
function readLoneWord(text: string, position: number, end: number): { word: string } | null {
  const word = readNameWord(text, position);
  if (word === null) return null;
  if (KNOWN_FIRST_WORDS.has(word) || isInitial(word)) return null;
  const after = position + word.length;
  if (after < end && isWordGap(codeAt(text, after))) {
    const next = codeAt(text, after + 1);
    if (isUpperAt(text, after + 1) || (next >= 97 && next <= 122 && NAME_CONNECTOR_START.test(text.slice(after + 1, after + 5))))
      return null;
  }
  return { word };
}

/** The lower-case words that join the parts of one name ("Bank of England", "Organization of the ..."); "and" joins two names. */
const INNER_CONNECTORS = new Set(['of', 'of the', 'for', 'for the', 'de', 'de la', 'du', 'van', 'von', 'bin', 'al']);

const NAME_CONNECTOR_START = /^(?:of|the|and|for|de|la|du|van|von|bin|al)\b/;

/** The countries, organisations and people named in text[start, end), in order. */
export function findEntities(text: string, start: number, end: number): Entity[] {
  const entities: Entity[] = [];
  const capital = CAPITAL_START;
  capital.lastIndex = start;
  let cursor = start;
  // Where the next "(" is: a company with a bracketed word is looked for only a few words before one.
  const bracketLimit = Math.min(text.length, end + BRACKETED_COMPANY_REACH + 1);
  let nextBracket = bracketFrom(text, start, bracketLimit);
  for (;;) {
    capital.lastIndex = Math.max(capital.lastIndex, cursor);
    // `test`, not `exec`: the place is all that is used (the pattern matches one character), and no match array is made.
    if (!capital.test(text) || capital.lastIndex > end) break;
    cursor = capital.lastIndex - 1;
    if (codeAt(text, cursor) >= 0xc0 && !isUpperLetter(text.charAt(cursor))) {
      cursor += 1;
      continue;
    }
    if (nextBracket >= 0 && nextBracket < cursor) nextBracket = bracketFrom(text, cursor, bracketLimit);
    const bracketed = nextBracket >= 0 && nextBracket - cursor <= BRACKETED_COMPANY_REACH ? companyWithBracket(text, cursor, end) : null;
    if (bracketed) {
      entities.push(bracketed);
      cursor = bracketed.end + 1;
      continue;
    }
    const single = readLoneWord(text, cursor, end);
    if (single) {
      const bare = strip(single.word);
      const known = KNOWN.get(single.word) ?? KNOWN.get(bare);
      if (known) entities.push({ name: known.name, type: known.type, start: cursor, end: cursor + single.word.length });
      else if (
        (startsSentence(text, start, cursor)
          ? isSentenceInitialName(text, bare, cursor)
          : isNameWord(bare) && !followsUnknownCode(text, cursor)) &&
        !modifiesNoun(text, cursor + bare.length)
      ) {
        entities.push({
          name: bare,
          type: ORGANISATION_ENDINGS.has(bare) ? 'organisation' : 'person',
          start: cursor,
          end: cursor + bare.length,
        });
      }
      cursor += single.word.length;
      continue;
    }
    const words: { text: string; start: number; end: number }[] = [];
    let position = cursor;
    while (words.length < Math.max(LONGEST_KNOWN_WORDS, 10) && position < end) {
      const code = codeAt(text, position);
      let word: string | null = null;
      if (code >= 97 && code <= 122) {
        NAME_CONNECTOR.lastIndex = position;
        GLUED_PARTICLE_WORD.lastIndex = position;
        word = words.length > 0 ? (NAME_CONNECTOR.exec(text)?.[0] ?? GLUED_PARTICLE_WORD.exec(text)?.[0] ?? null) : null;
      } else {
        word = readNameWord(text, position);
      }
      if (!word) break;
      words.push({ text: word, start: position, end: position + word.length });
      position += word.length;
      if (!isWordGap(codeAt(text, position))) break;
      position += 1;
    }
    const company = companyIn(text, words);
    if (company) {
      entities.push(company);
      cursor = company.end + 1;
      continue;
    }
    // "The United States", "The American Mathematical Society", "Rhode Island-based American Mathematical Society": the
    // article or modifier is no part of a known name or of a body named by a country's adjective; the name is read from
    // the next word.
    const opener = words[0]!.text;
    if (
      (ARTICLES.has(opener) && startsKnownName(words, 1)) ||
      ((ARTICLES.has(opener) || HYPHENATED_MODIFIER.test(opener)) &&
        (bodyAfterDemonym(words.slice(1)) !== null ||
          (KNOWN.get(words[1]?.text ?? '')?.type === 'country' && bodyAfterCountry(text, words.slice(1)) !== null)))
    ) {
      cursor = words[0]!.end + 1;
      continue;
    }
    let matched = 0;
    let matchedKnown: { name: string; type: EntityType } | undefined;
    let phrase = '';
    for (let count = 1; count <= Math.min(words.length, LONGEST_KNOWN_WORDS); count += 1) {
      if (count > 1 && !KNOWN_OPENINGS.has(phrase)) break;
      phrase = count === 1 ? (words[0]?.text ?? '') : `${phrase} ${words[count - 1]?.text ?? ''}`;
      const known = KNOWN.get(phrase) ?? KNOWN.get(strip(phrase));
      if (known) {
        matched = count;
        matchedKnown = known;
      }
    }
    const last = words[matched - 1];
    const demonymName =
      matched === 1 && matchedKnown?.type === 'country' ? (bodyAfterCountry(text, words) ?? companyAfterDemonym(words)) : null;
    if (demonymName) {
      entities.push(demonymName);
      cursor = demonymName.end + 1;
      continue;
    }
    if (matchedKnown && last) {
      entities.push({ name: matchedKnown.name, type: matchedKnown.type, start: cursor, end: last.end });
      cursor = words[matched - 1]?.end ?? cursor + 1;
      continue;
    }
    const name = nameIn(text, words, startsSentence(text, start, cursor));
    if (name && !modifiesNoun(text, name.end) && !followsUnknownCode(text, name.start)) {
      entities.push(name);
      cursor = name.end + 1;
    } else {
      cursor = (words[0]?.end ?? cursor) + 1;
    }
  }
  for (let index = 0; index < entities.length; index += 1) entities[index] = withModelNumber(text, entities[index]!, end);
  return entities;
}

/** The words after a model's number that name its edition: "iPhone 14 Pro", "PlayStation 4 Pro" (mentions.ts: "737 MAX"). */
export const MODEL_EDITIONS: readonly string[] = ['Pro', 'Plus', 'Max', 'Mini', 'Ultra', 'XL', 'SE'];
/**
 * "Gears of War 4 runs", "A Boeing 777 uses", "The PlayStation 4 Pro, meanwhile": a number of up to four digits right
 * after a name, then a name word, a verb's -s or -ed, or a stop, is the model's number and part of its name ("Surface
 * Pro 2"). A year ("Obama 2012") and a country's number ("France 24") are not.
 */
const MODEL_NUMBER_AFTER = patternOnFirstUse(
  () =>
    new RegExp(
      String.raw`^[ \u00a0](\d{1,4})((?:[ \u00a0](?:${[...MODEL_EDITIONS, 'Lite', 'Air', 'S', 'X'].join('|')})(?![\p{L}\d]))?)` +
        String.raw`(?=[ \u00a0]+(?:\p{Lu}[\p{L}\d]*|\p{Ll}+(?:s|ed))(?![\p{L}\d])|[,;:)!?]|\.(?!\d)|$)`,
      'u',
    ),
);
/** A year from 1600 to 2099 after a name ("Obama 2012") dates it; it is no model's number. */
const YEAR_SHAPED = /^(?:1[6-9]|20)\d\d$/;
/** Up to four digits glued to the letters before them, then the word's end. */
const MODEL_DIGITS_GLUED = /^\d{1,4}(?![\p{L}\d])/u;

function withModelNumber(text: string, entity: Entity, end: number): Entity {
  // "Optimus F3", "Galaxy S4": digits glued to a model's letters finish the word the name reader stopped in.
  const glued = MODEL_DIGITS_GLUED.exec(text.slice(entity.end, Math.min(end, entity.end + 6)));
  if (glued && entity.type !== 'country' && MODEL_LETTERS.test(entity.name.slice(entity.name.lastIndexOf(' ') + 1)))
    return { ...entity, name: `${entity.name}${glued[0]}`, end: entity.end + glued[0].length };
  // "Apple's 3 times gain": a possessive ends the name; what follows is the owner's.
  if (entity.type === 'country' || !isDigitCode(codeAt(text, entity.end + 1)) || endsPossessive(text.slice(entity.start, entity.end)))
    return entity;
  const match = MODEL_NUMBER_AFTER().exec(text.slice(entity.end, Math.min(end, entity.end + 24)));
  if (!match || YEAR_SHAPED.test(match[1]!)) return entity;
  return { ...entity, name: `${entity.name} ${match[1]}${match[2]}`, end: entity.end + match[0].length };
}

/** The places of "(" in the last text read, found once per text: each sentence and window asks again. */
let bracketsText: string | null = null;
let brackets: number[] = [];

/** The first "(" in text[from, limit), or -1: looked up, not read character by character (a loop took 1% of extraction). */
function bracketFrom(text: string, from: number, limit: number): number {
  if (bracketsText !== text) {
    bracketsText = text;
    brackets = positionsOf(text, ['(']);
  }
  const at = firstAtOrAfter(brackets, from);
  return at < brackets.length && brackets[at]! < limit ? brackets[at]! : -1;
}

const ARTICLES = new Set(['The', 'A', 'An']);

/** How far before its "(" the name "Industrial Equity (Pacific) Ltd" may start, in characters. */
const BRACKETED_COMPANY_REACH = 80;
const BRACKETED_COMPANY = patternOnFirstUse(
  () =>
    new RegExp(
      `(?:\\p{Lu}[\\p{L}&.'\u2019-]*[ \u00a0]){1,5}\\(\\p{Lu}[\\p{L}. ]{1,20}\\)[ \u00a0](?:${ORDINARY_WORDS.legalForms.replace(/ /g, '|')})(?![\\p{L}])`,
      'uy',
    ),
);

/** "Industrial Equity (Pacific) Ltd": a company whose name holds a bracketed word before its legal form is one name. */
function companyWithBracket(text: string, position: number, end: number): Entity | null {
  const bracketedCompany = BRACKETED_COMPANY();
  bracketedCompany.lastIndex = position;
  const match = bracketedCompany.exec(text);
  if (!match || position + match[0].length > end || NEVER_IN_COMPANY_NAMES.has(match[0].split(' ')[0]!)) return null;
  return { name: match[0], type: 'organisation', start: position, end: position + match[0].length };
}

/**
 * "American Express", "Swedish Match's shares", "its Canadian Courier unit": a country's adjective and one name word
 * after it name an organisation, not the country. With two name words after it the words are a person's name
 * ("American Michael Phelps") and the adjective stays the country's.
 */
function companyAfterDemonym(words: readonly { text: string; start: number; end: number }[]): Entity | null {
  const [adjective, second, third] = words;
  if (!adjective || !second || !DEMONYMS.has(adjective.text)) return null;
  const body = bodyAfterDemonym(words);
  if (body) return body;
  const bare = strip(second.text);
  if (!isNameWord(bare) || (third !== undefined && bare === second.text && isNameWord(strip(third.text)))) return null;
  return { name: `${adjective.text} ${bare}`, type: 'organisation', start: adjective.start, end: second.start + bare.length };
}

/** A country's initials: "US", "U.S.", "UK". Built on first use: the first article runs no body after a country. */
const COUNTRY_INITIALS = patternOnFirstUse(() => /^(?:\p{Lu}\.?){2,3}$/u);

/**
 * "the US Centers for Disease Control", "The Syrian Observatory for Human Rights", "the U.S. Justice Department": a
 * country's form before a public body's name is part of that name (the annotators write it so), when the words after
 * it read as an organisation joined by "of" or "for", or ending in a body's word. Only a country's adjective or
 * initials: "Canada Prepares for Diplomatic Showdown" is a headline. "U.S. Treasury" and "German Chancellor Angela
 * Merkel" read as no organisation and keep the country.
 */
function bodyAfterCountry(text: string, words: readonly { text: string; start: number; end: number }[]): Entity | null {
  const country = words[0];
  if (!country || words.length < 2 || !isUpperAt(words[1]!.text, 0)) return null;
  if (!DEMONYMS.has(country.text) && !COUNTRY_INITIALS().test(country.text)) return null;
  const body = nameIn(text, words.slice(1), false);
  if (body === null || body.type !== 'organisation' || body.start !== words[1]!.start) return null;
  return { name: `${country.text} ${body.name}`, type: 'organisation', start: country.start, end: body.end };
}

/** How many name words after a country's adjective may make one body's name ("American Mathematical Society"). */
const DEMONYM_BODY_WORDS = 3;

/**
 * "the American Cancer Society", "the British Medical Association": a country's adjective and name words ending in a
 * body's word name that body, as "Tax Policy Center" does without one; "American Michael Phelps" ends in no such word.
 */
function bodyAfterDemonym(words: readonly { text: string; start: number; end: number }[]): Entity | null {
  for (let index = 1; index < Math.min(words.length, DEMONYM_BODY_WORDS + 1); index += 1) {
    const bare = strip(words[index]!.text);
    if (!isNameWord(bare)) return null;
    if (index > 1 && ORGANISATION_ENDINGS.has(withoutFullStop(bare))) {
      const name = words
        .slice(0, index + 1)
        .map((word, at) => (at === index ? bare : word.text))
        .join(' ');
      return { name, type: 'organisation', start: words[0]!.start, end: words[index]!.start + bare.length };
    }
    if (bare !== words[index]!.text) return null;
  }
  return null;
}

/** Whether the words from `from` on start a known name of several words ("United States", "Congressional Budget Office"). */
function startsKnownName(words: readonly { text: string }[], from: number): boolean {
  let phrase = words[from]?.text ?? '';
  for (let index = from + 1; index < Math.min(words.length, from + LONGEST_KNOWN_WORDS); index += 1) {
    if (!KNOWN_OPENINGS.has(phrase)) return false;
    phrase = `${phrase} ${words[index]!.text}`;
    if (KNOWN.has(phrase) || KNOWN.has(strip(phrase))) return true;
  }
  return false;
}
const LEGAL_FORMS = new Set(ORDINARY_WORDS.legalForms.split(/\s+/));

/** Whether a name ends in a company's legal form ("Alphabet Inc", "Coloroll Group Plc"). */
export function hasLegalForm(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return last !== name && LEGAL_FORMS.has(withoutFullStop(last));
}
/** Words that open a sentence or a clause before a company's name, never inside it ("Yesterday Acme Corp said"). */
const NEVER_IN_COMPANY_NAMES = new Set(
  [
    ORDINARY_WORDS.functionWords,
    ORDINARY_WORDS.adverbs,
    ORDINARY_WORDS.calendar,
    ORDINARY_WORDS.furniture,
    ORDINARY_WORDS.quantities,
  ].flatMap((words) => words.trim().split(/\s+/)),
);

/** After a name, what shows the sentence goes on: a lower-case word, a digit, an amount, a comma or a bracket. */
const NAME_GOES_ON = patternOnFirstUse(() => /^(?:[ \u00a0]+[\p{Ll}\d$\u20ac\u00a3(]|[,;:)])/u);

/**
 * A run of capitalized words that ends in a legal form is one company's name, whatever words it holds: "Senior
 * Engineering Group Plc" (a title word), "Japan Fund Inc" (a country's name).
 */
function companyIn(text: string, words: readonly { text: string; start: number; end: number }[]): Entity | null {
  let first = 0;
  // "Washington-based Remain Co.": a hyphenated modifier before a company's name is no part of it.
  while (first < words.length && (NEVER_IN_COMPANY_NAMES.has(words[first]!.text) || HYPHENATED_MODIFIER.test(words[first]!.text)))
    first += 1;
  for (let index = first; index < words.length; index += 1) {
    const word = words[index]!.text;
    if (!isUpperAt(word, 0) || (index < words.length - 1 && /['\u2019]/.test(word))) return null;
    if (index > first && LEGAL_FORMS.has(withoutFullStop(word))) {
      const last = words[index]!;
      const name = words
        .slice(first, index + 1)
        .map((part) => part.text)
        .join(' ');
      // "Cisco Systems Inc. roughly", "Apple Inc. has": the abbreviation's full stop is the name's, as the text writes
      // it; at a sentence's end ("owned by Multi-Step Products Inc.") it may be the sentence's, and is left out.
      const fullStopKept = last.text.endsWith('.') && NAME_GOES_ON().test(text.slice(last.end, last.end + 3));
      return {
        name: fullStopKept ? name : withoutFullStop(name),
        type: 'organisation',
        start: words[first]!.start,
        end: fullStopKept ? last.end : last.start + withoutFullStop(last.text).length,
      };
    }
  }
  return null;
}

/**
 * The name a run of capitalized words (and connectors) spells: its name words, initials and the connectors between
 * them ("Library of Congress", "C. Eugene Steuerle"); an ordinary word opening the sentence is left out ("Given").
 */
function nameIn(text: string, words: readonly { text: string; start: number; end: number }[], atSentenceStart: boolean): Entity | null {
  const parts: string[] = [];
  let pending: string[] = [];
  let nameStart = -1;
  let nameEnd = -1;
  let firstPart = -1;
  let connected = false;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const first = codeAt(word.text, 0);
    if (first >= 97 && first <= 122) {
      if (parts.length > 0) pending.push(word.text);
      continue;
    }
    const bare = strip(word.text);
    const initial = isInitial(bare) && index + 1 < words.length;
    const known = KNOWN.has(bare);
    const direction = DIRECTIONS.has(bare) && index + 1 < words.length && isNameWord(strip(words[index + 1]!.text));
    const nameWord =
      initial ||
      direction ||
      (index === 0 && atSentenceStart
        ? isSentenceInitialName(text, bare, word.start) ||
          (words.length > 1 && isUpperAt(words[1]!.text, 0) && isNameWord(bare) && !ORDINARY_SHAPE.test(bare) && !SENTENCE_NOUNS.has(bare))
        : isNameWord(bare));
    const ending = parts.length > 0 && pending.length === 0 && ORGANISATION_ENDINGS.has(withoutFullStop(bare));
    const modelPart = parts.length > 0 && pending.length === 0 && (NUMBER_WORDS.has(bare) || (MODEL_LETTERS.test(bare) && !known));
    // "Texas Education Agency", "Federal Trade Commission": a title-like word inside a body's name.
    const bodyPart =
      parts.length > 0 &&
      pending.length === 0 &&
      TITLES.has(bare) &&
      index + 1 < words.length &&
      ORGANISATION_ENDINGS.has(withoutFullStop(strip(words[index + 1]!.text)));
    if (pending.length > 0 && !INNER_CONNECTORS.has(pending.join(' '))) break;
    if ((nameWord && !known) || ending || modelPart || bodyPart || (known && parts.length > 0 && pending.length > 0)) {
      // "General Assembly", "National Assembly", "Supreme Court": the title-like word before a body's name is part of it.
      const qualifier = parts.length === 0 && index > 0 ? strip(words[index - 1]!.text) : '';
      if (qualifier && ORGANISATION_ENDINGS.has(bare) && TITLES.has(qualifier)) {
        parts.push(qualifier);
        nameStart = words[index - 1]!.start;
      } else if (parts.length === 0) {
        nameStart = word.start;
        firstPart = index;
      }
      if (pending.length > 0) connected = true;
      parts.push(...pending, bare);
      pending = [];
      nameEnd = word.start + bare.length;
      if (endsPossessive(word.text)) break;
    } else if (parts.length > 0) {
      break;
    }
  }
  while (parts.length > 0 && isInitial(parts[parts.length - 1]!)) parts.pop();
  if (parts.length === 0) return null;
  const last = withoutFullStop(parts[parts.length - 1]!);
  // "the National Housing Center": a title-like word before a body's name is part of it, also with words between.
  const qualifier = firstPart > 0 ? words[firstPart - 1]! : null;
  // "the National Academy of Sciences": a body's adjective before a name joined by "of" is part of it too.
  const bodyQualifier = qualifier !== null && connected && BODY_ADJECTIVES.has(qualifier.text);
  if (
    qualifier &&
    ((ORGANISATION_ENDINGS.has(last) && TITLES.has(strip(qualifier.text)) && strip(qualifier.text) === qualifier.text) || bodyQualifier)
  ) {
    parts.unshift(qualifier.text);
    nameStart = qualifier.start;
  }
  const type: EntityType = connected || ORGANISATION_ENDINGS.has(last) ? 'organisation' : 'person';
  return { name: withoutFullStop(parts.join(' ')), type, start: nameStart, end: nameEnd };
}

/**
 * Adds to `mentions` the countries named from `from` on that start before `end`, and returns where the scan goes on
 * from: a later call from there with a further end adds what one scan to that end would have found.
 */
export function scanCountryMentions(text: string, from: number, end: number, mentions: { country: string; start: number }[]): number {
  const pattern = COUNTRY_FORM;
  pattern.lastIndex = from;
  for (;;) {
    const resumeAt = pattern.lastIndex;
    const match = pattern.exec(text);
    if (match === null) return text.length;
    if (match.index >= end) return resumeAt;
    if (startsCountryForm(text, match.index)) mentions.push({ country: COUNTRY_FORMS.get(match[0])!, start: match.index });
    else pattern.lastIndex = match.index + 1;
  }
}

/** A capital letter (ASCII or Latin) not glued to a letter, digit or full stop before it. */
function startsCountryForm(text: string, position: number): boolean {
  const before = codeAt(text, position - 1);
  const first = codeAt(text, position);
  const glued = (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || (before >= 48 && before <= 57) || before === 46;
  return !glued && ((first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0x24f));
}

/** True when `name` is written as a country's name, short form or demonym ("Spain", "U.S.", "Canadian"). */
export function namesCountry(name: string): boolean {
  return KNOWN.get(name)?.type === 'country';
}

/** Whether `name` is a form of a country or organisation of the tables ("Canada", "Canadian", "NATO"). */
export function isKnownName(name: string): boolean {
  return KNOWN.has(name);
}

/** The canonical name for a known country or organisation form ("Canadian" -> "Canada"); other names as given. */
export function canonicalSubject(name: string): string {
  return KNOWN.get(name)?.name ?? name;
}
