// Whose figure it is, seventeenth round of subjects (issue 10): "It" or "The company" opening a sentence stands for the
// name that opened the sentence before, when no company was shown speaking. Each test quotes a development sentence
// and keeps a made-up counter-example that must still be read as before.
import { describe, expect, it } from 'vitest';
import { about } from './readings.js';

describe('whose figure it is, subjects seventeenth round', () => {
  it('carries the subject of the sentence before to "It" and "The company"', () => {
    // realnews-dev: the console the sentence before opens with, past its possessive.
    const console =
      "The Xbox One X's real upgrades are under the hood. It features an 8-core CPU running at 2.3Ghz, 12GB of GDDR5 RAM and a 1 terabyte hard drive.";
    expect(about(console, '12GB').subject).toBe('Xbox One X');
    // benchnews2-dev: "The company" after the sentence Nokia opens.
    const nokia =
      "Nokia's shares fell by 3% on the Helsinki stock exchange in early trading. The company also saw an outflow of nearly 10% of its net cash over the quarter.";
    expect(about(nokia, '10%').subject).toBe('Nokia');
  });

  it('carries no name that shares the opening, is possessed by it or does not open the sentence before', () => {
    // benchnews2-dev: "It" is the race Komen's name possesses, not Komen.
    const race =
      "Komen's annual Race for the Cure in Washington took place a week later. It had fewer participants than in previous years, about 21,000 people.";
    expect(about(race, '21,000 people').subject).toBeNull();
    // Made up: two companies open the sentence before; "It" is either.
    const pair = 'Acme Corp and Brill Inc agreed to merge on Monday. It will cut 400 jobs.';
    expect(about(pair, '400 jobs').subject).toBeNull();
    // Made up: the name stands late in the sentence before, as an object.
    const late = 'Shares rose after the deal with Acme Corp was announced. It will cut 400 jobs.';
    expect(about(late, '400 jobs').subject).toBeNull();
    // Made up: "It is" is no company's sentence ("It is 20 years since").
    const since = 'Acme Corp opened its first plant in Ohio. It is 20 years since then.';
    expect(about(since, '20 years').subject).toBeNull();
  });
});
