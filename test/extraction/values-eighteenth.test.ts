// Eighteenth round of values (issue 10): figures emitted that no development record annotates, read by class across the
// sets, each with a made-up counter-example the reading must not touch.
import { describe, expect, it } from 'vitest';
import { countedReadings } from './readings.js';

describe('a sentence opening on "One" and its noun brings in an instance, not a count', () => {
  it.each([
    // benchnews2-dev bn2-reuters-com-b1a85f-08
    [
      "One channel broadcast images from the capital's Zaafaraniya district, where many houses were partially damaged and several cars were in flames.",
      [],
    ],
    // parsernews-dev pn-theverge-surface-studio-07 (shortened)
    [
      "One prototype's clutch mechanism stopped working, and using it without the clutch made the Surface team focus on balancing the screen.",
      [],
    ],
    // benchnews-dev bn-geek-com-1e62a2-05 (first sentence)
    [
      'One category of the contest puts an emphasis on actual proposed pieces of NASA tech, mostly with relation to fuel efficiency, noise, and emissions reduction.',
      [],
    ],
    // speeches-dev sp-2011-65 (shortened): a figure inside the relative clause describes the instance
    ['One man who lost four of his brothers at war summed up the scene around him.', [['four', 4, 'count', 'brother']]],
    // recentnews-dev rc-westernjournalism-com-14 (a casualty told in the passive counts; the gold annotates it)
    ['One officer was wounded in the shoulder.', [['One officer', 1, 'count', 'officer']]],
    // invented: a verb that ends its clause, a rate, another figure in the sentence
    ['One patient in the trial died.', [['One patient', 1, 'count', 'patient']]],
    ['One person was hurt.', [['One person', 1, 'count', 'person']]],
    ['One pack a day raises the risk of heart disease.', [['One pack', 1, 'count', 'pack']]],
    [
      'One company owns 40% of the market.',
      [
        ['One company', 1, 'count', 'company'],
        ['40%', 40, 'percent', null],
      ],
    ],
    // invented: inside a sentence "one" keeps its reading
    ['The blast killed one guard at the embassy.', [['one guard', 1, 'count', 'guard']]],
  ])('%s', (text, expected) => {
    expect(countedReadings(text)).toEqual(expected);
  });
});
