// Readings found by trying sport and feature copy by hand after the seventh rounds (invented sentences in
// the style of news): a contest's round named with a fraction word, race distances glued to "m", and
// large scales opening a hyphened modifier.
import { describe, expect, it } from 'vitest';
import { readings } from './readings.js';

describe('a round of a contest named with a fraction word', () => {
  it('is no share: "a quarter-final", "the quarter-finals"', () => {
    expect(readings('Murray reached a quarter-final in Paris.')).toEqual([]);
    expect(readings('She has lost the last three quarter-finals she played.').map(([, value]) => value)).toEqual([3]);
  });

  it('leaves a fraction of a unit and a share as they were', () => {
    expect(readings('The Fed cut rates by a quarter-point.')).toEqual([['a quarter-point', 0.25, 'percentage-point']]);
    expect(readings('A quarter of voters stayed home.')).toEqual([['A quarter', 0.25, 'fraction']]);
  });
});

describe('a distance glued to "m" before a race', () => {
  it('is metres, not millions: "three 100m races", "the 400m hurdles", "the 1500m final"', () => {
    const found = readings('She ran three 100m races, won the 400m hurdles and was third in the 1500m final.');
    expect(found.filter(([, , unit]) => unit === 'm')).toEqual([
      ['100m', 100, 'm'],
      ['400m', 400, 'm'],
      ['1500m', 1500, 'm'],
    ]);
  });

  it('still reads a glued "m" before other nouns as a million', () => {
    expect(readings('The label sold 35m records and 2.7m units last year.')).toEqual([
      ['35m records', 35_000_000, 'count'],
      ['2.7m units', 2_700_000, 'count'],
    ]);
  });
});

describe('a large scale opening a hyphened modifier', () => {
  it('scales the number: "a 5-million-year-old fossil", "a 1.5-million-dollar home", "a 3-million-strong army"', () => {
    expect(readings('Scientists found a 5-million-year-old fossil.')).toEqual([['5-million-year-old', 5_000_000, 'year']]);
    expect(readings('They bought a 1.5-million-dollar home.')).toEqual([['1.5-million-dollar', 1_500_000, 'currency:USD']]);
    expect(readings('It raised a 3-million-strong army.')).toEqual([['3-million-strong', 3_000_000, 'count']]);
  });

  it('leaves modifiers without a scale as they were', () => {
    expect(readings('A 58-year-old man found a 2,000-year-old coin.')).toEqual([
      ['58-year-old', 58, 'year'],
      ['2,000-year-old', 2000, 'year'],
    ]);
  });
});
