// The extractor's lookup tables derived from its hand-edited lists are generated (scripts/generate-extraction-tables.ts),
// not built at import: each committed module must be what the generator writes from today's lists, or a phrase added
// to a list would be missing from the tables and never matched.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildVocabularyTrie,
  GENERATE_COMMAND,
  generatedTables,
  knownNames,
  phrasesByFirstWord,
  storedKnownNames,
  storedPhrases,
  unitLookups,
  vocabularyWords,
} from '../../scripts/generate-extraction-tables.js';
import {
  COUNTRY_FORM,
  COUNTRY_FORMS,
  DEMONYMS,
  KNOWN,
  KNOWN_FIRST_WORDS,
  KNOWN_OPENINGS,
} from '../../shared/extraction/tables/known-names.generated.js';
import { METRIC_DETAILS, PHRASES_BY_NODE } from '../../shared/extraction/tables/phrases.generated.js';
import {
  CURRENCY_BEFORE,
  MULTI_WORD_STARTS,
  SYMBOL_TO_CODE,
  UNIT_BY_NAME,
  UNIT_BY_SYMBOL,
} from '../../shared/extraction/tables/unit-lookups.generated.js';
import { VOCABULARY_TRIE } from '../../shared/extraction/tables/vocabulary.generated.js';

describe('the generated extraction tables', () => {
  for (const { file, content } of generatedTables()) {
    it(`${relative(process.cwd(), file)} is what the generator writes from the lists`, () => {
      const stale = `${relative(process.cwd(), file)} is stale: run \`${GENERATE_COMMAND}\` and commit the result`;
      expect(readFileSync(file, 'utf8'), stale).toBe(content);
    });
  }

  it('writes the same output twice (deterministic)', () => {
    expect(generatedTables()).toEqual(generatedTables());
  });

  it("gives each vocabulary node the phrases that start with its word, longest first, metrics by their details' index", () => {
    const nodeOf = (word: string) => VOCABULARY_TRIE.words.indexOf(word);
    expect(PHRASES_BY_NODE.length).toBe(VOCABULARY_TRIE.words.length);
    for (const [first, { cues, metrics, speech }] of phrasesByFirstWord()) {
      const stored = PHRASES_BY_NODE[nodeOf(first)];
      expect(stored?.cues, first).toEqual(cues);
      expect(stored?.speech, first).toEqual(speech);
      expect(
        stored?.metrics?.map(({ words, value }) => ({ words, value: METRIC_DETAILS[value] })),
        first,
      ).toEqual(metrics);
    }
    const firstWords = new Set(phrasesByFirstWord().map(([first]) => first));
    expect(PHRASES_BY_NODE.filter((phrases, node) => phrases !== null && !firstWords.has(VOCABULARY_TRIE.words[node]!))).toEqual([]);
    expect(PHRASES_BY_NODE[nodeOf('according')]?.speech).toEqual([{ words: ['according', 'to'], value: true }]);
    expect(PHRASES_BY_NODE[nodeOf('said')]?.speech).toEqual([{ words: ['said'], value: false }]);
    for (const phrases of PHRASES_BY_NODE) {
      for (const list of [phrases?.cues, phrases?.metrics, phrases?.speech]) {
        const lengths = (list ?? []).map((phrase) => phrase.words.length);
        expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
      }
    }
  });

  it('stores the phrases of the nodes where some start only, no null for the others', () => {
    const { nodeCount, nodes, phrases } = storedPhrases();
    expect(nodeCount).toBe(VOCABULARY_TRIE.words.length);
    expect(phrases).toHaveLength(nodes.length);
    expect(phrases.filter((phrase) => phrase === null)).toEqual([]);
    expect(nodes.filter((node) => PHRASES_BY_NODE[node] === null)).toEqual([]);
    expect(PHRASES_BY_NODE.filter((phrase) => phrase !== null)).toHaveLength(nodes.length);
  });

  it("stores each metric's details once, the phrases naming them by index", () => {
    const details = METRIC_DETAILS.map((metric) => JSON.stringify(metric));
    expect(new Set(details).size).toBe(details.length);
    const defence = PHRASES_BY_NODE[VOCABULARY_TRIE.words.indexOf('defence')]?.metrics?.[0];
    expect(METRIC_DETAILS[defence?.value ?? -1]).toEqual({ key: 'defence-spending', label: 'defence spending', impliedBase: 'GDP' });
  });

  it('stores each known name and each string once, the forms, country forms and first words naming theirs by index', () => {
    const { types, nameForms, nameTypes, forms, countryForms, countryFormCountries, openings } = storedKnownNames();
    const nameAt = (index: number) => ({ name: forms[nameForms[index]!], type: types[nameTypes[index]!] });
    const names = nameForms.map((_form, index) => JSON.stringify(nameAt(index)));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(types).size).toBe(types.length);
    expect(new Set(forms).size).toBe(forms.length);
    expect(new Set(openings).size).toBe(openings.length);
    const american = countryForms.indexOf(forms.indexOf('American'));
    expect(nameAt(countryFormCountries[american] ?? -1)).toEqual({ name: 'United States', type: 'country' });
    expect(forms.length).toBe(KNOWN.size);
  });

  it('reads the known names as the generator computes them from the tables', () => {
    const computed = knownNames();
    expect(KNOWN).toEqual(new Map(computed.known));
    expect(COUNTRY_FORMS).toEqual(new Map(computed.countryForms));
    expect(DEMONYMS).toEqual(new Set(computed.demonyms));
    expect(KNOWN_FIRST_WORDS).toEqual(new Set(computed.knownFirstWords));
    expect(KNOWN_OPENINGS).toEqual(new Set(computed.knownOpenings));
    expect(COUNTRY_FORM.source).toBe(computed.countryPattern);
  });

  it('reads the known names as the tables give them: people of a country, bodies of a state, longest form first', () => {
    expect(KNOWN.get('Americans')).toEqual({ name: 'United States', type: 'country' });
    expect(COUNTRY_FORMS.has('Americans')).toBe(false);
    expect(COUNTRY_FORMS.get('American')).toBe('United States');
    expect(DEMONYMS.has('Swedish')).toBe(true);
    COUNTRY_FORM.lastIndex = 0;
    expect(COUNTRY_FORM.exec('in the United States of America')?.[0]).toBe('United States of America');
  });

  it('reads the unit and currency lookups as the tables give them: the last definition of a name wins', () => {
    const lookups = unitLookups();
    expect(UNIT_BY_NAME).toEqual(lookups.byName);
    expect(UNIT_BY_SYMBOL).toEqual(lookups.bySymbol);
    expect(SYMBOL_TO_CODE).toEqual(lookups.symbolToCode);
    expect(UNIT_BY_NAME.get('crowns')).toMatchObject({ unit: 'currency:SEK', dimension: 'currency' });
    expect(UNIT_BY_SYMBOL.get('MUSD')).toEqual({ unit: 'currency:USD', dimension: 'currency', factor: 1e6 });
    expect(MULTI_WORD_STARTS.has('per')).toBe(true);
    expect(CURRENCY_BEFORE.exec('worth US$')?.[1]).toBe('US$');
  });

  it('holds every word of the phrase tables in the vocabulary trie, each reached by its characters from the root', () => {
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

  it('refuses a trie with more nodes than the sentence reader keeps in its 16-bit edges', () => {
    const words = Array.from({ length: 40_000 }, (_, index) => index.toString(36).padStart(4, 'a'));
    expect(() => buildVocabularyTrie(words)).toThrow(/more than 16-bit edges hold/);
    expect(buildVocabularyTrie(words.slice(0, 1000)).parents.length).toBeLessThan(2 ** 15);
  });

  it('stops a word at its first character outside the vocabulary, keeping the nodes before it', () => {
    const trie = buildVocabularyTrie(['u.s.', 'us']);
    expect(trie).toEqual({ parents: [-1, 0, 1], characters: ' us', words: ['', '', 'us'] });
  });
});
