// Stages 1+2 together: from a candidate position to a quantity mention (number, range, unit, bound, change)
// or a reason to skip it (a year, a date, a clock time, an identifier such as "F-35" or "Article 5").
import type { Bound, Change } from './types.js';
import { readDigits, readOneInN, readVulgarFraction, readWords, wordBefore, type NumberReading, type Skip } from './numbers.js';
import {
  currencyNamed,
  isFunctionWord,
  looksPlural,
  periodOfSubjectBefore,
  readCountedNoun,
  readCurrencyAfter,
  readCurrencyBefore,
  readPerUnit,
  readUnitAfter,
  singularize,
  TWO_WORD_NOUNS,
  type UnitDimension,
} from './units.js';
import { LETTER_CURRENCIES, type CurrencyByCountry } from './tables/currencies.js';
import { codeAt, isApostrophe, isDigitCode, isLetter, isUpperCode, lowerCase, patternOnFirstUse } from './characters.js';
import { MODEL_EDITIONS, NOT_NAME_WORDS, canonicalSubject, namesCountry } from './entities.js';
import { readGluedLabelCell, readTableCountCell } from './table-cells.js';
import { ACCORDING_TO_BEFORE } from './tables/cue-phrases.js';
import { UNNAMED_SOURCE_VERBS } from './speech-verbs.js';

export interface Mention {
  start: number;
  end: number;
  value: number;
  low?: number;
  high?: number;
  unit: string;
  dimension: UnitDimension | 'count' | 'fraction';
  counted: string | null;
  countedPhrase: string | null;
  /** "23 of NATO's 32 member countries": the whole the count is part of. */
  partOf: string | null;
  digits: boolean;
  /** The word right before the mention, lower case. */
  wordBefore: string;
  bound: Bound;
  change: Change;
  age: boolean;
  /** For a currency name several countries share ("crowns"): the code by the country the sentence names. */
  currencyByCountry: CurrencyByCountry | null;
  /** The amount is in a subunit of the currency ("cent"): the unit becomes `currency:USD-cent` once the currency is settled. */
  subunit: string | null;
  /** What a rate is per ("barrel" of "$58.24 a barrel"): the unit is then written `currency:USD/barrel`. */
  per: string | null;
  /** The counted noun is joined by a hyphen ("a 31-member council"): the number describes another noun. */
  compound: boolean;
  /** One side of a score line or a vote tally ("won 3-1", "voted 204 to 85"): its counted noun comes from the sentence. */
  tally: boolean;
}

/** An identifier's characters, decimals included: "MH17.5" is skipped whole, not left as "5". */
const ALNUM_RUN = /(?:[A-Za-z0-9_-]|[.,](?=\d))*/y;
/** A number with a leading zero and the digit groups after it: "0800 123 4567" is one phone number, "03:14" one time. */
const DIGIT_GROUPS_RUN = /[0-9]*(?:[ \u00a0]\d+|:\d+)*/y;
const LETTER_IN_BRACKETS_AFTER = /^\([A-Za-z]\)/;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_WORD = new RegExp(`^${MONTH}$`, 'i');
/**
 * "May 5 to [11]", "Jan 10-[11]", "Feb 13 and [24]", "March 2, [3]", older press's "Dec. 4 thru [10]" and "July 26, 27,
 * [28] and [30]": the end of a range or list of days.
 */
const DAY_RANGE_BEFORE = new RegExp(
  `\\b${MONTH}\\.?[ \\u00a0]+\\d{1,2}(?:st|nd|rd|th)?(?:,[ \\u00a0]*\\d{1,2}(?:st|nd|rd|th)?)*(?:[ \\u00a0]*(?:-|–)|,?[ \\u00a0]+(?:to|and|or|thru|through)|,)[ \\u00a0]*$`,
  'i',
);
const MONTH_AFTER = new RegExp(`^(?:th|st|nd|rd)?(?:[ \\u00a0]+of)?[ \\u00a0]+${MONTH}\\b`, 'i');
/** First letters of what may follow a clock time: a.m., pm, GMT, UTC, EST, CET, BST, o'clock, hrs. */
const CLOCK_SUFFIX_STARTS = new Set([...'apAPGUECMBoh'].map((letter) => letter.charCodeAt(0)));
/** A clock time's suffix, also "o'clock" hyphened into a modifier ("a 10-o'clock scholar"). */
const TIME_OF_DAY_AFTER =
  /^(?:[ \u00a0]?(?:[ap]\.m\.?|[ap]m\b|[AP]M\b|[AP]\.M\.|GMT\b|UTC\b|[ECMP][SD]?T\b|BST\b|CET\b|o['\u2019]clock\b|hrs\b)|-o['\u2019]clock\b)/;
/** "1080p": video lines, not pence. */
const VIDEO_LINES = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);
const FRACTION_OF_A_UNIT = /^[ \u00a0](?:of[ \u00a0])?an?(?=[ \u00a0])/;
const AGO_AFTER = /^[ \u00a0]+(?:ago|earlier|later)\b/;
const AGO = /^[ \u00a0]+ago\b/;
const LATER = /^[ \u00a0]+later\b/;
const CALENDAR_SPANS = new Set(['year', 'month', 'week']);
const AND_A_HALF = /[ \u00a0]and[ \u00a0]a[ \u00a0]half\b/y;

/**
 * "two years ago", "a decade ago", "nine years later", "three hours later" say how long: a duration. "a year ago",
 * "a day later" and "two years earlier" (the base of a comparison) only place a time, and "2 hours ago" is a page's
 * timestamp. `article`: the number is not written as the word "one" ("one day later" says how long).
 */
function measuresHowLongAgo(unit: string | null, value: number, digits: boolean, after: string, article: boolean): boolean {
  if (unit === null || (!digits && value === 1 && article)) return false;
  return AGO.test(after) ? CALENDAR_SPANS.has(unit) : LATER.test(after);
}
const LINE_END_AFTER = /^[ \u00a0\t]*(?:\r?\n|$)/;
/** "all three", "the two": a number word after these, with no noun, stands for things named before. */
const DEFINITE_BEFORE = new Set(['the', 'all', 'these', 'those']);
/** A bracketed conversion after an amount ("600km (400 miles)"), or the bracket that closes one after the conversion. */
const CONVERSION_AFTER = /^(?:[ \u00a0]*\([^()]{0,8}\d[^()]{0,24}\)|\))/;

/** Where a bracketed conversion right after an amount ends; the amount's end where none follows. */
function conversionEnd(text: string, end: number): number {
  const conversion = CONVERSION_AFTER.exec(text.slice(end, end + 40));
  return conversion ? end + conversion[0].length : end;
}
/** "under-12", "Under-21": the hyphened "under" of an age group's name. */
const UNDER_AGE_BEFORE = /\b[Uu]nder-$/;
/** A finite verb right after a number with no noun: the number is a clause's subject ("the 29 were", "the 12 have"). */
const FINITE_VERB_AFTER = /^[ \u00a0]+(?:were|are|was|is|have|has|had|will|would|could|can|did|do|must|should|may|might)\b/;
/** The parties "the two" names in politics and diplomacy ("the two sides", "the two leaders", "the two countries"). */
const PARTIES_OF_A_PAIR = new Set(['side', 'leader', 'country', 'nation', 'government', 'state', 'party', 'camp', 'candidate']);
const IDENTIFIER_WORDS = new Set([
  'article',
  'articles',
  'section',
  'row',
  'chapter',
  'flight',
  'room',
  'gate',
  'level',
  'phase',
  'stage',
  'round',
  'episode',
  'season',
  'volume',
  'vol',
  'no',
  'number',
  'title',
  'part',
  'rule',
  'amendment',
  'bill',
  'route',
  'highway',
  'interstate',
  'channel',
  'category',
  'class',
  'type',
  'model',
  'version',
  'page',
  'figure',
  'table',
  'exhibit',
  'item',
  'paragraph',
  'clause',
  'unit',
  'block',
  'lot',
  'suite',
  'apt',
  'platform',
  'track',
  'lane',
  'district',
  'ward',
  'zone',
  'division',
  'grade',
  'step',
  'tier',
  'covid',
  'windows',
  'iphone',
  'galaxy',
  'pixel',
  'apollo',
  'formula',
  'resolution',
  'regulation',
  'directive',
  'act',
  'protocol',
  'building',
  'terminal',
  'pier',
  'camp',
  'boeing',
  'airbus',
  'ios',
  'android',
  'python',
  'web',
  'sdg',
  'bbc',
  'radio',
  'pro',
  'max',
  'plus',
  'ultra',
  'mark',
  'mk',
  'nikkei',
  'ftse',
  'dax',
  'cac',
  'sensex',
  'kospi',
  'hang',
  'euro',
  'stoxx',
  'russell',
  'fortune',
  'forbes',
  'junction',
  'exit',
  'line',
  'agenda',
  'vision',
  'proposition',
  'prop',
  'measure',
  'flight',
  'reference',
  'ref',
  'code',
  'serial',
  'extension',
  'ext',
  'form',
  'chromosome',
]);
/** A capitalized plural after the number: "Koreas" of "the two Koreas". */
const CAPITALIZED_PLURAL_AFTER = patternOnFirstUse(() => /[ \u00a0]+(\p{Lu}\p{Ll}+)s(?![\p{L}])/uy);

function namesStatesOfOneCountry(text: string, numberEnd: number): boolean {
  const capitalizedPlural = CAPITALIZED_PLURAL_AFTER();
  capitalizedPlural.lastIndex = numberEnd;
  const plural = capitalizedPlural.exec(text);
  const singular = plural?.[1];
  // A country's name, not its people's ("the two Koreans", "the two Americans" count people).
  return singular !== undefined && namesCountry(singular) && canonicalSubject(singular).split(' ').includes(singular);
}
/** A line this short that ends in a bare number is page furniture ("2 hours ago 1", "Comments 12"), not a sentence. */
const SHORT_LINE = 30;

function onShortLine(text: string, start: number): boolean {
  for (let index = start - 1; index >= Math.max(0, start - SHORT_LINE); index -= 1) {
    const code = codeAt(text, index);
    if (code === 10 || code === 13) return true;
  }
  return start <= SHORT_LINE;
}

/** An index's name on a line of its own, as a page's market widget prints it ("NASDAQ Composite", "S&P 500"). */
const MARKET_INDEX_LINE =
  /^(?:NASDAQ|Nasdaq|S&P|Dow|DJIA|NYSE|FTSE|Nikkei|DAX|CAC|Hang Seng|Russell|Stoxx|Euro Stoxx|TSX|ASX|Sensex)\b[\w &.-]{0,30}$/;
const NUMBER_LINE = /^[+\-\u2212(]*[\d,.]+%?\)?$/;
const WIDGET_LOOKBACK = 120;

/**
 * "NASDAQ Composite / 2,456 / +27.56 / (+1.122%)": a number alone on its line under an index's name, past at most two
 * more number lines, is the index's level or move.
 */
function inMarketWidget(text: string, start: number): boolean {
  let lineStart = start;
  while (lineStart > 0 && (codeAt(text, lineStart - 1) === 43 || codeAt(text, lineStart - 1) === 45)) lineStart -= 1;
  if (lineStart > 0 && codeAt(text, lineStart - 1) !== 10) return false;
  const lines = text
    .slice(Math.max(0, lineStart - WIDGET_LOOKBACK), lineStart)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  for (let index = lines.length - 1, numbers = 0; index >= 0 && numbers <= 2; index -= 1, numbers += 1) {
    if (MARKET_INDEX_LINE.test(lines[index]!)) return true;
    if (!NUMBER_LINE.test(lines[index]!)) return false;
  }
  return false;
}

/** A line of a widget's row label: capitalized words and numbers only ("30 Year Fixed Jumbo", "10 Year Treasury"). */
const TITLE_CASE_LINE = patternOnFirstUse(() => /^(?:[\d.]+|\p{Lu}[\p{L}&.-]*)(?:[ \u00a0]+(?:[\d.]+|\p{Lu}[\p{L}&.-]*))*$/u);
const ROW_LABEL_LENGTH = 40;

/**
 * "30 Year Fixed" over "3.98%": a short line in title case right above a figure alone is the label of a rates or market
 * widget's row, and its number names the row (a headline over prose, "Storm Kills 12 People", keeps its figures).
 */
function labelsFigureBelow(text: string, start: number): boolean {
  if (!onShortLine(text, start)) return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0 || lineEnd - lineStart > ROW_LABEL_LENGTH || !TITLE_CASE_LINE().test(text.slice(lineStart, lineEnd).trim())) return false;
  const below = /^\s*([^\n]*)/.exec(text.slice(lineEnd, lineEnd + 40))?.[1] ?? '';
  return NUMBER_LINE.test(below.trim());
}

/** "10 Downing Street", "of 2433 McClellan": a bare number right before a name labels it. */
const NAME_OR_NOUN_AFTER = /^[ \u00a0][A-Z][a-z]+(?:[A-Z][a-z]+)?\b(?![-'\u2019])/;
/** A capitalized word, "and" or "or", then a number and a capitalized word: "15 Democratic and 4 Republican". */
const COORDINATED_COUNT_AFTER =
  /^[ \u00a0][A-Z][a-z]+[ \u00a0](?:and|or)[ \u00a0](?:\d[\d,]*|[a-z]+)[ \u00a0][A-Z][a-z]+[ \u00a0][a-z]+s\b/;
/**
 * "2825 E. Burnside St.", "9329 NE Schuyler St.", "1234 W Main St.", "350 5th Ave.", "221B Baker Street": a street number
 * (a letter may be glued to it) before an optional compass point, a name or an ordinal ("63d") and a street word; a
 * compass letter with its full stop before a name or an ordinal ("of 1800 W. Roscoe"); and "the 400 block of Elm Road",
 * police copy's way to place a house. Read before any unit, so that "W" is no watt nor "B" a billion.
 */
const STREET_NUMBER =
  /\d{1,5}(?:[A-D](?=[ \u00a0]))?[ \u00a0](?:(?:(?:[NSEW]|NE|NW|SE|SW)\.?[ \u00a0])?(?:\d{1,3}(?:st|nd|rd|th|d)|[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?)[ \u00a0](?:St|Ave?|Av|av|ave|Blvd|Dr|Ct|Rd|Pl|Ln|Pkwy|Hwy|Street|Avenue|Boulevard|Drive|Court|Road|Place|Lane|Parkway|Terrace|Square|Plaza|Trail|Circle|Highway)\b|[NSEW]\.[ \u00a0](?:\d{1,3}(?:st|nd|rd|th|d)\b|(?<name>[A-Z][a-z]+))|block[ \u00a0]of\b)/y;
/** Phone numbers with an area code in brackets ("(212) 555-0199", "1 (800) 273-8255"). */
const BRACKETED_AREA_CODE = /(?:1[ \u00a0.-]?\()?\d{3}\)[ \u00a0]?\d{3}[-.\u00a0 ]\d{4}(?!\d)/y;
/** An international phone number after its "+": "+44 20 7946 0958", "+1-212-555-0199" (three groups or more). */
const INTERNATIONAL_PHONE = /\d{1,3}(?:[ \u00a0.-]\(?\d{1,4}\)?){2,5}(?![\d.,]\d)/y;

const PLACE_PREPOSITIONS = new Set(['at', 'of', 'on', 'from', 'near']);

/** A street number or a phone number starting at `position` (a digit): how far it runs, or -1. */
function streetOrPhoneEnd(text: string, position: number): number {
  const before = codeAt(text, position - 1);
  if (before === 40 || (codeAt(text, position) === 49 && codeAt(text, position + 2) === 40)) {
    BRACKETED_AREA_CODE.lastIndex = position;
    if (BRACKETED_AREA_CODE.test(text)) return BRACKETED_AREA_CODE.lastIndex;
  }
  if (before === 43) {
    INTERNATIONAL_PHONE.lastIndex = position;
    const phone = INTERNATIONAL_PHONE.exec(text);
    if (phone && phone[0].replace(/\D/g, '').length >= 9) return INTERNATIONAL_PHONE.lastIndex;
  }
  STREET_NUMBER.lastIndex = position;
  const street = STREET_NUMBER.exec(text);
  if (!street) return -1;
  // "the 400 block of": police copy writes a house's hundred.
  if (street[0].endsWith('of') && !/00[ \u00a0]/.test(street[0])) return -1;
  // "of 1800 W. Roscoe" places a house; "it uses 500 W. The ..." ends a sentence on watts.
  const name = street.groups?.name;
  if (name && (isFunctionWord(name) || !PLACE_PREPOSITIONS.has(wordBefore(text, position).word))) return -1;
  return position + street[0].search(/\D/);
}
/** Words that open a sentence before an amount rather than name a thing: "Another 40 were hurt", "Yesterday 12 were". */
const AMOUNT_OPENERS = new Set([
  'another',
  'exactly',
  'perhaps',
  'maybe',
  'precisely',
  'barely',
  'fully',
  'more',
  'fewer',
  'less',
  'today',
  'yesterday',
  'tonight',
  'overall',
  'altogether',
  'combined',
  'total',
  'only',
  'just',
]);
/** A verb right after the number, or a clause set off after it: "[Game 7] is on Sunday", "[Voyager 1], launched in". */
const VERB_AFTER_LABEL =
  /^(?:,[ \u00a0](?:which|who|[a-z]{2,}ed)\b|[ \u00a0](?:is|was|are|were|has|had|will|would|could|can|may|might|must|should|did|does|[a-z]{2,}ed|[a-z]{2,}[^s\W]s)\b)/;

/** "Game 7 is on Sunday", "Psalm 23 was read", "Reactor 4 exploded": a name and its number open the sentence before a verb. */
function labelOpensSentence(text: string, word: string, end: number): boolean {
  return (
    !isFunctionWord(word) &&
    !AMOUNT_OPENERS.has(word) &&
    !MONTH_WORD.test(word) &&
    !/(?:ing|ed|ly)$/.test(word) &&
    VERB_AFTER_LABEL.test(text.slice(end, end + 24))
  );
}

/** "-plus" glued to a number: "20-plus years", "a million-plus users". */
const PLUS_WORD_AFTER = /^-plus(?![a-z-])/;
/** "737 MAX", "14 Pro": a model name, not a quantity. */
const MODEL_SUFFIX_AFTER = new RegExp(String.raw`^[ \u00a0](?:${[...MODEL_EDITIONS, 'MAX', 'GT', 'Turbo'].join('|')})\b`);
const EXPECTED_VERB = String.raw`(?:had[ \u00a0]|have[ \u00a0])?(?:expected|forecast|predicted|estimated|anticipated|projected)\b`;
/** "economists had expected", "analysts polled by Reuters had forecast"; "the 2,250 adults polled by Pew," are counted. */
const EXPECTED_AFTER = new RegExp(String.raw`^[ \u00a0](?:${EXPECTED_VERB}|polled[ \u00a0](?:[^.;,]{0,40}?[ \u00a0])?${EXPECTED_VERB})`);

/** "[the 75,000] economists had expected": the word ending at `end` is followed by a verb of expecting. */
export function expectsNumberBefore(text: string, end: number): boolean {
  return EXPECTED_AFTER.test(text.slice(end, end + 64));
}
/**
 * "No. 12", "#3", a work's opus "Op. 110", the abbreviated label of a figure, volume, section, article, chapter, page,
 * flat, room, suite or district ("Fig. 3", "Vol. 2", "Sec. 4", "Art. 5", "Ch. 11", "p. 12", "pp. 45", "Apt. 3B", "Rm. 204",
 * "Ste. 400", "Dist. 5"), and the numbers listed after one ("Nos. 4 and [5]"): numbers that name.
 */
const NUMBER_ABBREVIATION_BEFORE =
  /(?:\bNo|\bNos|\bNr|#|\b(?:Opp?|Figs?|Vols?|Secs?|Arts?|Chs?|Chap|pp?|Apt|Rm|Ste|Dist)(?=\.))\.?[ \u00a0]*(?:\d+(?:,[ \u00a0]*|[ \u00a0]+(?:and|or|&)[ \u00a0]+))*$/;
/** "call police on 101": a phone number. */
const CALL_BEFORE = /\b(?:call|dial|ring|phone|text)(?:[ \u00a0]+[A-Za-z]+){0,3}(?:[ \u00a0]+(?:on|at))?(?:[ \u00a0]+\d+)*[ \u00a0]+$/i;
/** "below 1990 levels", "in 2019 prices": a year that dates a noun. */
const YEAR_NOUN_AFTER = /^[ \u00a0](?:levels?|prices|dollars|terms|figures?|baseline|peak)\b/;
const YEAR_WORDS_BEFORE = new Set([
  'in',
  'by',
  'since',
  'of',
  'from',
  'until',
  'till',
  'during',
  'for',
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'our',
  'before',
  'after',
  'through',
  'to',
  'and',
  'early',
  'late',
  'mid',
  'fiscal',
  'pre',
  'post',
  'copy',
  'copyright',
  'c',
]);

/** "aged", "aged over": an age follows. */
const AGED = String.raw`aged(?:[ \u00a0]+(?:over|under|above|below))?`;
const AGED_BEFORE = new RegExp(String.raw`\b${AGED}[ \u00a0]+$`, 'i');
const AGE_WORDS_BEFORE = new RegExp(
  String.raw`\b(?:${AGED}|ages|(?:retirement|pension|voting|drinking|legal|school-leaving)[ \u00a0]+age[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,3}?(?:to|of|at|from)|age(?:[ \u00a0]+(?:to|of|at|from))?|(?:people|persons|children|adults|those|men|women|patients|anyone|kids|pupils|Americans|residents|citizens|workers)[ \u00a0]+(?:over|under|above|below|older than|younger than))[ \u00a0]+(?:of[ \u00a0]+|between[ \u00a0]+)?(?:\d{1,3}(?:,[ \u00a0]*|[ \u00a0]+(?:and|or)[ \u00a0]+))*$`,
  'i',
);
/** "The prime minister, 61, faces": an age set off by commas after a person. */
/**
 * Where the word "one" is an article or a pronoun rather than a count: after a copula, a determiner or a preposition
 * of place ("is one instance", "the one struck", "in one place", "from one crisis"), in capitals inside a name
 * ("Xbox One X"), or before a noun it never counts ("one way", "one thing", "one people").
 */
const ONE_AS_ARTICLE_AFTER = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  's',
  'the',
  'that',
  'this',
  'from',
  'in',
  'on',
  'as',
  'of',
  'just',
  'by',
  'decent',
  'loved',
  'which',
  'at',
  'during',
]);
const NOT_COUNTED_BY_ONE = new Set([
  'way',
  'thing',
  'reason',
  'day',
  'hand',
  'side',
  'time',
  'example',
  'instance',
  'voice',
  'moment',
  'place',
  'evening',
  'question',
  'idea',
  'variation',
  'rumor',
  'rumour',
  'front',
  'destiny',
  'nation',
  'part',
]);

const ONE_PEOPLE = /^one[ \u00a0]people\b/i;
/** A rate's per part after "one" and its noun counts it whatever stands before: "a goal of one church for every 10,000". */
const RATE_AFTER_ONE = /^[ \u00a0]+(?:for[ \u00a0]+every|per|each|an?[ \u00a0]+(?:day|week|month|year|hour))\b/;
/** A past tense or participle read where a noun was looked for ("validated", not "bed" or "breed"). */
const PAST_TENSE = /^[a-z]{3,}[^e]ed$/;
const SINGLE_LOWER_WORD = /^[a-z]+$/;
/**
 * Past participles not in -ed that no noun shares (not "run", "hit", "cut" or "set"): read as a verb where a noun
 * was looked for ("the now-infamous one struck with Mozilla"), or after a number as "needed" is ("five million cast").
 */
export const IRREGULAR_PARTICIPLES = new Set([
  'struck',
  'made',
  'built',
  'sold',
  'paid',
  'held',
  'taken',
  'given',
  'known',
  'found',
  'seen',
  'done',
  'brought',
  'bought',
  'caught',
  'taught',
  'written',
  'driven',
  'shown',
  'chosen',
  'spent',
  'sent',
  'kept',
  'told',
  'spoken',
  'stolen',
  'broken',
  'thrown',
  'worn',
  'hidden',
  'beaten',
  'eaten',
  'forgotten',
  'cast',
  'won',
  'lost',
  'grown',
  'drawn',
]);

/** A past tense or participle where a noun or a verb's object was looked for: "validated", "thrown" (not "bed" or "run"). */
export function readsAsParticiple(word: string): boolean {
  return PAST_TENSE.test(word) || IRREGULAR_PARTICIPLES.has(word);
}

const TOLD_OF_TIMES = new Set(['night', 'morning', 'afternoon']);
const TOLD_OF_AFTER = /^(?:[ \u00a0]+(?:last|this|next|in|when|after|during|because|while|until)\b|,)/;

/** The clause of an elliptic "one" ends right after it: "seizing one, according to", "received one as part of". */
const ONE_ENDS_CLAUSE_AFTER = /^(?:[ \u00a0]*[,.;:]|[ \u00a0]+as\b)/;
/** A count, then "and", earlier in the sentence: "sinking two and", "received three votes and Faith Spotted Eagle". */
const COUNT_THEN_AND_BEFORE = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b.*\band[ \u00a0]/i;
const SENTENCE_END = /[.!?;][ \u00a0]/g;

/**
 * "sinking two and seizing one", "Powell received three votes and Faith Spotted Eagle received one as part of": a bare
 * "one" right after a verb, ending its clause, after a count and "and" in the same sentence, is that count's parallel.
 * Without the count before it ("So Page gave one.") it stands for a thing, no count.
 */
function oneEndsParallelCount(text: string, start: number, end: number, wordBefore: string): boolean {
  if (!(readsAsParticiple(wordBefore) || wordBefore.endsWith('ing'))) return false;
  if (!ONE_ENDS_CLAUSE_AFTER.test(text.slice(end, end + 4))) return false;
  const window = text.slice(Math.max(0, start - 160), start);
  let sentenceStart = 0;
  for (const stop of window.matchAll(SENTENCE_END)) sentenceStart = stop.index + stop[0].length;
  return COUNT_THEN_AND_BEFORE.test(window.slice(sentenceStart));
}

/** "one city after another", "one structure over another", "from one country to another": a succession or a comparison, not a count. */
const AFTER_ANOTHER = /^[ \u00a0]+(?:after|over|than|to)[ \u00a0]+another\b/;
/** "obligations to one another". */
const ANOTHER_AFTER = /^[ \u00a0]+another\b/;
const BEST_OF_BEFORE = /\bbest-of-$/i;
/** "zero tolerance", "not zero sum": a compound of zero written open, as "zero-sum" is; no amount. */
const ZERO_COMPOUND_AFTER = /^[ \u00a0-](?:tolerance|sum)\b/i;
/**
 * A participle or gerund right after the word zero: "zero rating", "zero rated"; not the participles that describe what is
 * counted ("zero confirmed cases", "zero remaining seats").
 */
const ZERO_TERM_AFTER =
  /^[ \u00a0](?!(?:remaining|missing|existing|outstanding|confirmed|reported|recorded|registered|documented|qualified|related|selected)\b)[a-z]{2,}(?:ing|ed)\b/;
/**
 * Fixed expressions whose number counts nothing: sayings ("two sides of the same coin", "one step at a time", "kill two
 * birds with one stone", "the whole nine yards", "on cloud nine", "a high five", "a dime a dozen", "in two minds", "two and
 * two together", "six feet under", "nine times out of ten", "two peas in a pod", "two left feet", "takes two to tango",
 * "worth a thousand words", "not even for one second"), hyperbole ("a million times" with no comparative after it: "a million
 * times more sensitive" is a multiplier) and "turned up to 11".
 */
const NUMBER_IDIOMS = new RegExp(
  [
    String.raw`\btwo sides of the same coin\b`,
    String.raw`\bone step at a time\b`,
    String.raw`\b(?:kill|kills|killed|killing) two birds with one stone\b`,
    String.raw`\bthe whole nine yards\b`,
    String.raw`\bcloud nine\b`,
    String.raw`\bhigh[- ]fives?\b`,
    String.raw`\ba dime a dozen\b`,
    String.raw`\bin two minds\b`,
    String.raw`\btwo and two together\b`,
    String.raw`\bsix feet under\b`,
    String.raw`\bnine times out of ten\b`,
    String.raw`\btwo peas in a pod\b`,
    String.raw`\btwo left feet\b`,
    String.raw`\btakes two to tango\b`,
    String.raw`\bworth a thousand words\b`,
    String.raw`\b(?:not|never)(?:[ \u00a0]+even)?,?[ \u00a0]+for[ \u00a0]+one[ \u00a0]+(?:second|minute)\b`,
    String.raw`\ba (?:hundred|thousand|million|billion|zillion) times\b(?![ \u00a0-]+(?:more|less|fewer|as|the|over|per|[a-z]+er)\b)`,
    String.raw`\b(?:turn|turns|turned|turning|crank|cranks|cranked|cranking|dial|dials|dialed|dialled|go|goes|went)[ \u00a0](?:(?:it|things|the[ \u00a0][a-z]+)[ \u00a0])?up to 11\b(?![.,]?\d|[ \u00a0]?[A-Za-z%])`,
  ].join('|'),
  'gi',
);

/** The words right after or before a number of `NUMBER_IDIOMS`: most numbers are passed on these alone. */
const IDIOM_CUE_AFTER = /^[ \u00a0](?:sides|step|birds|stone|yards|minds|and|together|feet|times|peas|left|to|words|second|minute)\b/;
const IDIOM_CUE_BEFORE = /(?:cloud|high|to|dime a|of)[ \u00a0-]$/;

/** Whether an idiom of `NUMBER_IDIOMS` holds the number that starts at `start` and ends at `end`. */
function inNumberIdiom(text: string, start: number, end: number): boolean {
  if (!IDIOM_CUE_AFTER.test(text.slice(end, end + 10)) && !IDIOM_CUE_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  const from = Math.max(0, start - 48);
  for (const idiom of text.slice(from, end + 40).matchAll(NUMBER_IDIOMS)) {
    if (from + idiom.index <= start && from + idiom.index + idiom[0].length >= end) return true;
  }
  return false;
}
/** A name's capitalized words ending in "for" or "to" right before the number: "Fight for", "Race to". */
const NAME_FOR_BEFORE = patternOnFirstUse(() => /(?:^|[^\p{L}])\p{Lu}[\p{L}'\u2019-]*[ \u00a0]+(?:for|to)[ \u00a0]+$/u);
/** What introduces a campaign by its name: "activist group Fight for", "a campaign called Race to". */
const CAMPAIGN_BEFORE_NAME = patternOnFirstUse(
  () =>
    /\b(?:group|campaign|movement|coalition|initiative|alliance|called|named|dubbed)[ \u00a0]+(?:\p{Lu}[\p{L}'\u2019-]*[ \u00a0]+){1,3}(?:for|to)[ \u00a0]+$/u,
);
/** What a campaign's name labels after it: "Fit for 55 package". */
const CAMPAIGN_AFTER_NAME = /^[ \u00a0]+(?:package|campaign|movement|initiative|coalition|agenda|pledge|plan|programme|program|strategy)\b/;

/**
 * A number ending a campaign's or a programme's name, its words capitalized up to "for" or "to": after a word that
 * introduces it ("activist group Fight for $15, which advocates") or before what it labels ("the EU's Fit for 55
 * package"). Not "bought Twitter for $44bn" (no such word, and a scale) nor "sold to Apple for $15 a share".
 */
function inCampaignName(text: string, start: number, end: number): boolean {
  const space = codeAt(text, start - 1);
  if (space !== 32 && space !== 0xa0) return false;
  if (text.slice(start - 4, start - 1) !== 'for' && text.slice(start - 3, start - 1) !== 'to') return false;
  const before = text.slice(Math.max(0, start - 64), start);
  if (!NAME_FOR_BEFORE().test(before)) return false;
  return CAMPAIGN_BEFORE_NAME().test(before) || CAMPAIGN_AFTER_NAME.test(text.slice(end, end + 16));
}
/** A product's name in mixed case right before its number: "iPad 2", "watchOS 4", "macOS 10.12", "iPhone 8". */
const MIXED_CASE_PRODUCT_BEFORE = /(?:^|[^\p{L}\d'\u2019-])\p{Ll}+\p{Lu}[\p{L}]*[ \u00a0]$/u;

/** Whether a word in mixed case ends one space before `position`: a loop first, since nearly every number fails it. */
function mixedCaseProductBefore(text: string, position: number): boolean {
  let cursor = position - 2;
  let capitalInside = false;
  while (cursor >= 0 && isLetter(codeAt(text, cursor))) {
    if (isUpperCode(codeAt(text, cursor))) capitalInside = true;
    cursor -= 1;
  }
  return capitalInside && MIXED_CASE_PRODUCT_BEFORE.test(text.slice(Math.max(0, position - 24), position));
}
/** "the Group of 20 nations", "the Gang of Eight": a body named by its members' number, its noun capitalized inside a sentence. */
const GROUP_OF_BEFORE = patternOnFirstUse(() => /(?:^|[^\p{L}])(?:([Tt]he)[ \u00a0]+)?(\p{Lu}\p{Ll}+)[ \u00a0]+of[ \u00a0]+$/u);

/**
 * A number that is part of a body's name, "the Group of 20", "the Gang of Eight": with no noun counted, after a
 * capitalized singular noun and "of", that noun inside the sentence or after "The" ("Gains of 2-3/4" opens a sentence).
 */
function numberEndsGroupName(text: string, start: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 2 || value >= 1000) return false;
  const found = GROUP_OF_BEFORE().exec(text.slice(Math.max(0, start - 32), start));
  if (!found) return false;
  const noun = found[2] as string;
  if (looksPlural(noun) || NOT_NAME_WORDS.has(noun) || MONTH_WORD.test(noun)) return false;
  const nounStart = start - found[0].length + found[0].indexOf(noun);
  return found[1] !== undefined || !startsSentence(text, nounStart);
}
/** Minor words that title case leaves in lower case: "12 Years a Slave", "Gone with the Wind". */
const TITLE_MINOR_WORDS = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via vs from with into onto over than'.split(' '),
);
/**
 * "on 60 Minutes last week", "12 Years a Slave": a time unit capitalized after a number inside a sentence written in
 * sentence case names a film or a show. A headline in title case ("Storm Kills 12 People in 3 Days") keeps its units.
 */
function capitalizedUnitNamesTitle(text: string, start: number, unitStart: number, unitEnd: number): boolean {
  if (!isUpperCode(codeAt(text, unitStart)) || startsSentence(text, start)) return false;
  // A headline is its own paragraph: the words of the paragraphs around it ("Current ratings for:") are not its own.
  const after = sentenceAfter(text, unitEnd, 160);
  const sentence = `${sentenceBefore(text, start, 160)} ${after.slice(0, after.indexOf('\n\n') >>> 0)}`;
  for (const word of sentence.matchAll(/(?<![\p{L}'\u2019-])\p{Ll}[\p{L}'\u2019-]*/gu)) if (!TITLE_MINOR_WORDS.has(word[0])) return true;
  return false;
}
/** "at one point", "At one point": a moment, said with the number word. */
const AT_ONE_POINT = /(?:^|[^A-Za-z])[Aa]t[ \u00a0]+one[ \u00a0]+point\b/;
/** A list's point at a line's start: one or two digits, a full stop or a bracket, and the point's words. */
const LIST_POINT = /\d{1,2}[.)][ \u00a0]+(?=\S)/y;
/**
 * One to three digits alone in square brackets, before punctuation, a capital or the line's end, mark a footnote or a
 * reference; before a lower-case word ("paid [500] dollars") they are an editor's word inside a quotation.
 */
const REFERENCE_MARKER = patternOnFirstUse(() => /\d{1,3}\](?=[ \u00a0]*(?:$|[\n.,;:!?"\u201d\u2019)\]]|\p{Lu}|[\u201c"\u2018'(]))/uy);
/** "Section 956(c)(2)", "a 501(c)(3) group", "Article 5(1)": digits in brackets glued to a code label a subsection. */
const SUBSECTION = /\d{1,3}\)/y;
/** A key's fingerprint, four groups or more of four hexadecimal digits ("1B2B 2229 8096 1A6E ..."): no figure in it. */
const FINGERPRINT = /(?:[0-9A-F]{4}[ \u00a0]){3,}[0-9A-F]{4}(?![0-9A-Za-z])/y;
/**
 * A value in a page's leaked JSON, after a brace or comma and its quoted key (`, "assetid": "2552971"`, `{"count": 12`):
 * an identifier or a setting. The value must close at a comma or a brace, so prose ('Votes, "yes": 5 and "no": 3') keeps its numbers.
 */
const JSON_KEY_BEFORE = /[{,][ \u00a0]?"[A-Za-z_][\w-]*"[ \u00a0]?:[ \u00a0]?"?$/;
const JSON_VALUE_END = /[\d.]+"?[ \u00a0]?[,}\]]/y;
function jsonValueAt(text: string, position: number): boolean {
  JSON_VALUE_END.lastIndex = position;
  return JSON_VALUE_END.test(text) && JSON_KEY_BEFORE.test(text.slice(Math.max(0, position - 40), position));
}
/** "(1) a licence", "2) wages fell": one or two digits closed by a bracket before words. */
const ENUMERATOR = /(\d{1,2})\)[ \u00a0]+(?=[A-Za-z])/y;
const ENUMERATOR_OPENS_AFTER = /(?:^|[\n:;])[ \u00a0]*$/;

/**
 * The number of a point in a list written in the run of the text: "require (1) a licence and (2) an inspection" (a
 * bracketed number with its neighbour in the list near it, so that "the fund (5) grew" stays an amount), "Here is why:
 * 1) prices rose; 2) wages fell" (after a line's start, a colon or a semicolon). Where it ends, or -1.
 */
function enumeratorEnd(text: string, position: number): number {
  ENUMERATOR.lastIndex = position;
  const point = ENUMERATOR.exec(text);
  if (!point) return -1;
  const bracketed = codeAt(text, position - 1) === 40;
  if (!bracketed) return ENUMERATOR_OPENS_AFTER.test(text.slice(Math.max(0, position - 4), position)) ? ENUMERATOR.lastIndex : -1;
  const value = Number(point[1]);
  const near = text.slice(Math.max(0, position - 300), position + 300);
  return near.includes(`(${value + 1}) `) || (value > 1 && near.includes(`(${value - 1}) `)) ? ENUMERATOR.lastIndex : -1;
}

/**
 * Page furniture at a line's start, before a title: a sidebar's rank ("1: Detroit in largest US bankruptcy") or a
 * slideshow caption's counter ("1 of 2. Iraqi security personnel inspect ..."). No amount opens a line so.
 */
const LINE_FURNITURE = /(?:\d{1,2}:|(\d{1,2})[ \u00a0]of[ \u00a0](\d{1,2})\.)[ \u00a0]+(?=[A-Z])/y;

function lineFurnitureEnd(text: string, position: number): number {
  if (position > 0 && codeAt(text, position - 1) !== 10) return -1;
  LINE_FURNITURE.lastIndex = position;
  const furniture = LINE_FURNITURE.exec(text);
  if (!furniture || Number(furniture[1] ?? 0) > Number(furniture[2] ?? 0)) return -1;
  return LINE_FURNITURE.lastIndex;
}

/** The emergency services' numbers, which news copy calls or names a call by: "called 911", "a 999 call". */
const EMERGENCY_NUMBERS = new Set(['911', '999']);
const EMERGENCY_CALL_AFTER =
  /^[ \u00a0-]+(?:calls?|callers?|dispatch(?:ers?|ed)?|operators?|cent(?:er|re)s?|emergenc(?:y|ies)|lines?|systems?|tapes?|recordings?|hotlines?|services?)\b/i;
const CALLED_BEFORE = /\b(?:call(?:s|ed|ing)?|dial(?:s|l?ed|l?ing)?|rang|ring(?:s|ing)?|phon(?:e|es|ed|ing)|text(?:s|ed|ing)?)[ \u00a0]+$/i;

/** "She called 911", "the 911 dispatcher", "a 999 call": the emergency number, a phone number, no count. */
function emergencyNumberAt(text: string, number: NumberReading): boolean {
  if (!number.digits || number.scaled || !EMERGENCY_NUMBERS.has(text.slice(number.start, number.end))) return false;
  return (
    EMERGENCY_CALL_AFTER.test(text.slice(number.end, number.end + 16)) ||
    CALLED_BEFORE.test(text.slice(Math.max(0, number.start - 16), number.start))
  );
}

/** "number-" glued before a number word: a rank. */
const RANK_NUMBER_BEFORE = /\b[Nn]umber-$/;
/** Indexes and lists named by how many they hold: "S&P 500 companies", "the Fortune 500", "FTSE 100 firms". */
const INDEX_OF_MEMBERS =
  /(?:^|[^\w&])(?:S&P[ \u00a0](?:100|400|500|600|1500)|FTSE[ \u00a0](?:100|250|350)|Russell[ \u00a0][123]000|Fortune[ \u00a0](?:100|500|1000)|Forbes[ \u00a0](?:400|2000)|Nasdaq[ \u00a0]100|Stoxx[ \u00a0](?:50|600)|Nikkei[ \u00a0]225|DAX[ \u00a0][34]0|CAC[ \u00a0]40|ASX[ \u00a0]200)$/;

/** A title opening on its number, in quotes: "12 Years a Slave", "The 7 Habits of Highly Effective People". */
const TITLE_QUOTE_BEFORE = /["\u201c](?:The[ \u00a0])?$/;
const QUOTED_TITLE =
  /[\w.,-]+(?:[ \u00a0]+(?:[A-Z\d][\w'\u2019.&-]*|a|an|the|of|and|or|in|on|to|for|with|why|is|at))+(?=[,.!?]?["\u201d])/y;

/** Where a quoted title that opens on the number at `position` ends, or -1: its words capitalized but the small ones. */
function quotedTitleEnd(text: string, position: number): number {
  if (!TITLE_QUOTE_BEFORE.test(text.slice(Math.max(0, position - 5), position))) return -1;
  QUOTED_TITLE.lastIndex = position;
  return QUOTED_TITLE.test(text) ? QUOTED_TITLE.lastIndex : -1;
}

/** A calendar era after or before a year: "500 BC", "5,316 BCE", "79 A.D.", "AD 79". */
const ERA_AFTER = /^[ \u00a0]?(?:BCE?|B\.C\.(?:E\.)?|CE|C\.E\.|AD|A\.D\.)(?![A-Za-z])/;
const ERA_BEFORE = /(?:^|[^A-Za-z.])(?:AD|A\.D\.)[ \u00a0]$/;
/** The second year of a span: " to 1649", " and 1649", "-79". */
const SECOND_YEAR_OF_SPAN = String.raw`^[ \u00a0]*(?:to|and|through|until|-|\u2013)[ \u00a0]*\d{1,4}`;
/** The second year of a span, with the era after it: " to 1649 CE", "-79 AD". */
const SECOND_YEAR_WITH_ERA = new RegExp(`${SECOND_YEAR_OF_SPAN}${ERA_AFTER.source.slice(1)}`);
/** A capitalised word hyphened to the number, in running text: "the 3-Day walk", "a 7-Eleven store" are names. */
const CAPITALISED_NAME_AFTER = /^-[A-Z][a-z]+(?=[ \u00a0]+[a-z])/;
/** "between the years 431 and 1649", "in the year 431": years named as years (not "over the years 30 people left"). */
const THE_YEARS_BEFORE = /\b(?:between|in|from|during|by)[ \u00a0]+the[ \u00a0]+years?[ \u00a0]+$/i;
/** The second year of a span named as years: " and 1649". */
const SECOND_YEAR = new RegExp(String.raw`${SECOND_YEAR_OF_SPAN}\b`);
/** "knows a thing or two", "in a decade or two", "a day or two later": "or two" makes the one before it vague, no count. */
const ONE_OR_BEFORE = /\ban?[ \u00a0]+[a-z]+[ \u00a0]+or[ \u00a0]+$/i;
/** After "one" and its noun: a name or an apposition may stand before the verb ("One witness, Felicia Sanders, described"). */
const SPEAKS_AFTER_SOURCE = patternOnFirstUse(
  () =>
    new RegExp(
      String.raw`^(?:[ \u00a0]+(?!(?:and|or|but|nor|is|are|was|were|had|has|have|did|does|do)\b)[\p{L}'\u2019-]+){0,6}?(?:,[ \u00a0]+[^,.;:]{1,40},)?[ \u00a0]+(?:${UNNAMED_SOURCE_VERBS})\b`,
      'u',
    ),
);
const SPEAKS_BEFORE_SOURCE = new RegExp(`^(?:${UNNAMED_SOURCE_VERBS})$`);
/** The source ends its clause: "predicts one host.", "said one official who asked". */
const SOURCE_ENDS_AFTER = /^(?:[ \u00a0]*(?:[.,;:!?"\u201d]|$)|[ \u00a0]+who\b)/;
/** Words before "one" that make it a count even before a verb of saying: "only one adviser said", "and one Democrat said". */
const COUNTS_ONE_BEFORE = new Set(['only', 'just', 'least', 'than', 'exactly', 'and', 'or', 'but', 'nor', 'with']);

/**
 * "one close associate said", "One witness, Felicia Sanders, described", "predicts one host.", "according to one person
 * familiar with the matter": "one" before the noun of an unnamed source of a verb of saying (its words after it, up to
 * six, with no verb of being and no "and") is an article (a source, not a count), unless a word before it counts ("only
 * one adviser said", "four lawmakers voted yes and one lawmaker said").
 */
function oneNamesSource(text: string, oneStart: number, wordBeforeOne: string, countedEnd: number): boolean {
  if (COUNTS_ONE_BEFORE.has(wordBeforeOne)) return false;
  if (SPEAKS_AFTER_SOURCE().test(text.slice(countedEnd, countedEnd + 96))) return true;
  if (wordBeforeOne === 'to' && ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, oneStart - 16), oneStart))) return true;
  return SPEAKS_BEFORE_SOURCE.test(wordBeforeOne) && SOURCE_ENDS_AFTER.test(text.slice(countedEnd, countedEnd + 6));
}

/**
 * After a sentence's opening "One" and its noun, what tells a count rather than an instance: a passive ("One officer was
 * wounded") or a verb that ends its clause ("One person died.", "One person was hurt.", "One patient in the trial died and").
 */
const COUNT_AFTER_OPENING_ONE = patternOnFirstUse(
  () =>
    new RegExp(
      [
        String.raw`^[ \u00a0]+(?:was|were|is|are|(?:has|have|had)[ \u00a0]+been)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?:[a-z]+(?:ed|en)|${[...IRREGULAR_PARTICIPLES].join('|')})\b`,
        String.raw`^(?:[ \u00a0]+(?:in|at|on|from|of|with)(?:[ \u00a0]+[\p{L}'\u2019-]+){1,3}?)?(?:[ \u00a0]+(?:was|were|is|are))?[ \u00a0]+[a-z]+(?:[ \u00a0]*[.,;:!?]|[ \u00a0]+(?:and|but)\b)`,
      ].join('|'),
      'u',
    ),
);
/** Another figure in the sentence: "One company owns 40%", "One man, 34, was hurt", "One child in five". */
const OTHER_FIGURE = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|half)\b/i;
const RELATIVE_AFTER = /^[ \u00a0]+(?:who|whose|which|that)\b/;

/**
 * "One channel broadcast images", "One prototype's clutch mechanism stopped working": a sentence opening on "One" and
 * its noun brings in an instance to tell of, not a count, unless a casualty or a rate ("One pack a day") is told after
 * it, or another figure in the sentence makes "One" part of a tally. A figure inside a relative clause describes the
 * instance ("One man who lost four of his brothers summed up").
 */
function opensOnInstance(text: string, oneStart: number, countedEnd: number): boolean {
  if (codeAt(text, oneStart) !== 79 || !startsSentence(text, oneStart)) return false;
  const after = text.slice(countedEnd, countedEnd + 64);
  if (COUNT_AFTER_OPENING_ONE().test(after) || RATE_AFTER_ONE.test(after)) return false;
  return RELATIVE_AFTER.test(after) || !OTHER_FIGURE.test(sentenceAfter(text, countedEnd, 240));
}

function oneIsArticle(
  text: string,
  oneStart: number,
  wordBeforeOne: string,
  counted: string,
  countedPhrase: string,
  countedEnd: number,
): boolean {
  if (
    (ONE_AS_ARTICLE_AFTER.has(wordBeforeOne) && !RATE_AFTER_ONE.test(text.slice(countedEnd, countedEnd + 12))) ||
    NOT_COUNTED_BY_ONE.has(counted) ||
    ONE_PEOPLE.test(text.slice(oneStart, oneStart + 11))
  )
    return true;
  // "took off at 11:30 one night last week": a night told of, not counted ("one night a week" is).
  if (TOLD_OF_TIMES.has(counted) && TOLD_OF_AFTER.test(text.slice(countedEnd, countedEnd + 8))) return true;
  // "One validated acts of school districts", "whether one needs to": a verb after "one", a pronoun.
  if (readsAsParticiple(counted) || (SINGLE_LOWER_WORD.test(countedPhrase) && countedPhrase !== counted && looksPlural(countedPhrase)))
    return true;
  if (AFTER_ANOTHER.test(text.slice(countedEnd, countedEnd + 16))) return true;
  if (oneNamesSource(text, oneStart, wordBeforeOne, countedEnd)) return true;
  if (opensOnInstance(text, oneStart, countedEnd)) return true;
  return (
    isUpperCode(codeAt(text, oneStart)) &&
    !startsSentence(text, oneStart) &&
    isUpperCode(codeAt(text, text.lastIndexOf(' ', oneStart - 2) + 1))
  );
}
/**
 * "Xbox 360 games", "the PlayStation 5 consoles": digits right after a capitalized word inside a sentence, before a
 * lower-case noun, finish a model's or an edition's name, and so does a number word in capitals ("the Big Three
 * automakers"). Not after an ordinary word or a month ("In March 300 people"),
 * a country ("Spain 11,324 cases"), a plural ("the Conservatives 121 seats"), an all-capital body ("the EU 27 member
 * states") or a bound.
 */
function numberEndsName(
  text: string,
  number: NumberReading,
  before: { word: string; start: number },
  wordsBefore: WordsBefore,
  countedPhrase: string | null,
): boolean {
  // A number word only in capitals: "the Big Three automakers", "the Magnificent Seven stocks".
  const lowerCaseWord = !number.digits && !isUpperCode(codeAt(text, number.start));
  if (lowerCaseWord || number.scaled || before.word === '' || countedPhrase === null || !/^[a-z]/.test(countedPhrase)) return false;
  const nameEnd = number.start - 1;
  if (before.start + before.word.length !== nameEnd || codeAt(text, nameEnd) !== 32) return false;
  const name = text.slice(before.start, nameEnd);
  // "The RTX 4090 costs", "the USB 3.0 ports": an acronym after a determiner names the thing ("told CNN 20 people" does not).
  // Two digits after an acronym may count its members ("the EU 27 member states"): only a decimal or three digits name.
  const written = text.slice(number.start, number.end);
  const named =
    hasLowerCase(text, before.start, nameEnd) ||
    ((written.length >= 3 || written.includes('.')) && MODEL_DETERMINERS.has(wordBefore(text, before.start).word));
  return named && !NOT_NAME_WORDS.has(name) && capitalizedWordLabels(text, before, wordsBefore);
}
/**
 * A capitalized word right before a number, inside a sentence and with no bound between them, that may label the
 * number ("Article 5", "Xbox 360"): not a plural ("the Conservatives 121") nor a country ("Spain 11,324"). Given where
 * the number ends, a label opening the sentence before a verb counts too ("Game 7 is on Sunday").
 */
function capitalizedWordLabels(
  text: string,
  before: { word: string; start: number },
  wordsBefore: WordsBefore,
  numberEnd?: number,
  pluralNames = false,
): boolean {
  return (
    before.word !== '' &&
    isUpperCode(codeAt(text, before.start)) &&
    (pluralNames || !looksPlural(before.word)) &&
    (!startsSentence(text, before.start) || (numberEnd !== undefined && labelOpensSentence(text, before.word, numberEnd))) &&
    boundBefore(wordsBefore) === '=' &&
    !namesCountry(text.slice(before.start, before.start + before.word.length))
  );
}
/** A clock time, "a.m."/"p.m.", a part of the day or a verb of scheduling: "at 7" in such a sentence is an hour. */
const CLOCK_CUE =
  /\b\d{1,2}:\d\d\b|\b[ap]\.m\.|\b[ap]m\b|o['\u2019]clock|\b(?:noon|midnight|tonight|morning|afternoon|evening|scheduled|kick(?:s|ed)?[ -]off|starts?|begins?|opens?|doors)\b/i;
const CLOCK_LOOK = 100;

function clockInSentence(text: string, start: number, end: number): boolean {
  return CLOCK_CUE.test(sentenceBefore(text, start, CLOCK_LOOK)) || CLOCK_CUE.test(sentenceAfter(text, end, CLOCK_LOOK));
}
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
/** "-fold" ending its clause: "was two-fold:", "is threefold." ("rose sixfold" and "a twofold jump" are multipliers). */
const PARTS_FOLD_AFTER = /^-?fold[ \u00a0]*(?:[:;.,\u2014\u2013]|$)/;
/** Words that place an hour: "before 8", "until eleven", "It was 3". */
const HOUR_BEFORE = new Set([
  'at',
  'before',
  'after',
  'until',
  'till',
  'by',
  'around',
  'about',
  'from',
  'to',
  'since',
  'past',
  'was',
  'is',
]);
/**
 * An hour and its part of the day, where the clause goes on or ends there ("8 in the morning on Monday", "11 at night."),
 * not a count in a morning's session or raid ("12 in the morning raids").
 */
const HOUR_OF_PART_OF_DAY_AFTER = patternOnFirstUse(
  () =>
    /^[ \u00a0]+(?:in[ \u00a0]+the[ \u00a0]+(?:morning|afternoon|evening)|at[ \u00a0]+night)(?=[ \u00a0]*(?:$|[\n.,;:!?)"\u201d\u2014\u2013-])|[ \u00a0]+(?:on|of|in|at|and|or|to|before|after|until|till|when|while|that|local|every|each|\p{Lu}|\d))/u,
);
/** Boeing's jetliners, named by their number alone after a determiner ("the 707", "its 787 fleet"). */
const JETLINER_MODELS = new Set([707, 717, 727, 737, 747, 757, 767, 777, 787]);
/** A tweet's "2/3" ending its text, before the embed's "— Name (@handle)" line. */
const TWEET_THREAD_NUMBER = /\d{1,2}\/\d{1,2}[ \t]*\n+[ \t]*[\u2014\u2013-][ \u00a0][^\n]{1,80}\(@\w+\)/y;
/** "the 777-300ER", "a 747-400": a Boeing jetliner's model and its variant, no score. */
const JETLINER_VARIANT = patternOnFirstUse(() => /7[0-8]7-(?:[1-9]00|10|[1-9])(?:[A-Z]{1,3})?(?![\d\p{L}-])/uy);
/** " up to 400", " 416", " about £180": an amount, bound or not, right after a verb. */
const NUMBER_GOVERNED_AFTER =
  /^[ \u00a0]+(?:(?:up[ \u00a0]+to|about|around|nearly|almost|more[ \u00a0]+than|as[ \u00a0]+many[ \u00a0]+as|some)[ \u00a0]+)?[$\u00a3\u20ac\u00a5]?\d/;
const MODEL_DETERMINERS = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'our', 'each', 'every']);
/**
 * Whether the text writes this decimal as a software version anywhere: "2.8.x", "4.1.1", "version 2.8", "v2.8",
 * "the 2.8 release". Read only for bare decimals with no unit or noun, which are rare.
 */
function writtenAsVersion(text: string, written: string): boolean {
  if (!/^\d+\.\d+$/.test(written)) return false;
  // Each check scans the whole text: a text of thousands of index levels ("closed at 12.34") asks about the same few.
  if (versionAnswers.text !== text) versionAnswers = { text, byNumber: new Map() };
  let answer = versionAnswers.byNumber.get(written);
  if (answer === undefined) versionAnswers.byNumber.set(written, (answer = versionPattern(written).test(text)));
  return answer;
}
let versionAnswers: { text: string; byNumber: Map<string, boolean> } = { text: '', byNumber: new Map() };

function versionPattern(written: string): RegExp {
  const number = written.replace('.', '\\.');
  return new RegExp(
    `(?<![\\d.])${number}\\.(?:x\\b|\\d)|\\b(?:[Vv]ersion|[Rr]elease|v)[ \\u00a0]?${number}(?![\\d.]\\d)|(?<![\\d.])${number}[ \\u00a0](?:release|version|update|beta|branch)\\b`,
  );
}

/**
 * "Biden 306, Trump 232": a side's figure in a list of tallies, the next side's figure after it. A hyphen is left out:
 * "Boeing 737-800" names a variant more often than "Heat 112-104" is followed by a bare 112 with no noun.
 */
const TALLY_GOES_ON = String.raw`[ \u00a0]*[,;][ \u00a0]*(?:\p{Lu}[\p{L}.'\u2019-]*[ \u00a0]+)*\d`;

/**
 * Three digits or more right after a capitalized word with lower case, inside a sentence: "Xbox 360", not "Biden 306,
 * Trump". The match is the digits and the word is read behind them: led by digits, the engine skips to the next figure
 * instead of trying the look-behind at every place of the text (a twentieth of the time on the real pages).
 */
const DIGITS_AFTER_NAME = patternOnFirstUse(
  () =>
    new RegExp(
      String.raw`\d{3}(?<=(?<=[\p{L},][ \u00a0])(\p{Lu}\p{L}*\p{Ll}\p{L}*)[ \u00a0]\d{3})\d*(?![\d\p{L}]|[.,]\d|${TALLY_GOES_ON})`,
      'gu',
    ),
);

/** The numbers of DIGITS_AFTER_NAME whose word is a name (not a month, a plural side such as "the Celtics 112" or a country). */
function numbersWrittenAfterName(text: string): Set<string> {
  const numbers = new Set<string>();
  for (const [digits, name] of text.matchAll(DIGITS_AFTER_NAME())) {
    if (MONTH_WORD.test(name!) || looksPlural(name!) || NOT_NAME_WORDS.has(name!) || namesCountry(name!)) continue;
    numbers.add(digits!);
  }
  return numbers;
}

/**
 * "plays Xbox 360 games ... your entire 360 library": three digits or more that the text writes right after a name inside a
 * sentence name the product wherever else they stand alone. The text is scanned once, on its first such number.
 */
function writtenAfterName(text: string, written: string): boolean {
  if (!/^\d{3,}$/.test(written)) return false;
  if (namedNumbers.text !== text) namedNumbers = { text, numbers: numbersWrittenAfterName(text) };
  return namedNumbers.numbers.has(written);
}
let namedNumbers: { text: string; numbers: Set<string> } = { text: '', numbers: new Set() };

/** "Page, now 28,", "Fabian (real name: Fabian Forte), 17,", and after a capitalized name "Thompson, at 61,". */
const APPOSITIVE_BEFORE =
  /([A-Za-z])[A-Za-z]*\)?[ \u00a0]*,[ \u00a0]*(?:(?:now|then|both)[ \u00a0]+)?$|([A-Z])[a-z]+[ \u00a0]*,[ \u00a0]*at[ \u00a0]+$/;
/** What closes an age set off after a name: "Christine, 11, who", "Dennis, 6; and", "Bernardine, 1." */
const APPOSITIVE_AFTER = /^(?:[,;]|\.(?!\d))/;

/**
 * "in home runs, 52,", "in tackles, 98, and sacks, 12": "in" (or ", and" after a first statistic), at most two lower-case
 * words ending in a plural, a comma right before the number.
 */
const STATISTIC_BEFORE = /(?:\bin|\d,[ \u00a0]+and)([ \u00a0](?:[a-z]+[ \u00a0]+)?[a-z]+s)(,[ \u00a0]*)$/;

/**
 * "Roof, who was 21 at the time, was arrested", "when Ailes was 59, the couple": a person's age told by a relative or a
 * "when" clause (a pronoun or a name, not "when the score was 59").
 */
const WHO_IS_BEFORE =
  /(?:\b[Ww]ho|\b[Ww]hen[ \u00a0]+(?:he|she|I|we|they|you|[A-Z][a-z]+))[ \u00a0]+(?:is|was|were|turns|turned|will[ \u00a0]+be|had[ \u00a0]+just[ \u00a0]+turned)[ \u00a0]+(?:(?:now|then|only|just)[ \u00a0]+)?$/;
/** What may close that age: a clause boundary, "at the time", "when", "and". */
const WHO_IS_AGE_AFTER = /^(?:[,;)]|\.(?!\d)|$|[ \u00a0]+(?:at[ \u00a0]+the[ \u00a0]+time|when|and)\b)/;

function relativeClauseAge(lookBehind: string, after: string, value: number): boolean {
  return value >= 1 && value <= 110 && (WHO_IS_BEFORE.test(lookBehind) || AGE_VERB_BEFORE.test(lookBehind)) && WHO_IS_AGE_AFTER.test(after);
}

/** "She was not expected to live past 5", "I still feel 25", "he turns 65 next": verbs whose bare number is a person's age. */
const AGE_VERB_BEFORE =
  /\b(?:(?:live|lives|lived|living)[ \u00a0]+(?:past|beyond|to[ \u00a0]+be)|(?:I|you|he|she|we|they)[ \u00a0]+(?:still[ \u00a0]+)?(?:feel|feels|felt)(?:[ \u00a0]+like)?|(?:turn|turns|turned|turning))[ \u00a0]+(?:(?:only|just|almost|nearly)[ \u00a0]+)?$/;

/** "At 41, I still feel": "At" opening a sentence, and a person right after the comma. */
const AT_OPENING_BEFORE = /(?:^|[.!?]["\u201d\u2019]?[ \u00a0]+|["\u201c\u2018][ \u00a0]*)At[ \u00a0]+$/;
const PERSON_AFTER_COMMA =
  /^,[ \u00a0]+(?:I|he|she|we|they|[A-Z][a-z]+[ \u00a0]+(?:was|is|had|has|became|won|joined|left|moved|took|made)|[A-Z][a-z]+[ \u00a0]+[A-Z][a-z]+)\b/;

/** "At 41, I still feel 25": an age, not an hour of the clock (over 12) nor a count. */
function openingAge(text: string, start: number, end: number, value: number): boolean {
  return (
    value > 12 &&
    value <= 110 &&
    Number.isInteger(value) &&
    AT_OPENING_BEFORE.test(text.slice(Math.max(0, start - 8), start)) &&
    PERSON_AFTER_COMMA.test(text.slice(end, end + 40))
  );
}

/** "died at 82", "until his death in 2008, at 82", "retired at 65": the life event before "at" tells an age. */
const LIFE_EVENT_AT_BEFORE = /\b(?:died|dies|death|passed[ \u00a0]+away|retired|retires|retirement)\b[^.;:!?]{0,24}\bat[ \u00a0]+$/i;
/** "people 65 and older", "Builders 16 and up": an open-ended age after people, or "and older"/"and younger" after any. */
const OPEN_AGE_AFTER = /^[ \u00a0]+(?:and|or)[ \u00a0]+(?:(older|younger)|up|over|under|above|below)\b(?![ \u00a0]+(?:the|a|an|\d))/;
const PEOPLE_BEFORE =
  /\b(?:people|persons|children|kids|adults|teens|teenagers|boys|girls|men|women|students|ages|[a-z]{3,}ers)[ \u00a0]+$/i;

/**
 * "both 10-year men at 30, have", "those who complained of memory problems at 80 were": "at" after people, or in a
 * "those who" clause, and then a clause boundary or its verb, tells the age the people were.
 */
const PEOPLE_AT_BEFORE =
  /(?:\b(?:people|persons|children|kids|adults|teens|teenagers|boys|girls|men|women)|\bthose[ \u00a0]+who\b[^.;:!?\d]{0,60})[ \u00a0]+at[ \u00a0]+$/i;
/** "those who bought the shares at 80": a trade's price, not an age. */
const TRADE_WORDS = /\b(?:bought|buy|buying|sold|sell|selling|paid|priced|traded|invested|shares?|stocks?|bonds?)\b/i;
const CLAUSE_GOES_ON_AFTER = /^(?:[,;)]|\.(?!\d)|$|[ \u00a0]+(?:were|was|are|is|had|have|has|than)\b)/;

function peopleAtAge(text: string, start: number, end: number, value: number): boolean {
  return (
    value >= 1 &&
    value <= 110 &&
    CLAUSE_GOES_ON_AFTER.test(text.slice(end, end + 8)) &&
    PEOPLE_AT_BEFORE.test(text.slice(Math.max(0, start - 90), start)) &&
    !TRADE_WORDS.test(text.slice(Math.max(0, start - 90), start))
  );
}

function lifeEventAge(lookBehind: string, value: number): boolean {
  return value >= 1 && value <= 110 && LIFE_EVENT_AT_BEFORE.test(lookBehind);
}

function openEndedAge(lookBehind: string, after: string, value: number): boolean {
  const open = value >= 1 && value <= 110 ? OPEN_AGE_AFTER.exec(after) : null;
  return open !== null && (open[1] !== undefined || PEOPLE_BEFORE.test(lookBehind));
}

/** "Page, now 28, hated it", "her daughter, Christine, 11,": a bare whole number set off by commas after a person is an age. */
function appositiveAge(lookBehind: string, after: string, value: number): boolean {
  const name = APPOSITIVE_BEFORE.exec(lookBehind);
  if (!name || !APPOSITIVE_AFTER.test(after)) return false;
  const initial = name[1] ?? name[2]!;
  return value <= 110 && (value >= 16 || (value >= 1 && isUpperCode(codeAt(initial, 0))));
}
const BOUND_BY_WORDS = new Map<string, Bound>([
  ['about', '~'],
  ['around', '~'],
  ['roughly', '~'],
  ['approximately', '~'],
  ['approx', '~'],
  ['some', '~'],
  ['circa', '~'],
  ['an estimated', '~'],
  ['estimated', '~'],
  ['nearly', '<'],
  ['almost', '<'],
  ['close to', '~'],
  ['just under', '<'],
  ['just shy of', '<'],
  ['more than', '>'],
  ['over', '>'],
  ['above', '>'],
  ['upwards of', '>'],
  ['in excess of', '>'],
  ['exceeding', '>'],
  ['just over', '>'],
  ['at least', '>='],
  ['no less than', '>='],
  ['up to', '<='],
  ['as many as', '<='],
  ['as much as', '<='],
  ['at most', '<='],
  ['no more than', '<='],
  ['less than', '<'],
  ['under', '<'],
  ['below', '<'],
  ['fewer than', '<'],
]);
const UP_WORDS = new Set(
  `rose rise rises rising risen increase increased increases increasing grew grow grows growing grown
jumped jump jumps climbed climb climbs gained gain gains surged surge surges soared soar soars added adds up higher boost
boosted raise raised raises hike hiked hikes advanced`.split(/\s+/),
);
const DOWN_WORDS = new Set(
  `fell fall falls falling fallen dropped drop drops declined decline declines decreased decrease
decreases cut cuts lost loses down slipped slip slips plunged plunge plunges shrank shrink shrinks lower slashed slashes
reduced reduce reduces tumbled sank slid dipped eased lowered trimmed`.split(/\s+/),
);
/** "rose", "cut", "up": a word of change, after which a number is the amount moved. */
export function isChangeWord(word: string): boolean {
  return UP_WORDS.has(word) || DOWN_WORDS.has(word);
}

/** Words that may stand between a change verb and its number: "rose by nearly 4%", "up from 2.3%". */
const CHANGE_FILLERS = new Set([
  'by',
  'from',
  'of',
  'nearly',
  'almost',
  'about',
  'around',
  'some',
  'over',
  'just',
  'than',
  'more',
  'a',
  'an',
  'another',
  'further',
]);

/** The words before a number, nearest first, lower case; each read only when asked for; at most four; stops at punctuation. */
class WordsBefore {
  private readonly words: string[] = [];
  private readStart: number;

  constructor(
    private readonly text: string,
    nearest: { word: string; start: number },
  ) {
    if (nearest.word !== '') this.words.push(nearest.word);
    this.readStart = nearest.word === '' ? -1 : nearest.start;
  }

  /** The index-th word before the number (0 is the nearest), or undefined. */
  at(index: number): string | undefined {
    while (index >= this.words.length && this.readStart >= 0 && this.words.length < 4) {
      const previous = wordBefore(this.text, this.readStart);
      if (previous.word === '') {
        this.readStart = -1;
      } else {
        this.words.push(previous.word);
        this.readStart = previous.start;
      }
    }
    return this.words[index];
  }
}

/** "20% ", "$1.5bn, ", "by 3.5 ": an amount written in digits just before a position (with "per cent", its last word). */
const DIGITS_BEFORE = /[ \u00a0][$\u20ac\u00a3]?\d[\d,.]*(?:%|[a-z]{1,2})?,?[ \u00a0]*$/;

/** "charges from 10 to 80 per cent" is a move between two values; "from 10 to 12 members" is a range. */
export function movesFrom(text: string, fromStart: number): boolean {
  // The verb may stand a few words back: "lifting the state pension age from 67 to 68", "fell 20% from $10m to $8m".
  let position = fromStart;
  for (let back = 0; back < 5; back += 1) {
    const previous = wordBefore(text, position);
    const amount = previous.word === '' ? DIGITS_BEFORE.exec(text.slice(Math.max(0, position - 24), position)) : null;
    if (amount) {
      position -= amount[0].length - 1;
      continue;
    }
    if (previous.word === '') return false;
    if (isChangeWord(previous.word) || MOVE_WORDS.has(previous.word)) return true;
    position = previous.start;
  }
  return false;
}

const MOVE_WORDS = new Set([
  'charges',
  'charged',
  'moved',
  'moves',
  'went',
  'changed',
  'shifted',
  'switched',
  'swung',
  'rebounded',
  'recovered',
  'widened',
  'narrowed',
  'raising',
  'lifting',
  'lifts',
  'lifted',
  'lift',
  'lowering',
  'lowers',
  'lowered',
  'cutting',
  'reducing',
  'extending',
  'extends',
  'extended',
  'increasing',
  'bringing',
  'brings',
  'brought',
]);

/** "over the next two years", "over four years": a span of time, not a bound. */
function boundForDuration(words: WordsBefore): Bound {
  const bound = boundBefore(words);
  return bound === '>' && (words.at(0) === 'over' || words.at(1) === 'over' || words.at(2) === 'over') ? '=' : bound;
}

/** The bound phrases by their last word, each with its other words nearest first, longest phrase first. */
const BOUND_PHRASES_BY_LAST_WORD = new Map<string, { wordsBefore: string[]; bound: Bound }[]>();
fillBoundPhrases();

// Filled in a function, not by loops at the top level: in a bundle, long top-level loops make V8 compile the
// whole bundle's top-level code at import (the cold start, bench/results.md).
function fillBoundPhrases(): void {
  for (const [phrase, bound] of BOUND_BY_WORDS) {
    const wordsBefore = phrase.split(' ').reverse();
    const last = wordsBefore.shift()!;
    const phrases = BOUND_PHRASES_BY_LAST_WORD.get(last) ?? [];
    phrases.push({ wordsBefore, bound });
    phrases.sort((a, b) => b.wordsBefore.length - a.wordsBefore.length);
    BOUND_PHRASES_BY_LAST_WORD.set(last, phrases);
  }
}

/** The bound written in the words before a number (nearest first): "at least", "up to", "more than". */
function boundBefore(words: WordsBefore): Bound {
  const phrases = BOUND_PHRASES_BY_LAST_WORD.get(words.at(0) ?? '');
  if (!phrases) return '=';
  for (const { wordsBefore, bound } of phrases) {
    let matched = 0;
    while (matched < wordsBefore.length && words.at(matched + 1) === wordsBefore[matched]) matched += 1;
    if (matched === wordsBefore.length) return bound;
  }
  return '=';
}

function changeBefore(words: WordsBefore): Change {
  let word: string | undefined;
  for (let index = 0; (word = words.at(index)) !== undefined; index += 1) {
    if (UP_WORDS.has(word)) return 'up';
    if (DOWN_WORDS.has(word)) return 'down';
    if (!CHANGE_FILLERS.has(word) && !BOUND_BY_WORDS.has(word)) return null;
  }
  return null;
}

const CHANGE_AFTER =
  /^[ \u00a0]+(?:(increase|rise|jump|gain|hike|growth|surge|climb|boost)|(decrease|drop|fall|decline|cut|reduction|loss|plunge|slump|contraction))\b/i;
/** Between the ends of a range; "25- to 34-year-olds" hangs the first end's hyphen. */
/** Also a hedged alternative, "two and possibly three hikes", "5 or maybe 6", read as "or" ("30 dlrs, maybe 32" is two). */
const RANGE_JOIN =
  /(?:-[ \u00a0]+(to|and)|[ \u00a0]+(?:and|or)[ \u00a0]+(possibly|perhaps|maybe)(?=[ \u00a0])|[ \u00a0]*(-|\u2013|\u2014|to|and|or(?=[ \u00a0]))|[ \u00a0](?=[$\u20ac\u00a3]\d))[ \u00a0]*/y;
/** "5 or 6 or 7 hours": a further alternative after the second end of a range. */
const OR_AGAIN = /[ \u00a0]+or[ \u00a0]+/y;
const OF_PART =
  /^[ \u00a0]+(?:more[ \u00a0]+)?of[ \u00a0]+(?:(?:the[ \u00a0][a-z]+['\u2019]s|the|its|their|his|her|our|these|those|(them|whom)|[A-Z][\w.]*['\u2019]s)[ \u00a0]+)?(?:(?:last|first|next|top|past|remaining|other)[ \u00a0]+)?/;
/** "four of us", "two of you": people. */
const OF_PEOPLE_AFTER = /^[ \u00a0]+of[ \u00a0]+(?:us|you)\b/;

const DAYS_JOINED_BY = new Set(['to', 'and', 'or', 'thru', 'through', '']);

/** "March 5", "Dec. 19", "5 March", "19th of December": a day of a month. */
function nearMonth(text: string, start: number, end: number, wordBeforeNumber: string): boolean {
  if (MONTH_WORD.test(wordBeforeNumber)) return true;
  // "Feb 13 and 24 for 6.6 mln dlrs" lists days; "on March 3 and 12 people died" counts people.
  const listed = wordBeforeNumber === 'and' || wordBeforeNumber === 'or';
  if (
    DAYS_JOINED_BY.has(wordBeforeNumber) &&
    DAY_RANGE_BEFORE.test(text.slice(Math.max(0, start - 24), start)) &&
    !(listed && readCountedNoun(text, end, 2))
  )
    return true;
  if (wordBeforeNumber === '' && codeAt(text, start - 2) === 46 && MONTH_WORD.test(wordBefore(text, start - 2).word)) return true;
  const next = codeAt(text, end);
  return (
    (next === 32 || next === 0xa0 || next === 116 || next === 115 || next === 110 || next === 114) &&
    MONTH_AFTER.test(text.slice(end, end + 16))
  );
}

/** Skips the identifier at `position` ("F-35", "49ers"), or with `pattern` DIGIT_GROUPS_RUN a phone number. */
function skipRun(text: string, position: number, pattern = ALNUM_RUN): Skip {
  pattern.lastIndex = position;
  pattern.exec(text);
  return { skip: true, end: Math.max(position + 1, pattern.lastIndex) };
}

function isAlnum(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57);
}

function readNumberAt(text: string, position: number, moneyBefore: boolean): NumberReading | Skip | null {
  if (isDigitCode(codeAt(text, position))) return readDigits(text, position, moneyBefore);
  return codeAt(text, position) > 127 ? readVulgarFraction(text, position) : readWords(text, position);
}

/** "N49.7 trillion", "R5,000", "RM2.5mil": a letter currency (LETTER_CURRENCIES) before an amount with thousands or a scale. */
function letterCurrencyBefore(text: string, position: number): { unit: string; start: number } | null {
  const letters = isUpperCode(codeAt(text, position - 2)) ? 2 : 1;
  const code = LETTER_CURRENCIES.get(text.slice(position - letters, position));
  if (!code || isAlnum(codeAt(text, position - letters - 1))) return null;
  const number = readDigits(text, position, true);
  if (!number || 'skip' in number) return null;
  const grouped = text.slice(position, number.end).includes(',');
  return number.scaled || grouped ? { unit: `currency:${code}`, start: position - letters } : null;
}

/** "EUR1.2bn", "USD115.5": an ISO code glued to an amount with a scale, decimals or thousands; "COP29" is a name. */
function codeBeforeAmount(text: string, start: number, position: number): boolean {
  if (position - start !== 3) return false;
  const number = readDigits(text, position, true);
  if (!number || 'skip' in number) return false;
  const written = text.slice(position, number.end);
  return number.scaled || written.includes(',') || written.includes('.');
}

function hasLowerCase(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (codeAt(text, index) >= 97 && codeAt(text, index) <= 122) return true;
  return false;
}

/** "BA.2", "XBB.1.5", "JN.1": a virus lineage's code, capitals then a dot glued to its numbers. */
const LINEAGE_CODE_BEFORE = /(?:^|[^A-Za-z.])[A-Z]{2,4}\.$/;
const DOTTED_DIGITS_RUN = /\d+(?:\.\d+)*/y;

/** Identifiers glued to letters: "F-35", "COVID-19", "G7", "MH17", "#1", "24/7"; and a web address's parts ("?q=30%25"). */
function gluedToIdentifier(text: string, position: number): boolean {
  const before = codeAt(text, position - 1);
  if (isLetter(before) || before === 95 || before === 35) return true;
  // "%", "=", "&" and "?" right before a number, glued to more text: a URL's query or escape.
  // "($1=6.802 Yuan)": an exchange rate written with "=" after an amount is none.
  if (
    (before === 37 || before === 61 || before === 38 || before === 63) &&
    position >= 2 &&
    !/\s/.test(text.charAt(position - 2)) &&
    !(before === 61 && isDigitCode(codeAt(text, position - 2)))
  )
    return true;
  return (
    (before === 45 || before === 47 || before === 8209) &&
    isAlnum(codeAt(text, position - 2)) &&
    !/(?:mid|pre|post|early|late|end|over|under|around|about|magnitude|\d-foot|\d-feet)$/i.test(
      text.slice(Math.max(0, position - 11), position - 1),
    )
  );
}

function startsSentence(text: string, position: number): boolean {
  let cursor = position - 1;
  while (cursor >= 0 && (codeAt(text, cursor) === 32 || codeAt(text, cursor) === 0xa0 || codeAt(text, cursor) === 9)) cursor -= 1;
  return cursor < 0 || /[.!?\n\r"\u201c:(]/.test(text.charAt(cursor));
}

/** "10^5 * 300", "2^15 - 1": arithmetic written out is no quantity (what it equals may be). */
const ARITHMETIC_BEFORE = /(?:\^|\d[ \u00a0]*\*|\^\d+[ \u00a0]*[-+*/])[ \u00a0]*$/;
const ARITHMETIC_AFTER = /^[\d.,]*[ \u00a0]*(?:\^|\*[ \u00a0]*\d)/;
const ARITHMETIC_RUN = /[\d.,]*(?:\^\d+)?/y;

function inArithmetic(text: string, position: number): boolean {
  const before = codeAt(text, position - 1);
  const near = before === 94 || before === 42 || before === 32;
  return (
    (near && ARITHMETIC_BEFORE.test(text.slice(Math.max(0, position - 8), position))) ||
    ARITHMETIC_AFTER.test(text.slice(position, position + 24))
  );
}

const BID_BEFORE = /(\d+)\.(\d{3,})\/$/;
const OFFER_DIGITS = /\d{1,2}(?![\d/])/y;

/** "3.7495/[98]": the offer of a bid and offer, its last digits written after the bid's; "3.7498". */
function offerAfterBid(text: string, position: number): { value: number; end: number } | null {
  const bid = BID_BEFORE.exec(text.slice(Math.max(0, position - 16), position));
  OFFER_DIGITS.lastIndex = position;
  const offer = bid ? OFFER_DIGITS.exec(text) : null;
  if (!bid || !offer || offer[0].length >= bid[2]!.length) return null;
  const decimals = bid[2]!;
  return { value: Number(`${bid[1]}.${decimals.slice(0, decimals.length - offer[0].length)}${offer[0]}`), end: OFFER_DIGITS.lastIndex };
}

/** A mention read whole by a special reader; built with the fields in readMention's order, so that every mention shares one object shape. */
function wholeMention(
  start: number,
  end: number,
  value: number,
  unit: string,
  dimension: Mention['dimension'],
  counted: string | null,
  wordBeforeNumber: string,
  bound: Bound,
  tally: boolean,
): Mention {
  return {
    start,
    end,
    value,
    low: undefined,
    high: undefined,
    unit,
    dimension,
    counted,
    countedPhrase: null,
    partOf: null,
    digits: true,
    wordBefore: wordBeforeNumber,
    bound,
    change: null,
    age: false,
    currencyByCountry: null,
    subunit: null,
    per: null,
    compound: false,
    tally,
  };
}

/**
 * "a third-round 68", "a final-round 69": "round" hyphened to its rank before a number of golf's size (55 to 90) is a
 * round's score; "Round 3" names a round, "a second-round 3 seed" ranks a player.
 */
function roundedScore(text: string, before: { word: string; start: number }, value: number): boolean {
  return (
    before.word === 'round' && codeAt(text, before.start - 1) === 45 && codeAt(text, before.start) === 114 && value >= 55 && value <= 90
  );
}

/**
 * A comma and a lower-case word after a number word that opens a sentence: the point of a list ("Two, wage costs"), not
 * "Two, maybe three,", "Two, three or four" or "Ten, police said, were hurt".
 */
const ENUMERATOR_AFTER =
  /^,[ \u00a0]+(?!(?:maybe|perhaps|possibly|probably|or|and|nor|at|about|almost|nearly|if|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|(?:[a-z]+[ \u00a0]+){1,2}(?:said|says|say|added|reported)\b)[a-z]/;

/** Cricket's bowling figures after "figures of": overs, maidens, runs conceded and wickets ("4-0-17-3"). */
const BOWLING_FIGURES = /[Ff]igures[ \u00a0]+(?:of[ \u00a0]+)?(\d{1,2}(?:\.\d)?)-(\d{1,2})-(\d{1,3})-(\d{1,2})(?![\d-])/y;
const BOWLING_PARTS = ['over', 'maiden', 'run', 'wicket'] as const;
const BOWLING_LOOK = 30;

/** The part of a bowling figure that starts at `position`, where the four parts follow "figures (of)". */
function bowlingFigurePart(text: string, position: number): { value: number; end: number; counted: string } | null {
  // Every part touches a hyphen: a cheap test before the look for "figures".
  let dash = codeAt(text, position - 1) === 45;
  for (let at = position + 1; !dash && at <= position + 4; at += 1) dash = codeAt(text, at) === 45;
  if (!dash) return null;
  const lookFrom = Math.max(0, position - BOWLING_LOOK);
  const found = text.slice(lookFrom, position).toLowerCase().lastIndexOf('figures');
  if (found < 0) return null;
  const from = lookFrom + found;
  BOWLING_FIGURES.lastIndex = from;
  const figures = BOWLING_FIGURES.exec(text);
  // A bowler's maidens are among the overs, and ten wickets fall at most.
  if (!figures || Number(figures[2]) > Number(figures[1]) || Number(figures[4]) > 10) return null;
  let at = BOWLING_FIGURES.lastIndex - figures[0].length + figures[0].search(/\d/);
  for (let part = 1; part <= 4; part += 1) {
    const digits = figures[part]!;
    if (at === position) return { value: Number(digits), end: at + digits.length, counted: BOWLING_PARTS[part - 1]! };
    at += digits.length + 1;
  }
  return null;
}

/** "Liverpool 67 pts, Arsenal [64]": a name in a list whose first item counts a plural noun, as a table of standings writes it. */
const LISTED_SIDE_BEFORE =
  /\b[A-Z][A-Za-z'\u2019.]*(?:[ \u00a0][A-Z][A-Za-z'\u2019.]*){0,2}[ \u00a0]\d{1,3}[ \u00a0](?:pts|[a-z]{3,}s),(?:[ \u00a0][A-Z][A-Za-z'\u2019.]*(?:[ \u00a0][A-Z][A-Za-z'\u2019.]*){0,2}[ \u00a0]\d{1,3},)*[ \u00a0][A-Z][A-Za-z'\u2019.]*(?:[ \u00a0][A-Z][A-Za-z'\u2019.]*){0,2}[ \u00a0]$/;
/** A maker or name, a model's number and its suffixes, then the lower-case noun counted ("Boeing 737 Max aircraft", "iPhone 5 handsets", "Formula 1 titles"). */
const MODEL_COUNT_AFTER =
  /^[ \u00a0]i?[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+)?[ \u00a0][A-Z]?\d{1,4}[a-z]{0,3}(?:[ \u00a0](?:Max|MAX|neo|Dreamliner|XWB|\d{1,2}))*[ \u00a0]([a-z]+)\b(?![-'\u2019])/;
/** A space, a number hyphened to lower-case words ("12-year-old", "500-pound"), then a space. */
const HYPHENED_MEASURE_AFTER = /^[ \u00a0]\d+(?:\.\d+)?(?:-[a-z]+)+[ \u00a0]/;
/** Nouns whose plural is the singular, counted after a model ("12 Boeing 737 Max aircraft"). */
const IRREGULAR_COUNT_NOUNS = new Set(['aircraft', 'spacecraft', 'hovercraft']);
/** "8-4 system", "4-4-2 formation", "2-3 zone": the noun of a scheme named by its numbers. */
const SCHEME_AFTER = /^(?:-\d{1,2})*[ \u00a0](?:system|formation|zone|scheme|lineup|line-up)\b/;
const STREET_WORD_AFTER = /^[ \u00a0](?:Road|Rd|Street|St|Avenue|Ave|Drive|Lane|Boulevard|Blvd|Highway|Hwy)\b/;
const MUSICAL_KEY_AFTER = /^[ \u00a0-](?:minor|major|sharp|flat)\b/i;

/** '"Eight"': the word between an opening and a closing quotation mark. */
function quotedAlone(text: string, start: number, end: number): boolean {
  const opening = codeAt(text, start - 1);
  const closing = codeAt(text, end);
  return (opening === 34 && closing === 34) || (opening === 0x201c && closing === 0x201d);
}

/** A hyphen left hanging before "and"/"or" and the next number ("one- and two-year"). */
const HUNG_HYPHEN = /-[ \u00a0]+(?:and|or)[ \u00a0]+/y;

/** The measure written after the number that follows a hanging hyphen ("one- and [two-year]"); none for counted nouns. */
function hungUnit(text: string, end: number): ReturnType<typeof readUnitAfter> {
  HUNG_HYPHEN.lastIndex = end;
  if (!HUNG_HYPHEN.test(text)) return null;
  const next = readNumberAt(text, HUNG_HYPHEN.lastIndex, false);
  if (!next || 'skip' in next || codeAt(text, next.end) !== 45) return null;
  const reading = readUnitAfter(text, next.end);
  return reading && reading.dimension !== 'percent' && reading.dimension !== 'multiplier' ? reading : null;
}

/** The noun a hyphened number and its word describe: "a four-door [car]", "a five-year [award]", "a 17-year [Energy] employee". */
const NOUN_AFTER_MODIFIER = /[ \u00a0]([A-Za-z][A-Za-z'\u2019]*)/y;
/**
 * "a 100-foot-long sauropod", "a 30-millimetre-wide crater", "a 10-inch+ display": the adjective or bound a measure is
 * hyphened on to before its noun.
 */
const DIMENSION_ADJECTIVE_AFTER = /(?:-(?:long|wide|high|tall|deep|thick|plus)|\+)(?![A-Za-z-])/y;
/** What a number hyphened into a modifier is read as an attribute in: counts, spans of time and measures; not money or shares. */
const HYPHENED_ATTRIBUTE_DIMENSIONS: ReadonlySet<string> = new Set([
  'count',
  'time',
  'length',
  'area',
  'volume',
  'mass',
  'energy',
  'power',
  'data',
  'speed',
  'pressure',
  'frequency',
]);
/**
 * Events and activities measured by the span or measure hyphened before them ("the 30-minute meeting", "a 23-mile chase"):
 * the text states how long or how far the event went, a quantity of the event, not a kind of noun.
 */
const TIMED_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'meeting',
  'discussion',
  'talk',
  'conversation',
  'call',
  'session',
  'summit',
  'conference',
  'debate',
  'hearing',
  'interview',
  'speech',
  'address',
  'lecture',
  'seminar',
  'workshop',
  'class',
  'course',
  'briefing',
  'negotiation',
  'trial',
  'operation',
  'surgery',
  'procedure',
  'treatment',
  'flight',
  'journey',
  'trip',
  'voyage',
  'drive',
  'ride',
  'walk',
  'hike',
  'run',
  'race',
  'march',
  'tour',
  'visit',
  'stay',
  'show',
  'concert',
  'performance',
  'film',
  'movie',
  'game',
  'match',
  'spacewalk',
  'strike',
  'walkout',
  'shutdown',
  'lockdown',
  'blackout',
  'outage',
  'delay',
  'wait',
  'break',
  'pause',
  'halt',
  'hiatus',
  'ceasefire',
  'truce',
  'siege',
  'standoff',
  'battle',
  'war',
  'fight',
  'campaign',
  'exercise',
  'mission',
  'inspection',
  'investigation',
  'search',
  'hunt',
  'chase',
  'vigil',
  'protest',
  'rally',
  'festival',
  'event',
  'ceremony',
  'celebration',
  'party',
  'retreat',
  'shift',
  'transit',
  'crossing',
  'commute',
  'layover',
  'drill',
  'test',
  'heatwave',
  'storm',
  'drought',
  'recession',
  'standstill',
  'sleep',
  'nap',
  'workout',
]);

/**
 * "a four-door car", "a five-year award", "a 38-ton load", "15-inch wheels": a number hyphened to a counted noun, a time
 * unit or a measure, before another noun, is an attribute of that noun (issue 10, CQE's reading), no quantity; a span
 * or a measure before an event ("the 30-minute meeting", "a 23-mile chase") stays the event's length; a count ("a
 * 60-city tour") names the kind of event, as "a four-door car" names a kind of car. `wordEnd` is where the hyphened word ends (after
 * the next number's for a hanging hyphen: "one- and two-year road maps").
 */
function hyphenedAttribute(text: string, numberEnd: number, wordEnd: number, dimension: string, hanging: boolean): boolean {
  if (!HYPHENED_ATTRIBUTE_DIMENSIONS.has(dimension)) return false;
  if (codeAt(text, numberEnd) !== 45) return false;
  if (!hanging) {
    // A unit written in two words is hyphened through ("a 3,000-square-foot house").
    const twoWordUnit = dimension === 'area' || dimension === 'volume';
    for (let index = numberEnd + 1; index < wordEnd; index += 1)
      if (!isLetter(codeAt(text, index)) && !(twoWordUnit && codeAt(text, index) === 45)) return false;
    if (wordEnd === numberEnd + 1) return false;
  }
  DIMENSION_ADJECTIVE_AFTER.lastIndex = wordEnd;
  NOUN_AFTER_MODIFIER.lastIndex =
    dimension !== 'count' && DIMENSION_ADJECTIVE_AFTER.test(text) ? DIMENSION_ADJECTIVE_AFTER.lastIndex : wordEnd;
  const noun = NOUN_AFTER_MODIFIER.exec(text)?.[1];
  // "a 25-year old man" is an age; "two-year and" or "five-year, $100 million" leave the noun unsaid.
  if (noun === undefined || isFunctionWord(noun)) return false;
  const lower = lowerCase(noun);
  return lower !== 'old' && (dimension === 'count' || !TIMED_EVENT_NOUNS.has(singularize(lower)));
}

/** A side's name: one to three capitalized words ("Man City", "Real Madrid", "St. Johnstone"). */
const SIDE_NAME = String.raw`[A-Z][A-Za-z'\u2019.&]*(?:[ \u00a0][A-Z][A-Za-z'\u2019.&]*){0,2}`;
/** Where a result line's second score stops: a separator, a dash set off by spaces, or the line's end. */
const RESULT_END = String.raw`(?=[;:,.]|[ \u00a0]+[\u2014\u2013-][ \u00a0]|[ \u00a0]*(?:\n|$))`;
/** A result line's score follows the start of its line or a separator ("Results: ", "; "), then a side's name. */
const RESULT_OPENING = String.raw`(?:^|[\n;:,.][ \u00a0]?)`;
/** Before the first score of "Arsenal 3 Chelsea 1:", and after it: the other side and its score. */
const RESULT_FIRST_SCORE_BEFORE = new RegExp(String.raw`${RESULT_OPENING}${SIDE_NAME}[ \u00a0]$`);
const RESULT_FIRST_SCORE_AFTER = new RegExp(String.raw`^[ \u00a0]${SIDE_NAME}[ \u00a0]\d{1,2}${RESULT_END}`);
/** Before the second score: a side, its score and the other side; after it, the end of the result. */
const RESULT_SECOND_SCORE_BEFORE = new RegExp(String.raw`${RESULT_OPENING}${SIDE_NAME}[ \u00a0]\d{1,2}[ \u00a0]${SIDE_NAME}[ \u00a0]$`);
const RESULT_SECOND_SCORE_AFTER = new RegExp(`^${RESULT_END}`);
const RESULT_LOOK = 60;

/** "Arsenal 3 Chelsea 1", "Results: Leeds 2 Sunderland 2; Burnley 0 Norwich 1": a score of a result line, after a side's name. */
function inResultLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const from = Math.max(lineStart, start - RESULT_LOOK);
  // A look-behind cut inside the line must not read as the line's start.
  const before = (from === lineStart ? '' : '\u0000') + text.slice(from, start);
  const after = text.slice(end, end + RESULT_LOOK);
  return (
    (RESULT_FIRST_SCORE_BEFORE.test(before) && RESULT_FIRST_SCORE_AFTER.test(after)) ||
    (RESULT_SECOND_SCORE_BEFORE.test(before) && RESULT_SECOND_SCORE_AFTER.test(after))
  );
}

function tallySide(start: number, end: number, value: number, wordBeforeNumber: string, bound: Bound): Mention {
  return wholeMention(start, end, value, 'count', 'count', null, wordBeforeNumber, bound, true);
}

/** A race time: "3:49.04" (minutes, seconds and hundredths), or "ran 2:00:35": in seconds. */
const RACE_TIME = /(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(\.\d{1,3})?(?![\d:])/y;
const RACE_TIME_WORDS = new Set(['in', 'ran', 'clocked', 'timed', 'time', 'record', 'finished', 'won', 'of', 'winning', 'run']);

function readRaceTime(text: string, position: number): Mention | null {
  RACE_TIME.lastIndex = position;
  const match = RACE_TIME.exec(text);
  if (!match || (match[3] === undefined) === (match[4] === undefined)) return null;
  const before = wordBefore(text, position);
  if (match[4] === undefined && !RACE_TIME_WORDS.has(before.word)) return null;
  const [first, second, third] = [Number(match[1]), Number(match[2]), match[3] === undefined ? null : Number(match[3])];
  const seconds = third === null ? first * 60 + second + Number(match[4]) : first * 3600 + second * 60 + third + Number(match[4] ?? 0);
  return wholeMention(position, RACE_TIME.lastIndex, Math.round(seconds * 1000) / 1000, 'second', 'time', null, before.word, '=', false);
}

const PEOPLE_OF_AFTER = /^(?:[ \u00a0]of)?[ \u00a0]([A-Z][a-z]+ese|Swiss|French|British|Dutch|Irish|Welsh|English)\b/;
/** A dash set off by spaces, as after a wire dateline ("HAVANA, April 3 -- "). */
const DASH_BEFORE = /(?:--|[\u2014\u2013])[ \u00a0]+$/;
/** "60,000 Communist North Vietnamese", "5,000 Chinese": a count of a people whose demonym has no plural in -s. */
const PEOPLE_AFTER_COUNT =
  /^[ \u00a0](?:[A-Z][a-z]+[ \u00a0])??((?:(?:North|South|East|West)[ \u00a0])?(?:[A-Z][a-z]+ese|Swiss|French|British|Dutch|Irish|Welsh|English))\b(?![-'\u2019]|[ \u00a0]+[A-Z])/;
const POSSESSIVE_PRONOUNS = new Set(['my', 'his', 'her', 'our', 'their', 'your']);
const OR_BOUND_AFTER = /[ \u00a0]or[ \u00a0](more|so|fewer|less)(?=[ \u00a0])/y;
const DECADE_APOSTROPHE_S = /^['\u2019]s\b/;
const FOOT_BEFORE_INCHES = /\d-(?:foot|feet)-$/;
/** The bare word "marks" after an amount, not "deutsche marks". */
const BARE_MARKS = /^[ \u00a0]marks$/i;
/** Golf: "a four-under 67", "20 under par": strokes against par, under as negative. */
const AGAINST_PAR = /(?:-(under|over)(?:-par)?|[ \u00a0](under|over)[ \u00a0]par)\b/y;

/** The second side of a score line, right after "3-": the number alone, or with the noun both sides count ("51-47 votes"). */
function readTallySecond(text: string, position: number): Mention | Skip {
  DIGIT_SIDE.lastIndex = position;
  const digits = DIGIT_SIDE.exec(text);
  if (!digits) return { skip: true, end: position + 1 };
  const end = position + digits[0].length;
  const side = tallySide(position, end, Number(digits[0]), '', '=');
  const noun = readCountedNoun(text, end, side.value);
  // "51-47 votes" counts votes; "a 1-1 draw" names the match.
  if (noun && looksPlural(noun.phrase.slice(noun.phrase.lastIndexOf(' ') + 1))) {
    side.counted = noun.counted;
    side.countedPhrase = noun.phrase;
    side.end = noun.end;
  }
  return side;
}

const DIGIT_SIDE = /\d+/y;
/** "five tries to ", "nine votes to ": a count of a plural noun, then "to". */
const COUNT_TO_BEFORE = /\b(?:\d[\d,.]*|[a-z]+)[ \u00a0]+[a-z]{2,}s[ \u00a0]+to[ \u00a0]+$/i;
/** "12 consecutive months", "three straight years", "two more years", "20 business days": an adjective between a number and its unit. */
const UNIT_ADJECTIVE =
  /(?:[ \u00a0](?:consecutive|straight|successive|full|whole|solid|more|additional|extra|further|business|working|trading|calendar|fiscal|financial)(?=[ \u00a0])){1,2}/y;

/** "12 long years", "two non-emergency days": any one adjective before a span of time; not a superlative ("the 12 hottest years" counts years). */
const ADJECTIVE_BEFORE_SPAN = /[ \u00a0]([a-z]+(?:-[a-z]+)?)(?=[ \u00a0](years|months|weeks|days|hours|minutes|decades)\b)/y;

/** "132 city-owned acres", "300 snow-covered miles": a hyphened adjective before a unit named in full. */
const HYPHENED_ADJECTIVE = /[ \u00a0][a-z]+-[a-z]+(?=[ \u00a0][a-z]{4,}\b)/y;

function unitAfterAdjective(text: string, end: number): ReturnType<typeof readUnitAfter> {
  UNIT_ADJECTIVE.lastIndex = end;
  if (UNIT_ADJECTIVE.test(text)) return readUnitAfter(text, UNIT_ADJECTIVE.lastIndex);
  ADJECTIVE_BEFORE_SPAN.lastIndex = end;
  const [, adjective, span] = ADJECTIVE_BEFORE_SPAN.exec(text) ?? [];
  HYPHENED_ADJECTIVE.lastIndex = end;
  if (!adjective && HYPHENED_ADJECTIVE.test(text)) return readUnitAfter(text, HYPHENED_ADJECTIVE.lastIndex);
  if (
    !adjective ||
    isFunctionWord(adjective) ||
    looksPlural(adjective) ||
    adjective.endsWith('est') ||
    // "12 semester hours": a two-word noun, not a span with an adjective.
    TWO_WORD_NOUNS.has(`${adjective} ${singularize(span!)}`) ||
    readUnitAfter(text, end) !== null
  )
    return null;
  return readUnitAfter(text, ADJECTIVE_BEFORE_SPAN.lastIndex);
}

/** "one-way", "one-off", "one-on-one meetings", "a two-for-one deal": words made with a number that count nothing. */
const FIXED_COMPOUNDS = new Set([
  'way',
  'off',
  'sided',
  'stop',
  'part',
  'piece',
  'dimensional',
  'on-one',
  'for-one',
  'of-a-kind',
  'in-a-million',
  'and-done',
  'size-fits-all',
]);
/** "(7203.T)", "(0700.HK)": a stock's exchange code, not a quantity. */
const RIC_SUFFIX = /\.[A-Z]{1,2}\)/y;
/** The periods a frequency is counted in ("three times a week"). */
/** The periods, shortest first. */
const PERIOD_ORDER = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];
const PERIODS = new Set(PERIOD_ORDER);
/** The inches after a number of feet: " 2 in", " and 2 inches", "2in". */
const FEET_INCHES = /[ \u00a0]?(?:and[ \u00a0])?(\d{1,2}(?:\.\d+)?)[ \u00a0]?(?:inches|inch|ins?)\b/y;
/** "35m of its devices": a million of a plural noun. */
/** "the 100m final", "three 100m races", "a 400m hurdles title": a distance run or swum, before the event's noun. */
const RACE_AFTER =
  / (?:freestyle |individual |men's |women's )?(?:races?|sprints?|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|relays?|dash|finals?|heats?|semi-finals?|semifinals?|steeplechase)\b/iy;

function raceAfter(text: string, end: number): boolean {
  RACE_AFTER.lastIndex = end;
  return RACE_AFTER.test(text);
}
const PLURAL_OF_AFTER = /^[ \u00a0]of[ \u00a0](?:(?:its|the|their|his|her|our|these|those)[ \u00a0])?[a-z]+s\b/;
/** "the 40C heat", "a 1.5C limit": a temperature before the noun it qualifies. */
const TEMPERATURE_NOUN_AFTER =
  /^[ \u00a0](?:heat\w*|highs?|lows?|temperatures?|limit|threshold|target|day|weather|mark|warming|rise|increase)\b/i;
/** A filing after a glued letter makes the number and letter a form's name: "in 13F filings", "must 13F be filed". */
const FILING_AFTER = /^[ \u00a0](?:filings?|filers?|(?:be|is|was|were|are|been)[ \u00a0]filed)\b/i;
/** Words before a number that make it a label: "The 13F filing", "a Boeing 777F". */
const LABEL_WORDS_BEFORE = new Set(['the', 'a', 'an']);

function labelBefore(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  return LABEL_WORDS_BEFORE.has(before.word) || (isUpperCode(codeAt(text, before.start)) && !startsSentence(text, before.start));
}

/** "a 7.5 aftershock": an earthquake's magnitude. */
const QUAKE_AFTER = /[ \u00a0](?:earthquake|quake|aftershock|tremor)s?\b/iy;
/** A bare number of people by what befell them: "712 dead", "33 million affected", "the 16 murdered". */
const CASUALTY_AFTER =
  /[ \u00a0](?:dead|died|die|killed|injured|wounded|hurt|missing|displaced|evacuated|affected|homeless|hospitali[sz]ed|arrested|detained|rescued|murdered|slain|kidnapped|abducted)\b/y;
/** Tennis sets: "3-6 3-6 6-4" is a run of game scores, so "3-6" is no range either. */
const SET_SCORE_AFTER = /[ \u00a0,;]+\d{1,2}-\d{1,2}\b/y;
const SET_SCORE_BEFORE = /\b\d{1,2}-\d{1,2}[ \u00a0,;]+$/;

function inSetScores(text: string, start: number, end: number): boolean {
  SET_SCORE_AFTER.lastIndex = end;
  return SET_SCORE_AFTER.test(text) || SET_SCORE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/** A currency written before: a sign before digits ("$16 trillion") or a currency's name ("dollars"). */
const MONEY_WRITTEN = /[$\u20ac\u00a3\u00a5][ \u00a0]?\d|\b(?:dollars?|dlrs|euros?|pounds|yen)\b/gi;
/** How far back a bare "billions" looks for the currency it is in: a few paragraphs. */
const MONEY_LOOK_BACK = 3000;

/** "the billions in taxpayer dollars": the currency named a few words on. */
const MONEY_NAMED_AFTER = /^[ \u00a0](?:in|of)[ \u00a0](?:[a-z]+[ \u00a0])?(dollars|euros|pounds|yen)\b/;

function currencyNamedAfter(text: string, end: number): { unit: string; currencyByCountry: CurrencyByCountry | null } | null {
  const name = MONEY_NAMED_AFTER.exec(text.slice(end, end + 32))?.[1];
  return name ? currencyNamed(name) : null;
}

function currencyWrittenBefore(text: string, position: number): { unit: string; currencyByCountry: CurrencyByCountry | null } | null {
  const from = Math.max(0, position - MONEY_LOOK_BACK);
  const window = text.slice(from, position);
  let last: RegExpExecArray | null = null;
  MONEY_WRITTEN.lastIndex = 0;
  for (let match = MONEY_WRITTEN.exec(window); match; match = MONEY_WRITTEN.exec(window)) last = match;
  if (!last) return null;
  if (isLetter(codeAt(last[0], 0))) return currencyNamed(last[0]);
  const sign = readCurrencyBefore(text, from + last.index + last[0].length - 1);
  return sign ? { unit: sign.unit, currencyByCountry: null } : null;
}

/** "the '49 team", "the '52 Cards", "Bush in ’91": two digits after an apostrophe are a year, unless a plural noun follows. */
const TWO_DIGITS = /\d\d(?![\d.,]\d|\d)/y;
const LOWER_WORD_AFTER = /^[ \u00a0]+([a-z]+)\b/;

function abbreviatedYear(text: string, position: number): boolean {
  const mark = codeAt(text, position - 1);
  if ((mark !== 39 && mark !== 0x2019) || (position >= 2 && !/\s/.test(text.charAt(position - 2)))) return false;
  TWO_DIGITS.lastIndex = position;
  if (!TWO_DIGITS.test(text) || isLetter(codeAt(text, position + 2)) || readUnitAfter(text, position + 2) !== null) return false;
  const next = LOWER_WORD_AFTER.exec(text.slice(position + 2, position + 24))?.[1];
  return next === undefined || !looksPlural(next);
}

const DOLLARS_BY_COUNTRY = new Map([
  ['Australian', 'AUD'],
  ['Canadian', 'CAD'],
  ['Singapore', 'SGD'],
  ['Hong Kong', 'HKD'],
  ['New Zealand', 'NZD'],
]);
const DOLLAR_COUNTRY_AFTER = new RegExp(`^[ \\u00a0](${[...DOLLARS_BY_COUNTRY.keys()].join('|')})(?:[ \\u00a0]dollars?)?\\b`);
const RATIO_TO_ONE_AFTER = /^(?:-to-|[ \u00a0]to[ \u00a0])(?:1|one)\b(?![.,]?\d)/i;
const RATIO_WORDS = /\b(?:ratios?|leverage|odds)\b/i;
/** How far back a ratio's word is looked for, within its sentence ("the average leverage of ... reaching as high as 31 to 1"). */
const RATIO_LOOK_BACK = 300;

/**
 * Up to `reach` characters before `start`, from the last sentence end among them: a stop (with a closing quote or
 * bracket after it) or a paragraph break. A quotation ending a paragraph ends its sentence ("... corrected quickly."
 * then "from zero to 1 percent": the paragraph before spoke of leverage, whose "N to 1" is a ratio).
 */
function sentenceBefore(text: string, start: number, reach: number): string {
  let before = text.slice(Math.max(0, start - reach), start);
  const paragraph = before.lastIndexOf('\n\n');
  if (paragraph >= 0) before = before.slice(paragraph + 2);
  // A full stop after a lower-case word or a digit ends a sentence; "U.S." and "Mr." do not.
  const end = before.search(/[a-z0-9][.!?]["\u201d\u2019)]?[ \u00a0\n](?:[^.!?]|[A-Z]\.)*$/);
  return end < 0 ? before : before.slice(end + 2);
}
/** The text from `end` up to the end of its sentence (a full stop, "!" or "?" before a space or the end), at most `reach` long. */
function sentenceAfter(text: string, end: number, reach: number): string {
  const after = text.slice(end, end + reach);
  return after.slice(0, after.search(/[.!?](?:[ \u00a0\n]|$)/) >>> 0);
}
const ONE_WORD = /^one$/i;
/** Words before "one day" that make it a span: "for one day", "within one day". */
const SPAN_WORDS_BEFORE = new Set([
  'for',
  'in',
  'within',
  'after',
  'than',
  'about',
  'over',
  'only',
  'just',
  'least',
  'nearly',
  'almost',
  'by',
  'of',
  'per',
]);
const LIST_COMMA_BEFORE = /,[ \u00a0]*$/;
const DETERMINER_AFTER = /^[ \u00a0](?:the|our|their|its|his|her|these|those|your|my)(?=[ \u00a0])/;

/** What follows a team's or a pitcher's wins and losses: "a 9-6 record", "a 4-0 won-lost mark", "an 11-3 start". */
export const RECORD_AFTER = /^[ \u00a0]+(?:won-lost[ \u00a0]+|win-loss[ \u00a0]+)?(?:record|mark|start|beginning)\b/;
/** Words before a team's standing: "the Redbirds are 7-9", "stood at 7-6", "fell as low as 12-17". */
const STANDING_BEFORE = new Set(['were', 'are', 'at', 'as']);
const CLAUSE_END_AFTER = /^(?:[ \u00a0]+(?:on|in|by|this|last|after|before|since)\b|[,.;:)]|$)/;

/**
 * "a 1-3 mark", "the Redbirds are 7-9", "stood at 7-6 on May 1": a pair of whole numbers that is a standing of wins and
 * losses, whichever is larger.
 */
export function standingAfter(text: string, wordBeforeNumber: string, secondEnd: number): boolean {
  const after = text.slice(secondEnd, secondEnd + 24);
  return RECORD_AFTER.test(after) || (STANDING_BEFORE.has(wordBeforeNumber) && CLAUSE_END_AFTER.test(after));
}

/** "three decades" in years: to 12 significant digits, so that 0.64 is not 0.6400000000000001. */
function inCanonicalUnit(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}

/**
 * Reads the quantity mention that starts at a candidate position, or says how far to skip. `afterTally`: the
 * position follows the first side of a score line ("3-" of "3-1").
 */
const AND_AFTER_AMOUNT = /[ \u00a0]+(?:and[ \u00a0]+)?/y;

/** "... 50 cents", "... and forty-five cents" after a whole amount of a currency: the hundredths it adds. */
function centsAfter(text: string, end: number): { value: number; end: number } | null {
  AND_AFTER_AMOUNT.lastIndex = end;
  if (!AND_AFTER_AMOUNT.exec(text)) return null;
  const at = AND_AFTER_AMOUNT.lastIndex;
  const number = isDigitCode(codeAt(text, at)) ? readDigits(text, at, false) : readWords(text, at);
  if (!number || 'skip' in number || number.scaled || !Number.isInteger(number.value) || number.value < 1 || number.value > 99) return null;
  const unit = readUnitAfter(text, number.end);
  return unit?.dimension === 'currency' && unit.subunit !== null ? { value: number.value / 100, end: unit.end } : null;
}

const UNCERTAINTY_AFTER = /[ \u00a0]?(?:\u00b1|\+\/[-\u2212]|\+-)[ \u00a0]?\d+(?:,\d{3})*(?:\.\d+)?(?:e[-\u2212]?\d{1,3})?(?![\d.,]\d)/y;

/** A verb of being right before an opening bracket: "is (", "was (". */
const COPULA_BEFORE_BRACKET = /(?:^|[^A-Za-z])(?:is|was|are|were|be|been)[ \u00a0]$/i;

export function readMention(text: string, position: number, afterTally = false): Mention | Skip {
  const startsWithDigit = isDigitCode(codeAt(text, position));
  if (afterTally && startsWithDigit) return readTallySecond(text, position);
  const bowling = startsWithDigit ? bowlingFigurePart(text, position) : null;
  if (bowling) return wholeMention(position, bowling.end, bowling.value, 'count', 'count', bowling.counted, '', '=', false);
  // "Herbert Dürr" / "63" / "16.6%": a count in a statistics table printed one cell a line.
  const tableCell = startsWithDigit && (position === 0 || codeAt(text, position - 1) === 10) ? readTableCountCell(text, position) : null;
  if (tableCell) return wholeMention(position, tableCell.end, tableCell.value, 'count', 'count', tableCell.counted, '', '=', false);
  // "28,25,140Cases", "24,942 1490Cases": a widget's figure glued to its label, where the page lost the cell break.
  const gluedCell = startsWithDigit ? readGluedLabelCell(text, position) : null;
  if (gluedCell) return wholeMention(position, gluedCell.end, gluedCell.value, 'count', 'count', gluedCell.counted, '', '=', false);
  const raceTime =
    startsWithDigit && (codeAt(text, position + 1) === 58 || codeAt(text, position + 2) === 58) ? readRaceTime(text, position) : null;
  if (raceTime) return raceTime;
  const letterCurrency = startsWithDigit ? letterCurrencyBefore(text, position) : null;
  const currency = letterCurrency ?? (startsWithDigit ? readCurrencyBefore(text, position) : null);
  // "R5,000", "Sh200", "Rs500": a currency glued to its amount is no identifier; an all-capital code ("COP29") is a name.
  const currencyGlued =
    letterCurrency !== null ||
    (currency !== null && (hasLowerCase(text, currency.start, position) || codeBeforeAmount(text, currency.start, position)));
  if (startsWithDigit && inArithmetic(text, position)) return skipRun(text, position, ARITHMETIC_RUN);
  const offer = startsWithDigit && codeAt(text, position - 1) === 47 ? offerAfterBid(text, position) : null;
  if (offer) return wholeMention(position, offer.end, offer.value, 'count', 'count', null, '', '=', false);
  if (startsWithDigit && !currencyGlued && gluedToIdentifier(text, position)) return skipRun(text, position);
  if (startsWithDigit && codeAt(text, position - 1) === 46 && LINEAGE_CODE_BEFORE.test(text.slice(Math.max(0, position - 6), position)))
    return skipRun(text, position, DOTTED_DIGITS_RUN);
  if (startsWithDigit && abbreviatedYear(text, position)) return { skip: true, end: position + 2 };
  if (startsWithDigit && codeAt(text, position) === 48 && isDigitCode(codeAt(text, position + 1)))
    return skipRun(text, position, DIGIT_GROUPS_RUN);
  const streetOrPhone = startsWithDigit && currency === null ? streetOrPhoneEnd(text, position) : -1;
  if (streetOrPhone >= 0) return { skip: true, end: streetOrPhone };
  // "1. Zero rating is a thing", "4. 5G...close but not yet": the number of a list's point opening its line.
  if (startsWithDigit && (position === 0 || codeAt(text, position - 1) === 10)) {
    LIST_POINT.lastIndex = position;
    if (LIST_POINT.test(text)) return { skip: true, end: LIST_POINT.lastIndex };
  }
  // "our nation’s democracy [1].", "[2] Americans were given": a footnote's or a reference's marker.
  if (startsWithDigit && codeAt(text, position - 1) === 91) {
    const marker = REFERENCE_MARKER();
    marker.lastIndex = position;
    if (marker.test(text)) return { skip: true, end: marker.lastIndex };
  }
  if (startsWithDigit && codeAt(text, position - 1) === 40 && /[)\dA-Za-z]/.test(text.charAt(position - 2))) {
    SUBSECTION.lastIndex = position;
    if (SUBSECTION.test(text)) return { skip: true, end: SUBSECTION.lastIndex };
  }
  FINGERPRINT.lastIndex = position;
  const fingerprint = startsWithDigit ? FINGERPRINT.exec(text) : null;
  if (fingerprint && /[A-F]/.test(fingerprint[0])) return { skip: true, end: FINGERPRINT.lastIndex };
  if (startsWithDigit && codeAt(text, position + 3) === 45) {
    const jetlinerVariant = JETLINER_VARIANT();
    jetlinerVariant.lastIndex = position;
    if (jetlinerVariant.test(text)) return { skip: true, end: jetlinerVariant.lastIndex };
  }
  // "Even 4 is 4 too many 2/3" before "— Omar Abdullah (@abdullah_omar)": a tweet's place in its thread.
  if (startsWithDigit && codeAt(text, position - 1) === 32) {
    TWEET_THREAD_NUMBER.lastIndex = position;
    if (TWEET_THREAD_NUMBER.test(text)) return { skip: true, end: text.indexOf('/', position) + 2 };
  }
  const justBefore = codeAt(text, position - 1);
  if (startsWithDigit && (justBefore === 34 || justBefore === 58 || justBefore === 32) && jsonValueAt(text, position))
    return skipRun(text, position);
  const enumerator = startsWithDigit ? Math.max(enumeratorEnd(text, position), lineFurnitureEnd(text, position)) : -1;
  if (enumerator >= 0) return { skip: true, end: enumerator };
  const number = readNumberAt(text, position, currency !== null);
  if (!number) return { skip: true, end: position + 1 };
  if ('skip' in number) return number;
  if (currency === null && emergencyNumberAt(text, number)) return { skip: true, end: number.end };
  // "the number-one priority", "a number-two pick": a rank, as "number one in wind power" is.
  if (currency === null && !number.digits && RANK_NUMBER_BEFORE.test(text.slice(Math.max(0, position - 7), position)))
    return { skip: true, end: number.end };
  const title = quotedTitleEnd(text, position);
  if (title >= 0) return { skip: true, end: title };
  // "Most S&P 500 companies beat forecasts": the index's name, not a count of its members.
  if (currency === null && number.digits && !number.scaled && INDEX_OF_MEMBERS.test(text.slice(Math.max(0, position - 9), number.end)))
    return { skip: true, end: number.end };
  // "dates back to 5,316 BCE", "from around 500 BC", "in AD 79": a year of the calendar.
  if (
    currency === null &&
    (ERA_AFTER.test(text.slice(number.end, number.end + 8)) || ERA_BEFORE.test(text.slice(Math.max(0, position - 6), position)))
  )
    return { skip: true, end: number.end };
  if (currency === null && number.digits && !number.scaled && Number.isInteger(number.value)) {
    const name = CAPITALISED_NAME_AFTER.exec(text.slice(number.end, number.end + 24));
    if (name) return { skip: true, end: number.end + name[0].length };
    // "from 431 to 1649 CE", "between the years 431 and 1649": a span of years, not a count.
    const after = text.slice(number.end, number.end + 20);
    const span = SECOND_YEAR_WITH_ERA.exec(after);
    if (span) return { skip: true, end: number.end + span[0].length };
    if (THE_YEARS_BEFORE.test(text.slice(Math.max(0, position - 24), position)))
      return { skip: true, end: number.end + (SECOND_YEAR.exec(after)?.[0].length ?? 0) };
  }
  // "zero rating", "would be zero rated": a term made with zero, as "zero-emission" is.
  if (!number.digits && number.value === 0 && ZERO_TERM_AFTER.test(text.slice(number.end, number.end + 24)))
    return { skip: true, end: number.end };
  // "a six-figure settlement", "a 7-figure salary": how many digits a sum has, no count of figures.
  if (text.startsWith('-figure', number.end) && !isLetter(codeAt(text, number.end + 7))) return { skip: true, end: number.end + 7 };
  // "two sides of the same coin", "done this about a million times", "crank the volume up to 11": idioms.
  if ((!number.digits || number.value === 11) && inNumberIdiom(text, currency ? currency.start : number.start, number.end))
    return { skip: true, end: number.end };
  // "activist group Fight for $15", "the EU's Fit for 55 package": a campaign's name made with a number.
  if (!number.scaled && inCampaignName(text, currency ? currency.start : number.start, number.end)) return { skip: true, end: number.end };
  // "iPad 2", "watchOS 4 to 10 million users", "macOS 10.12": a version or a model of a product named in mixed case.
  if (number.digits && !number.scaled && currency === null && mixedCaseProductBefore(text, position))
    return { skip: true, end: number.end };
  // "At one point, Ailes threatened": a moment told of, not a point counted.
  if (!number.digits && number.value === 1 && AT_ONE_POINT.test(text.slice(Math.max(0, position - 4), number.end + 6)))
    return { skip: true, end: number.end };
  RIC_SUFFIX.lastIndex = number.end;
  if (codeAt(text, number.end) === 46 && RIC_SUFFIX.test(text)) return skipRun(text, position);
  let start = currency ? currency.start : number.start;
  let end = number.end;
  let value = number.value;
  let low: number | undefined = number.vague?.low;
  let high: number | undefined = number.vague?.high;
  let unit: string | null = currency?.unit ?? null;
  let dimension: Mention['dimension'] | null = currency ? 'currency' : null;
  let age = false;
  let currencyByCountry: CurrencyByCountry | null = null;
  let factor = 1;
  let subunit: string | null = null;
  const minus = codeAt(text, start - 1);
  // "hour--3 or 4 days": a double hyphen is a dash, not a minus.
  if ((minus === 45 || minus === 0x2212) && !isAlnum(codeAt(text, start - 2)) && codeAt(text, start - 2) !== 45) {
    value = -value;
    start -= 1;
  } else if (codeAt(text, start - 2) === 115) {
    const minusWord = wordBefore(text, start);
    // "plus or minus 2%" is a margin, not a negative number.
    if (minusWord.word === 'minus' && !/plus[ \u00a0]+or[ \u00a0]+$/i.test(text.slice(Math.max(0, minusWord.start - 9), minusWord.start))) {
      value = -value;
      start = minusWord.start;
    }
  }

  // "The annual revenue is ($99.99).": an accountant's negative, only right after a verb of being; elsewhere an
  // amount in brackets is a conversion or a gloss ("£5 ($6.50)", "the fund ($5bn)") and stays positive.
  if (
    currency &&
    codeAt(text, start - 1) === 40 &&
    codeAt(text, end) === 41 &&
    COPULA_BEFORE_BRACKET.test(text.slice(Math.max(0, start - 8), start - 1))
  )
    value = -value;

  // "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km/s2": a measurement's uncertainty stands between it and its unit.
  UNCERTAINTY_AFTER.lastIndex = end;
  if (UNCERTAINTY_AFTER.test(text)) end = UNCERTAINTY_AFTER.lastIndex;
  // "30+ years", "a 120,000+ Year Old Neandertal", "its 12,000-plus employees": a plus glued to the number ("at
  // least") stands before its unit. A capital after it only as a unit ("Year Old"), not a name ("Smith 5+ Jones 3").
  const plusLength = end !== number.end ? 0 : codeAt(text, end) === 43 ? 1 : PLUS_WORD_AFTER.test(text.slice(end, end + 6)) ? 5 : 0;
  const plusAfter =
    plusLength > 0 &&
    codeAt(text, end + plusLength) === 32 &&
    isLetter(codeAt(text, end + plusLength + 1)) &&
    (!isUpperCode(codeAt(text, end + plusLength + 1)) || readUnitAfter(text, end + plusLength) !== null);
  if (plusAfter) end += plusLength;

  const afterNumber = codeAt(text, end + 1);
  AGAINST_PAR.lastIndex = end;
  const par = (afterNumber === 117 || afterNumber === 111) && !currency && Number.isInteger(value) && AGAINST_PAR.exec(text);
  if (par) {
    // "a 10-under 62", "five under par": strokes against par as the text states them, unsigned (a sign written, "-12", stays).
    return wholeMention(start, AGAINST_PAR.lastIndex, value, 'count', 'count', 'stroke', wordBefore(text, start).word, '=', false);
  }
  const nextCode = codeAt(text, end) === 32 || codeAt(text, end) === 45 ? codeAt(text, end + 1) : codeAt(text, end);
  const timeOfDay = CLOCK_SUFFIX_STARTS.has(nextCode) && !currency ? TIME_OF_DAY_AFTER.exec(text.slice(end, end + 12)) : null;
  // "1400 hrs" is a clock time; "3 hrs" a duration.
  if (timeOfDay && (!timeOfDay[0].endsWith('hrs') || number.end - number.start === 4)) return { skip: true, end: end + 1 };
  if (nextCode === 40 && LETTER_IN_BRACKETS_AFTER.test(text.slice(end, end + 4))) return { skip: true, end: end + 1 };
  if (nextCode >= 77 && nextCode <= 88 && !currency && MODEL_SUFFIX_AFTER.test(text.slice(end, end + 8))) return skipRun(text, position);
  // "60 or more miles", "130 or so engineers": a bound written between the number and its unit or noun.
  let boundAfter: Bound | null = plusAfter ? '>=' : null;
  if (!currency && codeAt(text, end) === 32) {
    OR_BOUND_AFTER.lastIndex = end;
    const written = OR_BOUND_AFTER.exec(text);
    const from = OR_BOUND_AFTER.lastIndex;
    if (written && (readUnitAfter(text, from) !== null || readCountedNoun(text, from, value) !== null)) {
      boundAfter = written[1] === 'more' ? '>=' : written[1] === 'so' ? '~' : '<=';
      end = from;
    }
  }
  if (!currency) {
    // "the 2026 fiscal year" is a year, not a span.
    const written = readUnitAfter(text, end) ?? (number.yearLike ? null : unitAfterAdjective(text, end));
    // "PA 23456 F Block": a temperature letter set off by a space is none in the thousands ("1,500C" is one).
    const bareLetterTemperature =
      written?.dimension === 'temperature' &&
      written.end - end === 2 &&
      codeAt(text, end) === 32 &&
      isUpperCode(codeAt(text, written.end - 1)) &&
      Math.abs(value) >= 1000;
    const unitReading = bareLetterTemperature ? null : written;
    const currencyAfter = unitReading ? null : readCurrencyAfter(text, end);
    const unitStart = codeAt(text, end) === 32 ? end + 1 : end;
    // "14 Mile Road", "30 Year Fixed": a unit in capitals may be a word of a name or a label.
    const capitalizedUnit = unitReading !== null && isUpperCode(codeAt(text, unitStart));
    // "The 13F filing", "a Boeing 777F", "in 13F filings": a letter glued to a label's or a form's number is part of the name, not Fahrenheit.
    if (
      unitReading?.dimension === 'temperature' &&
      unitReading.end === end + 1 &&
      isUpperCode(codeAt(text, end)) &&
      Number.isInteger(value) &&
      value > 0 &&
      ((labelBefore(text, start) && !TEMPERATURE_NOUN_AFTER.test(text.slice(unitReading.end, unitReading.end + 16))) ||
        FILING_AFTER.test(text.slice(unitReading.end, unitReading.end + 12)))
    ) {
      return skipRun(text, position);
    }
    // "14 Mile Road", "Eight Mile Road": a capitalized unit before a street word names the road.
    if (capitalizedUnit && STREET_WORD_AFTER.test(text.slice(unitReading.end, unitReading.end + 12)))
      return { skip: true, end: unitReading.end };
    // "12 Years a Slave", "on 60 Minutes last week": a capitalized time unit in a sentence-case sentence names a title.
    if (unitReading?.dimension === 'time' && Number.isInteger(value) && capitalizedUnitNamesTitle(text, start, unitStart, unitReading.end))
      return { skip: true, end: unitReading.end };
    // "30 Year Fixed" over "3.98%": a widget's row label.
    if (capitalizedUnit && labelsFigureBelow(text, start)) return { skip: true, end: unitReading.end };
    // "The 32 C Minor Variations": a letter before "minor", "major", "sharp" or "flat" is a musical key, not Celsius.
    if (unitReading?.dimension === 'temperature' && MUSICAL_KEY_AFTER.test(text.slice(unitReading.end, unitReading.end + 8)))
      return { skip: true, end: unitReading.end };
    if (currencyAfter) {
      // "10 €", "100元": a currency sign after the amount, as much of Europe and Asia writes it.
      unit = currencyAfter.unit;
      dimension = 'currency';
      end = currencyAfter.end;
    } else if (unitReading) {
      unit = unitReading.unit;
      dimension = unitReading.dimension;
      age = unitReading.age;
      currencyByCountry = unitReading.currencyByCountry;
      factor = unitReading.factor;
      subunit = unitReading.subunit;
      end = unitReading.end;
      // "45 marks" may be a score out of 50; "1.8250 marks" and "45.6 mln marks" are money.
      if (unit === 'currency:DEM' && !number.scaled && Number.isInteger(value) && BARE_MARKS.test(text.slice(number.end, end))) {
        unit = null;
        dimension = null;
        end = number.end;
      }
    } else if (codeAt(text, end) === 112 && !isAlnum(codeAt(text, end + 1)) && number.digits && !VIDEO_LINES.has(value)) {
      // "412p", "155.4p a litre": pence.
      unit = 'currency:GBP';
      dimension = 'currency';
      subunit = 'penny';
      end += 1;
    } else if (isLetter(codeAt(text, end))) {
      return skipRun(text, position);
    } else if (number.digits && value % 10 === 0 && DECADE_APOSTROPHE_S.test(text.slice(end, end + 3))) {
      // "the mid-30's", "the 1980's": a decade or an age bracket, written the older way.
      return { skip: true, end: end + 2 };
    } else if (codeAt(text, end) === 45 && isUpperCode(codeAt(text, end + 1))) {
      // "UPDATE 2-Tesla delivers": a wire headline's update number.
      return skipRun(text, position);
    } else if (number.scaled && /^[ \u00a0]won\b/.test(text.slice(end, end + 5))) {
      unit = 'currency:KRW';
      dimension = 'currency';
      end += 4;
    }
    if (unit === 'lb' && number.scaled) unit = 'currency:GBP';
    if (dimension === 'currency' && subunit === null && !number.scaled && Number.isInteger(value)) {
      const cents = centsAfter(text, end);
      // "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount in the currency.
      if (cents) {
        value += value < 0 ? -cents.value : cents.value;
        end = cents.end;
      }
    }
    if (unit === 'foot') {
      FEET_INCHES.lastIndex = end;
      const inches = FEET_INCHES.exec(text);
      // "5 ft 2 in", "6 feet 4 inches": a height in feet.
      if (inches && Number(inches[1]) < 12) {
        value = Number((value + Number(inches[1]) / 12).toPrecision(12));
        end = FEET_INCHES.lastIndex;
      }
    }
    if (unit === 'm' && isLetter(codeAt(text, number.end)) && !raceAfter(text, end)) {
      // "1.2m tonnes", "2.7m sales", "35m of its devices": a glued "m" before a unit or a noun is a million.
      const measure = readUnitAfter(text, end);
      if (measure && measure.dimension !== 'percent' && measure.dimension !== 'multiplier' && codeAt(text, end) === 32) {
        value *= 1e6;
        unit = measure.unit;
        dimension = measure.dimension;
        factor = measure.factor;
        subunit = measure.subunit;
        end = measure.end;
      } else if (readCountedNoun(text, end, 2) || PLURAL_OF_AFTER.test(text.slice(end, end + 40))) {
        value *= 1e6;
        unit = null;
        dimension = null;
      }
    }
  }
  if (unit === 'currency:USD' && currency !== null) {
    // "$100 Australian": the dollar of the country named after the amount.
    const country = DOLLAR_COUNTRY_AFTER.exec(text.slice(end, end + 32));
    if (country) {
      unit = `currency:${DOLLARS_BY_COUNTRY.get(country[1]!)!}`;
      end += country[0].length;
    }
  }
  if (dimension === 'time') {
    // "a year and a half", "two hours and a half".
    AND_A_HALF.lastIndex = end;
    if (AND_A_HALF.test(text)) {
      value += 0.5;
      end = AND_A_HALF.lastIndex;
    }
  }
  if (number.digits && unit === null) {
    const inN = readOneInN(text, end, value);
    if (inN) {
      value = inN.value;
      end = inN.end;
      unit = 'fraction';
      dimension = 'fraction';
    }
  }
  if (number.fraction && unit === null) {
    // "half a percentage point", "a quarter of a percentage point": a share of one unit.
    const article = FRACTION_OF_A_UNIT.exec(text.slice(end, end + 8));
    const fractionUnit =
      article && (number.value === 0.5 || article[0].includes('of')) ? readUnitAfter(text, end + article[0].length) : null;
    if (fractionUnit) {
      unit = fractionUnit.unit;
      dimension = fractionUnit.dimension;
      factor = fractionUnit.factor;
      subunit = fractionUnit.subunit;
      end = fractionUnit.end;
    }
  }
  if (number.fraction && unit === null) {
    unit = 'fraction';
    dimension = 'fraction';
  }
  const before = wordBefore(text, start);
  // "offer his two cents": an opinion, not money.
  if (subunit === 'cent' && value === 2 && !number.digits && POSSESSIVE_PRONOUNS.has(before.word)) return { skip: true, end };
  // "a rate of 2.8 per 100,000": the rate's denominator, not a quantity of its own.
  if (before.word === 'per' && unit === null && number.digits && value >= 100 && Number.isInteger(Math.log10(value)))
    return { skip: true, end };
  if (!number.digits && value === 0 && before.word === 'net') return { skip: true, end };
  // "The lesson learned was two-fold:", "the reasons are threefold.": the parts a thing has, not a multiplier.
  if (dimension === 'multiplier' && COPULAS.has(before.word) && PARTS_FOLD_AFTER.test(text.slice(number.end, end + 6)))
    return { skip: true, end };
  const wordsBefore = new WordsBefore(text, before);
  const lookBehind = text.slice(Math.max(0, start - 40), start);
  if (unit === null && before.word === 'mach') {
    unit = 'mach';
    dimension = 'speed';
    start = before.start;
  }
  // "the 6-foot-10 center": the inches of a height written with hyphens (the feet are a quantity of their own).
  if (unit === null && FOOT_BEFORE_INCHES.test(lookBehind) && Number.isInteger(value) && value < 12) {
    unit = 'inch';
    dimension = 'length';
  }
  // "at absolute zero": 0 K.
  if (unit === null && !number.digits && value === 0 && before.word === 'absolute') {
    unit = 'kelvin';
    dimension = 'temperature';
    start = before.start;
  }
  if (unit === null && before.word === 'magnitude') {
    unit = 'magnitude';
    dimension = 'other';
    start = before.start;
  }
  QUAKE_AFTER.lastIndex = end;
  if (unit === null && value > 0 && value < 10 && QUAKE_AFTER.test(text)) {
    unit = 'magnitude';
    dimension = 'other';
  }
  // 'the famous "Eight"': a number word in capitals alone in quotes is a name.
  if (!number.digits && isUpperCode(codeAt(text, number.start)) && quotedAlone(text, number.start, number.end)) return { skip: true, end };
  // "the Six Nations", "the Big Three": a number word in capitals before a name is part of the name; after a
  // dateline's dash ("HAVANA, April 3 -- Two Americans") it opens the story.
  if (
    !number.digits &&
    isUpperCode(codeAt(text, number.start)) &&
    NAME_OR_NOUN_AFTER.test(text.slice(number.end, number.end + 24)) &&
    !startsSentence(text, number.start) &&
    !DASH_BEFORE.test(text.slice(Math.max(0, number.start - 4), number.start))
  ) {
    return { skip: true, end };
  }

  if (unit === null && Number.isInteger(value) && value >= 1 && value <= 31 && nearMonth(text, start, end, before.word)) {
    return { skip: true, end };
  }
  if (
    dimension === 'time' &&
    AGO_AFTER.test(text.slice(end, end + 12)) &&
    !measuresHowLongAgo(
      unit,
      value * factor,
      number.digits,
      text.slice(end, end + 12),
      !ONE_WORD.test(text.slice(number.start, number.end)),
    )
  ) {
    return { skip: true, end };
  }

  // "a 33-to-1 leverage ratio", "from 18 to 1": a ratio, not an amount.
  const ratio = unit === null ? RATIO_TO_ONE_AFTER.exec(text.slice(end, end + 8)) : null;
  if (ratio && (ratio[0].startsWith('-') || RATIO_WORDS.test(sentenceBefore(text, start, RATIO_LOOK_BACK))))
    return { skip: true, end: end + ratio[0].length };
  // "One day in July", "one day last summer": a day told of, not a span.
  if (
    unit === 'day' &&
    value === 1 &&
    !number.digits &&
    ONE_WORD.test(text.slice(number.start, number.end)) &&
    !SPAN_WORDS_BEFORE.has(before.word)
  )
    return { skip: true, end };

  // "the one- and two-year road maps", "5- or 10-year bonds": a hyphen left hanging takes the unit after the next number.
  const hung = unit === null ? hungUnit(text, end) : null;
  if (hung) {
    unit = hung.unit;
    dimension = hung.dimension;
    factor = hung.factor;
    subunit = hung.subunit;
    end += 1;
  }

  // Ranges: "2-3%", "between 2 and 3 per cent", "from 10 to 12", "$1bn-$2bn"; tallies: "voted 204 to 85".
  let tally = false;
  RANGE_JOIN.lastIndex = end;
  const join = RANGE_JOIN.exec(text);
  // "between $3.6 million $3.8 million": after "between", a second amount right after the first is the other bound.
  const joiner =
    join?.[1] ?? (join?.[2] ? 'or' : (join?.[3] ?? (join && before.word === 'between' && currency !== null ? 'and' : undefined)));
  const changing = joiner === 'to' && unit !== null && changeBefore(wordsBefore) !== null;
  let moved: Change = null;
  // "3 or 4 days", "one or two variables": alternatives are a range too, unless the first closes a list ("25, 40 or 60 miles").
  const alternatives = joiner === 'or' && !LIST_COMMA_BEFORE.test(lookBehind);
  if (
    join &&
    joiner &&
    (joiner !== 'and' || before.word === 'between') &&
    (joiner !== 'or' || alternatives) &&
    (!changing || before.word === 'from' || before.word === 'by')
  ) {
    const secondAt = RANGE_JOIN.lastIndex;
    const secondCurrency = isDigitCode(codeAt(text, secondAt))
      ? null
      : /^(?:US\$|C\$|A\$|\$|\u20ac|\u00a3|\u00a5)/.exec(text.slice(secondAt, secondAt + 3));
    let secondPosition = secondAt + (secondCurrency ? secondCurrency[0].length : 0);
    let second =
      isDigitCode(codeAt(text, secondPosition)) || isLetter(codeAt(text, secondPosition))
        ? readNumberAt(text, secondPosition, currency !== null || secondCurrency !== null)
        : null;
    while (alternatives && second && !('skip' in second)) {
      OR_AGAIN.lastIndex = second.end;
      const further = OR_AGAIN.test(text) ? readNumberAt(text, OR_AGAIN.lastIndex, false) : null;
      if (!further || 'skip' in further || further.value <= second.value || !further.digits !== !second.digits) break;
      secondPosition = OR_AGAIN.lastIndex;
      second = further;
    }
    // "three or four a.m.", "from 2 to 4 p.m.", "between 7 and 10pm": hours of the day, a span of the clock, no amount.
    if (unit === null && second && !('skip' in second) && TIME_OF_DAY_AFTER.test(text.slice(second.end, second.end + 12)))
      return { skip: true, end: second.end };
    if (second && !('skip' in second) && !second.fraction === !number.fraction) {
      // "2008-9", "1986/87": a span of years.
      if (
        number.yearLike &&
        unit === null &&
        (second.yearLike || (second.end - second.start <= 2 && second.digits && joiner !== 'to' && joiner !== 'or'))
      ) {
        return { skip: true, end: second.end };
      }
      let secondEnd = second.end;
      const secondCurrencyCode = secondCurrency ? (readCurrencyBefore(text, secondPosition)?.unit ?? null) : null;
      let secondUnit: string | null = secondCurrencyCode;
      let secondReading = readUnitAfter(text, second.end);
      // "from 1.5 million to 1.2m": after an amount in millions, a glued "m" with no unit after it is a million too.
      if (
        secondReading?.unit === 'm' &&
        secondReading.end === second.end + 1 &&
        unit === null &&
        number.scale === 1e6 &&
        !second.scaled &&
        !isLetter(codeAt(text, secondReading.end))
      ) {
        second = { ...second, value: second.value * 1e6, scaled: true, scale: 1e6, end: secondReading.end };
        secondEnd = second.end;
        secondReading = null;
      }
      if (secondReading) {
        secondUnit = secondReading.unit;
        secondEnd = secondReading.end;
      }
      // "from 2 to 3 million": the first takes the second's scale, unless that makes it many times the second ("from 800 to
      // 1.2 million").
      const firstValue =
        !number.scaled && second.scaled && Math.abs(value) < 1000 && Math.abs(value * second.scale) <= 10 * Math.abs(second.value)
          ? value * second.scale
          : value;
      // "Rs 5,000-8,000": the currency before the first amount holds for the second.
      const compatible =
        unit === null || secondUnit === unit || (currency !== null && secondUnit === null && joiner !== 'to' && joiner !== 'and');
      const secondIsWord = !isDigitCode(codeAt(text, secondPosition));
      const scoreline =
        joiner === '-' &&
        number.digits &&
        unit === null &&
        Number.isInteger(firstValue) &&
        (second.value <= firstValue ||
          inSetScores(text, start, second.end) ||
          (!secondReading && standingAfter(text, before.word, second.end)));
      // "the 8-4 system", "a 4-4-2 formation": numbers joined by hyphens before a scheme's noun name the scheme.
      if (joiner === '-' && number.digits && SCHEME_AFTER.test(text.slice(second.end, second.end + 24)))
        return { skip: true, end: second.end };
      if (scoreline) return tallySide(start, number.end, value, before.word, boundBefore(wordsBefore));
      const fromTo = joiner === 'to' && before.word === 'from' && (movesFrom(text, before.start) || changing);
      // "cut the price by £40 to £439.99": a change in its own unit, then the level it reaches ("by 50 to 70 metres", "risen
      // by 21cm to 24cm" are ranges: a level reached is at least twice the change in the same unit).
      // "The Dow advanced 7.19 to 687.87": after a change verb, a second value many times the first is the level reached.
      // "rose by 200,000 to 3.1 million", "an increase of 0.5 to 2.3": after a change and "by" or "of", a bare count more
      // than three times the first is the level too, whatever its scale ("cut jobs by 5,000 to 10,000" stays a range).
      // "rose 200,000 to 3.1 million": a change written out in full before a level of a larger scale.
      const changeThenLevel =
        joiner === 'to' &&
        ((before.word === 'by' && unit !== null && (secondUnit !== unit || second.value >= 2 * Math.abs(firstValue))) ||
          ((before.word === 'by' || before.word === 'of') &&
            unit === null &&
            secondReading === null &&
            number.digits &&
            !secondIsWord &&
            second.value > 3 * Math.abs(firstValue) &&
            changeBefore(wordsBefore) !== null) ||
          (before.word !== 'from' &&
            second.value >= 5 * Math.abs(firstValue) &&
            (number.scaled === second.scaled || (!number.scaled && Math.abs(value) >= 1000)) &&
            changeBefore(wordsBefore) !== null));
      tally =
        joiner === 'to' &&
        unit === null &&
        before.word !== 'from' &&
        number.digits &&
        !secondIsWord &&
        !secondReading &&
        Number.isInteger(firstValue) &&
        second.value < firstValue;
      // "from zero to 1 percent": zero is written in words beside digits.
      const sameKind = !secondIsWord === number.digits || (!number.digits && value === 0);
      // A first number with no unit of its own takes the second's ("from 13.5 to 14.0 mm").
      const adoptSecondUnit = () => {
        if (unit === null && secondReading) ({ unit, dimension, factor, subunit } = secondReading);
      };
      if (fromTo && compatible && sameKind && second.value !== firstValue) {
        // "fell from $36,040 to $34,935": one quantity moving between two values (CQE's range), worth the level it reached.
        low = Math.min(firstValue, second.value);
        high = Math.max(firstValue, second.value);
        value = second.value;
        moved = second.value > firstValue ? 'up' : 'down';
        end = secondEnd;
        adoptSecondUnit();
      } else if (fromTo && compatible) {
        adoptSecondUnit();
      } else if (joiner === '-' && secondIsWord && !number.digits && unit === null && !secondReading) {
        // "a one-two punch": number words joined by a hyphen with no unit make an idiom, not a range.
        return { skip: true, end: secondEnd };
      } else if (
        compatible &&
        second.value > firstValue &&
        // "three to 3.5 billion dlrs", "one to 1.50 dlrs a barrel": a word and digits that share a scale or unit.
        (secondIsWord === !number.digits || before.word === 'between' || (!number.digits && (secondReading !== null || second.scaled))) &&
        !fromTo &&
        !changeThenLevel
      ) {
        low = firstValue;
        high = second.value;
        value = (low + high) / 2;
        end = secondEnd;
        adoptSecondUnit();
      }
    }
  }

  let counted: string | null = null;
  let countedPhrase: string | null = null;
  let partOf: string | null = null;
  let compound = false;
  if (unit === null && number.vague?.bare === 'money') {
    // "lost trillions more": money, in the currency the text last wrote; with none written, no amount is read.
    const money = currencyWrittenBefore(text, start) ?? currencyNamedAfter(text, end);
    if (!money) return { skip: true, end };
    unit = money.unit;
    dimension = 'currency';
    currencyByCountry = money.currencyByCountry;
  }
  // "the best-of-seven first-round series": a contest's format.
  if (unit === null && BEST_OF_BEFORE.test(lookBehind)) return { skip: true, end };
  if (unit === null) {
    const of =
      (codeAt(text, end + 1) === 111 && codeAt(text, end + 2) === 102) || text.startsWith(' more of ', end)
        ? OF_PART.exec(text.slice(end, end + 60))
        : null;
    if (of?.[1]) {
      // "100 of them Roman Catholic priests": the noun after the pronoun names the part; the pronoun is no whole.
      const noun = readCountedNoun(text, end + of[0].length - 1, 2);
      if (noun) {
        counted = noun.counted;
        countedPhrase = noun.phrase;
      }
    } else if (of) {
      const wholeAt = end + of[0].length;
      const whole = isDigitCode(codeAt(text, wholeAt)) || isLetter(codeAt(text, wholeAt)) ? readNumberAt(text, wholeAt, false) : null;
      const nounAt = whole && !('skip' in whole) ? whole.end : wholeAt - 1;
      const noun = readCountedNoun(text, nounAt, 2);
      if (noun) {
        counted = noun.counted;
        countedPhrase = noun.phrase;
        partOf = text.slice(whole && !('skip' in whole) ? wholeAt : nounAt + 1, noun.end);
      }
    } else {
      // "millions of the hardest-working people", "tens of thousands of our sons": a vague amount's noun after its determiner.
      // "hundreds, if not thousands, of jobs": the noun after the aside; the mention stays the amount.
      const nounAt = number.vague?.nounAt ?? end;
      const determiner = number.vague ? DETERMINER_AFTER.exec(text.slice(nounAt, nounAt + 8)) : null;
      const noun = readCountedNoun(text, nounAt + (determiner ? determiner[0].length : 0), value);
      // "the 75,000 economists had expected": the noun expects the number, it is not what the number counts.
      // "people aged over 75 falls to 61%": after "aged" the number is an age, and the word after it no counted noun.
      if (noun && !(before.word === 'the' && expectsNumberBefore(text, noun.end)) && !AGED_BEFORE.test(lookBehind)) {
        compound = codeAt(text, end) === 45;
        if (compound && !number.digits && FIXED_COMPOUNDS.has(noun.counted)) return { skip: true, end: noun.end };
        // "zero-emission vehicles", "a zero-sum game", "zero-hours contracts": a kind of thing, not none of it.
        if (compound && !number.digits && value === 0) return { skip: true, end: noun.end };
        counted = noun.counted;
        countedPhrase = noun.phrase;
        if (nounAt === end) end = noun.end;
      }
    }
    // "12 Boeing 737 Max aircraft", "50 Airbus 350 jets": a count of a maker's model, its noun after the model's number.
    const model = counted === null && number.digits ? MODEL_COUNT_AFTER.exec(text.slice(end, end + 48)) : null;
    if (model && (looksPlural(model[1]!) || IRREGULAR_COUNT_NOUNS.has(model[1]!))) {
      counted = singularize(model[1]!);
      countedPhrase = model[0].trim();
      end += model[0].length;
    }
    // "The 777 seats up to 400 passengers", "the airline's 787 fleet flies 50 routes", "The 911 costs £100,000": a model's
    // number (a jetliner's, or three or four digits with no thousands comma), its verb read as a counted noun, then the
    // amount the verb governs. A plural noun the number counts is followed by its verb, not by an amount.
    if (
      counted !== null &&
      number.digits &&
      ((JETLINER_MODELS.has(value) &&
        (MODEL_DETERMINERS.has(before.word) || (before.word === 's' && isApostrophe(codeAt(text, before.start - 1))))) ||
        // Another model only as the subject opening its sentence: "paid its 300 workers $15 an hour" counts them.
        (value >= 100 &&
          /^\d+$/.test(text.slice(number.start, number.end)) &&
          MODEL_DETERMINERS.has(before.word) &&
          startsSentence(text, before.start))) &&
      NUMBER_GOVERNED_AFTER.test(text.slice(end, end + 24))
    )
      return { skip: true, end: number.end };
    // "two 12-year-old boys", "three 500-pound bombs": a hyphened measure between a count and its noun describes the
    // noun; the measure stays a mention of its own.
    const measured = counted === null && Number.isInteger(value) ? HYPHENED_MEASURE_AFTER.exec(text.slice(end, end + 40)) : null;
    const measuredNoun = measured ? readCountedNoun(text, end + measured[0].length - 1, value) : null;
    if (measuredNoun) counted = measuredNoun.counted;
    // "three of us" counts people; "the two of us" stands for the speakers, told of rather than counted, and "almost one
    // of us" names a member of the group (no set annotates "one of us", "one of them", "one of those").
    if (counted === null && value !== 1 && !DEFINITE_BEFORE.has(before.word) && OF_PEOPLE_AFTER.test(text.slice(end, end + 12)))
      counted = 'person';
    // "thousands of Burmese": a people named by a demonym that has no plural in -s.
    const people =
      counted === null ? (number.vague ? PEOPLE_OF_AFTER : PEOPLE_AFTER_COUNT).exec(text.slice(end, end + (number.vague ? 24 : 40))) : null;
    if (people) {
      counted = people[1]!;
      end += people[0].length;
    }
    CASUALTY_AFTER.lastIndex = end;
    // "712 dead and 2,692 injured", "Thousands lined up": people.
    if (counted === null && (CASUALTY_AFTER.test(text) || number.vague?.bare === 'people')) counted = 'person';
    if (number.yearLike && low === undefined && value >= 1000 && value <= 2100) {
      const capitalizedBefore = /^[A-Z]/.test(text.charAt(before.start)) && !startsSentence(text, before.start);
      const properNoun = /^[A-Z]/.test(countedPhrase ?? '');
      const afterComma = /[,-][ \u00a0]*$/.test(lookBehind);
      const bounded = boundBefore(wordsBefore) !== '=';
      const yearOfNoun = YEAR_NOUN_AFTER.test(text.slice(number.end, number.end + 12));
      if (!bounded || counted === null || properNoun || afterComma || yearOfNoun || YEAR_WORDS_BEFORE.has(before.word) || capitalizedBefore)
        return { skip: true, end: number.end };
    }
    // "Article 5", "Building 7"; but the verb in "building 400,000 homes" labels nothing.
    const verbBefore =
      counted !== null &&
      !isUpperCode(codeAt(text, before.start)) &&
      (before.word.endsWith('ing') || (before.word === 'number' && wordsBefore.at(1) === 'to'));
    if (IDENTIFIER_WORDS.has(before.word) && !verbBefore && !roundedScore(text, before, value)) return { skip: true, end };
    // "School District No. 48 board members", "the No. 2 official": a rank or a label, whatever noun follows.
    if (number.digits && NUMBER_ABBREVIATION_BEFORE.test(lookBehind)) return { skip: true, end };
    // "Xbox 360 games", "the PlayStation 5 consoles", "Gears of War 4 runs": a number right after a name is part of it.
    // A number word ("the Big Ten conference added two schools") leaves the words after it to be read again.
    if (counted !== null && numberEndsName(text, number, before, wordsBefore, countedPhrase))
      return { skip: true, end: number.digits ? end : number.end };
    // "the Group of 20 nations", "the Gang of Eight senators": the body's name, then the noun of its members.
    if (counted !== null && /^[a-z]/.test(countedPhrase ?? counted) && numberEndsGroupName(text, start, value)) return { skip: true, end };
    // "Year 6 pupils": a school year.
    if (before.word === 'year' && isUpperCode(codeAt(text, before.start)) && !startsSentence(text, before.start))
      return { skip: true, end };
    if (!number.digits && value === 1 && partOf !== null) return { skip: true, end };
    // "the under-12 rule", "England's under-21 side": the name of an age group, no count (the age is in no unit).
    if (unit === null && number.digits && UNDER_AGE_BEFORE.test(text.slice(Math.max(0, number.start - 7), number.start)))
      return { skip: true, end };
    // "the rivalry between the two projects", "the two leaders met": the pair the text named before, not a count. A pair of
    // firms ("the two companies said") is left a count: the sets disagree on it (docs, fifteenth round).
    if (
      counted !== null &&
      !number.digits &&
      value === 2 &&
      DEFINITE_BEFORE.has(before.word) &&
      (wordsBefore.at(1) === 'between' || PARTIES_OF_A_PAIR.has(counted))
    )
      return { skip: true, end };
    // "the two Koreas", "the two Sudans": a country's name in the plural names the pair of states, no count; a headline
    // drops the article ("Two Koreas 'agree Kaesong talks'").
    if (value === 2 && (before.word === 'the' || startsSentence(text, number.start)) && namesStatesOfOneCountry(text, number.end))
      return { skip: true, end };
    if (
      counted !== null &&
      !number.digits &&
      value === 1 &&
      low === undefined &&
      oneIsArticle(text, number.start, before.word, counted, countedPhrase ?? counted, end)
    )
      return { skip: true, end };
    if (counted === null) {
      // "Arsenal 3 Chelsea 1", "Burnley 0 Norwich 1;": a result line, each side's name and goals, is a score.
      if (number.digits && number.end - number.start <= 2 && Number.isInteger(value) && inResultLine(text, number.start, number.end))
        return tallySide(start, end, value, before.word, '=');
      // "the Group of 20", "the Gang of Eight": the number names a body.
      if (numberEndsGroupName(text, start, value)) return { skip: true, end };
      // "The 2.8 release", "4.1 in April 2014 and 4.1.1": a decimal the text also writes as a version names a release.
      if (number.digits && !number.scaled && writtenAsVersion(text, text.slice(number.start, number.end))) return { skip: true, end };
      // "your entire 360 library" where the text wrote "Xbox 360": the product's number alone.
      if (number.digits && !number.scaled && writtenAfterName(text, text.slice(number.start, number.end))) return { skip: true, end };
      // "All three have been improved", "The two were separated": a set the text named before, not counted again.
      if (!number.digits && DEFINITE_BEFORE.has(before.word) && value >= 2 && value <= 12) return { skip: true, end };
      // "the committee said the 29 were not eligible": in digits too, when a finite verb follows ("the 270 required" may
      // leave its noun, votes, to the sentence before).
      if (number.digits && DEFINITE_BEFORE.has(before.word) && FINITE_VERB_AFTER.test(text.slice(end, end + 12)))
        return { skip: true, end };
      // '"Two, wage costs are a fraction"': a number word opening a sentence, then a comma and a clause, numbers a point.
      if (
        !number.digits &&
        Number.isInteger(value) &&
        value <= 10 &&
        startsSentence(text, start) &&
        ENUMERATOR_AFTER.test(text.slice(end, end + 24))
      )
        return { skip: true, end };
      // "five tries to one": the one is counted as the number before it was; "to one another" counts no one.
      if (
        !number.digits &&
        value === 1 &&
        (!(before.word === 'to' && COUNT_TO_BEFORE.test(lookBehind)) || ANOTHER_AFTER.test(text.slice(end, end + 10))) &&
        !oneEndsParallelCount(text, start, end, before.word)
      )
        return { skip: true, end };
      // "a zero tolerance policy", "things are not zero sum": idioms.
      if (!number.digits && value === 0 && ZERO_COMPOUND_AFTER.test(text.slice(end, end + 11))) return { skip: true, end };
      // "knows a thing or two", "a year or two later": vague, no count.
      if (!number.digits && value === 2 && ONE_OR_BEFORE.test(lookBehind)) return { skip: true, end };
      // "awards program at 7, public dance at 8 and variety show at 8:30": an hour of the clock.
      if (
        before.word === 'at' &&
        number.digits &&
        Number.isInteger(value) &&
        value >= 1 &&
        value <= 12 &&
        clockInSentence(text, start, end)
      )
        return { skip: true, end };
      // "Just before 8 in the morning", "until eleven at night": an hour told with its part of the day.
      if (
        Number.isInteger(value) &&
        value >= 1 &&
        value <= 12 &&
        HOUR_BEFORE.has(before.word) &&
        HOUR_OF_PART_OF_DAY_AFTER().test(text.slice(end, end + 40))
      )
        return { skip: true, end };
      // "the 707 didn't carry enough fuel", "its 787 fleet": a Boeing jetliner's model.
      if (number.digits && JETLINER_MODELS.has(value) && MODEL_DETERMINERS.has(before.word)) return { skip: true, end };
      // "10 Downing Street" labels a place; "3.98 million Monday" is an amount on a day.
      // "15 Democratic and 4 Republican senators": a capitalized adjective coordinated with a second count's.
      if (!number.scaled && NAME_OR_NOUN_AFTER.test(text.slice(end, end + 24)) && !COORDINATED_COUNT_AFTER.test(text.slice(end, end + 40)))
        return { skip: true, end };
      if (!number.scaled && LINE_END_AFTER.test(text.slice(end, end + 8)) && onShortLine(text, start) && !inMarketWidget(text, start))
        return { skip: true, end };
      if (
        (IDENTIFIER_WORDS.has(before.word) && !roundedScore(text, before, value)) ||
        NUMBER_ABBREVIATION_BEFORE.test(lookBehind) ||
        CALL_BEFORE.test(lookBehind)
      )
        return { skip: true, end };
      // "Article 5" labels a thing; "the Conservatives 121" and "Spain 11,324" count for a group or a country.
      // "Beverly Hills 90210": four digits or more with no thousands comma after a name are a code even after a plural (a
      // tally writes "the Democrats 4,512").
      const code = /^\d{4,}$/.test(text.slice(number.start, number.end));
      if (
        capitalizedWordLabels(text, before, wordsBefore, end, code) &&
        !LISTED_SIDE_BEFORE.test(text.slice(Math.max(0, start - 160), start))
      )
        return { skip: true, end };
    }
    // "led the American League in home runs, 52, and": a statistic set off after the plural it counts.
    const statistic = counted === null ? STATISTIC_BEFORE.exec(lookBehind) : null;
    const statisticEnd = start - (statistic?.[2]?.length ?? 0);
    const statisticNoun = statistic ? readCountedNoun(text, statisticEnd - statistic[1]!.length, value) : null;
    if (statisticNoun && statisticNoun.end === statisticEnd) counted = statisticNoun.counted;
    if (
      counted === null &&
      Number.isInteger(low ?? value) &&
      (AGE_WORDS_BEFORE.test(lookBehind) ||
        appositiveAge(lookBehind, text.slice(end, end + 2), value) ||
        relativeClauseAge(lookBehind, text.slice(end, end + 16), value) ||
        (before.word === 'at' && (lifeEventAge(lookBehind, value) || peopleAtAge(text, start, end, value))) ||
        openEndedAge(lookBehind, text.slice(end, end + 20), value) ||
        openingAge(text, start, end, value))
    ) {
      unit = 'year';
      dimension = 'time';
      age = true;
    } else if (counted === null && !number.scaled && inMarketWidget(text, start)) {
      unit = 'index-point';
      dimension = 'point';
    } else {
      unit = 'count';
      dimension = 'count';
    }
  }

  if (factor !== 1) {
    value = inCanonicalUnit(value, factor);
    if (low !== undefined && high !== undefined) {
      low = inCanonicalUnit(low, factor);
      high = inCanonicalUnit(high, factor);
    }
  }
  // "$58.24 a barrel", "155.4p a litre", "$15.4/hour": a rate keeps its per part in the unit.
  // A multiplier ("four times the average", "sixfold") is in times; "four times a week" is a frequency, a count per period.
  // "200 hours a month", "6 hours a night": a duration for each longer period.
  // "600km (400 miles) a second", "£20,000 ($31,000) a year": the per part after a bracketed conversion is both amounts'.
  const perAt = conversionEnd(text, end);
  const timeReading = dimension === 'time' && unit !== null ? readPerUnit(text, perAt, false) : null;
  const perAcross =
    dimension !== 'count' && dimension !== 'fraction' && dimension !== 'percent' && dimension !== 'time' && !unit?.includes('/')
      ? readPerUnit(text, perAt, dimension === 'currency')
      : timeReading && PERIOD_ORDER.indexOf(timeReading.per) > PERIOD_ORDER.indexOf(unit!)
        ? timeReading
        : null;
  // The mention keeps its own end: the conversion is a mention of its own.
  const perReading = perAcross && perAt !== end ? { per: perAcross.per, end } : perAcross;
  const periodOfSubject =
    perReading === null && dimension === 'currency' && !unit?.includes('/') ? periodOfSubjectBefore(text, start) : null;
  const per =
    dimension === 'multiplier' && !PERIODS.has(perReading?.per ?? '')
      ? null
      : (perReading ?? (periodOfSubject ? { per: periodOfSubject, end } : null));
  if (per) {
    end = per.end;
    if (dimension === 'multiplier') {
      unit = 'count';
      dimension = 'count';
    }
  }
  // "a 3-million-strong army" counts the army; "between 13- and 17-year life cycles", a range of the hyphened words, is
  // an attribute as "13-year life cycles" is.
  if (
    !age &&
    (low === undefined || hung !== null) &&
    hyphenedAttribute(text, number.end, hung ? hung.end : end, dimension ?? 'count', hung !== null) &&
    (dimension !== 'count' || (compound && counted !== null && counted !== 'strong'))
  )
    return { skip: true, end: hung ? hung.end : end };
  const changeAfter = codeAt(text, end) === 32 ? CHANGE_AFTER.exec(text.slice(end, end + 24)) : null;
  const change = moved ?? changeBefore(wordsBefore) ?? (changeAfter ? (changeAfter[1] ? 'up' : 'down') : null);
  return {
    start,
    end,
    value,
    low,
    high,
    unit: unit ?? 'count',
    dimension: dimension ?? 'count',
    counted,
    countedPhrase,
    partOf,
    digits: number.digits,
    wordBefore: before.word,
    bound: number.vague
      ? '~'
      : boundAfter
        ? boundAfter
        : codeAt(text, before.start - 1) === 45
          ? '='
          : dimension === 'time' && wordsBefore.at(0) !== 'than'
            ? boundForDuration(wordsBefore)
            : boundBefore(wordsBefore),
    change,
    age,
    currencyByCountry,
    subunit,
    per: per?.per ?? null,
    compound,
    tally,
  };
}
