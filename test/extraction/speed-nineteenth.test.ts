// Nineteenth speed round: "he said" reads the reach before it a sentence at a time from its end and stops at the first
// person found (names.ts, findPersonBefore). Outputs are unchanged; these pin what the faster form must keep.
import { describe, expect, it } from 'vitest';
import { NameResolver, type Sex } from '../../shared/extraction/names.js';

function personBefore(text: string, sex: Sex): string | null {
  const pronoun = text.search(/\b(?:he|she|He|She) said$/);
  return new NameResolver(text).personBefore(pronoun, sex);
}

describe('the person "he said" stands for, read back a sentence at a time', () => {
  it('finds a person two sentences back, past one of the other sex', () => {
    expect(personBefore('Senator Mark Warner spoke on Monday. The markets rose by noon. Later he said', 'male')).toBe('Mark Warner');
    expect(personBefore('Senator Mark Warner spoke on Monday. Ms. Jane Doe agreed. Later he said', 'male')).toBe('Mark Warner');
  });

  it.each([
    // a sentence that ends in a name runs on into the next one's name when the reach is read whole
    ['The panel heard from Dr. Ruth Wong. Warner said nothing. Then she said', 'female', 'Ruth Wong Warner'],
    ['Reporters met Smith.Senator Mark Warner says the vote failed. He said', 'male', 'Smith.Senator Mark Warner'],
    // a stop after a word with no capital parts the names
    ['The talks ended in Washington and the U.S. Warner said no. He said', 'male', 'Warner'],
    ['The panel heard from Dr. Ruth Wong on Monday. Warner said nothing. Then he said', 'male', 'Warner'],
  ] as const)('reads "%s" as the whole reach reads it', (text, sex, person) => {
    expect(personBefore(text, sex)).toBe(person);
  });
});
