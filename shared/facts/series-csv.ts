// A series as CSV: one row per appearance of each fact, safe to open in a spreadsheet.
import type { FactSeries } from './series.js';

export const SERIES_CSV_HEADER = [
  'fact_id',
  'subject',
  'metric',
  'kind',
  'period',
  'value',
  'low',
  'high',
  'unit',
  'of',
  'bound',
  'article_id',
  'url',
  'source',
  'published_at',
  'speaker',
  'quote',
];

/**
 * Quotes a field when needed. Text starting with = + - @ and more after it would run as a formula in a
 * spreadsheet, so it is neutralised; the sign alone (the bound "=") is no formula and stays as it is.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]./s.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function seriesCsvRows(series: FactSeries): string[] {
  return series.kinds.flatMap(({ facts }) =>
    facts.flatMap((fact) =>
      fact.appearances.map((appearance) =>
        [
          fact.id,
          fact.subject,
          fact.metric,
          fact.kind,
          fact.period,
          fact.value,
          fact.low,
          fact.high,
          fact.unit,
          fact.of,
          fact.bound,
          appearance.articleId,
          appearance.url,
          appearance.source,
          appearance.publishedAt,
          appearance.speaker,
          appearance.quote,
        ]
          .map(csvField)
          .join(','),
      ),
    ),
  );
}
