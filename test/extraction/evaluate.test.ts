import { describe, expect, it } from 'vitest';
import { locateMention, matchRecord, scoresOf, valuesAgree } from '../../shared/extraction/evaluate.js';
import type { Quantity } from '../../shared/extraction/types.js';

function quantity(fields: Partial<Quantity>): Quantity {
  return {
    start: 0, end: 1, text: '', value: 0, unit: 'count', counted: null, bound: '=', change: null, of: null, subject: null,
    metric: null, metricLabel: null, time: {}, kind: 'actual', speaker: null, claimScore: 0, sentence: { start: 0, end: 1 },
    normalized: { value: fields.value ?? 0, unit: fields.unit ?? 'count' }, ...fields,
  };
}

describe('evaluate', () => {
  it('agrees on values within tolerance, and on both bounds of a range', () => {
    expect(valuesAgree({ value: 0.3333, unit: 'fraction' }, quantity({ value: 1 / 3 }))).toBe(true);
    expect(valuesAgree({ value: 2.5, low: 2, high: 3, unit: 'percent' }, quantity({ value: 2.5 }))).toBe(false);
    expect(valuesAgree({ value: 2.5, low: 2, high: 3, unit: 'percent' }, quantity({ value: 2.5, low: 2, high: 3 }))).toBe(true);
  });

  it('locates the n-th raw occurrence of a mention', () => {
    expect(locateMention('5% then 3.5%', '5%', 1)).toEqual({ start: 10, end: 12 });
  });

  it('matches one to one per level and counts counted nouns in the singular', () => {
    const text = '18 helicopters and 3%';
    const gold = [{ mention: '18 helicopters', value: 18, unit: 'count', counted: 'helicopters' }, { mention: '3%', value: 3, unit: 'percent' }];
    const extracted = [quantity({ start: 0, end: 14, value: 18, counted: 'helicopter' }), quantity({ start: 19, end: 21, value: 3, unit: 'count' })];
    expect(matchRecord(text, gold, extracted, 'value')).toEqual({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
    expect(matchRecord(text, gold, extracted, 'value+unit')).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(scoresOf({ truePositives: 1, falsePositives: 1, falseNegatives: 1 }).f1).toBeCloseTo(0.5);
  });
});
