// A surname alone, twenty-third round (issue 10): a surname the text gave earlier with two people's given names
// ("Lawrence G. Huntley", "Mrs. Lavaughn Huntley") is no one's subject when written alone, rather than the first of
// them guessed; a surname one person was named with still resolves to that person's full name.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

function subjectOf(text: string, mention: string): string | null | undefined {
  return extractQuantities(text).find((quantity) => quantity.text === mention)?.subject;
}

describe('a surname two people named earlier share', () => {
  it('gives no subject, and a surname one person was named with gives that person', () => {
    // browndev-dev (brown-ca23): the bond is Mrs. Huntley's, not her husband's, whom the text named first.
    const huntleys =
      'The wife of convicted bank robber Lawrence G. Huntley was arrested in Phoenix, Ariz., last week. ' +
      'Mrs. Lavaughn Huntley is accused of driving the getaway car. Mrs. Huntley was held on $20,000 bond in Phoenix.';
    expect(subjectOf(huntleys, '$20,000')).toBeNull();
    // Made up: one Huntley named in full; the surname alone is his.
    const oneHuntley =
      'Convicted bank robber Lawrence G. Huntley was arrested in Phoenix, Ariz., last week. Mr. Huntley was held on $20,000 bond in Phoenix.';
    expect(subjectOf(oneHuntley, '$20,000')).toBe('Lawrence G. Huntley');
    // Made up: the same person named twice, once with a middle initial, is one person.
    const onePersonTwice = 'Senator Nikki Haley spoke on Monday. Nikki R. Haley later met donors. Haley raised $2 million in May.';
    expect(subjectOf(onePersonTwice, '$2 million')).toBe('Nikki Haley');
  });
});
