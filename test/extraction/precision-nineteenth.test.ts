// Nineteenth round of precision (issue 10): values emitted but not annotated, counted by class across the development
// sets; only readings of general English that every set's conventions share are kept, each with a counter-example.
import { describe, expect, it } from 'vitest';
import { readings } from './readings.js';

describe('the emergency number called or named with its call is a phone number, no count', () => {
  it.each([
    // invented: no development set holds "911" or "999"; every set lists phone numbers as notQuantities (news.md)
    ['She called 911 shortly after midnight, police said.', []],
    ['Neighbours dialled 999 when they heard screams.', []],
    ['The 911 dispatcher told him to stay put, and a 999 call followed.', []],
    ['Police released the 911 tapes on Friday.', []],
    // invented counter-examples: the same digits counting, or with a scale or a currency
    ['The museum holds 911 paintings.', [['911 paintings', 911, 'count']]],
    ['The phone sells for $999 in the US.', [['$999', 999, 'currency:USD']]],
    ['The city received 911 million dollars in aid.', [['911 million dollars', 911000000, 'currency:USD']]],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});
