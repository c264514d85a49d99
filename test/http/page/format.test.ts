// The words the page uses for values, periods and conflicts (shared/http/page/src/format.ts runs in the browser).
import { describe, expect, it } from 'vitest';
import {
  describeConflict,
  formatDate,
  formatValue,
  formatValueOf,
  splitQuote,
  unitLabel,
  type ConflictSide,
} from '../../../shared/http/page/src/format.js';

const germanyTarget = (value: number, source: string): ConflictSide => ({
  value,
  unit: 'percent',
  of: 'GDP',
  kind: 'target',
  time: { by: 2029 },
  subject: 'Germany',
  metric: 'defence-spending-share-of-gdp',
  metricLabel: 'defence spending, share of GDP',
  sources: [source],
});

describe('the page in words', () => {
  it('explains a conflict as a sentence, lower value first, without slugs', () => {
    expect(describeConflict(germanyTarget(3.5, 'Deutsche Welle'), germanyTarget(2.8, 'Reuters'))).toBe(
      "Two sources give Germany's 2029 defence spending target as 2.8% and 3.5% of GDP.",
    );
    const actual = (value: number, sources: string[]): ConflictSide => ({
      ...germanyTarget(value, ''),
      kind: 'actual',
      time: { year: 2024 },
      subject: 'Canada',
      sources,
    });
    expect(describeConflict(actual(1.33, ['Ottawa Citizen']), actual(1.39, ['NATO Review', 'CBC News']))).toBe(
      "Three sources give Canada's 2024 defence spending as 1.33% and 1.39% of GDP.",
    );
    expect(describeConflict(actual(1, ['Wire']), actual(2, ['Wire']))).toBe(
      "The same source gives Canada's 2024 defence spending as 1% and 2% of GDP.",
    );
    expect(describeConflict({ ...actual(1, ['A']), time: {}, subject: 'NATO countries' }, actual(2, ['B']))).toBe(
      "Two sources give NATO countries' defence spending as 1% and 2% of GDP.",
    );
  });

  it('writes values, units, dates and highlights as a reader expects them', () => {
    expect(formatValue({ value: 2.8, unit: 'percent' })).toBe('2.8%');
    expect(formatValue({ value: 2.5, low: 2, high: 3, unit: 'percent' })).toBe('2–3%');
    expect(formatValue({ value: 1_200_000_000, unit: 'currency:USD' })).toBe('USD 1.2 billion');
    expect(formatValue({ value: 35, unit: 'minute' })).toBe('35 minutes');
    expect(formatValue({ value: 12, unit: 'km' })).toBe('12 km');
    expect(formatValueOf({ value: 5, unit: 'percent', of: 'GDP' })).toBe('5% of GDP');
    expect(unitLabel({ unit: 'percent', of: 'GDP' })).toBe('% of GDP');
    expect(unitLabel({ unit: 'count', of: null })).toBe('');
    expect(formatDate('2025-12-19T00:00:00.000Z')).toBe('19 Dec 2025');
    expect(formatDate(null)).toBe('undated');
    expect(splitQuote('Canada will reach two per cent this year.', 'two per cent')).toEqual([
      'Canada will reach ',
      'two per cent',
      ' this year.',
    ]);
    expect(splitQuote('No mention here.', 'five')).toBeNull();
  });
});
