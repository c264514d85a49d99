// Twentieth round of values (issue 10): numbers that are part of a proper name, read as no quantity, each with a made-up
// counter-example of the same shape that stays a quantity.
import { describe, expect, it } from 'vitest';
import { countedReadings } from './readings.js';

describe('"Group of N" names a body even when the noun of its members follows', () => {
  it.each([
    // benchnews2-dev bn2-nytimes-com-7e91eb-07 (shortened)
    ['Mr. Obama arrived in St. Petersburg for the annual gathering of the Group of 20 nations.', []],
    // invented: the body's noun in lower case is a group of people counted
    ['A group of 20 nations signed the pledge.', [['20 nations', 20, 'count', 'nation']]],
    ['The Group of 20 nations met in Rome, and 12 ministers stayed on.', [['12 ministers', 12, 'count', 'minister']]],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});

describe('three digits or more that the text writes after a name name the product wherever else they stand', () => {
  it.each([
    // realnews-dev rn-engadget-26 (shortened; the article names the console before)
    ["Microsoft said the Xbox One X plays Xbox 360 games. Basically, don't expect your entire 360 library to get enhanced.", []],
    // benchnews2-dev bn2-mysanantonio-com-9f2031-16 and -18 (shortened): the lab's name opens a sentence the second time
    [
      'He said Analytical 360 is ahead of many competitors. Analytical 360, a Seattle lab that employs 10 people, is bracing for competitors.',
      [['10 people', 10, 'count', 'person']],
    ],
    // invented: a side's figure in a list of tallies is no name, and the same figure counts again later
    [
      'The final tally was Biden 306, Trump 232. In the end Biden won 306, well above the 270 needed.',
      [
        ['306', 306, 'count', null],
        ['270', 270, 'count', null],
      ],
    ],
    // invented: with no name written before the digits, they stay a figure
    [
      "Microsoft said the Xbox One X plays older games. Basically, don't expect your entire 360 library to get enhanced.",
      [['360', 360, 'count', null]],
    ],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});

describe('a short title-case line right above a figure alone labels a widget row', () => {
  it.each([
    // benchnews-dev bn-bloomberg-com-36325f-27 and -28 (a rates widget, one paragraph a line)
    [
      'Rates\n\n30 Year Fixed\n\n3.98%\n\n3.53%',
      [
        ['3.98%', 3.98, 'percent', null],
        ['3.53%', 3.53, 'percent', null],
      ],
    ],
    // invented: the same line over prose, and a headline over prose, keep their figures
    ['Rates\n\n30 Year Fixed\n\nRates rose for the third week.', [['30 Year', 30, 'year', null]]],
    [
      'Storm Kills 12 People in 3 Days\n\nThe storm hit on Monday.',
      [
        ['12 People', 12, 'count', 'person'],
        ['3 Days', 3, 'day', null],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});

describe('a number word in capitals after a capitalized word inside a sentence is part of a name', () => {
  it.each([
    // invented (general knowledge of business news; no development record has the form)
    ['The Big Three automakers cut 2,000 jobs.', [['2,000 jobs', 2000, 'count', 'job']]],
    ['Shares of the Magnificent Seven stocks rose 3%.', [['3%', 3, 'percent', null]]],
    // invented: the words after the name are read again
    ['The Big Ten conference added two schools.', [['two schools', 2, 'count', 'school']]],
    // invented: in lower case the number counts
    [
      "Detroit's three automakers cut 2,000 jobs.",
      [
        ['three automakers', 3, 'count', 'automaker'],
        ['2,000 jobs', 2000, 'count', 'job'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});

describe('four digits or more with no thousands comma after a name are a code, even after a plural', () => {
  it.each([
    // recentnews-dev rc-nymag-com-34 (shortened)
    ["He said he'd ask Diller to get her a part on Beverly Hills 90210.", []],
    // invented: a tally with its thousands comma still counts
    [
      'The Democrats 4,512 and the Republicans 3,990 were counted.',
      [
        ['4,512', 4512, 'count', null],
        ['3,990', 3990, 'count', null],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});

describe('a headline drops the article before the pair of states named by a plural', () => {
  it.each([
    // benchnews2-dev bn2-bbc-co-uk-9e04cb-24 (a headline)
    ["Two Koreas 'agree Kaesong talks'", []],
    // invented: the people of a country are counted
    ['Two Koreans were arrested.', [['Two Koreans', 2, 'count', 'korean']]],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});
