// The sentence around a position, found by a bounded scan either way (text may be one 10 MB line).
import { codeAt, isLowerLetter, isUpperLetter, lowerCase } from './characters.js';
import type { Span } from './types.js';

/** Sentences longer than this are cut: it bounds the work done per quantity on text without punctuation. */
export const MAX_SENTENCE_REACH = 600;

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'adm',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'fig',
  'vol',
  'pp',
  'ft',
  'mt',
  'rev',
  'hon',
]);

const MAX_MARKS_SKIPPED = 8;

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((abbreviation) => abbreviation.length));

/** Capitals of every script ("Česko", "Österreich"); ASCII first, as it is nearly all. */
function isUpper(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  return isUpperLetter(String.fromCharCode(code));
}

function isLower(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return isLowerLetter(String.fromCharCode(code));
}

function isLetterOrStop(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f;
}

const CLOSERS = new Set([34, 39, 41, 93, 0x201d, 0x2019, 0xbb]);
const OPENERS = new Set([34, 39, 40, 0x201c, 0x2018, 0xab]);

function mayEndSentence(code: number): boolean {
  return code === 46 || code === 10 || code === 13 || code === 33 || code === 63 || code === 0x2026;
}

/** True when the punctuation mark at `index` ends a sentence. */
function endsSentenceAt(text: string, index: number): boolean {
  const code = codeAt(text, index);
  if (code === 10 || code === 13) return true;
  if (code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) return false;
  // Closing quotes and repeated marks ("?!", "...") are skipped, a bounded few: a run of 10 MB of dots must not be read per dot.
  let after = index + 1;
  const lastSkipped = Math.min(text.length, index + MAX_MARKS_SKIPPED);
  while (after < lastSkipped && (CLOSERS.has(codeAt(text, after)) || codeAt(text, after) === code)) after += 1;
  if (after >= text.length) return true;
  const next = codeAt(text, after);
  if (!isSpace(next)) {
    // "budgets.Rutte's": scraped text loses the space; "U.S." and "3.5" must not split.
    return code === 46 && isUpper(next) && isLower(codeAt(text, index - 1)) && isLower(codeAt(text, after + 1));
  }
  if (code !== 46) return true;
  let following = after;
  while (following < text.length && isSpace(codeAt(text, following))) following += 1;
  const first = codeAt(text, following);
  if (!(isUpper(first) || OPENERS.has(first) || (first >= 48 && first <= 57))) return false;
  let wordStart = index;
  while (wordStart > 0 && index - wordStart < 12 && isLetterOrStop(codeAt(text, wordStart - 1))) wordStart -= 1;
  const word = text.slice(wordStart, index);
  if (/^[A-Z]$|\.[A-Za-z]$/.test(word)) return false;
  return word.length > LONGEST_ABBREVIATION || !ABBREVIATIONS.has(lowerCase(word));
}

/** The sentence containing `position`, trimmed of surrounding space. */
export function sentenceAround(text: string, position: number): Span {
  const lowest = Math.max(0, position - MAX_SENTENCE_REACH);
  let start = position;
  while (start > lowest && !(mayEndSentence(codeAt(text, start - 1)) && endsSentenceAt(text, start - 1))) start -= 1;
  const highest = Math.min(text.length, position + MAX_SENTENCE_REACH);
  let end = position;
  while (end < highest && !(mayEndSentence(codeAt(text, end)) && endsSentenceAt(text, end))) end += 1;
  if (end < highest && codeAt(text, end) !== 10 && codeAt(text, end) !== 13) {
    end += 1;
    const lastCloser = Math.min(text.length, end + MAX_MARKS_SKIPPED);
    while (end < lastCloser && CLOSERS.has(codeAt(text, end))) end += 1;
  }
  while (start < end && /\s/.test(text.charAt(start))) start += 1;
  while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}
