// The table's physical shape: the one source for the CDK table and the local/test table.
// Key prefixes and the items they hold live in keys.ts; this file only names attributes and indexes.

export const TABLE_KEYS = { partition: 'PK', sort: 'SK' } as const;

/** Overloaded global secondary indexes; which access pattern uses which is documented in keys.ts. */
export const GLOBAL_INDEXES = [
  { name: 'GSI1', partition: 'GSI1PK', sort: 'GSI1SK' },
  { name: 'GSI2', partition: 'GSI2PK', sort: 'GSI2SK' },
  { name: 'GSI3', partition: 'GSI3PK', sort: 'GSI3SK' },
] as const;

/** Epoch-seconds attribute DynamoDB's TTL deletes expired items by. */
export const TTL_ATTRIBUTE = 'expiresAt';

/** The change stream the notifier reads (shared/watches): both images, so a change is seen with what it replaced. */
export const TABLE_STREAM = { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } as const;
