import { describe, expect, it } from 'vitest';
import { firstAtOrAfter, positionsOf, quotationMarksOf } from '../../shared/extraction/positions.js';

describe('positionsOf', () => {
  it('lists the places of several characters in one ascending list', () => {
    const text = '“A” said "b" (c) “d';
    expect(positionsOf(text, ['"', '\u201c', '\u201d'])).toEqual([0, 2, 9, 11, 17]);
    expect(positionsOf(text, ['('])).toEqual([13]);
    expect(positionsOf(text, ['#'])).toEqual([]);
  });

  it('takes characters that are special in a character class literally', () => {
    expect(positionsOf('a-]^\\b[', [']', '-', '^', '\\', '['])).toEqual([1, 2, 3, 4, 6]);
  });
});

describe('quotationMarksOf', () => {
  it('lists straight and curly quotation marks, for each text asked about', () => {
    expect(quotationMarksOf('“A” said "b"')).toEqual([0, 2, 9, 11]);
    expect(quotationMarksOf('no quotes')).toEqual([]);
  });
});

describe('firstAtOrAfter', () => {
  it('finds the first place at or after a position, or the list length past the last', () => {
    const places = [3, 8, 8.5, 20];
    expect([0, 3, 4, 8, 9, 20, 21].map((from) => firstAtOrAfter(places, from))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(firstAtOrAfter([], 5)).toBe(0);
  });
});
