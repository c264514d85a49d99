// Small named articles and quantities for store tests: the quantities are what an extractor would say.
import type { Article } from '../../shared/articles/article.js';
import type { Quantity } from '../../shared/extraction/types.js';
import { claimsFromQuantities, type Claim } from '../../shared/facts/claim.js';
import { articleFromInput } from '../../shared/pipeline/ingest-article.js';
import { quantityAt } from '../../scripts/synthetic-articles.js';

export function article(text: string, url: string | undefined, publishedAt = '2025-06-01', source = 'Example News'): Article {
  // Ingested on 2025-06-02, or on the day it was published when that is later.
  const ingestedAt = new Date(Math.max(Date.parse('2025-06-02T00:00:00Z'), Date.parse(publishedAt)));
  return articleFromInput({ text, ...(url ? { url } : {}), publishedAt, source, title: text.slice(0, 40) }, ingestedAt);
}

/** A claim-scored quantity at the first occurrence of `mention` in `text`, one sentence long. */
export function quantity(text: string, mention: string, fields: Partial<Quantity> & Pick<Quantity, 'value' | 'unit'>): Quantity {
  return quantityAt(text, 0, mention, fields);
}

export const DEFENCE_SHARE = {
  subject: 'Canada',
  metric: 'defence-spending-share-of-gdp',
  metricLabel: 'defence spending, share of GDP',
  of: 'GDP',
} as const;

/** An article saying Canada spent `value` per cent of GDP on defence in 2024. */
export function defenceSpendingArticle(
  value: number,
  url: string,
  publishedAt = '2025-06-01',
  lead = '',
): { article: Article; claims: Claim[] } {
  const text = `${lead}Canada spent ${value} per cent of its GDP on defence in 2024, officials said.`;
  const stored = article(text, url, publishedAt);
  return {
    article: stored,
    claims: claimsFromQuantities(stored, [
      quantity(text, `${value} per cent`, {
        value,
        unit: 'percent',
        ...DEFENCE_SHARE,
        time: { year: 2024 },
        kind: 'actual',
        speaker: 'Officials',
      }),
    ]),
  };
}
