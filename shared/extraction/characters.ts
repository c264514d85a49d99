// Character classes by UTF-16 code, shared by the readers: ASCII letters and digits, capitals, apostrophes.

/**
 * The UTF-16 code at `index` of `text`, or -1 before its start or past its end. `charCodeAt` gives NaN there, and an
 * optimized reader that meets a first out-of-bounds read is thrown out of optimized code and compiled again.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1;
}

export function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** A straight or a typographic apostrophe. */
export function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Whether `code` is a character of the sentence reader's vocabulary words: lower-case ASCII letters, digits, "&". */
export function isVocabularyCode(code: number): boolean {
  return (code >= 97 && code <= 122) || isDigitCode(code) || code === 38;
}

/**
 * A pattern built on its first use, then kept: a `\p{..}` class takes 50 to 150 us to build, and the first article of a
 * cold start runs few of the patterns that have one (docs/extraction.md, the sixteenth cold-start round).
 */
export function patternOnFirstUse(build: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => {
    pattern ??= build();
    return pattern;
  };
}

const UPPER_LETTER = patternOnFirstUse(() => /\p{Lu}/u);

/** Whether `char` is a capital letter in any script. */
export function isUpperLetter(char: string): boolean {
  return UPPER_LETTER().test(char);
}

const LOWER_LETTER = patternOnFirstUse(() => /\p{Ll}/u);

/** Whether `char` is a lower-case letter in any script. */
export function isLowerLetter(char: string): boolean {
  return LOWER_LETTER().test(char);
}

/** Whether the character at `index` of `word` is a capital letter (ASCII by code, others by Unicode category). */
export function isUpperAt(word: string, index: number): boolean {
  const code = word.charCodeAt(index);
  return code < 128 ? code >= 65 && code <= 90 : isUpperLetter(word.charAt(index));
}

/** A capital or a character beyond ASCII: what `toLowerCase` may change. */
const MAY_LOWER = /[A-Z\u0080-\uffff]/;

/**
 * `word.toLowerCase()`, without the call when the word holds no capital and nothing beyond ASCII (its own lower case
 * then). A slice of a text that holds a character beyond Latin-1 ("\u2019", "\u2014") is stored two bytes a character,
 * and V8 lowers such strings through ICU, about four times as slow as a one-byte string; most words asked are lower
 * already. A pattern, not a loop of `charCodeAt`: the words come in many string representations, and the loop's
 * property reads went megamorphic (the instruction count rose).
 */
export function lowerCase(word: string): string {
  return MAY_LOWER.test(word) ? word.toLowerCase() : word;
}

/** The last index in `[lowest, highest]` of the character `code` in `text`, or -1: `lastIndexOf` that stops at `lowest`. */
export function lastIndexBetween(text: string, code: number, lowest: number, highest: number): number {
  for (let index = Math.min(highest, text.length - 1); index >= lowest; index -= 1) if (text.charCodeAt(index) === code) return index;
  return -1;
}
