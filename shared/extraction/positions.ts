// Where given characters stand in a text, found once per text by indexOf, and looked up by binary search: readers
// that ask "where is the next '('" or "which quotation marks come before here" from many places then need no loop.

/** The places of the characters `chars` in `text`, ascending. */
export function positionsOf(text: string, chars: readonly string[]): number[] {
  let positions: number[] = [];
  for (const char of chars) {
    const places: number[] = [];
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) places.push(at);
    // Merged, not sorted: a sort with a comparator cost more than the scans.
    positions = positions.length === 0 ? places : places.length === 0 ? positions : merged(positions, places);
  }
  return positions;
}

/** Two ascending lists of distinct places as one. */
function merged(first: readonly number[], second: readonly number[]): number[] {
  const all: number[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) all.push(first[i]! < second[j]! ? first[i++]! : second[j++]!);
  while (i < first.length) all.push(first[i++]!);
  while (j < second.length) all.push(second[j++]!);
  return all;
}

/** The index of the first of the ascending `positions` at or after `from` (their length when none is). */
export function firstAtOrAfter(positions: readonly number[], from: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low;
}
