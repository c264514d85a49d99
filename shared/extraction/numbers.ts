// Stage 1: read the number written at a position, in digits or in words, with its scale.
import {
  COUNT_WORDS,
  FRACTION_DENOMINATORS,
  ORDINAL_WORDS,
  SCALE_LETTERS,
  SCALES,
  SMALL_NUMBERS,
  TENS,
  VAGUE_HIGH,
  VAGUE_LOW,
  VAGUE_SCALES,
  VULGAR_FRACTIONS,
} from './tables/number-words.js';
import { codeAt, isDigitCode, isLetter, lowerCase } from './characters.js';
import { isFunctionWord } from './units.js';

export interface NumberReading {
  start: number;
  end: number;
  value: number;
  /** Written with digits ("23", "1.5 million") rather than words ("twenty-three"). */
  digits: boolean;
  /** A share written as a fraction: "a third", "two-thirds", "one in five", "3/4". */
  fraction: boolean;
  /** Four digits, no separator, no scale: might be a year. */
  yearLike: boolean;
  /** Carries a scale word or letter ("million", "bn", "k"). */
  scaled: boolean;
  /** The scale it carries (1 when none): "1-2 billion" lends the first number the second one's scale. */
  scale: number;
  /**
   * A vague amount ("hundreds of"): the range it stands for; `bare` when no "of" names what it counts: thousands and
   * millions are then people ("Thousands lined up"), billions and trillions money ("lost trillions more"). Null, not
   * left out, on other readings: every reading then has one object shape, which the optimized readers rely on.
   */
  vague: VagueAmount | null;
}

/** A number read whole, in digits or words: no fraction, no scale, no vague amount, no year. */
function plainReading(start: number, end: number, value: number, digits: boolean): NumberReading {
  return { start, end, value, digits, fraction: false, yearLike: false, scaled: false, scale: 1, vague: null };
}

/** The range of a vague amount; `bare` and `nounAt` null when absent, for the same one shape. */
export interface VagueAmount {
  low: number;
  high: number;
  bare: 'people' | 'money' | null;
  nounAt: number | null;
}

/** A stretch the reader consumed but that is not a quantity (a date, a clock time, a 100,000-digit run). */
export interface Skip {
  skip: true;
  end: number;
}

/** Longest digit run read as one number; beyond it the run is an identifier or noise, not a quantity. */
const MAX_DIGITS = 16;

/** "1,234,567.8", "1234", and Indian grouping: "2,50,000" is 250,000 and "1,23,45,678" 12,345,678. */
const DIGIT_NUMBER = /(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
const DIGIT_RUN = /[\d,.]*/y;
const CLOCK_OR_RATIO = /(?::\d+)+/y;
const DATE_OR_PHONE = /(?:[-/.]\d+){2,}/y;
const SLASH_FRACTION = /\/(\d{1,2})(?![\d/])/y;
const GLUED_LETTERS = /[A-Za-z]+/y;
/**
 * "1 414 021 100", "40 000", "1 234 567.89": thousands set off by spaces. One group is read only where nothing glued
 * follows it ("3 100m", "the 3 100-metre") and no further number does (a list of numbers); a full stop or comma that
 * ends the clause may ("China's population is 1 414 021 100."). Four groups at most (under a quadrillion): "150 150 150 150 150
 * 150" is a list, and a run of groups without end would read as Infinity.
 */
const SPACED_GROUPS = /(?:[ \u00a0\u2009\u202f]\d{3}){1,4}(?:\.\d+)?(?![\d/%A-Za-z-]|[.,](?![ \u00a0\n]|$)|[ \u00a0]\d)/y;
/** Spaces a number may hold between its thousands: plain, no-break, thin, narrow no-break. */
const SPACE_IN_NUMBER = /[ \u00a0\u2009\u202f]/;
/** Before the first group: a digit or separator means the group belongs to another number ("1, 234, 567"). */
const DIGIT_OR_SEPARATOR_BEFORE = /[\d,./-]/;
const MIXED_FRACTION = /[ \u00a0](\d{1,2})\/(\d{1,2})(?![\d/])/y;
/** "a quarter million", "a quarter-million", "three quarters of a billion": the scale a fraction takes. */
const SCALE_AFTER_FRACTION = /(?:[ \u00a0]of[ \u00a0]an?[ \u00a0]|[- \u00a0])(thousand|million|billion|trillion)\b/iy;
/** "21 millions" (an older style) scales as "21 million" does. */
const SPACED_SCALE =
  /[- \u00a0](hundred|thousand|million|billion|trillion|bn|mn|mln|bln|tn|trn|tln|lakh[ \u00a0]crore|lakh|crore)(?:(?<=illion)s)?(?![A-Za-z])/iy;
const WORD = /[A-Za-z]+/y;
const HALF_BEFORE = /^half[- \u00a0]$/i;
/** "the past nine quarters", "the last three quarters": quarters of a year counted back or on, no share of anything. */
const PERIODS_COUNTED_AFTER = new Set(['past', 'last', 'previous', 'next', 'first', 'final', 'recent', 'coming']);
/** "a quarter-final", "the semi-finals": a round of a competition named with a fraction word, no share of anything. */
const ROUND_OF_A_CONTEST = /-final/iy;
const HALF_OF_UNIT_AFTER = /[- \u00a0](?:hours?|minutes?|days?|weeks?|months?|years?|decades?|century|centuries|miles?)\b/iy;
const SPACE_OR_OPENING = /[\s([$\u20ac\u00a3]/;
const FOLD_WORD = /^([a-z]+)fold$/;
const NUMBER_WORD_LIST = [
  ...SMALL_NUMBERS.keys(),
  ...TENS.keys(),
  ...SCALES.keys(),
  ...COUNT_WORDS.keys(),
  ...FRACTION_DENOMINATORS.keys(),
  ...VAGUE_SCALES.keys(),
].filter((word) => (word.length > 3 || SMALL_NUMBERS.has(word) || TENS.has(word)) && !word.includes(' '));

/**
 * Units that "a" or "an" measures one of after a bound: "more than a year", "nearly an hour", "more than a dollar a
 * day". "a second" is the unit only where no noun follows ("more than a second clear"; not "over a second term").
 */
const ONE_OF_UNITS =
  'years?|decades?|months?|weeks?|days?|hours?|minutes?|miles?|kilometres?|kilometers?|metres?|meters?|feet|foot|inch|centimetres?|kilograms?|kilos?|tonnes?|tons?|litres?|gallons?|acres?|hectares?|dollar|euro|' +
  String.raw`second(?=[ \u00a0]+(?:clear|ahead|behind|faster|slower|quicker|off|per|a|an|of|and|or)\b|[ \u00a0]*[.,;:)!?]|$)`;
/**
 * "a" or "an" as the number one after a bound word and before a unit ("more than a year"): matched from the
 * bound word, so that the scan needs no look-behind; `numberStartOf` gives the article's place.
 */
const BOUNDED_ARTICLE = `(?:than|nearly|almost|about|around|roughly|under|over|least|to|just|only)[ \\u00a0](?=an?[ \\u00a0](?:${ONE_OF_UNITS})\\b)`;

/**
 * "a decade", "a century", "a fortnight", "a year and a half": spans that are a number of years or weeks by
 * themselves, read without a bound word (unlike "a year", which also only places a time).
 */
const ARTICLE_OF_A_SPAN = `an?(?=[ \\u00a0](?:decade|century|fortnight|(?:year|month|week|day|hour)[ \\u00a0]and[ \\u00a0]a[ \\u00a0]half)\\b)`;

/**
 * Where a number in figures may start: a digit, or a vulgar fraction. Two scans: a class of digits alone runs about
 * three times as fast as one that also holds the fraction characters (outside Latin-1, they defeat the engine's skip).
 */
const DIGIT_START = /[0-9]/g;
const FRACTION_START = new RegExp(`[${[...VULGAR_FRACTIONS.keys()].join('')}]`, 'g');
/** Where a number in words may start: a number word on a word boundary, or "a" / "an" read as one. */
const WORD_START = new RegExp(
  `\\b(?:(?:${NUMBER_WORD_LIST.sort((a, b) => b.length - a.length).join('|')})(?:\\b|(?=fold\\b))|${BOUNDED_ARTICLE}|${ARTICLE_OF_A_SPAN})`,
  'gi',
);

/**
 * Where numbers may start in a text, in order, each scan in one linear pass: the nearest of the next digit, vulgar
 * fraction and number word, each kept until it is passed. Separate scans are faster than one pattern of all: a
 * character class finds figures far faster than the alternation of words can, and each runs only when its match is used.
 */
export class NumberStarts {
  private digit: RegExpExecArray | null | undefined;
  private fraction: RegExpExecArray | null | undefined;
  private word: RegExpExecArray | null | undefined;

  constructor(private readonly text: string) {}

  /** The first place at or after `from` where a number may start (`from` never decreases), or null. */
  next(from: number): RegExpExecArray | null {
    this.digit = nextMatch(DIGIT_START, this.text, from, this.digit);
    this.fraction = nextMatch(FRACTION_START, this.text, from, this.fraction);
    this.word = nextMatch(WORD_START, this.text, from, this.word);
    return nearer(nearer(this.digit, this.fraction), this.word);
  }
}

function nearer(first: RegExpExecArray | null, second: RegExpExecArray | null): RegExpExecArray | null {
  if (first === null || second === null) return first ?? second;
  return first.index < second.index ? first : second;
}

/** The first match of `pattern` at or after `from`: `kept` when it still is (found from an earlier place), else a new search. */
function nextMatch(pattern: RegExp, text: string, from: number, kept: RegExpExecArray | null | undefined): RegExpExecArray | null {
  if (kept === null || (kept !== undefined && kept.index >= from)) return kept;
  pattern.lastIndex = from;
  return pattern.exec(text);
}

/** Where the number of a `NumberStarts` match starts: past the bound word of a bounded article. */
export function numberStartOf(match: RegExpExecArray): number {
  const last = codeAt(match[0], match[0].length - 1);
  return last === 32 || last === 0xa0 ? match.index + match[0].length : match.index;
}

function wordAt(text: string, position: number): string | null {
  WORD.lastIndex = position;
  const match = WORD.exec(text);
  return match ? match[0] : null;
}

/** "×10−5", "x10^-3", "× 10⁻⁵" after a number: a power of ten (a plain "4x100" is no exponent). */
const TIMES_TEN_TO =
  /[ \u00a0]?[\u00d7x][ \u00a0]?10(?:\^([-\u2212]?\d{1,3})|([-\u2212]\d{1,3})|([\u207b]?[\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079]{1,3}))(?!\d)/y;
/** "4e14", "9.83e-3": the e-notation of science copy. */
const E_NOTATION = /e([-\u2212]?\d{1,3})(?![\dA-Za-z])/y;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const MAX_POWER_OF_TEN = 30;

function exponentValue(written: string): number {
  let digits = '';
  for (const character of written) {
    const superscript = SUPERSCRIPT_DIGITS.indexOf(character);
    digits += character === '−' || character === '⁻' ? '-' : superscript >= 0 ? String(superscript) : character;
  }
  return Number(digits);
}

/** The power of ten written after a number in scientific notation, and where it ends. */
function scientificExponent(text: string, end: number): { power: number; end: number } | null {
  const next = codeAt(text, end);
  const pattern = next === 101 ? E_NOTATION : TIMES_TEN_TO;
  if (next !== 101 && next !== 120 && next !== 0xd7 && next !== 32) return null;
  pattern.lastIndex = end;
  const match = pattern.exec(text);
  if (!match) return null;
  const power = exponentValue(match[1] ?? match[2] ?? match[3]!);
  // Beyond 10^±30 is no figure of news, and 1e308 overflows.
  return Math.abs(power) <= MAX_POWER_OF_TEN ? { power, end: pattern.lastIndex } : null;
}

/** Reads a number in digits at `start`; `moneyBefore` lets a glued "m" or "b" read as million/billion. */
export function readDigits(text: string, start: number, moneyBefore: boolean): NumberReading | Skip | null {
  DIGIT_RUN.lastIndex = start;
  DIGIT_RUN.test(text);
  const runEnd = DIGIT_RUN.lastIndex;
  if (runEnd - start > MAX_DIGITS + 8) return { skip: true, end: runEnd };
  DIGIT_NUMBER.lastIndex = start;
  const match = DIGIT_NUMBER.exec(text);
  if (!match) return null;
  let end = start + match[0].length;
  if (isDigitCode(codeAt(text, end))) return { skip: true, end: runEnd };
  const literal = match[0];
  // Guarded like codeAt: a read past the end throws the reader out of optimized code.
  const glyph = end < text.length ? VULGAR_FRACTIONS.get(text.charAt(end)) : undefined;
  if (glyph !== undefined && !literal.includes('.') && !literal.includes(',')) {
    // "2½ years".
    return plainReading(start, end + 1, Number(literal) + glyph, true);
  }
  if (literal.length > MAX_DIGITS + 6) return { skip: true, end: runEnd };
  const next = codeAt(text, end);
  CLOCK_OR_RATIO.lastIndex = end;
  if (next === 58 && CLOCK_OR_RATIO.exec(text)) return { skip: true, end: CLOCK_OR_RATIO.lastIndex };
  const wireFraction = next === 45 ? readWireFraction(text, end) : null;
  if (wireFraction && !literal.includes(',') && !literal.includes('.')) {
    return plainReading(start, wireFraction.end, Number(literal) + wireFraction.value, true);
  }
  DATE_OR_PHONE.lastIndex = end;
  if ((next === 45 || next === 47 || next === 46) && DATE_OR_PHONE.exec(text)) return { skip: true, end: DATE_OR_PHONE.lastIndex };
  // "1.8.3", "iOS 17.1.2": a version, not a decimal followed by a number.
  if (next === 46 && literal.includes('.') && isDigitCode(codeAt(text, end + 1))) return { skip: true, end: runEnd };
  let grouped = literal.includes(',');
  let value = Number(grouped ? literal.replace(/,/g, '') : literal);
  const exponent = grouped ? null : scientificExponent(text, end);
  if (exponent) {
    return {
      start,
      end: exponent.end,
      value: Number((value * 10 ** exponent.power).toPrecision(12)),
      digits: true,
      fraction: false,
      yearLike: false,
      scaled: true,
      scale: 1,
      vague: null,
    };
  }
  // ".3322 shares": a decimal written without its leading zero, after a space.
  if (
    codeAt(text, start - 1) === 46 &&
    !grouped &&
    !literal.includes('.') &&
    (start < 2 || SPACE_OR_OPENING.test(text.charAt(start - 2)))
  ) {
    return plainReading(start - 1, end, Number(`0.${literal}`), true);
  }
  const plainInteger = !grouped && !literal.includes('.');
  if (plainInteger && literal.length <= 3 && codeAt(literal, 0) !== 48 && end < text.length && SPACE_IN_NUMBER.test(text.charAt(end))) {
    SPACED_GROUPS.lastIndex = end;
    const groups = SPACED_GROUPS.exec(text);
    if (groups && !DIGIT_OR_SEPARATOR_BEFORE.test(text.charAt(start - 1))) {
      value = Number(literal + groups[0].replace(/[ \u00a0\u2009\u202f]/g, ''));
      end = SPACED_GROUPS.lastIndex;
      grouped = true;
    } else {
      MIXED_FRACTION.lastIndex = end;
      const mixed = MIXED_FRACTION.exec(text);
      const [numerator, denominator] = mixed ? [Number(mixed[1]), Number(mixed[2])] : [0, 0];
      // "10 1/2 miles": a whole number and a fraction.
      if (mixed && numerator < denominator && denominator <= 16)
        return plainReading(start, MIXED_FRACTION.lastIndex, value + numerator / denominator, true);
    }
  }
  SLASH_FRACTION.lastIndex = end;
  const slash = codeAt(text, end) === 47 ? SLASH_FRACTION.exec(text) : null;
  if (slash) {
    // "3.7495/98": a bid and an offer, the offer written by its last digits; the offer is read on its own.
    const decimals = literal.length - literal.indexOf('.') - 1;
    if (literal.includes('.') && slash[1]!.length < decimals) return plainReading(start, end, value, true);
    const denominator = Number(slash[1]);
    // "1/40 of the wavelength": past 31 a denominator is no day of a date ("9/11", "3/12" stay unread).
    if (!plainInteger || denominator < 2 || (denominator > 10 && denominator <= 31) || value >= denominator) {
      return { skip: true, end: SLASH_FRACTION.lastIndex };
    }
    return {
      start,
      end: SLASH_FRACTION.lastIndex,
      value: value / denominator,
      digits: true,
      fraction: true,
      yearLike: false,
      scaled: false,
      scale: 1,
      vague: null,
    };
  }
  let scaled = false;
  let scale = 1;
  GLUED_LETTERS.lastIndex = end;
  const glued = isLetter(codeAt(text, end)) ? GLUED_LETTERS.exec(text) : null;
  if (glued) {
    const letters = glued[0];
    // "4K", "8K": a screen resolution's name, not four thousand.
    if (letters === 'K' && !moneyBefore && literal.length === 1) return { skip: true, end: end + 1 };
    // "a Core i7 4790k": a model number; thousands are not written in four digits and a k.
    if ((letters === 'k' || letters === 'K') && !moneyBefore && /^\d{4,}$/.test(literal)) return { skip: true, end: end + letters.length };
    const letterScale = SCALE_LETTERS.get(letters);
    // "4mil plastic" is thousandths of an inch, "25MM" a calibre; "S$1mil" and "US$ 1MM" a million.
    const ambiguous = letters === 'm' || letters === 'b' || letters === 'T' || letters === 'mil' || letters === 'MM';
    if (letterScale !== undefined && (!ambiguous || moneyBefore)) {
      scale = letterScale;
      value = scaledValue(value, scale);
      end += letters.length;
      scaled = true;
    }
  } else if (
    codeAt(text, end) === 32 ||
    codeAt(text, end) === 0xa0 ||
    (codeAt(text, end) === 45 && (moneyBefore || hyphenedLargeScale(text, end)))
  ) {
    // "$5.5-billion", "1.5-million dollars": the hyphen some papers put between an amount and its scale.
    const spaced = spacedScaleAt(text, end);
    if (spaced) {
      scale = spaced.scale;
      value = scaledValue(value, scale);
      end = spaced.end;
      scaled = true;
    }
  }
  const yearLike = !scaled && plainInteger && literal.length === 4;
  // "2 and a half percent", "3 million and a quarter": a whole number or a scaled amount completed by a fraction.
  const part = plainInteger && !yearLike && literal.length <= 3 ? fractionAfterDigits(text, start, end) : null;
  if (part) {
    end = part.end;
    // "$3 and a half million": the scale may come after the fraction.
    const after = scaled || codeAt(text, end) !== 32 ? null : spacedScaleAt(text, end);
    if (after) {
      scale = after.scale;
      scaled = true;
      end = after.end;
    }
    value = scaledValue(Number(literal) + part.value, scale);
  }
  return { start, end, value, digits: true, fraction: false, yearLike, scaled, scale, vague: null };
}

/** The scale word set off after a number at `at` ("5 million", "$5.5-billion"), with where it ends, or null. */
function spacedScaleAt(text: string, at: number): { scale: number; end: number } | null {
  SPACED_SCALE.lastIndex = at;
  const spaced = SPACED_SCALE.exec(text);
  const scale = spaced ? SCALES.get((spaced[1] ?? '').toLowerCase().replace('\u00a0', ' ')) : undefined;
  return scale === undefined ? null : { scale, end: SPACED_SCALE.lastIndex };
}

const AND_AFTER = /[ \u00a0]and(?=[ \u00a0])/y;

/** The fraction after "and" that completes a number in figures, not after "between" ("between 2 and three quarters"). */
function fractionAfterDigits(text: string, start: number, end: number): { value: number; end: number } | null {
  AND_AFTER.lastIndex = end;
  if (!AND_AFTER.test(text)) return null;
  return readFractionAfterAnd(text, AND_AFTER.lastIndex, wordBefore(text, start).word === 'between');
}

/** "-million" ending the number's words ("1.5-million dollars") or opening a hyphened modifier ("a 5-million-year-old fossil", "a 1.5-million-dollar home"). */
const HYPHENED_LARGE_SCALE = /-(?:million|billion|trillion)(?![A-Za-z])/iy;

function hyphenedLargeScale(text: string, end: number): boolean {
  HYPHENED_LARGE_SCALE.lastIndex = end;
  return HYPHENED_LARGE_SCALE.test(text);
}

/** A vulgar fraction character standing alone: "½ tbsp", "⅓ of voters". */
export function readVulgarFraction(text: string, start: number): NumberReading | null {
  const value = VULGAR_FRACTIONS.get(text.charAt(start));
  if (value === undefined || isDigitCode(codeAt(text, start + 1))) return null;
  return { start, end: start + 1, value, digits: true, fraction: true, yearLike: false, scaled: false, scale: 1, vague: null };
}

/** "-5/8" of "72-5/8", "-1/2" of "13-1/2 hours": wire copy's mixed fractions, in halves to sixty-fourths. */
const WIRE_FRACTION = /-(\d{1,2})\/(2|4|8|16|32|64)(?![\d/])/y;

/** The fraction after a whole number and a hyphen, when it is reduced (odd numerator below the denominator), so no date. */
function readWireFraction(text: string, end: number): { value: number; end: number } | null {
  WIRE_FRACTION.lastIndex = end;
  const match = WIRE_FRACTION.exec(text);
  if (!match) return null;
  const numerator = Number(match[1]);
  const denominator = Number(match[2]);
  return numerator % 2 === 1 && numerator < denominator ? { value: numerator / denominator, end: WIRE_FRACTION.lastIndex } : null;
}

/** value × scale to 12 significant digits, so that 849.8 billion is 849800000000 and not 849799999999.99994. */
function scaledValue(value: number, scale: number): number {
  const product = value * scale;
  return Number.isInteger(product) && Math.abs(product) < 1e12 ? product : Number(product.toPrecision(12));
}

/** The words "a", "an" and "one" before "third", "dozen", "million" count as a numerator of one. */
function articleBefore(text: string, position: number): number {
  const before = wordBefore(text, position);
  return before.word === 'a' || before.word === 'an' ? before.start : position;
}

/** "by a fifth", "nearly a third": words before that make "a fifth" a share, not a rank. */
const FRACTION_CONTEXT_BEFORE = new Set([
  'by',
  'than',
  'about',
  'nearly',
  'almost',
  'roughly',
  'around',
  'some',
  'over',
  'under',
  'just',
  'only',
  'least',
  'to',
  'fell',
  'rose',
  'cut',
  'lost',
  'and',
  'against',
]);

/** "quarter of a million", "quarter million": the scale a fraction word takes. */
function readOfAScale(text: string, end: number): { scale: number; end: number } | null {
  SCALE_AFTER_FRACTION.lastIndex = end;
  const match = SCALE_AFTER_FRACTION.exec(text);
  const scale = match ? SCALES.get((match[1] ?? '').toLowerCase()) : undefined;
  return match && scale !== undefined ? { scale, end: SCALE_AFTER_FRACTION.lastIndex } : null;
}

/** "the second half", "first half of 2024": a period, not a share. */
const HALF_AS_PERIOD = new Set(['first', 'second', 'the', 'this', 'last', 'next', 'a', 'and', 'other']);

/** The word (lower-cased) that ends at most a few spaces before `position`, and where it starts. */
export function wordBefore(text: string, position: number): { word: string; start: number } {
  let cursor = position - 1;
  while (cursor >= 0 && position - cursor <= 3 && (codeAt(text, cursor) === 32 || codeAt(text, cursor) === 0xa0)) cursor -= 1;
  const end = cursor + 1;
  while (cursor >= 0 && end - cursor <= 24 && isLetter(codeAt(text, cursor))) cursor -= 1;
  return { word: lowerCase(text.slice(cursor + 1, end)), start: cursor + 1 };
}

export function previousWord(text: string, position: number): string {
  return wordBefore(text, position).word;
}

interface WordToken {
  word: string;
  start: number;
  end: number;
}

/** The next number-ish word after `position`, joined by a space, a hyphen or "and". */
function nextWord(text: string, position: number): WordToken | null {
  let cursor = position;
  const separator = codeAt(text, cursor);
  if (separator === 32 || separator === 45 || separator === 0xa0) cursor += 1;
  else return null;
  const word = wordAt(text, cursor);
  if (!word) return null;
  return { word: lowerCase(word), start: cursor, end: cursor + word.length };
}

/** Reads a number in words ("twenty-three", "half a million", "a third", "one in five") at `start`. */
export function readWords(text: string, start: number): NumberReading | null {
  const first = wordAt(text, start);
  if (!first) return null;
  let token: WordToken | null = { word: lowerCase(first), start, end: start + first.length };
  let mentionStart = start;
  let total = 0;
  let group = 0;
  let seen = false;
  let end = start;
  let previous: 'small' | 'tens' | 'scale' | null = null;
  let largestScale = 1;
  let lastTerm = 0;
  /** The scale word read last: "two million and a half" adds half of it. */
  let lastScale = 1;
  let spokenDecimals = false;
  const leading = token.word;
  const vague = VAGUE_SCALES.has(leading) ? readVague(text, start) : null;
  if (vague) return vague;
  const folds = FOLD_WORD.exec(leading);
  const foldStem = folds ? (SMALL_NUMBERS.get(folds[1]!) ?? TENS.get(folds[1]!)) : undefined;
  // "sixfold": the number, with "fold" read after it as the unit.
  if (folds && foldStem !== undefined) return plainReading(start, start + folds[1]!.length, foldStem, false);

  if (leading === 'a' || leading === 'an') {
    return plainReading(start, token.end, 1, false);
  }
  // "Several dozen top tech firms": as vague as "several", which no one annotates (test/golden/news.md).
  if (leading === 'dozen' && previousWord(text, start) === 'several') return null;
  // "a half-dozen project managers": six.
  if (leading === 'dozen' && HALF_BEFORE.test(text.slice(Math.max(0, start - 5), start))) {
    return plainReading(start - 5, token.end, 6, false);
  }
  const ofAScale = readOfAScale(text, token.end);
  const leadingDenominator = FRACTION_DENOMINATORS.get(leading);
  if (leadingDenominator !== undefined && ofAScale) {
    return {
      start: articleBefore(text, start),
      end: ofAScale.end,
      value: ofAScale.scale / leadingDenominator,
      digits: false,
      fraction: false,
      yearLike: false,
      scaled: true,
      scale: ofAScale.scale,
      vague: null,
    };
  }
  if (leading === 'half') {
    // "a half hour", "a half-century": half of the unit that follows.
    HALF_OF_UNIT_AFTER.lastIndex = token.end;
    const wordBeforeHalf = previousWord(text, start);
    if (HALF_OF_UNIT_AFTER.test(text) && (wordBeforeHalf === 'a' || !HALF_AS_PERIOD.has(wordBeforeHalf)))
      return {
        start: articleBefore(text, start),
        end: token.end,
        value: 0.5,
        digits: false,
        fraction: false,
        yearLike: false,
        scaled: false,
        scale: 1,
        vague: null,
      };
    // "a first-half goal", "a second-half penalty": the period hyphened on to its ordinal.
    const hyphenedPeriod = codeAt(text, start - 1) === 45 && HALF_AS_PERIOD.has(previousWord(text, start - 1));
    if (HALF_AS_PERIOD.has(previousWord(text, start)) || hyphenedPeriod || codeAt(text, token.end) === 45) return null;
    const article = nextWord(text, token.end);
    const scaleWord = article && article.word === 'a' ? nextWord(text, article.end) : null;
    const scale = scaleWord ? SCALES.get(scaleWord.word) : undefined;
    if (scaleWord && scale !== undefined && scale >= 1000) {
      return {
        start,
        end: scaleWord.end,
        value: scale / 2,
        digits: false,
        fraction: false,
        yearLike: false,
        scaled: true,
        scale,
        vague: null,
      };
    }
    const halfScale = readOfAScale(text, token.end);
    if (halfScale)
      return {
        start,
        end: halfScale.end,
        value: halfScale.scale / 2,
        digits: false,
        fraction: false,
        yearLike: false,
        scaled: true,
        scale: halfScale.scale,
        vague: null,
      };
    return { start, end: token.end, value: 0.5, digits: false, fraction: true, yearLike: false, scaled: false, scale: 1, vague: null };
  }
  if (FRACTION_DENOMINATORS.has(leading) || SCALES.has(leading) || COUNT_WORDS.has(leading)) {
    mentionStart = articleBefore(text, start);
    if (mentionStart === start && !COUNT_WORDS.has(leading)) return null;
    const denominator = FRACTION_DENOMINATORS.get(leading);
    if (denominator !== undefined) {
      ROUND_OF_A_CONTEST.lastIndex = token.end;
      if (ROUND_OF_A_CONTEST.test(text)) return null;
      const shareContext = FRACTION_CONTEXT_BEFORE.has(wordBefore(text, mentionStart).word);
      if (
        leading === 'fourth' ||
        (ORDINAL_WORDS.has(leading) &&
          !leading.endsWith('s') &&
          (!shareContext || nounFollows(text, token.end)) &&
          !fractionFollows(text, token.end))
      )
        return null;
      return {
        start: mentionStart,
        end: token.end,
        value: 1 / denominator,
        digits: false,
        fraction: true,
        yearLike: false,
        scaled: false,
        scale: 1,
        vague: null,
      };
    }
    group = 1;
    seen = true;
  }

  while (token) {
    const word = token.word;
    const small = SMALL_NUMBERS.get(word);
    const tens = TENS.get(word);
    const scale = SCALES.get(word);
    const count = COUNT_WORDS.get(word);
    const denominator = FRACTION_DENOMINATORS.get(word);
    // "Fifty-fifth Street", "his forty-second birthday": a tens word hyphened to an ordinal ranks, it counts nothing.
    if (previous === 'tens' && codeAt(text, token.start - 1) === 45 && ORDINAL_WORDS.has(word)) return null;
    if (small !== undefined && previous !== 'small' && !(previous === 'tens' && small >= 10)) {
      group += small;
      previous = 'small';
    } else if (tens !== undefined && previous !== 'small' && previous !== 'tens') {
      group += tens;
      previous = 'tens';
    } else if (scale !== undefined && seen && scale === 100) {
      group = (group || 1) * 100;
      previous = 'scale';
    } else if (scale !== undefined && seen && previous === 'scale' && group === 0 && lastTerm > 0) {
      // "three lakh crore", "a thousand million": a scale of the scale before it.
      total += lastTerm * (scale - 1);
      lastTerm *= scale;
      largestScale = Math.max(largestScale, scale);
    } else if (scale !== undefined && seen) {
      lastTerm = (group || 1) * scale;
      total += lastTerm;
      largestScale = Math.max(largestScale, scale);
      group = 0;
      previous = 'scale';
    } else if (count !== undefined && (seen ? word === 'dozen' : true)) {
      group = seen ? (group || 1) * count : count;
      previous = 'scale';
    } else if (
      denominator !== undefined &&
      seen &&
      previous === 'small' &&
      word !== 'second' &&
      (word.endsWith('s') || group === 1) &&
      !(word === 'quarters' && PERIODS_COUNTED_AFTER.has(wordBefore(text, mentionStart).word))
    ) {
      const fractionScale = readOfAScale(text, token.end);
      if (fractionScale) {
        const scaled = Number(((group / denominator) * fractionScale.scale).toPrecision(12));
        return {
          start: mentionStart,
          end: fractionScale.end,
          value: scaled,
          digits: false,
          fraction: false,
          yearLike: false,
          scaled: true,
          scale: fractionScale.scale,
          vague: null,
        };
      }
      return {
        start: mentionStart,
        end: token.end,
        value: group / denominator,
        digits: false,
        fraction: true,
        yearLike: false,
        scaled: false,
        scale: 1,
        vague: null,
      };
    } else {
      break;
    }
    seen = true;
    end = token.end;
    if (scale !== undefined) lastScale = scale;
    token = nextWord(text, token.end);
    if (token && token.word === 'and') {
      const afterAnd = nextWord(text, token.end);
      const part = readFractionAfterAnd(text, token.end, wordBefore(text, mentionStart).word === 'between');
      if (part) {
        end = part.end;
        token = nextWord(text, part.end);
        // "a million and a half" is 1.5 million; "three and a quarter hours" 3.25.
        if (previous === 'scale' && group === 0 && lastTerm > 0) {
          // "one billion and a half million": a smaller scale after the fraction is the fraction's own, added, not
          // a scale of the billion ("a thousand million").
          const ownScale = token ? SCALES.get(token.word) : undefined;
          if (token && ownScale !== undefined && ownScale > 100 && ownScale < lastScale) {
            total += part.value * ownScale;
            end = token.end;
            token = nextWord(text, token.end);
            previous = null;
          } else total += part.value * lastScale;
        } else group += part.value;
        continue;
      }
      token = afterAnd && (SMALL_NUMBERS.has(afterAnd.word) || TENS.has(afterAnd.word)) && previous === 'scale' ? afterAnd : null;
    } else if (token && token.word === 'point' && (previous === 'small' || previous === 'tens') && total === 0 && !spokenDecimals) {
      const decimals = readSpokenDecimals(text, token.end, wordBefore(text, mentionStart).word);
      if (decimals) {
        // "one point five million": a scale may still follow.
        group += decimals.value;
        end = decimals.end;
        spokenDecimals = true;
        token = nextWord(text, decimals.end);
      }
    }
  }
  if (!seen) return null;
  const value = total + group;
  const inFive = readOneInN(text, end, value);
  if (inFive)
    return {
      start: mentionStart,
      end: inFive.end,
      value: inFive.value,
      digits: false,
      fraction: true,
      yearLike: false,
      scaled: false,
      scale: 1,
      vague: null,
    };
  return {
    start: mentionStart,
    end,
    value,
    digits: false,
    fraction: false,
    yearLike: false,
    scaled: largestScale > 1,
    scale: largestScale,
    vague: null,
  };
}

/**
 * The fraction after "and" that completes a number in words: "and a half", "and a quarter", "and three quarters",
 * "and one fourth", "and a third". A singular ordinal ("and a third") before a singular noun is a rank ("two and a
 * third term"), and after "between" a plural one starts the range's other end ("between one and two thirds").
 */
function readFractionAfterAnd(text: string, andEnd: number, afterBetween: boolean): { value: number; end: number } | null {
  const numeratorWord = nextWord(text, andEnd);
  if (!numeratorWord) return null;
  const numerator = numeratorWord.word === 'a' || numeratorWord.word === 'an' ? 1 : (SMALL_NUMBERS.get(numeratorWord.word) ?? Number.NaN);
  if (!(numerator >= 1 && numerator < 10)) return null;
  const denominatorWord = nextWord(text, numeratorWord.end);
  const denominator = denominatorWord ? FRACTION_DENOMINATORS.get(denominatorWord.word) : undefined;
  if (!denominatorWord || denominator === undefined || numerator >= denominator) return null;
  const plural = denominatorWord.word.endsWith('s');
  if (plural !== numerator > 1) return null;
  if (numerator > 1 && afterBetween) return null;
  const rankLike = ORDINAL_WORDS.has(denominatorWord.word);
  const atEnd = denominatorWord.end === text.length;
  if (rankLike && !atEnd && !fractionFollows(text, denominatorWord.end) && !pluralFollows(text, denominatorWord.end)) return null;
  return { value: numerator / denominator, end: denominatorWord.end };
}

/** "and a third miles": a plural word follows (a unit or a counted noun), so the ordinal is a share of one. */
function pluralFollows(text: string, end: number): boolean {
  WORD_AFTER.lastIndex = end;
  const word = WORD_AFTER.exec(text)?.[1];
  return word !== undefined && word.length > 2 && word.endsWith('s') && !word.endsWith('ss') && !isFunctionWord(word);
}

/** Spoken decimals: "two point five percent" is 2.5, "seven point two five" 7.25; not "at one point", "by one point two weeks ago". */
function readSpokenDecimals(text: string, pointEnd: number, wordBeforeNumber: string): { value: number; end: number } | null {
  if (wordBeforeNumber === 'at') return null;
  let digits = '';
  let end = pointEnd;
  for (let digit = nextWord(text, end); digit; digit = nextWord(text, end)) {
    const value = SMALL_NUMBERS.get(digit.word);
    if (value === undefined || value > 9) break;
    digits += String(value);
    end = digit.end;
  }
  // "lost by one point two weeks ago": a margin, then a span of time.
  SPAN_OF_TIME_AFTER.lastIndex = end;
  if (!digits || SPAN_OF_TIME_AFTER.test(text)) return null;
  return { value: Number(`0.${digits}`), end };
}

const SPAN_OF_TIME_AFTER = /[ \u00a0]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/iy;

/** "hundreds of", "tens of thousands of", "dozens of": the words up to and with the last "of"; "tens of thousands" and "millions" bare. */
const VAGUE_AMOUNT =
  /(dozens|scores|tens|hundreds|thousands|millions|billions|trillions)(?:[ \u00a0]of[ \u00a0](thousands|millions|billions))?([ \u00a0]of(?=[ \u00a0]))?/iy;
/** "billions and billions": an amount said twice for emphasis, which no one annotates. */
const REPEATED_AFTER = /[ \u00a0]and[ \u00a0]([a-z]+)/iy;
const REPEATED_BEFORE = /\b([a-z]+)[ \u00a0]and[ \u00a0]$/i;
/** What may follow a bare vague amount: a verb, a relative pronoun, a preposition or the end of the clause, not a noun of its own. */
const BARE_VAGUE_AFTER =
  /(?:[ \u00a0]+(?:who|that|more|each|in|on|at|to|for|from|over|are|were|have|had|will|would|could|can|may|might|[a-z]+ed)\b|[ \u00a0]*[,.;:!?)\u2014\u2013-]|$)/iy;

/** Words that hedge a second amount joined to a first: "hundreds, if not thousands", "millions, perhaps tens of millions". */
export const HEDGE_WORDS =
  'if not|or even|or possibly|or perhaps|possibly even|perhaps even|maybe even|perhaps|possibly|maybe|probably|even|or';
/** A vague amount written with no noun: "dozens", "tens of thousands", "hundreds of millions". */
export const VAGUE_AMOUNT_WORDS = String.raw`(?:tens[ \u00a0]of[ \u00a0])?(?:dozens|scores|hundreds|thousands|millions|billions|trillions)(?:[ \u00a0]of[ \u00a0](?:thousands|millions|billions))?`;
/**
 * A vague amount whose "of" comes after a hedge or an aside: "hundreds, if not thousands, of jobs", "tens of thousands,
 * possibly even hundreds of thousands—no one is exactly sure—of shelters". Not "thousands, of course, ...".
 */
const OF_AFTER_ASIDE = new RegExp(
  String.raw`(?:[ \u00a0]*,[ \u00a0]*(?:${HEDGE_WORDS})[ \u00a0]+${VAGUE_AMOUNT_WORDS})?(?:[ \u00a0]*,|[ \u00a0]*[\u2014\u2013][^\u2014\u2013\n.;]{1,80}[\u2014\u2013]|[ \u00a0]+--[^\n.;]{1,80}?--)?[ \u00a0]*of(?=[ \u00a0](?!course\b|which\b|whom\b|whose\b|them\b|us\b|it\b)[a-z])`,
  'iy',
);

/** Verbs of money before a bare vague amount: "it cost millions" is money, not people. */
const MONEY_VERBS = new Set([
  'cost',
  'costs',
  'costing',
  'spend',
  'spends',
  'spent',
  'spending',
  'pay',
  'pays',
  'paid',
  'paying',
  'worth',
  'raise',
  'raised',
  'raises',
  'lose',
  'lost',
  'loses',
  'owe',
  'owes',
  'owed',
  'save',
  'saved',
  'saves',
  'saving',
  'earn',
  'earned',
  'earns',
  'invest',
  'invested',
  'invests',
  'charge',
  'charged',
  'fetch',
  'fetched',
  'borrow',
  'borrowed',
]);

/** Verbs whose bare object is people: "killed dozens", "arrested hundreds" (a bare "dozens" is otherwise unread). */
const HARM_VERBS = new Set(['killed', 'injured', 'wounded', 'hurt', 'arrested', 'detained', 'evacuated', 'rescued', 'sickened']);
/** The same verbs as a participle before the amount: "killing at least 22 people and wounding dozens more". */
const HARMING_VERBS = new Set(['killing', 'injuring', 'wounding', 'hurting', 'arresting', 'detaining', 'evacuating', 'rescuing']);
/** A harm verb whose subject is the bare amount: "Dozens arrested in Turkey", "hundreds were killed". */
const HARMED_AFTER = new RegExp(
  String.raw`[ \u00a0]+(?:(?:were|are|have[ \u00a0]been|had[ \u00a0]been|was)[ \u00a0]+)?(?:${[...HARM_VERBS].join('|')})\b`,
  'iy',
);

function harmsPeople(text: string, start: number, end: number): boolean {
  const before = previousWord(text, start);
  HARMED_AFTER.lastIndex = end;
  return HARM_VERBS.has(before) || HARMING_VERBS.has(before) || HARMED_AFTER.test(text);
}

/** A vague amount as the range of VAGUE_SCALES ("hundreds of thousands of" is 200,000 to 900,000). */
function readVague(text: string, start: number): NumberReading | null {
  VAGUE_AMOUNT.lastIndex = start;
  const match = VAGUE_AMOUNT.exec(text);
  if (!match) return null;
  const end = VAGUE_AMOUNT.lastIndex;
  const leading = match[1]!.toLowerCase();
  REPEATED_AFTER.lastIndex = start + match[1]!.length;
  const repeated =
    REPEATED_BEFORE.exec(text.slice(Math.max(0, start - 16), start))?.[1]?.toLowerCase() === leading ||
    REPEATED_AFTER.exec(text)?.[1]?.toLowerCase() === leading;
  if (repeated) return null;
  let bare: 'people' | 'money' | null = null;
  let nounAt: number | null = null;
  OF_AFTER_ASIDE.lastIndex = end;
  if (!match[3] && OF_AFTER_ASIDE.test(text) && OF_AFTER_ASIDE.lastIndex > end + 3) nounAt = OF_AFTER_ASIDE.lastIndex;
  else if (!match[3]) {
    // "in thousands" heads a table; "hundreds" and "dozens" alone are left unread.
    const largest = (match[2] ?? leading).toLowerCase();
    BARE_VAGUE_AFTER.lastIndex = end;
    if (previousWord(text, start) === 'in' || !BARE_VAGUE_AFTER.test(text)) return null;
    if (largest === 'billions' || largest === 'trillions' || MONEY_VERBS.has(previousWord(text, start))) bare = 'money';
    else if (largest === 'thousands' || largest === 'millions' || harmsPeople(text, start, end)) bare = 'people';
    else return null;
  }
  const first = VAGUE_SCALES.get(leading)!;
  // "tens of" alone is no amount; "tens of thousands of" is.
  if (first === 10 && !match[2]) return null;
  const scale = first * (match[2] ? VAGUE_SCALES.get(match[2].toLowerCase())! : 1);
  const low = VAGUE_LOW * scale;
  const high = VAGUE_HIGH * scale;
  return {
    start,
    end,
    value: (low + high) / 2,
    digits: false,
    fraction: false,
    yearLike: false,
    scaled: true,
    scale,
    vague: { low, high, bare, nounAt },
  };
}

/**
 * "one in five", "nine out of 10", "one in five hundred", "one in a thousand", "1 in 5,000"; not "eight in 24 hours"
 * or "one in a hundred years".
 */
const ONE_IN_N =
  /[ \u00a0](?:in|out[ \u00a0]of)[ \u00a0](?:an?[ \u00a0](?=(?:hundred|thousand|million)\b))?([A-Za-z]+|\d{1,3}(?:,\d{3})+|\d+)(?:[ \u00a0](hundred|thousand|million)(?![\w-]))?(?![\w]|,\d)(?![ \u00a0](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)/y;

/** "one in five" -> 0.2; "1 in 4" is read the same way by the caller. */
export function readOneInN(text: string, end: number, numerator: number): { value: number; end: number } | null {
  if (numerator < 1 || numerator > 20 || !Number.isInteger(numerator)) return null;
  ONE_IN_N.lastIndex = end;
  const match = ONE_IN_N.exec(text);
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  const count = /^[\d,]+$/.test(word) ? Number(word.replace(/,/g, '')) : (SMALL_NUMBERS.get(word) ?? TENS.get(word));
  const scaleAfter = match[2] ? SCALES.get(match[2].toLowerCase()) : 1;
  // "one in a thousand": the scale word is the whole denominator.
  const denominator = count !== undefined && scaleAfter !== undefined ? count * scaleAfter : SCALES.get(word);
  if (
    denominator === undefined ||
    denominator <= numerator ||
    denominator > (match[2] || SCALES.has(word) || word.includes(',') ? 1e9 : 1000)
  )
    return null;
  return { value: numerator / denominator, end: ONE_IN_N.lastIndex };
}

const FUNCTION_AFTER_FRACTION =
  /[ \u00a0]+(?:of|still|are|were|is|was|have|had|has|say|said|do|did|will|would|could|more|less|fewer|now|already|also|remain|remained|fall|fell)\b|\s*[,.;:)]/y;

const WORD_AFTER = /[ \u00a0]+([a-z]+)\b/y;
const NOT_A_NOUN_ENDING = /(?:ed|ly|er)$/;

/** "and a third air force": a word that may be a noun follows, so the ordinal is read even after "and" or "by". */
function nounFollows(text: string, end: number): boolean {
  WORD_AFTER.lastIndex = end;
  const word = WORD_AFTER.exec(text)?.[1];
  return word !== undefined && !isFunctionWord(word) && !NOT_A_NOUN_ENDING.test(word);
}

/** "a third of", "a third still fall short": a share; "a third term": an ordinal. */
function fractionFollows(text: string, end: number): boolean {
  FUNCTION_AFTER_FRACTION.lastIndex = end;
  return FUNCTION_AFTER_FRACTION.test(text);
}
