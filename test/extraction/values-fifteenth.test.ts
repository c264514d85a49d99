// Fifteenth round of values (issue 10): readings of classes that occur across the development sets' sources, each read
// as news.md's conventions say, with a made-up counter-example each rule must not touch.
import { describe, expect, it } from 'vitest';
import { countedReadings } from './readings.js';

describe('"the two" before the parties of politics and diplomacy names the pair spoken of, not a count (news.md)', () => {
  it.each([
    // benchnews2-dev bn2-bbc-co-uk-939cc2-36
    'The two leaders signed the deal in Brisbane on Friday',
    // benchnews2-dev bn2-nytimes-com-7e91eb-02 (shortened)
    'It reflects a broader concern that the two countries are far apart on issues like Syria.',
    // benchnews-dev bn-nytimes-com-6a59bd-04 (shortened)
    'North Korea suggested that the two sides first hold talks on Sunday.',
    // recentnews-dev rc-politico-com-32
    'Is it just me or are the two VP candidates infinitely more appealing than their running mates?',
  ])('%s', (text) => {
    expect(countedReadings(text).filter((reading) => reading[1] === 2)).toEqual([]);
  });

  it.each([
    // invented: no definite determiner, a count
    ['Two leaders resigned on Friday.', [['Two leaders', 2, 'count', 'leader']]],
    // invented: three sides after "the"
    ['The three sides met in Geneva.', [['three sides', 3, 'count', 'side']]],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});

describe('"between the two X" names the pair the text spoke of, not a count (definite reference; news.md)', () => {
  it.each([
    // modernnews-dev mn-lwn-1a-46
    'It is fair to say that the rivalry between the two projects in the time since then has been strong.',
    // benchnews-dev bn-cbsnews-com-44b210-06
    'Having this type of setting for discussions between the two leaders would allow them to cover the agenda.',
    // realnews-dev rn-wapo-2-12
    'Tensions between the two sides continued to run hot.',
    // recentnews-dev rc-politico-com-28 (made-up shortening)
    'Some think a debate between these two running mates will be a snooze-fest.',
  ])('%s', (text) => {
    expect(countedReadings(text).filter((reading) => reading[1] === 2)).toEqual([]);
  });

  it.each([
    // invented: a count after "between", no definite article
    ['The gap between two rival bids was small.', [['two rival bids', 2, 'count', 'bid']]],
    // invented: "the two" not after "between" stays a count here (the sets disagree on it)
    ['The two companies said profits rose.', [['two companies', 2, 'count', 'company']]],
    // invented: three parties after "between the"
    ['Talks between the three parties failed.', [['three parties', 3, 'count', 'party']]],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});

describe('"wrote" and "told" end a counted noun phrase as "said" does, so "one reader wrote" names a source (news.md: "one" counts only where it counts)', () => {
  it.each([
    // benchnews2-dev bn2-abcnews-go-com-83940e-15 (shortened)
    ['"Pray away the gay is such a load of hogwash, and very offensive!" one user wrote.', []],
    // invented: "only one" still counts, now with its noun
    ['Only one official wrote back.', [['one official', 1, 'count', 'official']]],
    ['Only one official told us.', [['one official', 1, 'count', 'official']]],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});

describe('"one of us" names a member of a group, not a count ("three of us" still counts people)', () => {
  it.each([
    // benchnews-dev bn-smh-com-au-0873e7-03 (shortened)
    ['the long heel bone that marks him as almost one of us.', []],
    // invented
    ['Three of us went to the hearing.', [['Three', 3, 'count', 'person']]],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});
