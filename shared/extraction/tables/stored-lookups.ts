// The lookups of the generated table modules, built from the parallel arrays they store: no array per pair to parse
// or allocate at import (bench/results.md, the cold-start rounds). What a module stores without repeating itself
// (no key per entry, nothing derivable) is rebuilt here into the structure its reader uses, by one loop each.
import type { ClaimKind } from '../types.js';
import type { Phrase, PhrasesStartingWith } from './phrases.generated.js';
import type { UnitEntry } from './unit-lookups.generated.js';
import type { VocabularyTrie } from './vocabulary.generated.js';

/** A map of `keys[i]` to `valueAt(i)`; filled in a function, as a loop at a bundle's top level costs (bench/results.md). */
export function mapOf<T>(keys: readonly string[], valueAt: (index: number) => T): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (let index = 0; index < keys.length; index += 1) map.set(keys[index]!, valueAt(index));
  return map;
}

/** The set of `values[index]` for each of `indexes`. */
export function setOf(values: readonly string[], indexes: readonly number[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const index of indexes) set.add(values[index]!);
  return set;
}

/** The trie as stored: its `words` left out, each being the characters on the path to a node listed in `wordEnds`. */
export interface StoredVocabularyTrie {
  parents: readonly number[];
  characters: string;
  /** The nodes where a word ends, ascending. */
  wordEnds: readonly number[];
}

/** The trie with the word ending at each node ('' where none does), spelled from the root (a parent precedes its child). */
export function trieWithWords({ parents, characters, wordEnds }: StoredVocabularyTrie): VocabularyTrie {
  const paths = new Array<string>(parents.length);
  paths[0] = '';
  for (let node = 1; node < parents.length; node += 1) paths[node] = paths[parents[node]!]! + characters[node]!;
  const words = new Array<string>(parents.length).fill('');
  for (let index = 0; index < wordEnds.length; index += 1) words[wordEnds[index]!] = paths[wordEnds[index]!]!;
  return { parents, characters, words };
}

/** One list of phrases as stored: each phrase's value, then its words after the first joined by spaces ('' for none). */
export type StoredPhraseList<T> = readonly (T | string)[];

/** The cue, metric and speech lists of one word as stored, 0 for an absent list, trailing absent lists left out. */
export type StoredPhrasesStartingWith = readonly [
  cues?: StoredPhraseList<ClaimKind> | 0,
  metrics?: StoredPhraseList<number> | 0,
  speech?: StoredPhraseList<boolean> | 0,
];

function phraseList<T>(first: string, stored: StoredPhraseList<T> | 0 | undefined): Phrase<T>[] | undefined {
  if (!stored) return undefined;
  const phrases: Phrase<T>[] = [];
  for (let index = 0; index < stored.length; index += 2) {
    const rest = stored[index + 1] as string;
    phrases.push({ words: rest === '' ? [first] : [first, ...rest.split(' ')], value: stored[index] as T });
  }
  return phrases;
}

/**
 * The phrases by the trie node their first word ends at (`words[node]`), null at the nodes where none starts: the
 * stored lists of `nodes` (ascending) spelled out, each phrase's first word the trie's own string.
 */
export function phrasesByNode(
  words: readonly string[],
  nodes: readonly number[],
  stored: readonly StoredPhrasesStartingWith[],
): readonly (PhrasesStartingWith | null)[] {
  const byNode = new Array<PhrasesStartingWith | null>(words.length).fill(null);
  for (let index = 0; index < nodes.length; index += 1) {
    const first = words[nodes[index]!]!;
    const lists = stored[index]!;
    byNode[nodes[index]!] = {
      cues: phraseList(first, lists[0]),
      metrics: phraseList(first, lists[1]),
      speech: phraseList(first, lists[2]),
    };
  }
  return byNode;
}

/** A unit reading as stored: its unit, its dimension by index, and its other fields if it has any. */
export type StoredUnitEntry = readonly [unit: string, dimension: number, others?: Omit<UnitEntry, 'unit' | 'dimension'>];

/** The unit readings, each an object of the fields it has, `unit` and `dimension` first. */
export function unitEntries(dimensions: readonly UnitEntry['dimension'][], stored: readonly StoredUnitEntry[]): UnitEntry[] {
  const entries: UnitEntry[] = [];
  for (let index = 0; index < stored.length; index += 1) {
    const entry = stored[index]!;
    const unit = entry[0];
    const dimension = dimensions[entry[1]]!;
    entries.push(entry[2] ? { unit, dimension, ...entry[2] } : { unit, dimension });
  }
  return entries;
}

/** A pattern matching any of `literals` (none holds a `|`), tried in their order, then `after`. */
export function patternOf(literals: readonly string[], after: string, flags: string): RegExp {
  return new RegExp(`(?:${literals.join('|').replace(/[.*+?^${}()[\]\\]/g, '\\$&')})${after}`, flags);
}
