// Whether a text reads as written language at all: random bytes, binary pasted as text or symbol soup
// would otherwise become claims about subjects like "Fä". Generous bounds: number-heavy news passes.

/** Letters among the characters that are not white space: news prose has 70-85%, a table-heavy report over 50%. */
export const MIN_LETTER_SHARE = 0.4;
/** U+FFFD stands for bytes that did not decode: a few are a damaged page, more are not text. */
export const MAX_REPLACEMENT_SHARE = 0.005;
/** Control characters other than tab, line feed, form feed and carriage return: text has none to speak of. */
export const MAX_CONTROL_SHARE = 0.001;

const LETTER = /\p{L}/u;
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/;
const WHITE_SPACE = /\s/;

/** Why `text` is not language, or null when it reads as language. */
export function whyNotLanguage(text: string): string | null {
  let visible = 0;
  let letters = 0;
  let replacements = 0;
  let controls = 0;
  for (const character of text) {
    if (character === '\ufffd') replacements++;
    else if (CONTROL.test(character)) controls++;
    else if (WHITE_SPACE.test(character)) continue;
    else if (LETTER.test(character)) letters++;
    visible++;
  }
  const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
  if (visible === 0) return 'it has no visible characters';
  if (replacements / visible > MAX_REPLACEMENT_SHARE)
    return `${percent(replacements / visible)} of its characters are U+FFFD (bytes that were not text)`;
  if (controls / visible > MAX_CONTROL_SHARE) return `${percent(controls / visible)} of its characters are control characters`;
  if (letters / visible < MIN_LETTER_SHARE) return `only ${percent(letters / visible)} of its characters are letters`;
  return null;
}
