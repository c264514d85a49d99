// Twentieth speed round: words are lowered without `toLowerCase` when they hold no capital and nothing beyond ASCII
// (characters.ts, lowerCase), and the bracket before a verb of saying is looked for within its sentence only
// (lastIndexBetween). Outputs are unchanged; these pin that the short cuts give what the builtins gave.
import { describe, expect, it } from 'vitest';
import { lastIndexBetween, lowerCase } from '../../shared/extraction/characters.js';
import { extractQuantities } from '../../shared/extraction/index.js';

describe('lowerCase, the short cut past toLowerCase', () => {
  it.each([
    // lower already, in one-byte and in two-byte strings (a slice of a text holding a curly quote)
    'tonnes',
    '“tonnes”'.slice(1, -1),
    "o'clock",
    '[{`~}]',
    '',
    // capitals and letters beyond ASCII go to toLowerCase
    'Tonnes',
    'MILES',
    '@Z[',
    'Ärzte',
    'İstanbul',
    'ΟΔΟΣ',
    'Kelvin \u212a',
  ])('lowers %j as toLowerCase does', (word) => {
    expect(lowerCase(word)).toBe(word.toLowerCase());
  });

  it('reads units and counted nouns the same in a text stored two bytes a character', () => {
    const plain = 'The plant shipped 40 Tonnes of steel and hired 12 Workers over 3 weeks.';
    const curly = `“${plain}”`;
    const read = (text: string) => extractQuantities(text).map((quantity) => [quantity.value, quantity.unit, quantity.of]);
    expect(read(curly)).toEqual(read(plain));
    expect(read(plain).map(([, unit]) => unit)).toContain('tonne');
  });
});

describe('lastIndexBetween, lastIndexOf stopped at a lower bound', () => {
  const text = 'a (b) c (d e';
  it.each([
    [40, 0, 11, 8],
    [40, 8, 11, 8],
    [40, 9, 11, -1],
    [41, 0, 11, 4],
    [41, 5, 11, -1],
    [40, 0, 2, 2],
    [40, 0, 1, -1],
    // a bound past the end reads from the last character, as lastIndexOf does
    [40, 0, 40, 8],
    // an empty range
    [40, 6, 5, -1],
  ])('finds code %i in [%i, %i] at %i', (code, lowest, highest, index) => {
    expect(lastIndexBetween(text, code, lowest, highest)).toBe(index);
    const found = text.lastIndexOf(String.fromCharCode(code), highest);
    expect(found >= lowest ? found : -1).toBe(index);
  });
});
