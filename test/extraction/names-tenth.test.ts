// Tenth round of names (issue 10): numbers inside names are no quantities. Each rule quotes copy by others where the
// development sets have it (parsernews-dev) and keeps invented counter-examples that must still count.
import { describe, expect, it } from 'vitest';
import { readings } from './readings.js';

describe('a capitalized time unit in a sentence-case sentence names a film or a show', () => {
  it('reads no years in the film in a list of titles (parsernews-dev, pn-msn-sad-movies-11)', () => {
    const text =
      'So, for those looking to have a good cry and boost social bonding here is our list of the five must-watch tearjerkers: ' +
      "Schindler's List; Titanic; Life Is Beautiful; The Notebook; and 12 Years a Slave .";
    expect(readings(text)).toEqual([['five must-watch tearjerkers', 5, 'count']]);
  });

  it.each([
    ['She appeared on 60 Minutes last week.', []],
    ['The show 48 Hours aired 20 episodes.', [['20 episodes', 20, 'count']]],
    ['He won an Oscar for 12 Years a Slave in 2014.', []],
  ])('reads only the counts in "%s" (invented)', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it.each([
    ['For the 12 years a slave served, he was paid nothing.', [['12 years', 12, 'year']]],
    [
      'Storm Kills 12 People in 3 Days',
      [
        ['12 People', 12, 'count'],
        ['3 Days', 3, 'day'],
      ],
    ],
    ['Duration: 3 Hours', [['3 Hours', 3, 'hour']]],
  ])('still reads the time in "%s": lower case, a headline in title case, a label (invented)', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe("a number after a product's name in mixed case is its version or model", () => {
  it.each([
    ['Apple released the iPad 2 for $499.', [['$499', 499, 'currency:USD']]],
    ['Apple released watchOS 4 to 10 million users.', [['10 million users', 10_000_000, 'count']]],
    ['The update to macOS 10.12 arrived.', []],
  ])('reads no quantity in the name in "%s" (invented)', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });

  it.each([
    ['Apple sold 2 iPads.', [['2 iPads', 2, 'count']]],
    ['Windows 10 users number 400 million.', []],
    ['Microsoft said Windows 10 runs on 400 million devices.', [['400 million devices', 400_000_000, 'count']]],
  ])('still counts what is counted in "%s" (invented)', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('"the Group of 20", "the Gang of Eight": a body named by its number', () => {
  it.each([
    'Leaders of the Group of 20 met in Osaka.',
    'The Gang of Eight proposed a bill.',
    'Finance ministers of the Group of 20 said so.',
    // the members' noun after the name (values20: benchnews2-dev bn2-nytimes-com-7e91eb-07 marks "Group of 20" no quantity)
    'The Group of 20 nations met.',
  ])('reads no count in "%s" (invented)', (text) => {
    expect(readings(text)).toEqual([]);
  });

  it.each([
    ['A member of 20 committees resigned.', [['20 committees', 20, 'count']]],
    [
      'Gains of 2-3/4 were posted for 3 stocks.',
      [
        ['2-3/4', 2.75, 'currency:USD'],
        ['3 stocks', 3, 'count'],
      ],
    ],
  ])('still counts a lower-case word and a sentence opened by a plural in "%s" (invented)', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});

describe('a name and its number opening a sentence before a clause set off by a comma', () => {
  it('reads no count in "Voyager 1, launched in 1977" (heldout-d hd-053, written here)', () => {
    const text =
      'Voyager 1, launched in 1977, is now more than 24 billion km from Earth, and its signals take about 22.5 hours to reach us.';
    expect(readings(text)).toEqual([
      ['24 billion km', 24_000_000_000, 'km'],
      ['22.5 hours', 22.5, 'hour'],
    ]);
  });

  it.each([
    ['About 30, reached by phone, declined to comment.', [['30', 30, 'count']]],
    [
      'The Democrats 52, joined by two independents, passed the bill.',
      [
        ['52', 52, 'count'],
        ['two independents', 2, 'count'],
      ],
    ],
  ])('still counts after an ordinary word or a plural in "%s" (invented)', (text, expected) => {
    expect(readings(text)).toEqual(expected);
  });
});
