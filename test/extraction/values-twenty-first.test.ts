// Twenty-first round of values (issue 10): classes of false positives and false negatives counted across the development
// sets; only classes every set that has them annotates the same way are read, each with a made-up counter-example.
import { describe, expect, it } from 'vitest';
import { readings } from './readings.js';

describe('"a" is one of a second or a dollar after a bound, as of a year or a mile', () => {
  it.each([
    // heldout-i hi-134
    [
      'Marchand lowered his own Olympic record in the 200m individual medley to 1min 54.06sec, more than a second clear of the field',
      [
        ['200m', 200, 'm'],
        ['1min 54.06sec', 114.06, 'second'],
        ['a second', 1, 'second'],
      ],
    ],
    // speeches-dev (shortened)
    ['In many places, people live on little more than a dollar a day.', [['a dollar a day', 1, 'currency:USD/day']]],
    // invented
    ['He finished less than a second behind.', [['a second', 1, 'second']]],
    // invented: "second" before a noun is the ordinal
    ['She is running for more than a second term.', []],
    ['Nearly a second time, the crowd cheered.', []],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('"just" and "only" are bounds before "a" and a unit, as "for only one day" is a span', () => {
  it.each([
    // recentnews-dev rc-huffingtonpost-com-17 (shortened)
    ['In that vein, just a day after the Times interview, one former adviser said he was certain.', [['a day', 1, 'day']]],
    // speeches-dev sp-2013-69 (shortened)
    ['She was shot and killed in a Chicago park after school, just a mile away from my house.', [['a mile', 1, 'mile']]],
    // invented: with no unit after "a", nothing is read
    ['She was just a student then, only a child.', []],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});
