import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_REACH, sentenceAround } from '../../shared/extraction/sentences.js';

const sentenceAt = (text: string, needle: string) => {
  const span = sentenceAround(text, text.indexOf(needle));
  return text.slice(span.start, span.end);
};

describe('sentenceAround', () => {
  it('does not split after abbreviations, initials or decimals', () => {
    const text = 'Gen. Smith met U.S. officials on Dec. 5. Inflation was 3.5 per cent.';
    expect(sentenceAt(text, 'officials')).toBe('Gen. Smith met U.S. officials on Dec. 5.');
    expect(sentenceAt(text, '3.5')).toBe('Inflation was 3.5 per cent.');
  });
  it('splits scraped text that lost the space after a full stop, and at line breaks', () => {
    expect(sentenceAt('to bolster their defense budgets.Rutte said 2%', 'Rutte')).toBe('Rutte said 2%');
    expect(sentenceAt('2 hours ago 1\nARTICLE AD BOX', 'ago')).toBe('2 hours ago 1');
  });
  it('bounds a sentence without punctuation', () => {
    const text = 'word '.repeat(10_000);
    const span = sentenceAround(text, 25_000);
    expect(span.end - span.start).toBeLessThanOrEqual(2 * MAX_SENTENCE_REACH);
  });
});
