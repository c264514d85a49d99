// The DynamoDB adapter of the DeliveryStore port (shared/watches/delivery.ts); keys in keys.ts ("Webhook
// deliveries"). Records expire after DELIVERY_RETENTION_DAYS by TTL; minute counters after two minutes.
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DeliveryRecord, DeliveryStore, DeliverySummary, PendingDeliveries } from '../watches/delivery.js';
import { deliveryKeys } from './keys.js';
import { INDEXES, TTL_ATTRIBUTE } from './schema.js';
import { TableAccess, type Item } from './table-access.js';

/** How long a delivery stays listed under GET /watches/{id}/deliveries. */
export const DELIVERY_RETENTION_DAYS = 30;

const BY_WATCH_INDEX = INDEXES.byType;
const PENDING_INDEX = INDEXES.byFact;
/** Sparse: a record is on it while its next message is not known to be queued (unqueuedRetryAt), sorted by due time. */
const UNQUEUED_INDEX = INDEXES.bySubject;
const RECORD_FIELDS = [
  'watchId',
  'eventId',
  'eventType',
  'status',
  'attempts',
  'lastError',
  'createdAt',
  'updatedAt',
  'deliveredAt',
  'body',
  'unqueuedRetryAt',
] as const satisfies ReadonlyArray<keyof DeliveryRecord>;

/** The attribute a claimed try holds (claimTry): the ISO time its claim ends. */
const TRY_CLAIMED_UNTIL = 'tryClaimedUntil';

export function createDynamoDeliveryStore({
  client,
  tableName,
}: {
  client: DynamoDBClient;
  tableName: string;
}): DeliveryStore & PendingDeliveries {
  const table = new TableAccess(client, tableName);
  const get = async (watchId: string, eventId: string, consistent = false) => {
    const item = await table.get(deliveryKeys.item(watchId, eventId), consistent);
    return item ? recordOf(item) : null;
  };
  return {
    get: (watchId, eventId) => get(watchId, eventId, true),

    async recordOnce(record) {
      const byWatch = deliveryKeys.byWatch(record.watchId, record.createdAt, record.eventId);
      const pending = deliveryKeys.pending(record.createdAt, record.watchId, record.eventId);
      const unqueued = deliveryKeys.unqueued(record.createdAt, record.watchId, record.eventId);
      const expiresAt = Math.floor(Date.parse(record.createdAt) / 1000) + DELIVERY_RETENTION_DAYS * 86_400;
      // Its first message is not sent yet: due at its creation.
      const stored: DeliveryRecord = { ...record, unqueuedRetryAt: record.createdAt };
      try {
        await table.put(
          {
            ...deliveryKeys.item(record.watchId, record.eventId),
            entity: 'delivery',
            ...stored,
            [BY_WATCH_INDEX.partition]: byWatch.partition,
            [BY_WATCH_INDEX.sort]: byWatch.sort,
            [PENDING_INDEX.partition]: pending.partition,
            [PENDING_INDEX.sort]: pending.sort,
            [UNQUEUED_INDEX.partition]: unqueued.partition,
            [UNQUEUED_INDEX.sort]: unqueued.sort,
            [TTL_ATTRIBUTE]: expiresAt,
          },
          { expression: 'attribute_not_exists(PK)' },
        );
        return { created: true, record: stored };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        return { created: false, record: (await get(record.watchId, record.eventId, true))! };
      }
    },

    async claimTry(watchId, eventId, { attempts, now, until }) {
      return table.updateIf(
        deliveryKeys.item(watchId, eventId),
        {
          expression: `SET ${TRY_CLAIMED_UNTIL} = :until`,
          names: { '#status': 'status' },
          values: { ':until': until, ':now': now, ':attempts': attempts, ':pending': 'pending' },
        },
        // ISO times of one format compare as strings.
        `#status = :pending AND attempts = :attempts AND (attribute_not_exists(${TRY_CLAIMED_UNTIL}) OR ${TRY_CLAIMED_UNTIL} <= :now)`,
      );
    },

    async releaseClaim(watchId, eventId, { attempts, until }) {
      // Not if the claim had ended and another run holds the try now: its claim stays.
      await table.updateIf(
        deliveryKeys.item(watchId, eventId),
        { expression: `REMOVE ${TRY_CLAIMED_UNTIL}`, values: { ':until': until, ':attempts': attempts } },
        `${TRY_CLAIMED_UNTIL} = :until AND attempts = :attempts`,
      );
    },

    async settle(watchId, eventId, changes) {
      // A settled record leaves the pending index.
      const leavesPending = changes.status !== 'pending' ? `, ${PENDING_INDEX.partition}, ${PENDING_INDEX.sort}` : '';
      // A retry not queued yet is on the unqueued index, by its due time; anything else leaves it.
      const unqueued = changes.unqueuedRetryAt ? deliveryKeys.unqueued(changes.unqueuedRetryAt, watchId, eventId) : null;
      const unqueuedIndex = unqueued ? `, ${UNQUEUED_INDEX.partition} = :unqueuedPartition, ${UNQUEUED_INDEX.sort} = :unqueuedSort` : '';
      const leavesUnqueued = unqueued ? '' : `, ${UNQUEUED_INDEX.partition}, ${UNQUEUED_INDEX.sort}`;
      return table.updateIf(
        deliveryKeys.item(watchId, eventId),
        {
          expression:
            'SET #status = :status, attempts = :attempts, lastError = :lastError, updatedAt = :updatedAt, deliveredAt = :deliveredAt,' +
            ` unqueuedRetryAt = :unqueuedRetryAt${unqueuedIndex}` +
            ` REMOVE ${TRY_CLAIMED_UNTIL}${leavesPending}${leavesUnqueued}`,
          names: { '#status': 'status' },
          values: {
            ...(unqueued ? { ':unqueuedPartition': unqueued.partition, ':unqueuedSort': unqueued.sort } : {}),
            ':status': changes.status,
            ':attempts': changes.attempts,
            ':lastError': changes.lastError,
            ':updatedAt': changes.updatedAt,
            ':deliveredAt': changes.deliveredAt,
            ':unqueuedRetryAt': changes.unqueuedRetryAt,
            ':pending': 'pending',
          },
        },
        '#status = :pending',
      );
    },

    async confirmTryQueued(watchId, eventId, attempts) {
      // Not if tried again since: that try's own retry, if any, is what the record tracks now.
      await table.updateIf(
        deliveryKeys.item(watchId, eventId),
        {
          expression: `SET unqueuedRetryAt = :none REMOVE ${UNQUEUED_INDEX.partition}, ${UNQUEUED_INDEX.sort}`,
          values: { ':none': null, ':attempts': attempts },
        },
        'attempts = :attempts',
      );
    },

    async listForWatch(watchId, limit) {
      const { items } = await table.query({
        index: BY_WATCH_INDEX.name,
        partitionAttribute: BY_WATCH_INDEX.partition,
        partition: deliveryKeys.watchPartition(watchId),
        sortAttribute: BY_WATCH_INDEX.sort,
        limit,
        forward: false,
      });
      return items.map((item) => {
        const { body: _body, unqueuedRetryAt: _unqueuedRetryAt, ...summary } = recordOf(item);
        return summary satisfies DeliverySummary;
      });
    },

    async takeMinuteSlot(watchId, minute, limit) {
      return table.updateIf(
        deliveryKeys.minute(watchId, minute),
        {
          expression: 'SET entity = :entity, #ttl = :expiresAt ADD posts :one',
          names: { '#ttl': TTL_ATTRIBUTE },
          values: {
            ':entity': 'delivery-minute',
            ':expiresAt': Math.floor(Date.parse(`${minute}:00Z`) / 1000) + 120,
            ':one': 1,
            ':limit': limit,
          },
        },
        'attribute_not_exists(posts) OR posts < :limit',
      );
    },

    async listUnqueued(dueBy, limit) {
      // A page ends at 1 MB read (records carry their signed body) before the limit: pages are followed up to it.
      const items = await table.queryAll({
        index: UNQUEUED_INDEX.name,
        partitionAttribute: UNQUEUED_INDEX.partition,
        partition: deliveryKeys.unqueuedPartition,
        sortAttribute: UNQUEUED_INDEX.sort,
        // Keys are `<due>#<watch>#<event>`: those at most `dueBy` were due before it.
        ...(dueBy === null ? {} : { sortAtMost: dueBy }),
        limit,
      });
      return items.map((item) => ({
        watchId: String(item.watchId),
        eventId: String(item.eventId),
        attempts: Number(item.attempts),
        unqueuedRetryAt: String(item.unqueuedRetryAt),
      }));
    },

    async listPending() {
      // Every page: records carry their signed body, so one page may end at 1 MB long before the last record.
      const items = await table.queryAll({
        index: PENDING_INDEX.name,
        partitionAttribute: PENDING_INDEX.partition,
        partition: deliveryKeys.pendingPartition,
        sortAttribute: PENDING_INDEX.sort,
      });
      return items.map((item) => ({
        watchId: String(item.watchId),
        eventId: String(item.eventId),
        attempts: Number(item.attempts),
        updatedAt: String(item.updatedAt),
        // Records from before the mark existed carry no attribute at all.
        unqueuedRetryAt: typeof item.unqueuedRetryAt === 'string' ? item.unqueuedRetryAt : null,
        tryClaimedUntil: typeof item[TRY_CLAIMED_UNTIL] === 'string' ? item[TRY_CLAIMED_UNTIL] : null,
      }));
    },

    async markUnqueued(watchId, eventId, { attempts, dueAt }) {
      const unqueued = deliveryKeys.unqueued(dueAt, watchId, eventId);
      return table.updateIf(
        deliveryKeys.item(watchId, eventId),
        {
          expression: `SET unqueuedRetryAt = :dueAt, ${UNQUEUED_INDEX.partition} = :unqueuedPartition, ${UNQUEUED_INDEX.sort} = :unqueuedSort`,
          names: { '#status': 'status' },
          values: {
            ':dueAt': dueAt,
            ':unqueuedPartition': unqueued.partition,
            ':unqueuedSort': unqueued.sort,
            ':pending': 'pending',
            ':attempts': attempts,
          },
        },
        // Tried or settled since it was read: that run's own mark (or none) is what the record tracks now.
        '#status = :pending AND attempts = :attempts',
      );
    },
  };
}

function recordOf(item: Item): DeliveryRecord {
  const record = {} as Record<string, unknown>;
  for (const field of RECORD_FIELDS) record[field] = item[field] ?? null;
  return record as unknown as DeliveryRecord;
}
