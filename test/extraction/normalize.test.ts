import { describe, expect, it } from 'vitest';
import { normalize } from '../../shared/extraction/normalize.js';

// Converted values are rounded to 12 significant digits; integers that have no more digits skip the rounding.
describe('normalize rounds converted values to 12 significant digits', () => {
  it('keeps an integer of up to 12 digits as it is', () => {
    expect(normalize(3, undefined, undefined, 'km')).toEqual({ value: 3000, unit: 'm' });
    expect(normalize(999_999_999, undefined, undefined, 'km').value).toBe(999_999_999_000);
  });

  it('rounds an integer of more than 12 digits', () => {
    expect(normalize(1_234_567_890_123, undefined, undefined, 'km').value).toBe(1_234_567_890_120_000);
  });

  it('rounds away the binary noise of a fraction', () => {
    expect(normalize(0.1 + 0.2, undefined, undefined, 'km').value).toBe(300);
  });

  it('gives 0, not -0, for a minus zero', () => {
    expect(Object.is(normalize(-0, undefined, undefined, 'km').value, 0)).toBe(true);
    expect(Object.is(normalize(-0, undefined, undefined, 'km').value, -0)).toBe(false);
  });
});
