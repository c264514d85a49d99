// Fourteenth round (issue 10): a claim's kind and time, third round. Each reading quotes a development record next to
// invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, kind and time of each quantity found in the text. */
function kindsAndTimes(text: string, publishedAt?: string): [string, string, object][] {
  return extractQuantities(text, publishedAt ? { publishedAt } : {}).map((quantity) => [quantity.text, quantity.kind, quantity.time]);
}

describe('a date the figures are stated at dates every figure of its sentence', () => {
  it('reads "as on April 25, 2020" past the clause breaks and the other figures (dev copy: an NDTV widget)', () => {
    // parsernews-dev pn-ndtv-trump-india-22.
    expect(
      kindsAndTimes(
        'The total confirmed cases worldwide are 28,25,140 and 1,97,666 have died; 18,29,648 are active cases and 7,97,826 have recovered as on April 25, 2020 at 5:36 pm.',
      ),
    ).toEqual([
      ['28,25,140', 'actual', { year: 2020 }],
      ['1,97,666', 'actual', { year: 2020 }],
      ['18,29,648', 'actual', { year: 2020 }],
      ['7,97,826', 'actual', { year: 2020 }],
    ]);
  });

  it('leaves a plain year to its own clause', () => {
    expect(kindsAndTimes('The bank had 4,000 branches; its rival had 3,000 branches in 2019.')).toEqual([
      ['4,000 branches', 'actual', {}],
      ['3,000 branches', 'actual', { year: 2019 }],
    ]);
  });
});

describe('"will pay" tells the terms of an agreed payment: actual', () => {
  it('reads a fine as actual (dev copy: a Justice Department settlement)', () => {
    // benchnews-dev bn-online-wsj-com-005055-04.
    expect(
      kindsAndTimes(
        'Panasonic will pay $45.8 million for its role in the conspiracy, while Sanyo will pay $10.7 million, the department said.',
      ),
    ).toEqual([
      ['$45.8 million', 'actual', {}],
      ['$10.7 million', 'actual', {}],
    ]);
  });

  it('keeps other plans said with "will" targets', () => {
    expect(kindsAndTimes('The company will buy 12 aircraft next year.', '2013-07-18')).toEqual([['12 aircraft', 'target', { year: 2014 }]]);
  });
});

describe('"likely" and "would likely" hedge an estimate of what is or was; no forecast cue alone', () => {
  it('reads a likely death toll and a likely weight as actual (dev copy: benchnews2)', () => {
    // benchnews2-dev bn2-ynetnews-com-a7d875-19 and bn2-bbc-co-uk-d57c1a-13.
    expect(
      kindsAndTimes(
        'The Syrian Observatory for Human Rights said at least 94,000 people have been killed but the death toll is likely to be as high as 120,000.',
        '2013-06-06',
      ),
    ).toEqual([
      ['94,000 people', 'actual', {}],
      ['120,000', 'actual', {}],
    ]);
    expect(kindsAndTimes('It was likely to have weighed about 27.2 kg.')).toEqual([['27.2 kg', 'actual', {}]]);
  });

  it('reads "would likely have been treated" as actual (dev copy: benchnews)', () => {
    // benchnews-dev bn-reuters-com-4e0e39-15.
    expect(
      kindsAndTimes(
        'One in four tumors in the Russian men were deemed serious and would likely have been treated with surgery or radiation in the U.S., compared to one in two tumors in the Japanese men.',
      ),
    ).toEqual([
      ['One in four', 'actual', {}],
      ['one in two', 'actual', {}],
    ]);
  });

  it('keeps "expect" a forecast cue', () => {
    expect(kindsAndTimes('Analysts expect profit of $5 billion next year.', '2013-06-06')).toEqual([
      ['$5 billion', 'forecast', { year: 2014 }],
    ]);
  });
});

describe('a sentence opened by "Today," is set in the year of the writing', () => {
  it('dates the figures of "Today, ..." and "But today, ..." (dev copy: State of the Union addresses)', () => {
    // speeches-dev sp-2015-02 and sp-2013-44.
    expect(kindsAndTimes('Today, fewer than 15,000 remain.', '2015-01-31')).toEqual([['15,000', 'actual', { year: 2015 }]]);
    expect(kindsAndTimes('But today, a full-time worker making the minimum wage earns $14,500 a year.', '2013-01-31')).toEqual([
      ['$14,500 a year', 'actual', { year: 2013 }],
    ]);
  });

  it('leaves the day of a wire report ("said today", "rose 5% today") without a year, and an undated text', () => {
    expect(kindsAndTimes('The company said today that sales rose 5%.', '1987-03-01')).toEqual([['5%', 'actual', {}]]);
    expect(kindsAndTimes('Sales rose 5% today, traders said.', '1987-03-01')).toEqual([['5%', 'actual', {}]]);
    expect(kindsAndTimes('Today, fewer than 15,000 remain.')).toEqual([['15,000', 'actual', {}]]);
  });
});

describe('a figure after a determiner names what is: a cue said before it is of the verb', () => {
  it('reads "eliminate the billions ... we currently give" and "dump about half of its 27 advertising formats" (dev copy)', () => {
    // speeches-dev sp-2011-20.
    expect(
      kindsAndTimes(
        "And to help pay for it, I'm asking Congress to eliminate the billions in taxpayer dollars we currently give to oil companies.",
        '2011-01-31',
      ),
    ).toEqual([['billions', 'actual', {}]]);
    // benchnews-dev bn-latimes-com-4b8deb-06.
    expect(kindsAndTimes('Facebook said it is planning to dump about half of its 27 advertising formats.', '2013-06-06')).toEqual([
      ['half', 'target', {}],
      ['27 advertising formats', 'actual', {}],
    ]);
  });

  it('keeps a plan of a figure with no determiner, and a cue said after the figure', () => {
    expect(kindsAndTimes('The company plans to hire 500 workers.', '2013-06-06')).toEqual([['500 workers', 'target', {}]]);
    expect(kindsAndTimes('Prices fell about 6 percent, far more than the 3 percent analysts expected.', '2013-06-06')).toEqual([
      ['6 percent', 'actual', {}],
      ['3 percent', 'forecast', {}],
    ]);
  });
});

describe('"forecasting", "projecting" and "predicting" are forecast cues, as "forecast" and "forecasts" are', () => {
  it('reads "is forecasting economic growth of 7%" as a forecast (dev copy: Quartz)', () => {
    // parsernews-dev pn-qz-nigeria-growth-06.
    expect(
      kindsAndTimes(
        'Looking forward Nigeria is forecasting economic growth of 7%, but most observers will find that estimate over-optimistic.',
      )[0],
    ).toEqual(['7%', 'forecast', {}]);
    expect(kindsAndTimes('The firm is projecting sales of $4 billion.')).toEqual([['$4 billion', 'forecast', {}]]);
  });

  it('leaves a figure of a forecaster who reports what happened actual', () => {
    expect(kindsAndTimes('The forecasting unit hired 40 analysts last year.', '2019-05-01')).toEqual([
      ['40 analysts', 'actual', { year: 2018 }],
    ]);
  });
});
