// The phrase and unit tables are stored without a key per phrase or reading (docs/extraction.md, eighteenth cold
// start); their modules rebuild the structures the readers use, which must be what the generator computes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHRASES_FILE, phrasesByFirstWord, UNIT_LOOKUPS_FILE, unitLookups } from '../../scripts/generate-extraction-tables.js';
import { PHRASES_BY_NODE } from '../../shared/extraction/tables/phrases.generated.js';
import { UNIT_BY_NAME, UNIT_BY_SYMBOL } from '../../shared/extraction/tables/unit-lookups.generated.js';
import { VOCABULARY_TRIE } from '../../shared/extraction/tables/vocabulary.generated.js';

describe('the compact generated tables', () => {
  it('give every phrase the words and value the lists give it, by the trie node of its first word', () => {
    const nodeOf = (word: string) => VOCABULARY_TRIE.words.indexOf(word);
    expect(PHRASES_BY_NODE[nodeOf('according')]).toEqual({ speech: [{ words: ['according', 'to'], value: true }] });
    expect(PHRASES_BY_NODE[nodeOf('interest')]?.metrics?.[0]?.words).toEqual(['interest', 'on', 'the', 'debt']);
    let phrases = 0;
    for (const [first, lists] of phrasesByFirstWord()) {
      const stored = PHRASES_BY_NODE[nodeOf(first)];
      for (const list of [stored?.cues, stored?.metrics, stored?.speech])
        for (const phrase of list ?? []) expect(phrase.words[0]).toBe(first);
      expect(stored?.cues?.length, first).toBe(lists.cues?.length);
      expect(stored?.metrics?.length, first).toBe(lists.metrics?.length);
      expect(stored?.speech?.length, first).toBe(lists.speech?.length);
      phrases += (lists.cues?.length ?? 0) + (lists.metrics?.length ?? 0) + (lists.speech?.length ?? 0);
    }
    expect(phrases).toBeGreaterThan(500);
  });

  it('rebuild each unit reading with the fields it has, in the order the generator writes them, none undefined', () => {
    const { byName, bySymbol } = unitLookups();
    const fieldsOf = (entry: object) => Object.entries(entry).filter(([, value]) => value !== undefined);
    for (const [lookup, computed] of [
      [UNIT_BY_NAME, byName],
      [UNIT_BY_SYMBOL, bySymbol],
    ] as const) {
      expect([...lookup.keys()]).toEqual([...computed.keys()]);
      for (const [key, entry] of lookup) expect(Object.entries(entry), key).toEqual(fieldsOf(computed.get(key)!));
    }
    expect(UNIT_BY_NAME.get('decades')).toEqual({ unit: 'year', dimension: 'time', factor: 10 });
  });

  it('store no key per phrase or unit reading', () => {
    expect(readFileSync(PHRASES_FILE, 'utf8')).not.toMatch(/"(?:words|value)":/);
    expect(readFileSync(UNIT_LOOKUPS_FILE, 'utf8')).not.toMatch(/"(?:unit|dimension)":/);
  });
});
