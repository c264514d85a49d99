// Tenth round of units on real copy (issue 10): counted nouns the text only implies. Each reading quotes a development
// record and keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The unit and counted noun of each quantity found in the text, by its words. */
function unitsOf(text: string): [string, string, string | null][] {
  return extractQuantities(text).map((quantity) => [quantity.text, quantity.unit, quantity.counted]);
}

function countedOf(text: string, words: string): string | null | undefined {
  return extractQuantities(text).find((quantity) => quantity.text === words)?.counted;
}

describe('a bare number whose verb is a fate only people meet counts people (dev copy: NDTV, the Brown Corpus)', () => {
  it('counts people in "1,97,666 have died" and "7,97,826 have recovered", not the cases beside them', () => {
    // parsernews-dev pn-ndtv-trump-india-22.
    const text =
      'The total confirmed cases worldwide are 28,25,140 and 1,97,666 have died; 18,29,648 are active cases and 7,97,826 have recovered as on April 25, 2020 at 5:36 pm.';
    expect(countedOf(text, '1,97,666')).toBe('person');
    expect(countedOf(text, '7,97,826')).toBe('person');
    expect(countedOf(text, '18,29,648')).toBe('case');
  });

  it('counts people in "over 366,000 have contracted infection" and "More than 1,000 were said to have been arrested"', () => {
    // parsernews-dev pn-ndtv-trump-india-15; othernews-dev on-brown-ca21-70.
    expect(
      countedOf('The coronavirus death count has crossed 10,000-mark in US; over 366,000 have contracted infection so far.', '366,000'),
    ).toBe('person');
    expect(countedOf('More than 1,000 were said to have been arrested -- 100 of them Roman Catholic priests.', '1,000')).toBe('person');
  });

  it('keeps the noun a count names and leaves other verbs alone (invented)', () => {
    expect(countedOf('Of the 50 soldiers, 12 were killed.', '12')).toBe('soldier');
    expect(countedOf('Shares fell on Monday, and 12 have recovered since.', '12')).toBe('share');
    expect(unitsOf('The firm has 12 that were sold, and 30 have closed.')).toEqual([
      ['12', 'count', null],
      ['30', 'count', null],
    ]);
    expect(countedOf('Among the 40 passengers, 3 were injured.', '3')).toBe('passenger');
  });
});

describe('a bare number as the subject of "are" and a plural counts that plural (dev copy: NDTV)', () => {
  it('counts cases in "18,29,648 are active cases"', () => {
    // parsernews-dev pn-ndtv-trump-india-22 (the number after one that counts people).
    expect(countedOf('1,97,666 have died; 18,29,648 are active cases.', '18,29,648')).toBe('case');
  });

  it('reads no noun past a preposition or an adverb (invented)', () => {
    expect(countedOf('Of the patients, 12 were in hospitals across the state.', '12')).not.toBe('hospital');
    expect(countedOf('Officials said 40 were still children.', '40')).not.toBe('child');
  });
});

describe('"the number of" a plural, then "is" and a bare number, counts that plural (dev copy: NDTV)', () => {
  it('counts cases in "The number of active cases is 18,953"', () => {
    // parsernews-dev pn-ndtv-trump-india-28.
    expect(
      unitsOf(
        'In India, there are 24,942 confirmed cases including 779 deaths. The number of active cases is 18,953 and 5,210 have recovered as on April 25, 2020 at 5:00 pm.',
      ).filter(([, unit]) => unit === 'count'),
    ).toEqual([
      ['24,942 confirmed cases', 'count', 'case'],
      ['779 deaths', 'count', 'death'],
      ['18,953', 'count', 'case'],
      ['5,210', 'count', 'person'],
    ]);
  });

  it('leaves "is" after a noun that is no "number of" alone (invented)', () => {
    expect(countedOf('The ratio of wins to games played is 12.', '12')).toBeNull();
    expect(countedOf('The average age of the patients is 40.', '40')).not.toBe('patient');
  });
});

describe('a place named by its size counts its people (dev copy: Bloomberg)', () => {
  it('counts people in "Ireland, a nation of less than five million,"', () => {
    // parsernews-dev pn-bloomberg-apple-profits-40.
    expect(
      countedOf('how Ireland, a nation of less than five million, managed to amass $271 billion of U.S. government bonds', 'five million'),
    ).toBe('person');
  });

  it('keeps a noun the place names and leaves groups unnamed (invented)', () => {
    expect(countedOf('It is a town of 3,000.', '3,000')).toBe('person');
    expect(countedOf('It is a country of 50 states.', '50 states')).toBe('state');
    expect(countedOf('The ship had a crew of six.', 'six')).toBeNull();
  });
});
