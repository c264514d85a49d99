// The peers' suites, twenty-second round (../shared/peer-suites): the errors that are general English, each with the
// suite's case, a sentence news would write and a made-up counter-example.
import { describe, expect, it } from 'vitest';
import { readings } from './readings.js';

describe('a fraction after a scaled amount takes the smaller scale that follows it, added, not multiplied', () => {
  it.each([
    // Recognizers-Text Number (was 1,000,000,500,000,000)
    ['Current value is one billion and a half million', [['one billion and a half million', 1_000_500_000, 'count']]],
    ['Last value was one billion and a quarter million', [['one billion and a quarter million', 1_000_250_000, 'count']]],
    // invented
    [
      'The fund raised two billion and a half million dollars.',
      [['two billion and a half million dollars', 2_000_500_000, 'currency:USD']],
    ],
    // invented counter-examples: the fraction of the scale before, and a scale of a scale, stay as they were
    ['A million and a half people marched.', [['A million and a half people', 1_500_000, 'count']]],
    ['They spent a thousand million pounds.', [['a thousand million pounds', 1_000_000_000, 'currency:GBP']]],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('a glued F before a filing names a form, not a temperature', () => {
  it.each([
    // Recognizers-Text Temperature
    ['When must 13F be filed?', []],
    // invented
    ['The fund disclosed the stake in 13F filings on Friday.', []],
    // invented counter-examples: a temperature stays one
    ['Phoenix hit 118F on Thursday, forcing schools to close.', [['118F', 118, 'fahrenheit']]],
    ['Highs reached 95F before the storm was filed as a warning.', [['95F', 95, 'fahrenheit']]],
    ['Water at 32F forms ice on the roads.', [['32F', 32, 'fahrenheit']]],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});
