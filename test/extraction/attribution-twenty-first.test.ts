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
