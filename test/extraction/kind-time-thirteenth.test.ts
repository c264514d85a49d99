// Thirteenth round (issue 10): a claim's kind and time, second round. Each reading quotes a development record next to
// invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words, kind and time of each quantity found in the text. */
function kindsAndTimes(text: string, publishedAt?: string): [string, string, object][] {
  return extractQuantities(text, publishedAt ? { publishedAt } : {}).map((quantity) => [quantity.text, quantity.kind, quantity.time]);
}

describe('a year in a clause opened by "since", "after" or "before" dates that clause, not the figures outside it', () => {
  it('gives no year to a figure before "since ... in 2001" (dev copy: a 2017 speech); one inside the clause keeps it', () => {
    // speeches-dev sp-2017-21.
    expect(kindsAndTimes('We have lost 60,000 factories since China joined the World Trade Organization in 2001.', '2017-01-31')).toEqual([
      ['60,000 factories', 'actual', {}],
    ]);
    // benchnews-dev bn-nytimes-com-6a59bd-12.
    expect(
      kindsAndTimes('The two Koreas had held 21 rounds of meetings since their leaders held a summit in 2000 and agreed to cooperate.')[0],
    ).toEqual(['21 rounds', 'actual', {}]);
    expect(kindsAndTimes('Exports have risen since the company opened 12 plants in 2001.')).toEqual([
      ['12 plants', 'actual', { year: 2001 }],
    ]);
    // "since 2001" alone is the year's preposition, read as before (no year).
    expect(kindsAndTimes('Output rose 5% in 2019, the most since 2001.')).toEqual([['5%', 'actual', { year: 2019 }]]);
  });

  it('gives no year to a figure after "After rebels staged an uprising in 2003," (dev copy: New York Times)', () => {
    // realnews-dev rn-nytimes-1-10.
    expect(
      kindsAndTimes(
        'After rebels in Darfur staged an uprising in 2003, Sudanese security services slaughtered tens of thousands of civilians.',
        '2017-01-13',
      ),
    ).toEqual([['tens of thousands of civilians', 'actual', {}]]);
    // parsernews-dev pn-bloomberg-apple-profits-36.
    expect(
      kindsAndTimes('Regulators ordered Apple to pay $14.5 billion in back taxes after concluding it paid a low rate in 2014.')[0],
    ).toEqual(['$14.5 billion', 'actual', {}]);
    // A year of the figure's own clause, and a "when" clause, which happens with the main one, still date it.
    expect(kindsAndTimes('After the merger, the bank cut 300 jobs in 2003.')).toEqual([['300 jobs', 'actual', { year: 2003 }]]);
    expect(kindsAndTimes('When he took office in 2009, unemployment stood at 10 percent.')).toEqual([
      ['10 percent', 'actual', { year: 2009 }],
    ]);
  });
});

describe('a year in an aside in brackets dates the aside, not the figures outside it', () => {
  it('gives "$188 million (opt-out after 2018)" no year (dev copy: SB Nation); "(2017)" and "(in 2017)" still date it', () => {
    // parsernews-dev pn-sbnation-chris-sale-19.
    expect(kindsAndTimes('David Price, six years remaining, $188 million (opt-out after 2018)')).toEqual([
      ['six years', 'actual', {}],
      ['$188 million', 'actual', {}],
    ]);
    expect(kindsAndTimes('Revenue was $188 million (2017) and profit $12 million.')[0]).toEqual(['$188 million', 'actual', { year: 2017 }]);
    expect(kindsAndTimes('Revenue was $188 million (in 2017), a record.')).toEqual([['$188 million', 'actual', { year: 2017 }]]);
  });
});

describe('what an estimate says a thing would or could do is a forecast', () => {
  it('reads "would add", "would create", "would certainly", "could create" as forecast (dev copy: NYT, speeches)', () => {
    // realnews-dev rn-nytimes-4-46.
    expect(
      kindsAndTimes('The Congressional Budget Office estimated that the cuts would add $250 billion to the deficit.', '2018-09-25'),
    ).toEqual([['$250 billion', 'forecast', {}]]);
    // speeches-dev sp-2013-17 and sp-2013-07.
    expect(
      kindsAndTimes('I put forward an American Jobs Act that independent economists said would create more than 1 million new jobs.'),
    ).toEqual([['1 million new jobs', 'forecast', {}]]);
    expect(kindsAndTimes('They would certainly slow our recovery and cost us hundreds of thousands of jobs.')).toEqual([
      ['hundreds of thousands of jobs', 'forecast', {}],
    ]);
    // A deal's terms and a bill's spending keep their kinds.
    expect(kindsAndTimes('Under the deal, Acme would pay $5 a share.')).toEqual([['$5 a share', 'actual', {}]]);
    expect(kindsAndTimes('The bill would spend $2 billion on roads.')).toEqual([['$2 billion', 'proposal', {}]]);
  });
});

describe('"will begin", "will work", "will partner", "will join", "will create" say a plan: a target', () => {
  it('reads a speaker\'s "we will work with nearly 50 countries" as a target (dev copy: 2011 speech)', () => {
    // speeches-dev sp-2011-61 and sp-2013-47.
    expect(kindsAndTimes('This year, we will work with nearly 50 countries to begin a transition.')).toEqual([
      ['50 countries', 'target', {}],
    ]);
    expect(kindsAndTimes('And this year, my administration will begin to partner with 20 of the hardest hit towns in America.')).toEqual([
      ['20', 'target', {}],
    ]);
    // A bare "will" still forecasts, and "will launch" (a product's date and price) is no plan cue.
    expect(kindsAndTimes('Sales will grow 5% next year.', '2020-01-01')).toEqual([['5%', 'forecast', { year: 2021 }]]);
    expect(kindsAndTimes('The game will launch on December 15 for a flat fee of $9.99.')).toEqual([['$9.99', 'forecast', {}]]);
  });
});
