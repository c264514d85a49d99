// Eighteenth round of units (issue 10): value-right, unit-wrong pairs counted by class across the development sets.
// Each reading quotes a development record and keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, unit and counted noun of each quantity found in the text. */
function unitsOf(text: string): [string, string, string | null][] {
  return extractQuantities(text).map((quantity) => [quantity.text, quantity.unit, quantity.counted]);
}

describe('a bare count opening a paragraph counts the noun the sentence just before counts', () => {
  it('reads "Twenty-two were confirmed dead" after a paragraph of 47 children (dev copy: benchnews3-dev)', () => {
    expect(
      unitsOf(
        'In all, 47 primary school children fell ill after consuming the meal of rice and soybeans on Tuesday.\n\nTwenty-two were confirmed dead on Wednesday.',
      )[1],
    ).toEqual(['Twenty-two', 'count', 'child']);
  });

  it('reads the tally of a widget line after the line that names it (dev copy: parsernews-dev)', () => {
    expect(unitsOf('28,25,140Cases\n\n18,29,648Active')[1]).toEqual(['18,29,648Active', 'count', 'case']);
  });

  it('borrows nothing when the paragraph before counts two nouns or none (invented)', () => {
    expect(unitsOf('The storm destroyed 300 homes and 20 schools.\n\nTwelve were rebuilt by June.')[2]).toEqual(['Twelve', 'count', null]);
    expect(unitsOf('Sales rose 12% in 2023.\n\nNine were sold in a day.')[1]).toEqual(['Nine', 'count', null]);
  });
});

describe('an irregular past tense after a bare count is its verb, not the noun it counts', () => {
  it('reads "only 87 took the Mid-Day meal" as 87 of the children before (dev copy: benchnews3-dev)', () => {
    expect(unitsOf('The day tragedy struck, there were 108 children in attendance. However, only 87 took the Mid-Day meal.')[1]).toEqual([
      '87',
      'count',
      'child',
    ]);
  });

  it('reads "came", and keeps a noun after the number and a sentence before that counts nothing (invented)', () => {
    expect(unitsOf('The firm hired 40 engineers. Six came from Google.')[1]).toEqual(['Six', 'count', 'engineer']);
    expect(unitsOf('The firm hired 40 engineers. Six drivers came from Google.')[1]).toEqual(['Six drivers', 'count', 'driver']);
    expect(unitsOf('The firm grew fast. Six came from Google.')[0]).toEqual(['Six', 'count', null]);
  });
});
