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
