// Speed, thirteenth round: the readers read no character past the text, and number readings keep one object shape,
// so that code optimized on one kind of page is not thrown out on another (docs/extraction.md, 2026-12-06).
import { describe, expect, it } from 'vitest';
import { codeAt } from '../../shared/extraction/characters.js';
import { extractQuantities } from '../../shared/extraction/index.js';
import { readDigits, readWords } from '../../shared/extraction/numbers.js';

describe('codeAt', () => {
  it('gives the code inside the text and -1 before its start or past its end, where charCodeAt gives NaN', () => {
    expect(codeAt('5 km', 0)).toBe(53);
    expect(codeAt('5 km', 3)).toBe(109);
    expect(codeAt('5 km', -1)).toBe(-1);
    expect(codeAt('5 km', 4)).toBe(-1);
    expect(codeAt('', 0)).toBe(-1);
  });

  it('reads a number at either end of the text as in the middle of it', () => {
    const values = (text: string) => extractQuantities(text).map((quantity) => [quantity.value, quantity.unit]);
    expect(values('Prices rose 5%')).toEqual([[5, 'percent']]);
    expect(values('5% was the rise')).toEqual([[5, 'percent']]);
    expect(values('It cost $12')).toEqual([[12, 'currency:USD']]);
  });
});

describe('number readings', () => {
  const keys = (reading: object | null) => Object.keys(reading ?? {});

  it('have the same fields in the same order, vague or not ("23 people", "hundreds of people")', () => {
    const digits = readDigits('23 people', 0, false);
    const vague = readWords('hundreds of people', 0);
    expect(keys(digits)).toEqual(keys(vague));
    expect(keys(readWords('twenty-three people', 0))).toEqual(keys(vague));
    expect(digits).toMatchObject({ value: 23, vague: null });
  });

  it('give a vague amount every field, null when absent ("killed thousands.", "thousands, if not millions, of jobs")', () => {
    const bare = readWords('killed thousands.', 7)?.vague;
    const aside = readWords('thousands, if not millions, of jobs', 0)?.vague;
    expect(bare).toEqual({ low: 2000, high: 9000, bare: 'people', nounAt: null });
    expect(aside).toEqual({ low: 2000, high: 9000, bare: null, nounAt: 30 });
    expect(keys(readWords('hundreds of people', 0)?.vague ?? null)).toEqual(['low', 'high', 'bare', 'nounAt']);
  });
});
