import { describe, expect, it } from 'vitest';
import { readDigits, readWords } from '../../shared/extraction/numbers.js';

function readValue(reading: ReturnType<typeof readDigits>): number | 'skip' | null {
  if (reading === null) return null;
  return 'skip' in reading ? 'skip' : reading.value;
}

describe('readDigits', () => {
  it('reads separators, decimals and scales', () => {
    expect(readValue(readDigits('1,234.5 units', 0, false))).toBe(1234.5);
    expect(readValue(readDigits('1.5 million people', 0, false))).toBe(1_500_000);
    expect(readValue(readDigits('41bn', 0, true))).toBe(41e9);
    expect(readValue(readDigits('3k workers', 0, false))).toBe(3000);
  });
  it('reads a glued "m" as million only next to money', () => {
    expect(readValue(readDigits('10m', 0, true))).toBe(10e6);
    expect(readValue(readDigits('10m', 0, false))).toBe(10);
  });
  it('skips clock times, dates, phone numbers and endless digit runs', () => {
    expect(readValue(readDigits('2:12 video', 0, false))).toBe('skip');
    expect(readValue(readDigits('2025-12-19', 0, false))).toBe('skip');
    expect(readValue(readDigits('613-555-0199', 0, false))).toBe('skip');
    expect(readValue(readDigits('9'.repeat(100_000), 0, false))).toBe('skip');
  });
  it('reads small slash fractions and refuses others', () => {
    expect(readValue(readDigits('3/4 of', 0, false))).toBe(0.75);
    expect(readValue(readDigits('24/7', 0, false))).toBe('skip');
  });
});

describe('readWords', () => {
  it('reads cardinals, compounds and scales', () => {
    expect(readWords('twenty-three', 0)?.value).toBe(23);
    expect(readWords('one hundred and fifty', 0)?.value).toBe(150);
    expect(readWords('half a million', 0)?.value).toBe(500_000);
    expect(readWords('two and a half', 0)?.value).toBe(2.5);
  });
  it('reads fractions, with the article that gives their numerator', () => {
    expect(readWords('two-thirds', 0)).toMatchObject({ value: 2 / 3, fraction: true });
    expect(readWords('one in five', 0)).toMatchObject({ value: 0.2, fraction: true });
    expect(readWords('a third still fall short', 2)).toMatchObject({ start: 0, fraction: true });
    expect(readWords('a dozen drones', 2)).toMatchObject({ start: 0, value: 12 });
  });
  it('leaves ordinals and periods alone', () => {
    expect(readWords('a third term', 2)).toBeNull();
    expect(readWords('the second half', 11)).toBeNull();
  });
});
