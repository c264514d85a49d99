// Feeds in the table (keys in keys.ts, "Feeds" section): one item per feed with its polling state,
// indexed on byType by next poll time, and one small item per ingested feed item that expires by TTL.
import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Feed } from '../ingestion/feed.js';
import { processCursorSecret, type CursorSecret } from './cursor.js';
import { indexPartitionPage } from './fan-out.js';
import { feedKeys } from './keys.js';
import type { FeedStore, Page, PageRequest } from './port.js';
import { INDEXES, onIndex, TTL_ATTRIBUTE } from './schema.js';
import { TableAccess, type Item } from './table-access.js';

/**
 * How long an ingested feed item is remembered; an item still in its feed after that is fetched once more and
 * deduplicated by the article store.
 */
export const SEEN_ITEM_TTL_DAYS = 180;

const SCHEDULE = INDEXES.byType;
const FEED_FIELDS = [
  'id',
  'url',
  'title',
  'createdAt',
  'etag',
  'lastModified',
  'lastPolledAt',
  'lastSuccessAt',
  'lastError',
  'consecutiveFailures',
  'nextPollAt',
  'itemsIngested',
] as const satisfies ReadonlyArray<keyof Feed>;

export interface FeedStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  /** Signs pagination cursors (shared/store/cursor.ts); defaults to a key only this process knows. */
  cursorSecret?: CursorSecret;
}

export function createDynamoFeedStore({ client, tableName, cursorSecret }: FeedStoreOptions): FeedStore {
  const table = new TableAccess(client, tableName);
  const signingKey = cursorSecret ?? processCursorSecret();
  const feedItem = (feed: Feed): Item => ({
    ...feedKeys.feed(feed.id),
    ...feedKeys.schedule(feed.nextPollAt, feed.id),
    entity: 'feed',
    ...feed,
  });

  return {
    async addFeed(feed) {
      try {
        await table.put(feedItem(feed), { expression: 'attribute_not_exists(PK)' }, true);
        return { feed, created: true };
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException && error.Item) return { feed: feedOf(unmarshall(error.Item)), created: false };
        throw error;
      }
    },

    async getFeed(id) {
      const item = await table.get(feedKeys.feed(id), true);
      return item ? feedOf(item) : null;
    },

    async listFeeds(page: PageRequest): Promise<Page<Feed>> {
      const list = { operation: 'listFeeds', parameters: {}, index: SCHEDULE, partition: feedKeys.schedulePartition };
      return indexPartitionPage(table, signingKey, list, page, feedOf);
    },

    async deleteFeed(id) {
      return table.delete(feedKeys.feed(id));
    },

    async listDueFeeds(now, limit) {
      const { items } = await table.query({
        ...onIndex(SCHEDULE),
        partition: feedKeys.schedulePartition,
        // '#' < '~': every feed whose next poll time is at or before `now`, whatever its id.
        sortAtMost: `${now.toISOString()}#~`,
        limit,
      });
      return items.map(feedOf);
    },

    async claimFeed(feed, until) {
      const nextPollAt = until.toISOString();
      return table.updateIf(
        feedKeys.feed(feed.id),
        {
          expression: 'SET nextPollAt = :until, #schedule = :schedule',
          names: { '#schedule': SCHEDULE.sort },
          values: {
            ':until': nextPollAt,
            ':schedule': feedKeys.schedule(nextPollAt, feed.id)[SCHEDULE.sort],
            ':expected': feed.nextPollAt,
          },
        },
        'nextPollAt = :expected',
      );
    },

    async saveFeedState(feed) {
      try {
        // The feed that was polled, by its creation time: not a feed deleted and added again meanwhile.
        await table.put(feedItem(feed), { expression: 'createdAt = :createdAt', values: { ':createdAt': feed.createdAt } });
      } catch (error) {
        // Deleted while it was being polled: it stays deleted, or keeps the fresh state it was added again with.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },

    async unseenItemKeys(feedId, itemKeys) {
      const unseen = new Map(itemKeys.map((key) => [seenSortKey(feedId, key), key]));
      const partition = feedKeys.feed(feedId).PK;
      const found = await table.batchGet(
        [...unseen.keys()].map((sortKey) => ({ PK: partition, SK: sortKey })),
        ['SK'],
      );
      for (const item of found) unseen.delete(String(item.SK));
      return new Set(unseen.values());
    },

    async markItemsSeen(feedId, itemKeys, now) {
      const expiresAt = Math.floor(now.getTime() / 1000) + SEEN_ITEM_TTL_DAYS * 86_400;
      const partition = feedKeys.feed(feedId).PK;
      await table.batchWrite(
        itemKeys.map((key) => ({
          put: {
            PK: partition,
            SK: seenSortKey(feedId, key),
            entity: 'feed-item',
            itemKey: key.slice(0, 1000),
            [TTL_ATTRIBUTE]: expiresAt,
          },
        })),
      );
    },
  };
}

function seenSortKey(feedId: string, itemKey: string): string {
  return feedKeys.seenItem(feedId, createHash('sha256').update(itemKey).digest('hex').slice(0, 32)).SK;
}

function feedOf(stored: Item): Feed {
  const feed = {} as Record<string, unknown>;
  for (const field of FEED_FIELDS) feed[field] = stored[field] ?? null;
  return feed as unknown as Feed;
}
