// Twelfth round (issue 10): a claim's kind and time on real copy, first round on them. Each reading quotes a
// development record and keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, kind and time of each quantity found in the text. */
function kindsAndTimes(text: string, publishedAt?: string): [string, string, object][] {
  return extractQuantities(text, publishedAt ? { publishedAt } : {}).map((quantity) => [quantity.text, quantity.kind, quantity.time]);
}

describe('ages and spans of time take no year', () => {
  it('gives an age no year of its sentence (dev copy: Brown, Time 1960)', () => {
    // browndev-dev bd-brown-ca40-07.
    expect(
      kindsAndTimes('Chaplin, 71, who met K. when the Soviet boss visited England in 1956, confided that he hopes to visit Russia.'),
    ).toEqual([['71', 'actual', {}]]);
  });

  it('gives a duration no year (dev copy: New York magazine)', () => {
    // recentnews-dev rc-nymag-com-45.
    expect(kindsAndTimes('In late 2010 or early 2011, Luhn wrote a letter saying she had been harassed by Ailes for 20 years.')).toEqual([
      ['20 years', 'actual', {}],
    ]);
  });

  it('keeps the year of the other figures and of a rate per span of time (invented)', () => {
    expect(kindsAndTimes('In 2011, the firm paid its 71 workers $15 an hour for 40 hours.')).toEqual([
      ['71 workers', 'actual', { year: 2011 }],
      ['$15 an hour', 'actual', { year: 2011 }],
      ['40 hours', 'actual', {}],
    ]);
  });
});
