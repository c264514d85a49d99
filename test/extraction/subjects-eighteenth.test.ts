// Whose figure it is, eighteenth round of subjects (issue 10): a name followed by a word in -s and that word's object
// ("Detroit files the ...", "Box considers $rev ...") is the clause's subject with its verb, not a name modifying a
// plural noun ("Black Hawk helicopters"). Each test quotes a development sentence and keeps a made-up counter-example
// that must still be read as before.
import { describe, expect, it } from 'vitest';
import { findEntities } from '../../shared/extraction/entities.js';
import { about } from './readings.js';

function namesIn(text: string): string[] {
  return findEntities(text, 0, text.length).map((entity) => entity.name);
}

describe('whose figure it is, subjects eighteenth round', () => {
  it('reads a name before a verb in -s with its object as a name', () => {
    // benchnews2-dev: "Box considers $rev ..." opens the sentence before "The company has ... 150,000 customers".
    const box =
      "Box considers $rev a win-win-win scenario: The company has a strong sales force and more than 150,000 customers. Box's sales force will drive adoption of $rev apps, helping its customers derive more value from Box's service.";
    expect(about(box, '150,000 customers').subject).toBe('Box');
    // benchnews2-dev (the city files, its article or number follows the verb).
    const detroit = 'The city of Detroit files the largest-ever US municipal bankruptcy, with debts of at least $18bn.';
    expect(namesIn(detroit)).toContain('Detroit');
    // Made up: a number as the verb's object.
    expect(namesIn('The new Acme hauler carries 22 tonnes.')).toContain('Acme');
  });

  it('still reads a name before a plural noun as its modifier', () => {
    // Made up: the plural noun is followed by its verb or a stop, not an object.
    expect(namesIn('Black Hawk helicopters flew 12 missions.')).toEqual([]);
    expect(about('Acme shares fell 12 percent on Monday.', '12 percent').subject).toBeNull();
    expect(namesIn('They bought Zorbel trucks.')).toEqual([]);
  });
});
