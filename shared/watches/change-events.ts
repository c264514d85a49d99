// What changed, read from one record of the table's stream (its images unmarshalled): the changes a
// watch can be told about. Pure: the notifier (notifier.ts) adds what needs a store read (fact.changed).
import { createHash } from 'node:crypto';
import type { Claim, SupersededValue } from '../facts/claim.js';
import type { FactScope, SourcedFact, SourcedRelation } from '../facts/derivation.js';
import { factIdOf, periodKey, type FactSummary } from '../facts/fact.js';
import { slugify } from '../facts/slug.js';
import type { WatchEventType } from './watch.js';

/** A stored item a watch can be told about, as the store decodes it from the table's stream. */
export type WatchedItem =
  | { kind: 'fact'; fact: FactSummary }
  /** A stored conflict or supersedes, with both facts and their sources. */
  | { kind: 'relation'; relation: SourcedRelation }
  /** A claim as stored (without the article's other URLs). */
  | { kind: 'claim'; claim: Omit<Claim, 'alsoAt'> };

/** One record of the table's stream: the watched item before it (a modify only) and after it (none for a removal or another item). */
export interface ItemChange {
  before: WatchedItem | null;
  after: WatchedItem | null;
}

/** A fact as events carry it: its scope (subject, metric, kind, period) and value. */
export interface WatchedFact extends FactScope {
  id: string;
  value: number;
  low?: number;
  high?: number;
  unit: string;
}

/** The value a fact replaced or disagrees with, and where it was said when that is known. */
export interface PreviousValue {
  factId: string | null;
  value: number;
  low?: number;
  high?: number;
  unit: string;
  quote?: string;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
}

interface ChangeBase {
  type: WatchEventType;
  /** Identifies the change itself: the same change read twice (a redelivered record, an article posted again) has the same key. */
  key: string;
  fact: WatchedFact;
}

export type Change =
  | (ChangeBase & { type: 'fact.created' })
  | (ChangeBase & { type: 'fact.changed'; previous: PreviousValue })
  | (ChangeBase & { type: 'conflict.created'; previous: PreviousValue; reason: string })
  | (ChangeBase & { type: 'fact.superseded'; previous: PreviousValue; reason: string });

export function watchedFactOf(
  fact: Pick<
    FactSummary,
    'id' | 'subject' | 'subjectSlug' | 'metric' | 'metricSlug' | 'kind' | 'period' | 'value' | 'low' | 'high' | 'unit'
  >,
): WatchedFact {
  return {
    id: fact.id,
    subject: fact.subject,
    subjectSlug: fact.subjectSlug,
    metric: fact.metric,
    metricSlug: fact.metricSlug,
    kind: fact.kind,
    period: fact.period,
    value: fact.value,
    ...(fact.low !== undefined ? { low: fact.low, high: fact.high } : {}),
    unit: fact.unit,
  };
}

export function previousValueOf(fact: SourcedFact | FactSummary): PreviousValue {
  const source = 'sources' in fact ? fact.sources[0] : undefined;
  return {
    factId: fact.id,
    value: fact.value,
    ...(fact.low !== undefined ? { low: fact.low, high: fact.high } : {}),
    unit: fact.unit,
    ...(source ? { url: source.url, source: source.source, publishedAt: source.publishedAt } : {}),
  };
}

/** The changes one stream record makes; most records (articles, text, retired claims, repeats) make none. */
export function changesOf({ before, after }: ItemChange): Change[] {
  if (!after) return [];
  if (after.kind === 'fact') {
    return before ? [] : [{ type: 'fact.created', key: `fact.created:${after.fact.id}`, fact: watchedFactOf(after.fact) }];
  }
  if (after.kind === 'relation') {
    if (before) return [];
    const { relation } = after;
    const [from, to] = relation.facts;
    if (relation.type === 'conflicts') {
      // The side said last is the news; the other is what it contradicts.
      const [said, contradicted] = (to.lastSaid ?? '') > (from.lastSaid ?? '') ? [to, from] : [from, to];
      return [
        {
          type: 'conflict.created',
          key: `conflict.created:${relation.from}:${relation.to}`,
          fact: watchedFactOf(said),
          previous: previousValueOf(contradicted),
          reason: relation.reason,
        },
      ];
    }
    if (relation.type === 'supersedes') {
      return [
        {
          type: 'fact.superseded',
          key: `fact.superseded:${relation.from}:${relation.to}`,
          fact: watchedFactOf(from),
          previous: previousValueOf(to),
          reason: relation.reason,
        },
      ];
    }
    return [];
  }
  return correctionsOf(after.claim, before?.kind === 'claim' ? (before.claim.supersedes ?? []) : []);
}

/** A claim whose superseded values grew: a source corrected this figure. The latest value replaced is the previous one. */
function correctionsOf(claim: Extract<WatchedItem, { kind: 'claim' }>['claim'], before: SupersededValue[]): Change[] {
  const factId = factIdOf(claim);
  const known = new Set(before.map(supersededKey));
  const grown = (claim.supersedes ?? []).filter((value) => !known.has(supersededKey(value)));
  if (!factId || !claim.subject || !claim.metric || !grown.length) return [];
  const latest = grown.reduce((a, b) => (b.supersededAt > a.supersededAt ? b : a));
  const fact: WatchedFact = {
    id: factId,
    subject: claim.subject,
    subjectSlug: slugify(claim.subject),
    metric: claim.metric,
    metricSlug: slugify(claim.metric),
    kind: claim.kind,
    period: periodKey(claim.time),
    value: claim.value,
    ...(claim.low !== undefined ? { low: claim.low, high: claim.high } : {}),
    unit: claim.unit,
  };
  const previous: PreviousValue = {
    factId: null,
    value: latest.value,
    ...(latest.low !== undefined ? { low: latest.low, high: latest.high } : {}),
    unit: latest.unit,
    quote: latest.quote,
    url: latest.url,
    source: latest.source,
    publishedAt: latest.publishedAt,
  };
  return [
    {
      type: 'fact.superseded',
      key: `fact.superseded:${factId}:${supersededKey(latest)}`,
      fact,
      previous,
      reason: `${latest.source ?? 'the source'} corrected ${latest.value} ${latest.unit} to ${claim.value} ${claim.unit}`,
    },
  ];
}

function supersededKey(value: SupersededValue): string {
  return createHash('sha256')
    .update(JSON.stringify([value.articleId, value.value, value.low, value.high, value.unit, value.text]))
    .digest('hex')
    .slice(0, 16);
}

/** One event per (watch, change): a receiver that gets the same id twice knows it is a repeat. */
export function eventIdOf(watchId: string, changeKey: string): string {
  return 'evt_' + createHash('sha256').update(`${watchId}\n${changeKey}`).digest('hex').slice(0, 32);
}
