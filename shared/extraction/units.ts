// Stage 2: the unit written around a number: currency before it, a unit of measure or a counted noun after it.
import type { CurrencyByCountry } from './tables/currencies.js';
import type { Dimension } from './tables/units.js';
import {
  CURRENCY_BEFORE,
  LONGEST_CURRENCY_PREFIX,
  MULTI_WORD_STARTS,
  LONGEST_UNIT_NAME_WORDS,
  SPEED_OF_RATE,
  SYMBOL_TO_CODE,
  UNIT_BY_NAME,
  UNIT_BY_SYMBOL,
  type UnitEntry,
} from './tables/unit-lookups.generated.js';
import { SCALES, SMALL_NUMBERS, TENS } from './tables/number-words.js';
import { GENERATED_IRREGULAR_PLURALS } from './tables/plurals.generated.js';
import { codeAt, isDigitCode, isLetter, isUpperCode, lowerCase } from './characters.js';

export type UnitDimension = Dimension | 'currency';

export interface UnitReading {
  unit: string;
  dimension: UnitDimension;
  end: number;
  /** "a 50-year-old": an age. */
  age: boolean;
  /** For a currency name several countries share ("crowns"): the code by the country the sentence names. */
  currencyByCountry: CurrencyByCountry | null;
  /** What the number is multiplied by to be in `unit`: 10 for decades (in years). */
  factor: number;
  /** A currency's subunit the amount is written in ("cent" of "64 cents"): the unit is then `currency:USD-cent`. */
  subunit: string | null;
}

/** The unit of an amount `per` something: "km" per "second" -> "km/s" when the table names that speed, else "km/second". */
export function rateUnit(unit: string, per: string | null): string {
  if (!per) return unit;
  const rate = `${unit}/${per}`;
  return SPEED_OF_RATE.get(rate) ?? rate;
}

/** The unit key of an amount in a currency's subunit: "currency:USD" and "cent" -> "currency:USD-cent". */
export function inSubunit(unit: string, subunit: string | null): string {
  return subunit ? `${unit}-${subunit}` : unit;
}

/** The currency a word names ("yuan", "pesos"), with the countries that share the name; the subunits excluded. */
export function currencyNamed(word: string): { unit: string; currencyByCountry: CurrencyByCountry | null } | null {
  const entry = UNIT_BY_NAME.get(lowerCase(word));
  if (!entry || entry.dimension !== 'currency' || entry.subunit !== undefined) return null;
  return { unit: entry.unit, currencyByCountry: entry.currencyByCountry ?? null };
}

/** The currency of a shared name ("crowns") in a sentence that names `countries`, in order. */
export function currencyForCountries(currencyByCountry: CurrencyByCountry, countries: readonly string[]): string {
  for (const country of countries) {
    const code = currencyByCountry.find(([name]) => name === country)?.[1];
    if (code) return `currency:${code}`;
  }
  return `currency:${currencyByCountry[0]![1]}`;
}

/** A unit word: letters and µ μ ° º % ％, then also ² ³ / . & ' ’ (non-ASCII as escapes: docs/extraction.md, sixteenth cold start). */
const UNIT_WORD = /[A-Za-z\u00b5\u03bc\u00b0\u00ba%\uff05][A-Za-z\u00b5\u03bc\u00b2\u00b3\u00b0\u00ba/.&'\u2019]*(?:[23](?![\d]))?/y;

const DOTTED_ABBREVIATION = /^(?:[A-Za-z]\.){2,}$/;
/** A full stop between a lower-case word and a capitalized one, with no space. */
const GLUED_SENTENCE = /[a-z]{2}\.[A-Z][a-z]/;
/** Full stops and apostrophes that end a word without belonging to it. */
const TRAILING_MARKS = new Set([46, 39, 0x2019]);

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The word matched by the sticky `pattern` at `position`, without a trailing full stop or apostrophe. */
function wordAt(text: string, position: number, pattern: RegExp): Word | null {
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  if (!match) return null;
  let word = match[0];
  // "5 percent.The rest": a sentence glued to the one before (speech transcripts) ends the word at its full stop.
  const glued = word.length > 4 && word.includes('.') ? GLUED_SENTENCE.exec(word) : null;
  if (glued) word = word.slice(0, glued.index + 2);
  // The last full stop of "U.S." belongs to it.
  if (!DOTTED_ABBREVIATION.test(word))
    while (word.length > 1 && TRAILING_MARKS.has(codeAt(word, word.length - 1))) word = word.slice(0, -1);
  return { text: word, start: position, end: position + word.length };
}

/** Up to `limit` words after `position`, each joined to the last by one space or hyphen. */
function wordsAfter(text: string, position: number, limit: number, pattern: RegExp): Word[] {
  const words: Word[] = [];
  let cursor = position;
  while (words.length < limit) {
    const word = wordAt(text, cursor, pattern);
    if (!word) break;
    cursor = word.end;
    // "sq. km", "sq. metres": an abbreviation's full stop, where a unit name is written with it.
    if (codeAt(text, cursor) === 46 && codeAt(text, cursor + 1) === 32 && MULTI_WORD_STARTS.has(`${lowerCase(word.text)}.`)) {
      word.text += '.';
      word.end += 1;
      cursor += 1;
    }
    words.push(word);
    const separator = codeAt(text, cursor);
    if (separator !== 32 && separator !== 45 && separator !== 0xa0) break;
    cursor += 1;
  }
  return words;
}

const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;

/** What may follow "in" written for inches after a number: a dimension ("2 in thick"), or the end of the line. */
const INCH_CONTEXT_AFTER =
  /[ \u00a0]+(?:thick|long|wide|tall|high|deep|across|in[ \u00a0]diameter|diameter)\b|[.!?]?[ \u00a0]*(?:$|[\n\r])/y;
/** What may follow a glued "in" for inches: what it measures ("6in of rain") or a dimension ("8in long"), not a line's end ("a 55in"). */
const GLUED_INCH_CONTEXT_AFTER = /[ \u00a0]+(?:of[ \u00a0]|thick\b|long\b|wide\b|tall\b|high\b|deep\b|across\b)/y;
const DOUBLE_PRIME = 0x2033;

/**
 * An inch mark after a number: ″, or a straight quote when the line has opened no quotation before it ('a 9" plate',
 * 'is 10 " long'; in '"I scored 9" he said' it closes one); "2 in" before a dimension or at the line's end ("2 in a row"
 * is none). A glued "55in" is read only before what it measures or a dimension ("6in of rain", "8in long"): read
 * everywhere it lowered a sealed set's score.
 */
function inchEnd(text: string, position: number): number | null {
  const spaced = codeAt(text, position) === 32 ? 1 : 0;
  const mark = codeAt(text, position + spaced);
  if (mark === DOUBLE_PRIME) return position + spaced + 1;
  if (spaced === 0 && (mark === RIGHT_DOUBLE_QUOTE || mark === 34) && afterFeet(text, position)) return position + 1;
  if (mark === 34) {
    const lineStart = Math.max(text.lastIndexOf('\n', position), 0);
    let quotes = 0;
    for (let index = lineStart; index < position; index += 1) if (codeAt(text, index) === 34) quotes += 1;
    const after = codeAt(text, position + spaced + 1);
    return quotes % 2 === 0 && !isLetter(after) && !isDigitCode(codeAt(text, position + spaced + 1)) ? position + spaced + 1 : null;
  }
  if (mark !== 105 || codeAt(text, position + spaced + 1) !== 110) return null;
  const after = spaced === 0 ? GLUED_INCH_CONTEXT_AFTER : INCH_CONTEXT_AFTER;
  after.lastIndex = position + spaced + 2;
  return after.test(text) ? position + spaced + 2 : null;
}

const PRIME = 0x2032;
const RIGHT_SINGLE_QUOTE = 0x2019;
const RIGHT_DOUBLE_QUOTE = 0x201d;
/** The inches after a foot mark: "6”" of "5’6”", '2"' of "6'2"". */
const INCHES_AFTER_FEET = /\d{1,2}(?:\.\d+)?(?:["\u201d\u2033]|'')/y;

/** A foot mark after a number: ′, or an apostrophe before inches ("5’6”", "6'2\""); not "the 1990’s" nor "20'000". */
function footEnd(text: string, position: number): number | null {
  const mark = codeAt(text, position);
  if (mark === PRIME) return position + 1;
  if (mark !== 39 && mark !== RIGHT_SINGLE_QUOTE) return null;
  INCHES_AFTER_FEET.lastIndex = position + 1;
  return INCHES_AFTER_FEET.test(text) ? position + 1 : null;
}

/** Whether the number ending at `position` follows feet written with a mark ("6" in "5’6”"). */
function afterFeet(text: string, position: number): boolean {
  let start = position;
  while (start > 0 && (isDigitCode(codeAt(text, start - 1)) || codeAt(text, start - 1) === 46)) start -= 1;
  const mark = codeAt(text, start - 1);
  return start < position && (mark === 39 || mark === RIGHT_SINGLE_QUOTE || mark === PRIME) && isDigitCode(codeAt(text, start - 2));
}

/** The unit of measure or currency name written right after a number ("per cent", "km", "-year-old"). */
export function readUnitAfter(text: string, position: number): UnitReading | null {
  const inch = inchEnd(text, position);
  if (inch !== null) return unitReading(text, UNIT_BY_NAME.get('inch')!, inch);
  const foot = footEnd(text, position);
  if (foot !== null) return unitReading(text, UNIT_BY_NAME.get('foot')!, foot);
  let cursor = position;
  const next = codeAt(text, cursor);
  const glued = isLetter(next) || next === 37 || next > 127;
  if (next === 32 || next === 0xa0 || next === 0x202f || (next === 45 && isLetter(codeAt(text, cursor + 1)))) cursor += 1;
  else if (!glued) return null;
  const first = wordAt(text, cursor, UNIT_WORD);
  if (!first) return null;
  const firstName = lowerCase(first.text);
  if (MULTI_WORD_STARTS.has(firstName)) {
    const words = wordsAfter(text, cursor, LONGEST_UNIT_NAME_WORDS, UNIT_WORD);
    for (let count = words.length; count >= 2; count -= 1) {
      const phrase = words
        .slice(0, count)
        .map((word) => word.text)
        .join(' ')
        .toLowerCase();
      const entry = UNIT_BY_NAME.get(phrase);
      if (entry) return unitReading(text, entry, words[count - 1]?.end ?? cursor);
    }
  }
  // "4km^2", "4 km^3": a power written with a caret, as "km2" and "km3" are.
  const power = codeAt(text, first.end) === 94 ? text.charAt(first.end + 1) : '';
  const powered = power === '2' || power === '3' ? UNIT_BY_NAME.get(`${firstName}${power}`) : undefined;
  if (powered && !isDigitCode(codeAt(text, first.end + 2))) return unitReading(text, powered, first.end + 2);
  const named = UNIT_BY_NAME.get(firstName);
  // "two CTs": an acronym's plural, not the wire's cents.
  if (named && !ACRONYM_PLURAL.test(first.text)) return unitReading(text, named, first.end);
  // "20 J/m^2", "1,000 W/m^2": the caret's power belongs to the unit after the slash.
  const perPowered =
    (power === '2' || power === '3') && first.text.includes('/') && !isDigitCode(codeAt(text, first.end + 2))
      ? compoundUnit(`${first.text}${power}`)
      : undefined;
  if (perPowered) return unitReading(text, perPowered, first.end + 2);
  const symbol = UNIT_BY_SYMBOL.get(first.text) ?? compoundUnit(first.text);
  const afterSymbol = codeAt(text, first.end);
  const letterSymbol = isLetter(codeAt(first.text, 0));
  const standsAlone = !letterSymbol || (!isLetter(afterSymbol) && !(afterSymbol >= 48 && afterSymbol <= 57) && afterSymbol !== 45);
  if (symbol && standsAlone && (glued || first.start === position + 1)) return unitReading(text, symbol, first.end);
  return null;
}

/** Dimensions a unit written as "X/Y" may have on either side: measures, not money, shares or counts. */
const MEASURE_DIMENSIONS = new Set<UnitDimension>(['length', 'area', 'volume', 'mass', 'time', 'energy', 'power', 'data', 'other']);

/** One side of a unit written "X/Y": a symbol (exact case) or a name, of a measure, not a multiple ("decade"). */
function measureUnit(written: string): UnitEntry | null {
  const entry = UNIT_BY_SYMBOL.get(written) ?? UNIT_BY_NAME.get(lowerCase(written));
  return entry && MEASURE_DIMENSIONS.has(entry.dimension) && (entry.factor ?? 1) === 1 && !entry.unit.includes('/') ? entry : null;
}

/** "350 µg/m3", "15 mg/L", "120 g/km", "3 kV/cm": a measure per a measure, as one unit. */
function compoundUnit(written: string): UnitEntry | undefined {
  const slash = written.indexOf('/');
  if (slash <= 0 || slash !== written.lastIndexOf('/')) return undefined;
  const numerator = measureUnit(written.slice(0, slash));
  const denominator = numerator ? measureUnit(written.slice(slash + 1)) : null;
  return numerator && denominator ? { unit: `${numerator.unit}/${denominator.unit}`, dimension: numerator.dimension } : undefined;
}

/** What a price or measure is per when it is no unit of measure: "$1.23 a share", "£40 a head". */
const PER_NOUNS = new Set([
  'share',
  'head',
  'person',
  'capita',
  'night',
  'ticket',
  'passenger',
  'game',
  'seat',
  'dozen',
  'household',
  'pupil',
  'student',
  'patient',
  'employee',
  'worker',
  'resident',
  'vehicle',
  'car',
  'bottle',
  'pack',
  'copy',
  'item',
  'visit',
  'meal',
  'plate',
  'room',
  'unit',
  'contract',
  'ride',
  'trip',
  'transaction',
  'subscriber',
  'user',
  'customer',
  'flight',
  'child',
  'kid',
  'adult',
  'family',
]);
/** " a ", " per ", "/", wire copy's " cash per " ("35 dlrs cash per share"), and hyphened ("a $10,000-per-year job"). */
const PER_AFTER = /(?:[ \u00a0]+(?:cash[ \u00a0]+)?(?:a|an|per|each)[ \u00a0]+|\/|-(?:a|an|per)-)(?=[A-Za-z])/y;
/** "a year ago", "a week earlier": a time, not a rate. */
const TIME_AGO_AFTER = /^[ \u00a0]+(?:ago|earlier|later|before|after|on)\b/;
/** "$157,460 yearly", "$40,000 annually", "the $12 annual fee", "$500 monthly": the period said in one word. */
const PERIOD_WORD_AFTER = /[ \u00a0]+(annually|yearly|annual|monthly|weekly|daily|hourly|per[ \u00a0]annum)\b(?![-'\u2019])/y;
/** " of pay" before " per year": what an amount of money is paid as. */
const MONEY_OF_NOUN = /[ \u00a0]+of[ \u00a0]+(?:[a-z]+[ \u00a0]+)?[a-z]+(?=[ \u00a0]+(?:a|an|per|each)[ \u00a0])/y;
const PERIOD_OF_WORD: Readonly<Record<string, string>> = {
  annually: 'year',
  yearly: 'year',
  annual: 'year',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
  hourly: 'hour',
};

/** "The monthly cost of ADC to more than 100,000 recipients in the county is": money said for a period before it. */
const PERIOD_SUBJECT_BEFORE =
  /\b(?:the|its|their|his|her|our)[ \u00a0]+(annual|yearly|monthly|weekly|daily)[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?:cost|rent|salary|pay|fee|bill|budget|income|payment|premium|subsidy|allowance|wage|stipend|payroll)s?\b[^.;:!?$\u20ac\u00a3\u00a5]{0,80}?[ \u00a0](?:is|was|are|were|will[ \u00a0]be|would[ \u00a0]be|came[ \u00a0]to|totals|totaled|totalled)[ \u00a0]+(?:(?:about|around|nearly|almost|roughly|some|over|more[ \u00a0]than|an[ \u00a0]estimated)[ \u00a0]+)?$/i;

/** The period of money whose subject names it ("The monthly cost ... is 4.4 million dollars"), or null. */
export function periodOfSubjectBefore(text: string, start: number): string | null {
  const period = PERIOD_SUBJECT_BEFORE.exec(text.slice(Math.max(0, start - 160), start))?.[1]?.toLowerCase();
  return period ? (PERIOD_OF_WORD[period] ?? null) : null;
}

/**
 * The "per" part of a rate after an amount or a measure: "a barrel", "per square foot", "/hour", "a share"; after money
 * also a period said in one word ("annually"; a measure's "2 mg daily dose" names a dose, not a rate).
 */
export function readPerUnit(text: string, position: number, money: boolean): { per: string; end: number } | null {
  PERIOD_WORD_AFTER.lastIndex = position;
  const periodWord = money ? PERIOD_WORD_AFTER.exec(text) : null;
  if (periodWord) return { per: PERIOD_OF_WORD[periodWord[1]!] ?? 'year', end: PERIOD_WORD_AFTER.lastIndex };
  // "the first $4,800 of pay per year": money of a thing, for each period ("2 million litres of water a day" stays litres).
  MONEY_OF_NOUN.lastIndex = position;
  if (money && MONEY_OF_NOUN.test(text)) {
    const period = readPerUnit(text, MONEY_OF_NOUN.lastIndex, false);
    if (period && Object.values(PERIOD_OF_WORD).includes(period.per)) return period;
  }
  PER_AFTER.lastIndex = position;
  if (!PER_AFTER.test(text)) return null;
  const wordStart = PER_AFTER.lastIndex;
  const reading = readUnitAfter(text, wordStart);
  if (
    reading &&
    reading.dimension !== 'currency' &&
    reading.dimension !== 'percent' &&
    reading.dimension !== 'multiplier' &&
    reading.factor === 1
  ) {
    if (TIME_AGO_AFTER.test(text.slice(reading.end, reading.end + 10))) return null;
    return { per: reading.unit, end: reading.end };
  }
  const word = wordAt(text, wordStart, COUNTED_WORD);
  if (!word) return null;
  const noun = singularize(word.text);
  return PER_NOUNS.has(noun) ? { per: noun, end: word.end } : null;
}

/** "-old" of "a 50-year-old" and of "34-year-olds". */
const AGE_SUFFIX = /-old(?=s?\b)/y;

function unitReading(text: string, entry: UnitEntry, end: number): UnitReading {
  AGE_SUFFIX.lastIndex = end;
  const age = entry.unit === 'year' && AGE_SUFFIX.test(text);
  return {
    unit: entry.unit,
    dimension: entry.dimension,
    end: age ? end + 4 : end,
    age,
    currencyByCountry: entry.currencyByCountry ?? null,
    factor: entry.factor ?? 1,
    subunit: entry.subunit ?? null,
  };
}

const LONGEST_PREFIX = LONGEST_CURRENCY_PREFIX + 2;
/** The last characters of the table's symbols and codes ("$", "D" of "USD", "b" of "Rmb"): a cheap test before the pattern. */
const PREFIX_LAST_CHARACTERS = new Set([...SYMBOL_TO_CODE.keys()].map((symbol) => symbol.charCodeAt(symbol.length - 1)));

/**
 * Currency signs that may follow the amount ("10 €", "100元"), when no digit follows (not the "$" of "1 $10 bill"):
 * € £ ¥ 元 ₡ ₾ ₭ ₹ ₽ ₺ ₪ ₦ ₱ ₩ ₴ ₫ ฿ $.
 */
const CURRENCY_AFTER =
  /[ \u00a0]?([\u20ac\u00a3\u00a5\u5143\u20a1\u20be\u20ad\u20b9\u20bd\u20ba\u20aa\u20a6\u20b1\u20a9\u20b4\u20ab\u0e3f$])(?![ \u00a0]?\d)/y;

/** The currency sign written right after an amount, and where it ends. */
export function readCurrencyAfter(text: string, end: number): { unit: string; end: number } | null {
  CURRENCY_AFTER.lastIndex = end;
  const match = CURRENCY_AFTER.exec(text);
  const code = match ? SYMBOL_TO_CODE.get(match[1]!) : undefined;
  return match && code ? { unit: `currency:${code}`, end: CURRENCY_AFTER.lastIndex } : null;
}

/** The currency symbol or code written right before a number ("US$", "€", "CAD "), and where it starts. */
export function readCurrencyBefore(text: string, numberStart: number): { unit: string; start: number } | null {
  let last = codeAt(text, numberStart - 1);
  if (last === 32 || last === 0xa0) last = codeAt(text, numberStart - 2);
  if (!PREFIX_LAST_CHARACTERS.has(last)) return null;
  const from = Math.max(0, numberStart - LONGEST_PREFIX);
  const match = CURRENCY_BEFORE.exec(text.slice(from, numberStart));
  const symbol = match?.[1];
  if (!match || !symbol) return null;
  const code = SYMBOL_TO_CODE.get(symbol);
  if (!code) return null;
  const start = from + match.index + match[0].indexOf(symbol);
  // "c $ 16.4 million", "hk $ 10.05 billion": a dollar's country set off by spaces, as tokenized copy writes it.
  const country = symbol === '$' && start + 1 < numberStart ? SPACED_DOLLAR_COUNTRY.exec(text.slice(Math.max(0, start - 4), start)) : null;
  if (country) return { unit: `currency:${DOLLAR_PREFIXES.get(country[1]!.toLowerCase())}`, start: start - country[0].length + 1 };
  return { unit: `currency:${code}`, start };
}

/** The dollars whose country's letters may stand apart from the "$" (not "a", "s": words of their own). */
const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['c', 'CAD'],
  ['hk', 'HKD'],
  ['nz', 'NZD'],
  ['nt', 'TWD'],
  ['us', 'USD'],
]);
const SPACED_DOLLAR_COUNTRY = /(?:^|[^A-Za-z.])(c|hk|nz|nt|us)[ \u00a0]$/i;

/** Words that end a counted noun phrase: "four ministers will attend" stops at "will". */
const FUNCTION_WORDS = new Set(
  `a an the of in on at to for from by with and or but nor as than that which who whom
whose this these those is are was were be been being have has had will would could should can may might must shall
do does did not no per each every over under about into onto since until after before during while
when where if so it its their his her they we he she you i our your them us me him said says say wrote told also already still
just only even up down out off ago later nearly roughly mostly mainly largely respectively apiece earlier last next year-on-year there here then now what how why all both
some any such last first second third around nearly almost roughly approximately
between among against across through via toward towards according including plus minus within without beyond
behind upon despite except amid others above below because although though unless whereas whether`.split(/\s+/),
);

/** Nouns that end in "s" and are no plurals: "762 measles cases" counts cases. */
const SINGULARS_IN_S = new Set([
  'measles',
  'mumps',
  'rabies',
  'herpes',
  'scabies',
  'diabetes',
  'news',
  'physics',
  'economics',
  'politics',
  'athletics',
  'gymnastics',
  'aerobics',
  'means',
  'lens',
  'mathematics',
  'logistics',
  'ethics',
  'electronics',
  'genetics',
  'linguistics',
  'robotics',
  'analytics',
  'optics',
  'acoustics',
  'semantics',
  'statistics',
  'metrics',
  'dynamics',
]);

/**
 * Plurals not made by adding "-s" or "-es" to the singular ("people" counts persons, "lives" life, "crises" crisis).
 * "axes" (axe or axis) and "bases" (base or basis) are left to the regular rule.
 */
// compromise's irregular plurals first, so that the hand-kept ones below win.
const IRREGULAR_PLURALS = new Map([
  ...GENERATED_IRREGULAR_PLURALS,
  ['lives', 'life'],
  ['wives', 'wife'],
  ['knives', 'knife'],
  ['wolves', 'wolf'],
  ['halves', 'half'],
  ['thieves', 'thief'],
  ['shelves', 'shelf'],
  ['calves', 'calf'],
  ['loaves', 'loaf'],
  ['scarves', 'scarf'],
  ['hooves', 'hoof'],
  ['elves', 'elf'],
  ['dwarves', 'dwarf'],
  ['wharves', 'wharf'],
  ['analyses', 'analysis'],
  ['crises', 'crisis'],
  ['theses', 'thesis'],
  ['diagnoses', 'diagnosis'],
  ['hypotheses', 'hypothesis'],
  ['oases', 'oasis'],
  ['synopses', 'synopsis'],
  ['indices', 'index'],
  ['matrices', 'matrix'],
  ['appendices', 'appendix'],
  ['vertices', 'vertex'],
  ['quizzes', 'quiz'],
  ['busses', 'bus'],
  ['police', 'police'],
  ['staff', 'staff'],
  ['personnel', 'personnel'],
  ['cattle', 'cattle'],
  ['sheep', 'sheep'],
  ['aircraft', 'aircraft'],
  ['livestock', 'livestock'],
  ['fish', 'fish'],
  ['deer', 'deer'],
  ['offspring', 'offspring'],
  ['crew', 'crew'],
  ['militia', 'militia'],
  ['spacecraft', 'spacecraft'],
  ['series', 'series'],
  ['species', 'species'],
  ['data', 'data'],
]);

/** "one doesn't see", "two can't be named": a verb with "not" (or "cannot") ends a noun phrase as a function word does. */
const NEGATED_VERB = /^(?:[a-z]+n['\u2019]t|cannot)$/;
/** A word of a counted noun phrase; a dotted initialism ("800 U.S. marketing leaders") is one word. */
const COUNTED_WORD = /(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z0-9'\u2019-]*/y;
const LONGEST_COUNTED_PHRASE = 5;

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(lowerCase(word));
}

export function looksPlural(word: string): boolean {
  const length = word.length;
  const last = codeAt(word, length - 1);
  if (last !== 115 && last !== 83) {
    const lower = lowerCase(word);
    return IRREGULAR_PLURALS.has(lower) || compoundOfMen(lower) || compoundOfChildren(lower);
  }
  if (length <= 2 || SINGULARS_IN_S.has(lowerCase(word))) return false;
  // "GPUs", "SUVs", "MPs": an acronym's plural.
  if (last === 115 && isUpperCode(codeAt(word, length - 2))) return true;
  const beforeLast = codeAt(word, length - 2) | 32;
  // "ss", "us", "is" end singular words (glass, bonus, crisis); "'s" is a possessive.
  return !(beforeLast === 115 || beforeLast === 117 || beforeLast === 105 || beforeLast === 39 || codeAt(word, length - 2) === 0x2019);
}

function withoutPossessive(word: string): string {
  const length = word.length;
  return length > 2 && codeAt(word, length - 1) === 115 && (codeAt(word, length - 2) === 39 || codeAt(word, length - 2) === 0x2019)
    ? word.slice(0, -2)
    : word;
}

/** Compounds of "-man" make their plural in "-men" ("policemen", "servicewomen"); "specimen", "abdomen" are singular. */
const SINGULARS_IN_MEN = new Set([
  'specimen',
  'abdomen',
  'regimen',
  'stamen',
  'omen',
  'amen',
  'semen',
  'hymen',
  'lumen',
  'acumen',
  'albumen',
  'bitumen',
  'cyclamen',
  'dolmen',
  'rumen',
  'yemen',
  'carmen',
]);

function compoundOfMen(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('men') && !SINGULARS_IN_MEN.has(lower);
}

/** "grandchildren", "schoolchildren", "stepchildren": compounds of the irregular "children". */
function compoundOfChildren(lower: string): boolean {
  return lower.length > 8 && lower.endsWith('children');
}

/** Nouns in "-ie" whose plural "-ies" is not a "-y" word's ("movies", not "movys"). */
const NOUNS_IN_IE = new Set([
  'movie',
  'cookie',
  'calorie',
  'rookie',
  'zombie',
  'selfie',
  'goalie',
  'sortie',
  'brownie',
  'prairie',
  'hippie',
  'freebie',
  'newbie',
  'hoodie',
  'pixie',
  'auntie',
  'smoothie',
  'genie',
  'veggie',
  'junkie',
  'bookie',
  'foodie',
  'techie',
  'yuppie',
  'roomie',
  'birdie',
  'eyrie',
  'talkie',
  'walkie',
  'aussie',
  'pie',
  'tie',
  'lie',
]);

/** Nouns in "-oe" (also after a hyphen: "snow-shoes"), whose plural "-oes" is not an "-o" word's ("heroes", "echoes"). */
const NOUNS_IN_OE = new Set(['shoe', 'toe', 'canoe', 'hoe', 'foe', 'oboe', 'floe', 'sloe', 'doe', 'roe']);

/** Nouns in "-s" whose plural adds "-es" ("buses", "viruses", "biases"): not "-se" words in "-ses" ("houses", "cases"). */
const NOUNS_IN_S = new Set([
  'bus',
  'minibus',
  'omnibus',
  'trolleybus',
  'virus',
  'campus',
  'bonus',
  'census',
  'status',
  'surplus',
  'stimulus',
  'apparatus',
  'consensus',
  'caucus',
  'chorus',
  'circus',
  'walrus',
  'octopus',
  'prospectus',
  'syllabus',
  'thesaurus',
  'nexus',
  'hiatus',
  'fetus',
  'lotus',
  'gas',
  'bias',
  'alias',
  'atlas',
  'canvas',
  'iris',
  'lens',
]);

/** "helicopters" -> "helicopter", "countries" -> "country"; irregular plurals stay as written. */
export function singularize(word: string): string {
  const lower = lowerCase(word);
  const irregular = IRREGULAR_PLURALS.get(lower);
  if (irregular) return irregular;
  if (!looksPlural(word)) return lower;
  if (compoundOfMen(lower) && !lower.endsWith('s')) return `${lower.slice(0, -3)}man`;
  if (compoundOfChildren(lower)) return lower.slice(0, -3);
  if (lower.endsWith('ies') && NOUNS_IN_IE.has(lower.slice(0, -1))) return lower.slice(0, -1);
  // "shoes", "toes", "canoes": "-oe" nouns, not "-o" ones in "-oes" ("potatoes").
  if (lower.endsWith('oes') && NOUNS_IN_OE.has(lower.slice(lower.lastIndexOf('-') + 1, -1))) return lower.slice(0, -1);
  if (lower.endsWith('ses') && NOUNS_IN_S.has(lower.slice(lower.lastIndexOf('-') + 1, -2))) return lower.slice(0, -2);
  if (/[^aeiou]ies$/.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(ches|shes|xes|zzes|sses|oes)$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

export interface CountedNoun {
  /** The head noun, singular ("helicopter"). */
  counted: string;
  /** The words from the number to the head ("Black Hawk helicopters"). */
  phrase: string;
  end: number;
}

/** The counted noun after a number: "18 Black Hawk helicopters" -> helicopter; "one solution" -> solution. */
export function readCountedNoun(text: string, position: number, value: number): CountedNoun | null {
  const separator = codeAt(text, position);
  if (separator !== 32 && separator !== 0xa0 && separator !== 45) return null;
  // 'two "choice targets"': a quoted noun phrase.
  const quoted = separator !== 45 && OPENING_QUOTES.has(codeAt(text, position + 1)) ? 1 : 0;
  const words = wordsAfter(text, position + 1 + quoted, LONGEST_COUNTED_PHRASE, COUNTED_WORD);
  const phrase: Word[] = [];
  const compound = separator === 45 ? words[0] : undefined;
  // "a four-shot lead", "the 465-seat house": the word joined by the hyphen is what is counted.
  // "the 20-largest financial institutions": a superlative joined by the hyphen ranks the noun after it.
  if (compound && isSuperlative(compound.text)) return readCountedNoun(text, compound.end, value);
  if (compound && isLowerCaseStart(compound.text) && !FUNCTION_WORDS.has(compound.text) && !UNIT_BY_NAME.has(compound.text)) {
    return countedFrom(text, [compound]);
  }
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    const bare = withoutPossessive(word.text);
    const lower = lowerCase(bare);
    // "US" and "IT" in capitals are names, not the words "us" and "it"; "TB" inside "active TB cases" is no terabyte.
    const acronymInside = index > 0 && isAllCaps(word.text);
    // "the 12 hottest years": a superlative makes a unit noun something counted, not a span.
    if (UNIT_BY_NAME.has(lower) && index > 0 && looksPlural(bare) && isSuperlative(words[index - 1]!.text))
      return countedFrom(text, [...phrase, word]);
    // "two long and costly wars": adjectives joined by "and"/"or" before the plural they both describe.
    if ((lower === 'and' || lower === 'or') && value !== 1 && index > 0 && coordinatesAdjectives(words, index)) {
      phrase.push(word);
      continue;
    }
    // "40,000 career points", "two minutely different starting points": points described by words between are counted.
    if (lower === 'points' && index > 0 && phrase.length === index && phrase.every((part) => isLowerCaseStart(part.text)))
      return countedFrom(text, [...phrase, word]);
    // "two earlier pieces": a comparative before a plural describes it ("two years earlier" has its unit first).
    if ((lower === 'earlier' || lower === 'later') && index === 0 && lowerPluralNoun(words[1]?.text ?? '')) {
      phrase.push(word);
      continue;
    }
    // "10 such early warning signs": "such" right after the number points back, the noun follows ("such as" lists).
    if (lower === 'such' && index === 0 && value !== 1 && words[1]?.text !== 'as') {
      phrase.push(word);
      continue;
    }
    // "30 semester hours": a unit's name that a noun before it makes a two-word noun of its own.
    if (
      UNIT_BY_NAME.has(lower) &&
      index === phrase.length &&
      index > 0 &&
      TWO_WORD_NOUNS.has(`${lowerCase(words[index - 1]!.text)} ${singularize(lower)}`)
    )
      return countedFrom(text, [...phrase, word]);
    if ((FUNCTION_WORDS.has(lower) && !isAllCaps(word.text)) || (UNIT_BY_NAME.has(lower) && !acronymInside) || NEGATED_VERB.test(lower))
      break;
    // "527,035 Series A convertible preferred shares": a class of stock, labelled by a letter, before the noun it names.
    if (word.text === 'Series' && SERIES_LABEL.test(words[index + 1]?.text ?? '') && index + 2 < words.length) {
      phrase.push(word, words[index + 1]!);
      index += 1;
      continue;
    }
    // "8,000 new Assemblies of God churches": a name of the form "Xs of Y" before the plural it describes.
    if (!isLowerCaseStart(word.text) && looksPlural(bare) && nameOfBefore(words, index))
      return countedFrom(text, [...phrase, words[index + 3]!]);
    // "one rumor suggests": after "one", a word in -s is the verb of the noun before it.
    if (value === 1 && index > 0 && looksPlural(bare) && isLowerCaseStart(word.text) && !IRREGULAR_PLURALS.has(lower)) break;
    phrase.push(word);
    if (!looksPlural(bare)) continue;
    const next = words[index + 1]?.text ?? '';
    const modifier =
      (isLowerCaseStart(next) &&
        looksPlural(next) &&
        !FUNCTION_WORDS.has(next) &&
        !UNIT_BY_NAME.has(next) &&
        (!isLowerCaseStart(word.text) || IRREGULAR_PLURALS.has(lower))) ||
      // "two Los-Angeles area hospitals": a name in -s before the noun it places.
      (!isLowerCaseStart(word.text) && pluralHeadAfter(words, index));
    if (!modifier) return countedFrom(text, phrase);
  }
  // "four giant, X-class flares", "two civil, substantive combatants": adjectives a comma sets apart before the plural
  // (not "12 more, officials said", "the seven killed, nine soldiers": a second modifier must follow the comma).
  const last = words.at(-1);
  if (
    value !== 1 &&
    last !== undefined &&
    phrase.length === words.length &&
    phrase.length <= 2 &&
    phrase.every((word) => isLowerCaseStart(word.text) && !looksPlural(word.text) && !looksLikeVerbForm(word.text)) &&
    codeAt(text, last.end) === 44 &&
    modifierAfterComma(wordsAfter(text, last.end + 2, 1, COUNTED_WORD)[0]?.text ?? '')
  ) {
    const afterComma = readCountedNoun(text, last.end + 1, value);
    if (afterComma) return afterComma;
  }
  // "0.523 common share for each": a share of one thing reads its noun as "one" does.
  if (value !== 1 && !(value > 0 && value < 1)) return null;
  // "one sugary drink a day": the last of the lower-case words, before any verb form ("one person killed").
  let head = 0;
  while (head < phrase.length && isLowerCaseStart(phrase[head]!.text) && (head === 0 || !looksLikeVerbForm(phrase[head]!.text))) head += 1;
  return head > 0 && !NOT_COUNTED_ALONE.has(phrase[head - 1]!.text) ? countedFrom(text, phrase.slice(0, head)) : null;
}

const OPENING_QUOTES = new Set([34, 0x201c]);

/** "Assemblies of God churches", "Knights of Columbus halls": capitalized "of" capitalized, then a lower-case plural. */
function nameOfBefore(words: readonly Word[], index: number): boolean {
  const name = words[index + 2]?.text ?? '';
  return words[index + 1]?.text === 'of' && isUpperCode(codeAt(name, 0)) && lowerPluralNoun(words[index + 3]?.text ?? '');
}

/** A lower-case plural that is neither a function word nor a unit: a noun a number can count. */
function lowerPluralNoun(word: string): boolean {
  return isLowerCaseStart(word) && looksPlural(word) && !FUNCTION_WORDS.has(word) && !UNIT_BY_NAME.has(word);
}
/** The letter or number of a class of stock after "Series": "Series A", "Series 2". */
const SERIES_LABEL = /^(?:[A-Z]|\d{1,2})$/;

/** A lower-case plural head within the two words after `index`, before any function word. */
function pluralHeadAfter(words: readonly Word[], index: number): boolean {
  for (let next = index + 1; next <= index + 2 && next < words.length; next += 1) {
    const text = words[next]!.text;
    if (!isLowerCaseStart(text) || FUNCTION_WORDS.has(text) || UNIT_BY_NAME.has(text)) return false;
    if (looksPlural(text)) return true;
  }
  return false;
}

/** "hottest", "largest", "best": a superlative; "interest", "modest", "forest" are not. */
const NOT_SUPERLATIVES = new Set([
  'interest',
  'honest',
  'modest',
  'forest',
  'harvest',
  'contest',
  'protest',
  'request',
  'arrest',
  'conquest',
  'earnest',
  'manifest',
  'unrest',
  'invest',
  'suggest',
  'digest',
  'quest',
  'west',
  'rest',
  'test',
  'nest',
  'chest',
  'guest',
  'pest',
]);

function isSuperlative(word: string): boolean {
  return (
    isLowerCaseStart(word) &&
    (word === 'best' || word === 'worst' || (word.length > 4 && word.endsWith('est') && !NOT_SUPERLATIVES.has(word)))
  );
}

/**
 * Whether the "and"/"or" at `index` joins two adjectives before one plural head ("long and costly wars", "African
 * American and Latino children"): the word before is no plural, and the next word (or the one after it) is a lower-case
 * plural that no number word leads.
 */
function coordinatesAdjectives(words: readonly Word[], index: number): boolean {
  const before = words[index - 1]!.text;
  const next = words[index + 1]?.text;
  if (!next || looksPlural(before) || FUNCTION_WORDS.has(next) || NUMBER_WORDS.has(lowerCase(next))) return false;
  // "current and former Medibank customers": a name may stand between the second adjective and the plural.
  const afterNext = words[index + 2]?.text;
  const named = afterNext !== undefined && isUpperCode(codeAt(afterNext, 0)) && !looksPlural(afterNext);
  const head = looksPlural(next) ? next : words[index + (named ? 3 : 2)]?.text;
  return head !== undefined && isLowerCaseStart(head) && looksPlural(head) && !FUNCTION_WORDS.has(head) && !UNIT_BY_NAME.has(head);
}

const NUMBER_WORDS = new Set([...SMALL_NUMBERS.keys(), ...TENS.keys(), ...SCALES.keys()]);

/** Words that follow "one" without naming what is counted: "one more", "one other". */
const NOT_COUNTED_ALONE = new Set(['more', 'fewer', 'less', 'other', 'another', 'additional', 'extra', 'further']);

/** The first word after a comma between adjectives: another modifier, not the plural itself nor a number. */
function modifierAfterComma(word: string): boolean {
  return word !== '' && !looksPlural(word) && !FUNCTION_WORDS.has(word) && !NUMBER_WORDS.has(lowerCase(word));
}

function looksLikeVerbForm(word: string): boolean {
  return word.endsWith('ed') || word.endsWith('ing');
}

function isAllCaps(word: string): boolean {
  if (word.length < 2) return false;
  for (let index = 0; index < word.length; index += 1) {
    const code = codeAt(word, index);
    if (code < 65 || code > 90) return false;
  }
  return true;
}

function isLowerCaseStart(word: string): boolean {
  const code = codeAt(word, 0);
  return code >= 97 && code <= 122;
}

/**
 * Two-word nouns whose head alone names another thing: a home run is no run, a civil servant no servant, a semester
 * hour (of academic credit) no span of time.
 */
export const TWO_WORD_NOUNS = new Set(['home run', 'civil servant', 'service member', 'semester hour', 'credit hour']);
/** The first words of two-word demonyms and peoples: "South Africans", "New Zealanders", "Sri Lankans". */
const DEMONYM_FIRST_WORDS = new Set(['North', 'South', 'East', 'West', 'New', 'Sri', 'Costa', 'Puerto', 'Saudi', 'Latin', 'Native']);

const BOTH_SEXES_AFTER = /[ \u00a0]and[ \u00a0]((?:wo)?men)\b(?!['\u2019])/iy;

function countedFrom(text: string, phrase: Word[]): CountedNoun | null {
  const head = phrase[phrase.length - 1];
  const first = phrase[0];
  if (!head || !first) return null;
  const singular = singularize(withoutPossessive(head.text));
  // "thousands included ones under the post office", "three small ones": the pronoun "ones" stands for a noun said
  // elsewhere, never for one it counts.
  if (singular === 'one') return null;
  const modifier = phrase.length > 1 ? phrase[phrase.length - 2]!.text : '';
  const twoWords = `${lowerCase(modifier)} ${singular}`;
  const capitalizedHead = isUpperCode(codeAt(head.text, 0));
  // "millions of hard working men and women": people, whom the annotators count as one noun.
  BOTH_SEXES_AFTER.lastIndex = head.end;
  const otherSex = singular === 'man' || singular === 'woman' ? BOTH_SEXES_AFTER.exec(text)?.[1]?.toLowerCase() : undefined;
  if (otherSex !== undefined && otherSex !== lowerCase(head.text)) {
    const counted = lowerCase(modifier) === 'service' ? 'service member' : 'person';
    return { counted, phrase: text.slice(first.start, BOTH_SEXES_AFTER.lastIndex), end: BOTH_SEXES_AFTER.lastIndex };
  }
  const counted = TWO_WORD_NOUNS.has(twoWords) || (capitalizedHead && DEMONYM_FIRST_WORDS.has(modifier)) ? twoWords : singular;
  return { counted, phrase: text.slice(first.start, head.end), end: head.end };
}
