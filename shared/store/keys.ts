// Every key prefix, sort-key layout and shard count of factline's single table, in one place.
// docs/table-design.md lists which access pattern each key answers and what it costs.
import { createHash } from 'node:crypto';
import { INDEXES } from './schema.js';

/** Hot partitions (a subject like NATO in every article) are write-sharded: items spread over N keys, reads fan out. */
export const SHARDS = {
  /** Claims by subject, and the series of a subject (bySubject). */
  subject: 4,
  /** Every claim (byType). */
  allClaims: 8,
  /** Every fact (byType). */
  allFacts: 8,
  /** Facts of one subject (byFact), by scope. */
  subjectFacts: 4,
  /** Subject/metric registry (base table). */
  subjects: 4,
  /** Open conflicts (byType). */
  conflicts: 4,
} as const;

/** The shard numbers 0..count-1 of a sharded partition, for a read that fans out over all of them. */
export function shardNumbers(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

/** Stable shard of a value: the same article always lands in the same shard, so its items move together. */
export function shardOf(value: string, shards: number): number {
  return createHash('sha1').update(value).digest().readUInt32BE(0) % shards;
}

/** Placeholder in a key for a missing subject/metric (never a valid slug, which has no '~'). */
export const NONE = '~';

// ---------------------------------------------------------------------------------------------
// Articles and their claims (partition ART#<articleId>)
// ---------------------------------------------------------------------------------------------
const ARTICLE_PARTITION = 'ART#';
const FACT_PARTITION = 'FCT#';
const SERIES_PARTITION = 'SER#';

export const articleKeys = {
  /** Small head item: metadata, sources, and the pointer to the current claim set. */
  head: (articleId: string) => ({ PK: `${ARTICLE_PARTITION}${articleId}`, SK: 'A' }),
  /** The article text in chunks (items max 400 KB), apart so that reading the head (pointer checks) stays cheap. */
  text: (articleId: string, chunk: number) => ({ PK: `${ARTICLE_PARTITION}${articleId}`, SK: `TEXT#${String(chunk).padStart(3, '0')}` }),
  textPrefix: 'TEXT#',
  /** One claim of one claim set; a claim set is replaced by flipping the head's pointer. */
  claim: (articleId: string, claimSet: string, claimId: string) => ({
    PK: `${ARTICLE_PARTITION}${articleId}`,
    SK: `CLM#${claimSet}#${claimId}`,
  }),
  claimSetPrefix: (claimSet: string) => `CLM#${claimSet}#`,
  allClaimsPrefix: 'CLM#',
  /** Uniqueness of the text: the first article with a fingerprint owns it. */
  fingerprint: (fingerprint: string) => ({ PK: `FPR#${fingerprint}`, SK: 'FPR' }),
  /** Article by canonical URL (the article's own URL and every other URL its text was seen under). */
  url: (canonicalUrl: string) => ({ PK: `URL#${canonicalUrl}`, SK: 'URL' }),
} as const;

// ---------------------------------------------------------------------------------------------
// Index layouts of a claim item (bySubject: subject and series; byFact: appearances; byType: all claims)
// ---------------------------------------------------------------------------------------------
export interface ClaimKeyParts {
  articleId: string;
  claimId: string;
  subjectSlug: string | null;
  metricSlug: string | null;
  kind: string;
  periodKey: string;
  factId: string | null;
  publishedAt: string | null;
}

/** Sort-key prefix shared by claims and facts: metric, kind, period; filters narrow it left to right. */
export function metricKindPeriodPrefix(metricSlug?: string, kind?: string, periodKey?: string): string {
  const parts = [metricSlug, kind, periodKey];
  let prefix = '';
  for (const part of parts) {
    if (part === undefined) break;
    prefix += `${part}#`;
  }
  return prefix;
}

export const claimIndexKeys = {
  subjectPartition: (subjectSlug: string, shard: number) => `SUBJ#${subjectSlug}#${shard}`,
  factPartition: (factId: string) => `FACT#${factId}`,
  allClaimsPartition: (shard: number) => `CLAIMS#${shard}`,
  of(parts: ClaimKeyParts): Record<string, string> {
    const scope = metricKindPeriodPrefix(parts.metricSlug ?? NONE, parts.kind, parts.periodKey);
    const sortTail = `${scope}${parts.factId ?? NONE}#${parts.claimId}`;
    const keys: Record<string, string> = {
      [INDEXES.bySubject.partition]: claimIndexKeys.subjectPartition(parts.subjectSlug ?? NONE, shardOf(parts.articleId, SHARDS.subject)),
      [INDEXES.bySubject.sort]: sortTail,
      [INDEXES.byType.partition]: claimIndexKeys.allClaimsPartition(shardOf(parts.articleId, SHARDS.allClaims)),
      [INDEXES.byType.sort]: sortTail,
    };
    if (parts.factId) {
      keys[INDEXES.byFact.partition] = claimIndexKeys.factPartition(parts.factId);
      keys[INDEXES.byFact.sort] = `${parts.publishedAt ?? NONE}#${parts.claimId}`;
    }
    return keys;
  },
} as const;

// ---------------------------------------------------------------------------------------------
// Facts, subjects, relations
// ---------------------------------------------------------------------------------------------
export const factKeys = {
  /** Identity of a fact (same subject, metric, kind, period, value, unit); appearances are its claims (byFact). */
  item: (factId: string) => ({ PK: `${FACT_PARTITION}${factId}`, SK: 'F' }),
  subjectPartition: (subjectSlug: string, shard: number) => `FACTS#${subjectSlug}#${shard}`,
  /** The facts of one scope (subject, metric, kind, period) share a shard, so relations read one partition. */
  scopeShard: (metricSlug: string, kind: string, periodKey: string) => shardOf(`${metricSlug}#${kind}#${periodKey}`, SHARDS.subjectFacts),
  allPartition: (shard: number) => `FACTS#${shard}`,
  index(factId: string, subjectSlug: string, metricSlug: string, kind: string, periodKey: string): Record<string, string> {
    const sort = `${metricKindPeriodPrefix(metricSlug, kind, periodKey)}${factId}`;
    return {
      [INDEXES.byFact.partition]: factKeys.subjectPartition(subjectSlug, factKeys.scopeShard(metricSlug, kind, periodKey)),
      [INDEXES.byFact.sort]: sort,
      [INDEXES.byType.partition]: factKeys.allPartition(shardOf(factId, SHARDS.allFacts)),
      [INDEXES.byType.sort]: sort,
    };
  },
} as const;

export const subjectKeys = {
  /** One row per (subject, metric) series, in a sharded registry partition. */
  partition: (shard: number) => `SUBJECTS#${shard}`,
  row: (subjectSlug: string, metricSlug: string) => ({
    PK: subjectKeys.partition(shardOf(subjectSlug, SHARDS.subjects)),
    SK: `${subjectSlug}#${metricSlug}`,
  }),
} as const;

export const relationKeys = {
  /** Stored relations (conflicts, supersedes) of a series live in the series' own partition, by scope. */
  seriesPartition: (subjectSlug: string, metricSlug: string) => `${SERIES_PARTITION}${subjectSlug}#${metricSlug}`,
  scopePrefix: (kind: string, periodKey: string) => `REL#${kind}#${periodKey}#`,
  item: (subjectSlug: string, metricSlug: string, kind: string, periodKey: string, type: string, fromFactId: string, toFactId: string) => ({
    PK: relationKeys.seriesPartition(subjectSlug, metricSlug),
    SK: `${relationKeys.scopePrefix(kind, periodKey)}${type}#${fromFactId}#${toFactId}`,
  }),
  conflictPartition: (shard: number) => `CONFLICTS#${shard}`,
  conflictIndex: (subjectSlug: string, metricSlug: string, fromFactId: string, toFactId: string) => ({
    [INDEXES.byType.partition]: relationKeys.conflictPartition(shardOf(`${subjectSlug}#${metricSlug}`, SHARDS.conflicts)),
    [INDEXES.byType.sort]: `${subjectSlug}#${metricSlug}#${fromFactId}#${toFactId}`,
  }),
} as const;

/**
 * What the notifier reads from the table's stream (shared/store/stream-items.ts), by partition prefix and
 * `entity`: fact items, stored relations, and claims (a correction's superseded values live on its claims).
 * The Lambda's filter criteria are built from these, so other writes never invoke it.
 */
export const streamItemKinds = {
  fact: { partitionPrefix: FACT_PARTITION, entity: 'fact' },
  relation: { partitionPrefix: SERIES_PARTITION, entity: 'relation' },
  claim: { partitionPrefix: ARTICLE_PARTITION, entity: 'claim' },
} as const;

// ---------------------------------------------------------------------------------------------
// Feeds (shared/store/feed-store.ts): FEED#<id> holds a feed and the items already seen; the FEEDS
// partition of byType orders every feed by its next poll time.
// ---------------------------------------------------------------------------------------------
export const feedKeys = {
  /** A feed and its polling state (ETag, Last-Modified, failures, next poll time). */
  feed: (feedId: string) => ({ PK: `FEED#${feedId}`, SK: 'FEED' }),
  /** One item of the feed already ingested; expires by TTL so a feed's history stays bounded. */
  seenItem: (feedId: string, itemKeyHash: string) => ({ PK: `FEED#${feedId}`, SK: `SEEN#${itemKeyHash}` }),
  /** byType: every feed in one partition ordered by next poll time; "list feeds" and "feeds due now" are one query. */
  schedule: (nextPollAt: string, feedId: string) => ({
    [INDEXES.byType.partition]: 'FEEDS',
    [INDEXES.byType.sort]: `${nextPollAt}#${feedId}`,
  }),
  schedulePartition: 'FEEDS',
} as const;

// ---------------------------------------------------------------------------------------------
// Watches (shared/store/watch-store.ts): WATCH#<id> holds a watch; an index (the store names which, from
// schema.ts) lists a key's watches by creation; another holds only *active* watches (the keys are removed on
// pause), by subject then metric, so matching a change is a Query per (subject | none) x (metric | none) and
// never meets a paused watch.
// ---------------------------------------------------------------------------------------------
export const watchKeys = {
  item: (watchId: string) => ({ PK: `WATCH#${watchId}`, SK: 'W' }),
  /** Per-owner count of watches, kept exact by the transactions that create and delete them. */
  ownerCount: (ownerKeyId: string) => ({ PK: `WATCHCOUNT#${ownerKeyId}`, SK: 'C' }),
  ownerPartition: (ownerKeyId: string) => `WATCHES#${ownerKeyId}`,
  byOwner: (ownerKeyId: string, createdAt: string, watchId: string) => ({
    partition: watchKeys.ownerPartition(ownerKeyId),
    sort: `${createdAt}#${watchId}`,
  }),
  /** `subjectSlug` null: a watch on no subject (any subject may match it). */
  matchPartition: (subjectSlug: string | null) => `WATCHMATCH#${subjectSlug ?? NONE}`,
  /** `metricSlug` null: every metric; the sort key starts with it so "this metric" and "any metric" are two prefixes. */
  matchSortPrefix: (metricSlug: string | null) => `${metricSlug ?? NONE}#`,
  byMatch: (subjectSlug: string | null, metricSlug: string | null, watchId: string) => ({
    partition: watchKeys.matchPartition(subjectSlug),
    sort: `${watchKeys.matchSortPrefix(metricSlug)}${watchId}`,
  }),
} as const;

// ---------------------------------------------------------------------------------------------
// Webhook deliveries (shared/store/delivery-store.ts): one item per (watch, event), so recording an
// event twice is one conditional put; an index (named by the store, from schema.ts) lists a watch's
// deliveries newest first, another holds the pending ones only (a local start and npm run mark-unqueued-deliveries mark them), and a third
// those whose next message is not known to be queued, by the time it is due (the sweeper sends them).
// ---------------------------------------------------------------------------------------------
export const deliveryKeys = {
  item: (watchId: string, eventId: string) => ({ PK: `DLV#${watchId}`, SK: `EVT#${eventId}` }),
  byWatch: (watchId: string, createdAt: string, eventId: string) => ({ partition: `DLVS#${watchId}`, sort: `${createdAt}#${eventId}` }),
  watchPartition: (watchId: string) => `DLVS#${watchId}`,
  pendingPartition: 'DLVPENDING',
  pending: (createdAt: string, watchId: string, eventId: string) => ({
    partition: 'DLVPENDING',
    sort: `${createdAt}#${watchId}#${eventId}`,
  }),
  unqueuedPartition: 'DLVUNQUEUED',
  unqueued: (dueAt: string, watchId: string, eventId: string) => ({
    partition: 'DLVUNQUEUED',
    sort: `${dueAt}#${watchId}#${eventId}`,
  }),
  /** POSTs to one watch's webhook in one UTC minute ("2026-12-05T05:45"). */
  minute: (watchId: string, minute: string) => ({ PK: `DLVRATE#${watchId}`, SK: minute }),
} as const;

// ---------------------------------------------------------------------------------------------
// Per-client API keys (shared/store/api-key-store.ts): APIKEY#<id> holds a key with the hash of its
// secret; one index partition lists every key by creation (an admin's list: tens of keys, not millions).
// ---------------------------------------------------------------------------------------------
export const apiKeyKeys = {
  item: (keyId: string) => ({ PK: `APIKEY#${keyId}`, SK: 'K' }),
  listPartition: 'APIKEYS',
  byCreation: (createdAt: string, keyId: string) => ({ partition: apiKeyKeys.listPartition, sort: `${createdAt}#${keyId}` }),
} as const;
