// Sixteenth round (issue 10): a claim's kind and time. Each reading quotes development records next to invented
// counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, kind and time of each quantity found in the text. */
function kindsAndTimes(text: string, publishedAt?: string): [string, string, object][] {
  return extractQuantities(text, publishedAt ? { publishedAt } : {}).map((quantity) => [quantity.text, quantity.kind, quantity.time]);
}

describe('a plan, forecast or proposal word more than four words after a figure is of another verb or noun', () => {
  it('reads the co-signers of a proposal as actual (dev copy: browndev)', () => {
    // browndev-dev bd-brown-ca02-47.
    expect(kindsAndTimes('Fifty-three of the 150 representatives immediately joined Grover as co-signers of the proposal.')).toEqual([
      ['Fifty-three', 'actual', {}],
      ['150 representatives', 'actual', {}],
    ]);
  });

  it('reads the terms of a tender offer as actual (dev copy: othernews)', () => {
    // othernews-dev on-reuters-372-04.
    expect(
      kindsAndTimes(
        "Hutton said the acquiring company, PC Acquisition Inc, is paying 35 dlrs cash per share for 83 pct of Purolator's stock in a tender offer to begin Thursday.",
      ),
    ).toEqual([
      ['35 dlrs cash per share', 'actual', {}],
      ['83 pct', 'actual', {}],
    ]);
  });

  it('reads a count of policymakers as actual, not their outlook (dev copy: recentnews)', () => {
    // recentnews-dev rc-reuters-com-05.
    expect(
      kindsAndTimes(
        'At least five of 17 Fed policymakers appeared to have boosted their interest rate outlook since September, according to the new "dot plot" of rate projections.',
        '2016-12-14',
      ),
    ).toEqual([
      ['five', 'actual', {}],
      ['17 Fed policymakers', 'actual', {}],
    ]);
  });

  it('keeps a cue within the figure’s phrase', () => {
    expect(kindsAndTimes('The central bank set a 2% inflation target.')).toEqual([['2%', 'target', {}]]);
    expect(kindsAndTimes('Sales rose 4%, short of the 6 percent analysts expected.')).toEqual([
      ['4%', 'actual', {}],
      ['6 percent', 'forecast', {}],
    ]);
  });
});

describe('"will be" before a participle tells of a decision: a plan, or a deal’s terms when paid or sold', () => {
  it('reads a prize to be awarded and a price to be set as targets (dev copy: benchnews, benchnews3)', () => {
    // benchnews-dev bn-dailymail-co-uk-488a0b-08 and benchnews3-dev bn3-phonedog-com-84a7e7-01.
    expect(
      kindsAndTimes(
        'The Providence, Rhode Island-based American Mathematical Society (AMS) on Tuesday said $1 million will be awarded for the publication of a solution to the Beal Conjecture number theory problem.',
        '2013-06-06',
      ),
    ).toEqual([['$1 million', 'target', {}]]);
    expect(kindsAndTimes('Pricing for the Optimus F3 will be set at $29.99 with a two-year contract and $50 mail-in rebate.')).toEqual([
      ['$29.99', 'target', {}],
      ['$50', 'target', {}],
    ]);
  });

  it('reads a sum to be paid as the actual terms of a sale (dev copy: realnews)', () => {
    // realnews-dev rn-nytimes-2-09.
    expect(kindsAndTimes('Because it is a sale of a subsidiary, the $4.8 billion will be paid to Yahoo.', '2016-07-25')).toEqual([
      ['$4.8 billion', 'actual', {}],
    ]);
  });

  it('keeps "will be" before anything else, or before a forecast’s participle, a forecast', () => {
    expect(kindsAndTimes('Growth will be 3% next year, the bank said.', '2018-09-25')).toEqual([['3%', 'forecast', { year: 2019 }]]);
    expect(kindsAndTimes('Output will be expected to reach 5 million units.')).toEqual([['5 million units', 'forecast', {}]]);
  });
});

describe('"should" proposes what follows it, not a figure before it', () => {
  it('reads a salary before "and he should" and the dividends "I should" get as actual (dev copy: parsernews, othernews)', () => {
    // parsernews-dev pn-sbnation-chris-sale-13 and othernews-dev on-brown-ca27-31.
    expect(
      kindsAndTimes('He’ll make $13.5 million this year, and he should probably get a chance to start somewhere in this market.'),
    ).toEqual([['$13.5 million', 'actual', {}]]);
    expect(kindsAndTimes('In other words, I am getting only half the dividends I should.')).toEqual([['half', 'actual', {}]]);
  });

  it('keeps a figure after "should" a proposal', () => {
    expect(kindsAndTimes('The group said the United States should increase its strategic petroleum reserve to one mln barrels.')).toEqual([
      ['one mln barrels', 'proposal', {}],
    ]);
  });
});
