// The lookups of the generated table modules, built from the parallel arrays they store: no array per pair to parse
// or allocate at import (bench/results.md, the cold-start rounds).

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

/** An array of `length` nulls but for `values[i]` at `indexes[i]`: a sparse table stored without its nulls. */
export function spreadOver<T>(length: number, indexes: readonly number[], values: readonly T[]): readonly (T | null)[] {
  const array = new Array<T | null>(length).fill(null);
  for (let index = 0; index < indexes.length; index += 1) array[indexes[index]!] = values[index]!;
  return array;
}

/** A pattern matching any of `literals` (none holds a `|`), tried in their order, then `after`. */
export function patternOf(literals: readonly string[], after: string, flags: string): RegExp {
  return new RegExp(`(?:${literals.join('|').replace(/[.*+?^${}()[\]\\]/g, '\\$&')})${after}`, flags);
}
