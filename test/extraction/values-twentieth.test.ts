// Twentieth round of values (issue 10): numbers that are part of a proper name, read as no quantity, each with a made-up
// counter-example of the same shape that stays a quantity.
import { describe, expect, it } from 'vitest';
import { countedReadings } from './readings.js';

describe('"Group of N" names a body even when the noun of its members follows', () => {
  it.each([
    // benchnews2-dev bn2-nytimes-com-7e91eb-07 (shortened)
    ['Mr. Obama arrived in St. Petersburg for the annual gathering of the Group of 20 nations.', []],
    // invented: the body's noun in lower case is a group of people counted
    ['A group of 20 nations signed the pledge.', [['20 nations', 20, 'count', 'nation']]],
    ['The Group of 20 nations met in Rome, and 12 ministers stayed on.', [['12 ministers', 12, 'count', 'minister']]],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});
