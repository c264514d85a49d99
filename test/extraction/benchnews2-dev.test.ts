// Values and units on benchnews2-dev (1.14.0): general readings of the dev half's errors. Each rule quotes the dev copy
// and keeps an invented counter-example it must not touch.
import { describe, expect, it } from 'vitest';
import { readings } from './readings.js';

describe('a glued "m" with no noun after it in counts copy is a million', () => {
  it('reads millions beside another amount in millions or in a sentence of sales', () => {
    // benchnews2-dev bn2-guardian-co-uk-8faa31-10 and -14.
    expect(
      readings('It sold just 0.5m Lumias in North America in the latest quarter than a year ago, when it managed 0.6m.'),
    ).toContainEqual(['0.6m', 600000, 'count']);
    const asha = readings(
      "Nokia's high-end feature phone, the Asha, intended to compete with cheap Android phones in China, Asia and Africa, saw falling sales too – down from 5m the previous quarter to 4.3m.",
    );
    expect(asha).toContainEqual(['5m', 5000000, 'count']);
    expect(asha).toContainEqual(['4.3m', 4300000, 'count']);
  });

  it.each([
    ["Neeraj Chopra won silver with a season's best of 89.45m.", '89.45m', 89.45],
    ['Sales of the tower flats began; the tower stands 200m high.', '200m', 200],
    ['The 5m-long beast sold for £2m.', '£2m', 2000000],
    ['The £5m tower will stand 30m.', '30m', 30],
    ['The £40m bridge spans 120m.', '120m', 120],
  ])('keeps the measure in "%s" (invented)', (text, words, value) => {
    expect(readings(text).find(([written]) => written === words)?.[1]).toBe(value);
  });
});

describe('a bare "dozens" or "hundreds" harmed is people', () => {
  it('reads the amount a harm verb follows or a participle of harm precedes', () => {
    // benchnews2-dev bn2-latimes-com-e9a4fb-17 (a headline) and bn2-reuters-com-b1a85f-06.
    expect(readings("Dozens arrested in Turkey for 'inciting riots' using social media")).toEqual([['Dozens', 66, 'count']]);
    expect(
      readings('A string of car bombings hit Baghdad, killing at least 22 people and wounding dozens more, police said.'),
    ).toContainEqual(['dozens', 66, 'count']);
  });

  it.each(['Dozens gathered outside the court.', 'He keeps hundreds at home, sorted by year.'])(
    'reads no amount in "%s" (invented)',
    (text) => {
      expect(readings(text)).toEqual([]);
    },
  );
});

describe('"several dozen" is as vague as "several"', () => {
  it('reads no twelve in "Several dozen"', () => {
    // benchnews2-dev bn2-pcmag-com-d7db37-02.
    expect(readings('Several dozen top tech firms, trade groups, non-profits, and investors penned a letter to President Obama.')).toEqual(
      [],
    );
  });

  it('keeps "a dozen" (invented)', () => {
    expect(readings('He bought a dozen eggs and several loaves.')).toEqual([['a dozen eggs', 12, 'count']]);
  });
});

describe('a span of years is no count', () => {
  it('reads no count in years with an era or named as years', () => {
    // benchnews2-dev bn2-news-discovery-com-8172f7-01 and -11.
    expect(readings('They also logged a 1200 year climate record of the Emerald Isle from 431 to 1649 CE in the Irish Annals.')).toEqual([
      ['1200 year', 1200, 'year'],
    ]);
    expect(readings('In total, Ludlow’s team observed 48 volcanic events between the years 431 and 1649.')).toEqual([
      ['48 volcanic events', 48, 'count'],
    ]);
  });

  it.each([
    ['Over the years 30 people left the town.', [['30 people', 30, 'count']]],
    ['Membership rose from 431 to 1649 people.', [['431 to 1649 people', 1649, 'count']]],
  ])('keeps the counts of "%s" (invented)', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('a capitalised word hyphened to a number in running text is a name', () => {
  it('reads no days in the "3-Day" walk', () => {
    // benchnews2-dev bn2-washingtonpost-com-7b7ffc-01 and -07.
    expect(
      readings('The Susan G. Komen foundation canceled its signature 3-Day walk in Washington and six other cities next year.'),
    ).toEqual([['six other cities', 6, 'count']]);
    expect(readings('Komen will continue to host the 3-Day events in 2014 in Atlanta.')).toEqual([]);
  });

  it.each([
    ['F-35 Deliveries Resume After 9-Month Halt', [['9-Month', 9, 'month']]],
    ['They set off on a 3-day walk.', [['3-day', 3, 'day']]],
  ])('keeps the measure in "%s" (invented headline and lower case)', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('page furniture at a line start: a sidebar rank, a caption counter', () => {
  it('reads no count in the rank or the counter', () => {
    // benchnews2-dev bn2-bbc-co-uk-bef926-32 and -39, bn2-reuters-com-b1a85f-01.
    expect(readings('Most read\n\n1: Detroit in largest US bankruptcy')).toEqual([]);
    expect(readings('2: Rowling to kill two in final book')).toEqual([['two', 2, 'count']]);
    expect(
      readings('1 of 2. Iraqi security personnel inspect the site of a bomb attack in Kirkuk, 250 km (155 miles) north of Baghdad.'),
    ).toEqual([
      ['250 km', 250, 'km'],
      ['155 miles', 155, 'mile'],
    ]);
  });

  it.each([
    ['The vote was 5: Yes, it passed.', [['5', 5, 'count']]],
    [
      '3 of 2. Big.',
      [
        ['3', 3, 'count'],
        ['2', 2, 'count'],
      ],
    ],
  ])('keeps the numbers of "%s" (invented: inside a line, a counter past its total)', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});
