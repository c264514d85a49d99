// The lookups of the generated table modules, built from the parallel arrays they store: no array per pair to parse
// or allocate at import (bench/results.md, the cold-start rounds). What a module stores without repeating itself
// (no key per entry, nothing derivable) is rebuilt here into the structure its reader uses, by one loop each.
import type { ClaimKind } from '../types.js';
import type { Phrase, PhrasesStartingWith } from './phrases.generated.js';
import type { UnitEntry } from './unit-lookups.generated.js';

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

/** One list of phrases as stored: each phrase's value, then its words. */
export type StoredPhraseList<T> = readonly (T | readonly string[])[];

/** The cue, metric and speech lists of one word as stored, 0 for an absent list, trailing absent lists left out. */
export type StoredPhrasesStartingWith = readonly [
  cues?: StoredPhraseList<ClaimKind> | 0,
  metrics?: StoredPhraseList<number> | 0,
  speech?: StoredPhraseList<boolean> | 0,
];

function phraseList<T>(stored: StoredPhraseList<T> | 0 | undefined): Phrase<T>[] | undefined {
  if (!stored) return undefined;
  const phrases: Phrase<T>[] = [];
  for (let index = 0; index < stored.length; index += 2) {
    phrases.push({ words: stored[index + 1] as readonly string[], value: stored[index] as T });
  }
  return phrases;
}

/** An array of `length` nulls but for the stored lists of `nodes[i]` at `nodes[i]`, each spelled out. */
export function phrasesByNode(
  length: number,
  nodes: readonly number[],
  stored: readonly StoredPhrasesStartingWith[],
): readonly (PhrasesStartingWith | null)[] {
  const byNode = new Array<PhrasesStartingWith | null>(length).fill(null);
  for (let index = 0; index < nodes.length; index += 1) {
    const lists = stored[index]!;
    byNode[nodes[index]!] = { cues: phraseList(lists[0]), metrics: phraseList(lists[1]), speech: phraseList(lists[2]) };
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
