// Whose figure it is, fifteenth round of subjects (issue 10): the name that heads the number's own clause owns the
// figure, of whatever kind, rather than another name of the sentence. Each test quotes a development sentence and keeps
// a made-up counter-example that must still be read as before.
import { describe, expect, it } from 'vitest';
import { about } from './readings.js';

describe('whose figure it is, subjects fifteenth round', () => {
  it('gives the figure to the name that heads its clause, a person beside a place', () => {
    // recentnews-dev: each clause's head owns its votes, not the opening's state.
    const electors =
      'Colin Powell received three votes and Native American tribal leader Faith Spotted Eagle received one as part of an effort to promote a candidate other than Trump.';
    expect(about(electors, 'three votes').subject).toBe('Colin Powell');
    // benchnews2-dev: a possessor that opens the clause.
    expect(about("Nokia's shares fell by 3% on the Helsinki stock exchange in early trading.", '3%').subject).toBe('Nokia');
  });

  it('reads no clause head in a name that modifies a noun', () => {
    // benchnews2-dev: the city names the lab's place; the lab owns the count.
    const lab =
      'Analytical 360, a Seattle lab that employs 10 people while testing medical marijuana for growers and dispensaries around Washington, is bracing for new competitors.';
    expect(about(lab, '10 people').subject).not.toBe('Seattle');
    // Made up: a company's name before its plant, in a later clause.
    const plant = 'Sales rose in March, and the Acme Corp plant built 500 cars.';
    expect(about(plant, '500 cars').subject).not.toBe('Acme Corp');
  });
});
