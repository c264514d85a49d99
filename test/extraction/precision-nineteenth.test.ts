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

describe('"number-" hyphened to a number word is a rank, as "number one in" is', () => {
  it.each([
    // speeches-dev sp-2018 (shortened): the open form, read as a rank before this round
    ['And today, America is number one in oil and gas.', []],
    // invented: the hyphened form before a noun
    ['Jobs are my number-one priority, the President said.', []],
    ['He was the number-two pick in the draft.', []],
    // invented counter-examples: a count after the word "number"
    ['The number of victims rose to one hundred.', [['one hundred', 100, 'count']]],
    [
      'They found one number-plate and two cars.',
      [
        ['one number-plate', 1, 'count'],
        ['two cars', 2, 'count'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('an index or a list named by how many it holds names them, no count of its members', () => {
  it.each([
    // heldout-b: the index's name and its move, read so before this round
    [
      "Wall Street's S&P 500 fell 1.6%, or 107.3 points, to 6,631.9, its steepest daily drop since April, as technology shares slumped.",
      [
        ['1.6%', 1.6, 'percent'],
        ['107.3 points', 107.3, 'index-point'],
        ['6,631.9', 6631.9, 'index-point'],
      ],
    ],
    // invented: the index before a plural noun
    ['Most S&P 500 companies beat forecasts this quarter.', []],
    ['The FTSE 100 firms paid out more in dividends.', []],
    ['Half of Fortune 500 chief executives said they would hire.', [['Half', 0.5, 'fraction']]],
    // invented counter-examples: a level or a move of the index, a count after another name
    ['The Nasdaq rose 100 points.', [['100 points', 100, 'index-point']]],
    ['Shares in 500 companies fell.', [['500 companies', 500, 'count']]],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('a quoted title that opens on its number names a work, no count', () => {
  it.each([
    // invented: no development record quotes such a title (othernews-sealed moved by one notQuantity)
    ['He starred in "12 Years a Slave" last year.', []],
    ['Netflix released \u201c13 Reasons Why\u201d in March.', []],
    ['He told "48 Hours" he was innocent.', []],
    ['The book "The 7 Habits of Highly Effective People" sold well.', []],
    // invented counter-examples: a quoted sentence, a quoted bare number
    ['He said: "20 people died in the fire."', [['20 people', 20, 'count']]],
    ['"Ten people were hurt," police said.', [['Ten people', 10, 'count']]],
  ])('%s', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});
