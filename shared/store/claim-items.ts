// The claim item (one per claim per claim set, in its article's partition, projected into every index)
// and the check every index read needs: keep only items of their article's current claim set.
import type { Claim } from '../facts/claim.js';
import { factIdOf, periodKey } from '../facts/fact.js';
import { slugify } from '../facts/slug.js';
import { alsoAtOf } from './article-reads.js';
import type { FanOutQuery } from './fan-out.js';
import { articleKeys, claimIndexKeys, metricKindPeriodPrefix, SHARDS, shardNumbers } from './keys.js';
import { INDEXES, onIndex } from './schema.js';
import type { Item, TableReads } from './table-access.js';

export function claimItem(claim: Claim, claimSet: string): Item {
  const { alsoAt: _alsoAt, ...stored } = claim;
  return {
    ...articleKeys.claim(claim.articleId, claimSet, claim.id),
    entity: 'claim',
    articleId: claim.articleId,
    claimSet,
    kind: claim.kind,
    claim: stored,
    ...claimIndexKeys.of({
      articleId: claim.articleId,
      claimId: claim.id,
      subjectSlug: slugOrNull(claim.subject),
      metricSlug: slugOrNull(claim.metric),
      kind: claim.kind,
      periodKey: periodKey(claim.time),
      factId: factIdOf(claim),
      publishedAt: claim.publishedAt,
    }),
  };
}

/** The claim of a claim item, with the other URLs of its article (from the article's head item). */
export function claimFromItem(item: Item, head: Item): Claim {
  return { ...(item.claim as Omit<Claim, 'alsoAt'>), alsoAt: alsoAtOf(head) };
}

/**
 * Keeps the claim items of each article's current claim set (index reads can meet a set written
 * but not yet flipped to, or one just retired), with the article's other sources attached.
 */
export async function currentClaims(table: TableReads, items: Item[]): Promise<Claim[]> {
  const articleIds = [...new Set(items.map((item) => String(item.articleId)))];
  if (!articleIds.length) return [];
  const heads = await table.batchGet(articleIds.map(articleKeys.head), ['id', 'claimSet', 'alsoAt']);
  const headById = new Map(heads.map((head) => [String(head.id), head]));
  return items.flatMap((item) => {
    const head = headById.get(String(item.articleId));
    return head && head.claimSet === item.claimSet ? [claimFromItem(item, head)] : [];
  });
}

/** The claims of one series, over the subject's shards, in series order (metric, kind, period, fact). */
export function seriesQuery(subjectSlug: string, metricSlug: string): FanOutQuery {
  return {
    operation: 'getSeries',
    parameters: { subjectSlug, metricSlug },
    ...onIndex(INDEXES.bySubject),
    partitions: shardNumbers(SHARDS.subject).map((shard) => claimIndexKeys.subjectPartition(subjectSlug, shard)),
    sortPrefix: metricKindPeriodPrefix(metricSlug),
  };
}

function slugOrNull(name: string | null): string | null {
  return name ? slugify(name) || null : null;
}
