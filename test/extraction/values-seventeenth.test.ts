// Seventeenth round of values (issue 10): values the reader missed on the development sets, each a general reading of
// English news, with a made-up counter-example each must not touch.
import { describe, expect, it } from 'vitest';
import { countedReadings } from './readings.js';

describe('"one" + its noun + a rate\'s per part ("for every", "per", "a day") counts, whatever word stands before "one"', () => {
  it.each([
    // heldout-a ha-030
    [
      'Drinking just one sugary drink a day was linked to a 13% higher risk of type 2 diabetes, according to the study of 480,000 adults published in The Lancet.',
      [
        ['one sugary drink', 1, 'count', 'drink'],
        ['13%', 13, 'percent', null],
        ['480,000 adults', 480000, 'count', 'adult'],
      ],
    ],
    // browndev-dev bd-brown-ca10-59 (shortened)
    [
      'The Rev. Mr. Brandt said the denomination had a national goal of one church for every 10,000 persons.',
      [
        ['one church', 1, 'count', 'church'],
        ['10,000 persons', 10000, 'count', 'person'],
      ],
    ],
    // invented: after a copula, with no per part, "one" is still the article it was
    ['Facebook is just one culprit in this online surveillance economy.', []],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});

describe('a bare "one" ending its clause after a verb, with a count and "and" before it in the sentence, is that count\'s parallel', () => {
  it.each([
    // heldout-d hd-125
    [
      'Houthi rebels have attacked more than 50 vessels in the Red Sea since November, sinking two and seizing one, according to the US military.',
      [
        ['50 vessels', 50, 'count', 'vessel'],
        ['two', 2, 'count', 'vessel'],
        ['one', 1, 'count', 'vessel'],
      ],
    ],
    // recentnews-dev rc-msnbc-com-02 (the last sentence)
    [
      'Colin Powell received three votes and Native American tribal leader Faith Spotted Eagle received one as part of an effort to promote a candidate other than Trump.',
      [
        ['three votes', 3, 'count', 'vote'],
        ['one', 1, 'count', 'vote'],
      ],
    ],
    // invented: no count before it in the sentence, "one" stands for a thing
    ['The engineers demanded an explanation. So Page gave one.', []],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});
