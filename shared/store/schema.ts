// The table's physical shape: the one source for the CDK table and the local/test table.
// Key prefixes and the items they hold live in keys.ts; this file only names attributes and indexes.

export const TABLE_KEYS = { partition: 'PK', sort: 'SK' } as const;

/**
 * Overloaded global secondary indexes, named by what they answer (keys.ts lays out each partition):
 * - bySubject: a subject's claims, in series order (SUBJ#<subject>#<shard>), and the active watches on it (WATCHMATCH#<subject>);
 *   sparse, the webhook deliveries whose next message is not known to be queued, by due time (DLVUNQUEUED), which the sweeper sends;
 * - byFact: a fact's appearances (FACT#<fact>), and a subject's facts by scope (FACTS#<subject>#<shard>);
 *   sparse, the webhook deliveries still pending (DLVPENDING), which a local start and npm run mark-unqueued-deliveries mark for the sweeper;
 * - byType: every claim, fact, open conflict or feed, sharded (CLAIMS#, FACTS#, CONFLICTS#; FEEDS by next poll);
 *   a key's watches (WATCHES#<key>), a watch's deliveries (DLVS#<watch>) and every API key (APIKEYS).
 */
export const INDEXES = {
  bySubject: { name: 'bySubject', partition: 'bySubjectPK', sort: 'bySubjectSK' },
  byFact: { name: 'byFact', partition: 'byFactPK', sort: 'byFactSK' },
  byType: { name: 'byType', partition: 'byTypePK', sort: 'byTypeSK' },
} as const;

export type GlobalIndex = (typeof INDEXES)[keyof typeof INDEXES];

export const GLOBAL_INDEXES: readonly GlobalIndex[] = Object.values(INDEXES);

/** A query's key attributes on an index. */
export function onIndex(index: GlobalIndex) {
  return { index: index.name, partitionAttribute: index.partition, sortAttribute: index.sort } as const;
}

/** Epoch-seconds attribute DynamoDB's TTL deletes expired items by. */
export const TTL_ATTRIBUTE = 'expiresAt';

/** The change stream the notifier reads (shared/watches): both images, so a change is seen with what it replaced. */
export const TABLE_STREAM = { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } as const;
