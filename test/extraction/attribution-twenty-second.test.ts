// Owners written after the figure, twenty-second round (issue 10): a period that opens the sentence is its main
// clause's subject's ("Seven months later, Google outgrew that office"), and the person a figure's own phrase describes
// and then names owns it ("A 12-year-old girl, Susan Elaine Smith,"). Each test quotes a development sentence and keeps
// a made-up counter-example.
import { describe, expect, it } from 'vitest';
import { about } from './readings.js';

describe('a period that opens the sentence', () => {
  it("is the main clause's subject's, a verb without a verb's ending too, and no nationality's, modifier's or shared", () => {
    // othernews-dev: "outgrew" reads as a noun after the name, but an object follows it.
    expect(about('Seven months later, Google outgrew that office, moving to a nondescript building.', 'Seven months').subject).toBe(
      'Google',
    );
    // speeches-dev.
    expect(about('Thirty-seven days later, Plan B succeeded and the miners were rescued.', 'Thirty-seven days').subject).toBe('Plan B');
    expect(about('In 9 years, the United States will celebrate the 250th anniversary of our founding.', '9 years').subject).toBe(
      'United States',
    );
    // browndev-dev: gold names no one.
    expect(
      about('Seventeen years ago today, German scientist Willy Fiedler climbed into the cockpit.', 'Seventeen years').subject,
    ).toBeNull();
    // modernnews-dev: the name modifies "project", no object follows.
    expect(
      about('Nearly one year later, the OpenOffice.org project (from which LibreOffice forked) moved.', 'one year').subject,
    ).toBeNull();
    // Made up: two names share the verb.
    expect(about('Seven years ago, Rebekah and Ben Erler of Minneapolis were newlyweds.', 'Seven years').subject).toBeNull();
  });

  it('dates an event "ago" for the name only when the name heads the main clause', () => {
    // browndev-dev (no comma after "ago").
    expect(about('Two years ago Thompson offered his collection to the city.', 'Two years').subject).toBe('Thompson');
    // Made up: "ago" in the middle of the sentence still dates an event, no one's figure.
    expect(about('Thompson offered his collection to the city two years ago.', 'two years').subject).toBeNull();
  });
});

describe('the person a figure describes and then names', () => {
  it('owns an age set before the noun and the name in apposition', () => {
    // browndev-dev: the comma closes the apposition.
    expect(about('A 12-year-old girl, Susan Elaine Smith, 9329 NE Schuyler St. was in serious condition.', '12-year-old').subject).toBe(
      'Susan Elaine Smith',
    );
    // benchnews3-dev: the name right after the noun (gold "Mamata"; India stood in the sentence).
    expect(
      about('Rangeela Prasad Yadav, whose 11-year-old grand-daughter Mamata was among the dead in India, spoke.', '11-year-old').subject,
    ).toBe('Mamata');
    // Made up: a place after a preposition is no one the noun names.
    expect(about('In 1985, a 12-year-old in Michigan finished reading the book.', '12-year-old').subject).toBeNull();
  });

  it('owns a count its phrase describes a person by, named after "a woman named"', () => {
    // speeches-dev.
    expect(about('One mother of two, a woman named Kathy Proctor, had worked in the furniture industry.', 'two').subject).toBe(
      'Kathy Proctor',
    );
    // Made up: a name that the comma does not close is the first of a list, not an apposition.
    expect(about('A 12-year-old girl, Susan Smith and her brother were hurt.', '12-year-old').subject).toBeNull();
  });
});
