// Twentieth speed round: words are lowered without `toLowerCase` when they hold no capital and nothing beyond ASCII
// (characters.ts, lowerCase). Outputs are unchanged; these pin that the short cut gives what `toLowerCase` gives.
import { describe, expect, it } from 'vitest';
import { lowerCase } from '../../shared/extraction/characters.js';
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
