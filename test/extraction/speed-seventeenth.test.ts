// Seventeenth speed round: the title-case test of a clause stops at its first small word (context.ts, inTitleCase).
// Outputs are unchanged; these pin the edges the faster form must keep.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';

function subjectOf(text: string, mention: string): string | null {
  const found = extractQuantities(text, { publishedAt: '2025-10-01' }).find((quantity) => quantity.text === mention);
  if (!found) throw new Error(`"${mention}" not extracted from: ${text}`);
  return found.subject;
}

describe('a clause in title case, read word by word', () => {
  it.each([
    // three capitalized words of four letters or more, a small word of three letters among them, an apostrophe inside
    ['Gallery: Xbox One X | 14 Photos', '14 Photos'],
    ['Gallery: Xbox One X | 14 Photos of Snow', '14 Photos'],
    ['Gallery: Xbox One X | 14 Photos Taken Outside', '14 Photos'],
    ["Gallery: Xbox One X | 14 O'Brien Photos", "14 O'Brien Photos"],
  ])('gives no name the number of "%s"', (text, mention) => {
    expect(subjectOf(text, mention)).toBeNull();
  });

  it.each([
    // a small word of four letters last, and a clause of two long words only, are no title
    ['Gallery: Xbox One X | 14 Photos Taken Outside at night', 'Xbox One X'],
    ['Xbox One | 14 Photos', 'Xbox One'],
  ])('keeps the name of "%s"', (text, subject) => {
    expect(subjectOf(text, '14 Photos')).toBe(subject);
  });
});
