// Review of the late afternoon's rounds (twenty-first): readings that no test failed without (checked by removing
// each), pinned here. Each quotes the development sentence the reading was written for, or the shape it names, and a
// made-up counter-example.
import { describe, expect, it } from 'vitest';
import { about } from './readings.js';

describe('the person a figure describes and then names (attribution22)', () => {
  it('is a person: an organisation or a country after the noun is no one the age describes', () => {
    // browndev-dev (the shape): the noun, then the name.
    expect(about('A 12-year-old girl, Susan Elaine Smith, 9329 NE Schuyler St. was in serious condition.', '12-year-old').subject).toBe(
      'Susan Elaine Smith',
    );
    // Made up: the name after the noun is whoever hired or picked the person, not the person.
    expect(about('The 25-year-old engineer Google Inc hired last year quit.', '25-year-old').subject).toBeNull();
    expect(about('The 25-year-old striker France picked last summer scored twice.', '25-year-old').subject).toBeNull();
  });

  it('is described by the noun, not by a relative clause after it', () => {
    // benchnews3-dev (the shape): the name right after the noun.
    expect(
      about('Rangeela Prasad Yadav, whose 11-year-old grand-daughter Mamata was among the dead in India, spoke.', '11-year-old').subject,
    ).toBe('Mamata');
    // Made up: the name after "who trained" is whom the coach trained.
    expect(about('The 52-year-old coach who trained Serena Williams retired on Friday.', '52-year-old').subject).toBeNull();
  });

  it('is named after "named" past a description of four words', () => {
    // Made up: four words of description and "named"; without "named" the pattern reads four words at most.
    expect(about('A 30-year-old unemployed former factory worker named John Smith was arrested.', '30-year-old').subject).toBe(
      'John Smith',
    );
  });
});

describe("a period that opens the sentence is its main clause subject's (attribution22)", () => {
  it('opens the sentence: a period inside a reported clause is not the fronted one', () => {
    // othernews-dev.
    expect(about('Seven months later, Google outgrew that office, moving to a nondescript building.', 'Seven months').subject).toBe(
      'Google',
    );
    // Made up: the period follows "Analysts expected that".
    expect(about('Analysts expected that seven months later, Google would outgrow that office.', 'seven months').subject).toBeNull();
  });

  it('reads "ago today" as "ago", and leaves the name that speaks', () => {
    // browndev-dev without the nationality: "Seventeen years ago today, German scientist Willy Fiedler climbed".
    expect(about('Seventeen years ago today, Willy Fiedler climbed into the cockpit.', 'Seventeen years').subject).toBe('Willy Fiedler');
    // Made up: Smith says when the firm moved; the period is not his.
    expect(about('Two years ago, Smith said, the firm moved to Ohio.', 'Two years')).toMatchObject({ subject: null, speaker: 'Smith' });
  });
});

describe('the organisation that opened the sentence before, speaking (speakers21), is no speaker of the writer’s figures', () => {
  const ACME = 'Acme Corp opened a plant in Ohio. ';

  it('is an organisation: a country that opened the sentence before does not say "It predicted"', () => {
    // othernews-dev on-reuters-502 (shortened): the institute opens the sentence before and speaks.
    const prices = 'It predicted prices would remain at about 15-18 dlrs a barrel.';
    expect(about(`The Aspen Institute for Humanistic Studies called for new research. ${prices}`, '15-18 dlrs a barrel').speaker).toBe(
      'Aspen Institute for Humanistic Studies',
    );
    // Made up: a country there is no "It" that speaks.
    expect(about(`France called for new research on oil. ${prices}`, '15-18 dlrs a barrel').speaker).toBeNull();
  });

  it('leaves an age to the writer', () => {
    // Made up: "The company said" with no company shown speaking reads Acme Corp; the founder's age is the writer's.
    const text = `${ACME}The company said its 45-year-old founder would retire with 2 million dollars.`;
    expect(about(text, '45-year-old').speaker).toBeNull();
    expect(about(text, '2 million dollars').speaker).toBe('Acme Corp');
  });

  it('leaves a count of the audience to the writer', () => {
    // Made up: whom the company told is the writer's count.
    expect(about(`${ACME}The company told 300 workers, it said, that it would hire more.`, '300 workers').speaker).toBeNull();
  });
});
