// Names read but not chosen, twenty-first round (issue 10): a name that says or reports what its own noun phrase did
// ("Microsoft said its digital crimes unit had taken down at least 1,000") or reports a result ("Google reported
// profits of $9.7bn") owns the figure. Each test quotes a development sentence and keeps a made-up counter-example.
import { describe, expect, it } from 'vitest';
import { about } from './readings.js';

describe('a speaker reporting through its own noun phrase', () => {
  it('owns the figure, and leaves another name heading the reported clause', () => {
    // benchnews2-dev: the company's unit did it.
    const microsoft =
      'Microsoft said its digital crimes unit had successfully taken down at least 1,000 of an estimated 1,400 malicious computer networks known as the Citadel botnets.';
    expect(about(microsoft, '1,000').subject).toBe('Microsoft');
    // othernews-dev: the investor's group contributes.
    expect(
      about('Sumner Redstone said his group would contribute more than 475 mln dlrs in equity toward the takeover.', '475 mln dlrs')
        .subject,
    ).toBe('Sumner Redstone');
    // Made up: the possessive is not the speaker's noun phrase's; another name is the clause's subject.
    expect(about('Microsoft said its rival Apple had sold 5 million phones.', '5 million phones').subject).not.toBe('Microsoft');
    // Made up: no possessive after the verb of saying.
    expect(about('Microsoft said the unit had taken down at least 1,000 networks.', '1,000 networks').subject).toBeNull();
  });
});

describe('a name reporting a result', () => {
  it('owns the result, and not a report of anything else', () => {
    // benchnews2-dev.
    const google = 'Google reported profits of $9.7bn (£6.4bn), up 16% from a year ago but less than analysts were expecting.';
    expect(about(google, '$9.7bn').subject).toBe('Google');
    expect(about(google, '16%').subject).toBe('Google');
    // Made up: what a newspaper reports is not its own.
    expect(about('Reuters reported that 40 people died in the floods.', '40 people').subject).toBeNull();
    expect(about('Reuters reported deaths of 40 people in the floods.', '40 people').subject).toBeNull();
  });
});

describe('a person the sentence opens with, described in apposition', () => {
  it('owns the figure of the main clause, a place or a nationality beside it, and not what another name shares', () => {
    // benchnews3-dev: the countries after the figure made the person no candidate.
    const rainsy =
      'Sam Rainsy, a former finance minister, was sentenced to 12 years in prison in absentia in 2010 on charges of spreading disinformation and falsifying maps to contest a new border agreed by Cambodia and Vietnam.';
    expect(about(rainsy, '12 years').subject).toBe('Sam Rainsy');
    // othernews-dev: a nationality word in the apposition.
    const lundberg =
      'Frederik Lundberg bought shares. Lundberg, a Zurich-based Swedish property tycoon, also managed to acquire a 25 pct stake in another Wallenberg company, the diary equipment firm Alfa -Laval AB <ALFS ST>.';
    expect(about(lundberg, '25 pct').subject).toBe('Frederik Lundberg');
    // Made up: another name in the main clause shares the figure; a spokesman speaks for his company.
    expect(about('Frederik Lundberg, a Swedish tycoon, and Volvo AB acquired a 25 pct stake.', '25 pct').subject).not.toBe(
      'Frederik Lundberg',
    );
    expect(about('John Smith, a spokesman for Acme Corp, said sales rose 5 pct.', '5 pct').subject).not.toBe('John Smith');
  });
});

describe('a person right before a verb of having, earning or paying', () => {
  it('owns the figure though other names stand in the sentence, not when "has" is an auxiliary', () => {
    // parsernews-dev: the report is an organisation's name; Ms. Haley was no candidate beside it.
    const haley =
      'Nikki R. Haley left the United Nations. After nearly eight years in government, her 2018 financial disclosure report shows Ms. Haley has at least $1.5 million in debts.';
    expect(about(haley, '$1.5 million').subject).toBe('Nikki R. Haley');
    // othernews-dev.
    const inktomi =
      'But before long, Google would end up paying the same price to host 1,500 servers as early rival Inktomi paid to host 50.';
    expect(about(inktomi, '50').subject).toBe('Inktomi');
    // Made up (after realnews-dev): "has" before a participle is an auxiliary; the figure is what was called for.
    expect(
      about('Mr. Donald Trump has called for spending $1 trillion on infrastructure in the United States.', '$1 trillion').subject,
    ).not.toBe('Donald Trump');
  });
});
