// The sentence reader's vocabulary trie is generated (scripts/generate-vocabulary.ts), not built at import: the
// committed module must be what the generator writes from today's phrase tables, or words added to a table
// would be missing from the trie and never matched.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildVocabularyTrie, VOCABULARY_FILE, vocabularyModule } from '../../scripts/generate-vocabulary.js';
import { vocabularyWords } from '../../shared/extraction/context.js';

describe('the generated vocabulary trie', () => {
  it('is what scripts/generate-vocabulary.ts writes from the phrase tables', () => {
    expect(readFileSync(VOCABULARY_FILE, 'utf8')).toBe(vocabularyModule());
  });

  it('holds every word of the phrase tables, each reached by its characters from the root', () => {
    const trie = buildVocabularyTrie(vocabularyWords());
    const words = vocabularyWords().filter((word) => /^[a-z0-9&]+$/.test(word));
    expect(words.length).toBeGreaterThan(500);
    for (const word of words) {
      let node = 0;
      for (const character of word) {
        const child = trie.parents.findIndex((parent, index) => parent === node && trie.characters[index] === character);
        expect(child, `${word} at ${character}`).toBeGreaterThan(0);
        node = child;
      }
      expect(trie.words[node]).toBe(word);
    }
  });

  it('stops a word at its first character outside the vocabulary, keeping the nodes before it', () => {
    const trie = buildVocabularyTrie(['u.s.', 'us']);
    expect(trie).toEqual({ parents: [-1, 0, 1], characters: ' us', words: ['', '', 'us'] });
  });
});
