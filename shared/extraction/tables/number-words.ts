// Number words as news writes them: cardinals, scales, and the fraction words that take a numerator.

export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Multipliers that close a group ("three hundred", "1.5 million", "$41bn"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['mln', 1e6],
  ['mn', 1e6],
  ['mil', 1e6],
  ['bn', 1e9],
  ['bln', 1e9],
  ['tn', 1e12],
  ['trn', 1e12],
  ['tln', 1e12],
  ['lakh', 1e5],
  ['crore', 1e7],
  ['lakh crore', 1e12],
]);

/** Scale letters glued to digits ("3k", "$5bn", "£10m", "$2.174T"); "m", "b" and "T" only read as scales next to money. */
export const SCALE_LETTERS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['K', 1e3],
  ['m', 1e6],
  ['M', 1e6],
  ['b', 1e9],
  ['B', 1e9],
  ['bn', 1e9],
  ['mn', 1e6],
  ['tn', 1e12],
  ['trn', 1e12],
  ['bln', 1e9],
  ['mln', 1e6],
  ['mil', 1e6],
  ['MM', 1e6],
  ['T', 1e12],
  // "$1million", "£2.5billion": a scale word glued to the amount, as some papers print it.
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/** Denominator words: "a third", "two-thirds", "three quarters", "one in five" uses SMALL_NUMBERS. */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fourth', 4],
  ['fourths', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['sixth', 6],
  ['sixths', 6],
  ['seventh', 7],
  ['sevenths', 7],
  ['eighth', 8],
  ['eighths', 8],
  ['ninth', 9],
  ['ninths', 9],
  ['tenth', 10],
  ['tenths', 10],
]);

/** Words that stand for a number on their own. */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([['dozen', 12]]);

export const ORDINAL_WORDS: ReadonlySet<string> = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'twentieth',
  'hundredth',
  'thousandth',
  'millionth',
]);

/**
 * Vague amounts by their scale: "dozens of", "hundreds of", "tens of thousands of". The convention here: two to
 * nine of the scale, so "hundreds of" is 200 to 900 and "dozens of" 24 to 108, value their midpoint, bound "~".
 */
export const VAGUE_SCALES: ReadonlyMap<string, number> = new Map([
  ['dozens', 12],
  ['scores', 20],
  ['hundreds', 100],
  ['thousands', 1e3],
  ['millions', 1e6],
  ['billions', 1e9],
  ['trillions', 1e12],
  ['tens', 10],
]);
export const VAGUE_LOW = 2;
export const VAGUE_HIGH = 9;

/** Vulgar fraction characters: "½ tbsp", "2½ years". */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['¼', 1 / 4],
  ['½', 1 / 2],
  ['¾', 3 / 4],
  ['⅓', 1 / 3],
  ['⅔', 2 / 3],
  ['⅕', 1 / 5],
  ['⅖', 2 / 5],
  ['⅗', 3 / 5],
  ['⅘', 4 / 5],
  ['⅙', 1 / 6],
  ['⅚', 5 / 6],
  ['⅛', 1 / 8],
  ['⅜', 3 / 8],
  ['⅝', 5 / 8],
  ['⅞', 7 / 8],
]);
