// The DynamoDB adapter of the WatchStore port (shared/watches/watch.ts); keys in keys.ts ("Watches").
// A watch is one item; a per-owner counter item, changed in the same transaction as the watch, keeps the
// watch limit exact under concurrent creates. Matching reads only the sparse index of active watches.
import { TransactionCanceledException, type DynamoDBClient, type TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { FactlineError, NotFoundError } from '../errors.js';
import { MAX_WATCHES_PER_KEY } from '../watches/api-key.js';
import type { StoredWatch, Watch, WatchStatus, WatchStore } from '../watches/watch.js';
import { processCursorSecret, type CursorSecret } from './cursor.js';
import { indexPartitionPage } from './fan-out.js';
import { watchKeys } from './keys.js';
import type { Page, PageRequest } from './port.js';
import { INDEXES } from './schema.js';
import { TableAccess, type CapacityListener, type Item } from './table-access.js';

// A key's watches are listed like the other lists by type; active watches are found by their subject.
const OWNER_INDEX = INDEXES.byType;
const MATCH_INDEX = INDEXES.bySubject;
const WATCH_FIELDS = [
  'id',
  'ownerKeyId',
  'target',
  'events',
  'webhookUrl',
  'email',
  'status',
  'createdAt',
  'updatedAt',
] as const satisfies ReadonlyArray<keyof Watch>;

export interface WatchStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  /** Signs pagination cursors (shared/store/cursor.ts); defaults to a key only this process knows. */
  cursorSecret?: CursorSecret;
  /** Receives the consumed capacity of every call (used by scripts/measure-capacity.ts). */
  onConsumedCapacity?: CapacityListener;
  now?: () => Date;
}

export function createDynamoWatchStore({
  client,
  tableName,
  cursorSecret,
  onConsumedCapacity,
  now = () => new Date(),
}: WatchStoreOptions): WatchStore {
  const table = new TableAccess(client, tableName, onConsumedCapacity);
  const signingKey = cursorSecret ?? processCursorSecret();
  const counterUpdate = (ownerKeyId: string, change: 'create' | 'delete') => ({
    Update: {
      TableName: tableName,
      Key: table.marshall(watchKeys.ownerCount(ownerKeyId)),
      UpdateExpression: 'SET entity = :entity ADD watchCount :change',
      ...(change === 'create' ? { ConditionExpression: 'attribute_not_exists(watchCount) OR watchCount < :limit' } : {}),
      ExpressionAttributeValues: table.marshall({
        ':entity': 'watch-count',
        ':change': change === 'create' ? 1 : -1,
        ...(change === 'create' ? { ':limit': MAX_WATCHES_PER_KEY } : {}),
      }),
    },
  });

  const getWatch = async (id: string): Promise<StoredWatch | null> => {
    const item = await table.get(watchKeys.item(id), true);
    return item ? storedWatchOf(item) : null;
  };

  return {
    getWatch,

    async createWatch(watch) {
      const item = { ...watchKeys.item(watch.id), entity: 'watch', ...watch, ...indexAttributes(watch) };
      try {
        await transactWithRetries(table, [
          counterUpdate(watch.ownerKeyId, 'create'),
          { Put: { TableName: tableName, Item: table.marshall(item), ConditionExpression: 'attribute_not_exists(PK)' } },
        ]);
        return { created: true, watch };
      } catch (error) {
        const [counter, put] = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
        // Checked before the limit: the same watch again takes no new place, even when the key is full.
        if (put?.Code === 'ConditionalCheckFailed') {
          const existing = await getWatch(watch.id);
          if (existing) return { created: false, watch: existing };
          throw new FactlineError('unavailable', 'this watch was deleted while it was posted again; retry', {}, { cause: error });
        }
        if (counter?.Code === 'ConditionalCheckFailed') {
          throw new FactlineError(
            'limit-reached',
            `this key already has ${MAX_WATCHES_PER_KEY} watches, the most one key may hold; delete one first`,
            { limit: MAX_WATCHES_PER_KEY },
          );
        }
        throw error;
      }
    },

    async listWatches(ownerKeyId: string, page: PageRequest): Promise<Page<Watch>> {
      const list = {
        operation: 'listWatches',
        parameters: { ownerKeyId },
        index: OWNER_INDEX,
        partition: watchKeys.ownerPartition(ownerKeyId),
      };
      return indexPartitionPage(table, signingKey, list, page, watchOf);
    },

    async setWatchStatus(id, status: WatchStatus) {
      const stored = await getWatch(id);
      if (!stored) throw new NotFoundError('watch', id);
      const values = { ':status': status, ':now': now().toISOString() };
      // Only active watches carry the match index's keys: a paused watch is never read by watchesFor.
      const matchKeys = `${MATCH_INDEX.partition} = :matchPartition, ${MATCH_INDEX.sort} = :matchSort`;
      const update =
        status === 'active'
          ? {
              expression: `SET #status = :status, updatedAt = :now, ${matchKeys}`,
              values: { ...values, ':matchPartition': matchKeysOf(stored).partition, ':matchSort': matchKeysOf(stored).sort },
            }
          : { expression: `SET #status = :status, updatedAt = :now REMOVE ${MATCH_INDEX.partition}, ${MATCH_INDEX.sort}`, values };
      try {
        await table.update(watchKeys.item(id), { ...update, names: { '#status': 'status' } }, 'attribute_exists(PK)');
      } catch (error) {
        if (error instanceof Error && error.name === 'ConditionalCheckFailedException') throw new NotFoundError('watch', id);
        throw error;
      }
    },

    async deleteWatch(id) {
      const stored = await getWatch(id);
      if (!stored) return;
      try {
        await transactWithRetries(table, [
          { Delete: { TableName: tableName, Key: table.marshall(watchKeys.item(id)), ConditionExpression: 'attribute_exists(PK)' } },
          counterUpdate(stored.ownerKeyId, 'delete'),
        ]);
      } catch (error) {
        // Deleted by a concurrent request between the read and the transaction: the counter was decremented once, by it.
        const [deleted] = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
        if (deleted?.Code !== 'ConditionalCheckFailed') throw error;
      }
    },

    async watchesFor(subjectSlug, metricSlug) {
      // Four exact key conditions: (this subject | no subject) x (this metric | any metric).
      const queries = [subjectSlug, null].flatMap((subject) =>
        [metricSlug, null].map((metric) =>
          table.queryAll({
            index: MATCH_INDEX.name,
            partitionAttribute: MATCH_INDEX.partition,
            partition: watchKeys.matchPartition(subject),
            sortAttribute: MATCH_INDEX.sort,
            sortPrefix: watchKeys.matchSortPrefix(metric),
          }),
        ),
      );
      const items = (await Promise.all(queries)).flat();
      // The index is eventually consistent: a watch paused a moment ago may still be listed.
      return items.map(storedWatchOf).filter((watch) => watch.status === 'active');
    },
  };
}

/** Concurrent creates of one key meet on its counter item; DynamoDB cancels all but one with TransactionConflict. */
const TRANSACTION_CONFLICT_ATTEMPTS = 5;

async function transactWithRetries(table: TableAccess, items: TransactWriteItem[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await table.transactWrite(items);
      return;
    } catch (error) {
      const conflict =
        error instanceof TransactionCanceledException &&
        (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict');
      if (!conflict) throw error;
      if (attempt === TRANSACTION_CONFLICT_ATTEMPTS)
        throw new FactlineError('unavailable', "too many concurrent changes to this key's watches; retry", {}, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
    }
  }
}

function matchKeysOf(watch: Pick<Watch, 'id' | 'target'>) {
  return watchKeys.byMatch(watch.target.subject ?? null, watch.target.metric ?? null, watch.id);
}

/** The item's attributes for its indexes; only an active watch is in the match index. */
function indexAttributes(watch: Watch): Record<string, string> {
  const owner = watchKeys.byOwner(watch.ownerKeyId, watch.createdAt, watch.id);
  const match = matchKeysOf(watch);
  return {
    [OWNER_INDEX.partition]: owner.partition,
    [OWNER_INDEX.sort]: owner.sort,
    ...(watch.status === 'active' ? { [MATCH_INDEX.partition]: match.partition, [MATCH_INDEX.sort]: match.sort } : {}),
  };
}

function watchOf(item: Item): Watch {
  const watch = {} as Record<string, unknown>;
  for (const field of WATCH_FIELDS) if (item[field] !== undefined) watch[field] = item[field];
  return watch as unknown as Watch;
}

function storedWatchOf(item: Item): StoredWatch {
  return {
    ...watchOf(item),
    signingSecret: String(item.signingSecret),
    ...(typeof item.emailSubscriptionArn === 'string' ? { emailSubscriptionArn: item.emailSubscriptionArn } : {}),
  };
}
