// Where given characters stand in a text, found once per text by indexOf, and looked up by binary search: readers
// that ask "where is the next '('" or "which quotation marks come before here" from many places then need no loop.

/** The places of the characters `chars` in `text`, ascending. */
export function positionsOf(text: string, chars: readonly string[]): number[] {
  const positions: number[] = [];
  for (const char of chars) {
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) positions.push(at);
  }
  return chars.length > 1 ? positions.sort((a, b) => a - b) : positions;
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
