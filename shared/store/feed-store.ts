// Feeds in the table (keys in keys.ts, "Feeds" section): one item per feed with its polling state,
// indexed on GSI1 by next poll time, and one small item per ingested feed item that expires by TTL.
import { createHash } from 'node:crypto';
import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { ValidationError } from '../errors.js';
import type { Feed, FeedStore } from '../ingestion/feed.js';
import { feedKeys } from './keys.js';
import type { Page, PageRequest } from './port.js';
import { GLOBAL_INDEXES, TTL_ATTRIBUTE } from './schema.js';

/** How long an ingested feed item is remembered; an item still in its feed after that is fetched once more and deduplicated by the article store. */
export const SEEN_ITEM_TTL_DAYS = 180;

const SCHEDULE_INDEX = GLOBAL_INDEXES[0].name;
const FEED_FIELDS = [
  'id', 'url', 'title', 'createdAt', 'etag', 'lastModified', 'lastPolledAt', 'lastSuccessAt', 'lastError',
  'consecutiveFailures', 'nextPollAt', 'itemsIngested',
] as const satisfies ReadonlyArray<keyof Feed>;

export interface FeedStoreOptions {
  client: DynamoDBClient;
  tableName: string;
}

export function createDynamoFeedStore({ client, tableName }: FeedStoreOptions): FeedStore {
  const toItem = (feed: Feed) =>
    marshall({ ...feedKeys.feed(feed.id), ...feedKeys.schedule(feed.nextPollAt, feed.id), type: 'feed', ...feed }, { removeUndefinedValues: true });

  const queryFeeds = async (limit: number, options: { dueBy?: Date; cursor?: Record<string, AttributeValue> }) => {
    const output = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: SCHEDULE_INDEX,
        KeyConditionExpression: options.dueBy ? 'GSI1PK = :feeds AND GSI1SK <= :due' : 'GSI1PK = :feeds',
        ExpressionAttributeValues: {
          ':feeds': { S: feedKeys.schedulePartition },
          // '#' < '~': every feed whose next poll time is at or before `dueBy`, whatever its id.
          ...(options.dueBy ? { ':due': { S: `${options.dueBy.toISOString()}#~` } } : {}),
        },
        Limit: limit,
        ExclusiveStartKey: options.cursor,
      }),
    );
    return { feeds: (output.Items ?? []).map(feedOf), lastKey: output.LastEvaluatedKey };
  };

  return {
    async addFeed(feed) {
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: toItem(feed),
            ConditionExpression: 'attribute_not_exists(PK)',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
        return { feed, created: true };
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException && error.Item) return { feed: feedOf(error.Item), created: false };
        throw error;
      }
    },

    async getFeed(id) {
      const output = await client.send(new GetItemCommand({ TableName: tableName, Key: marshall(feedKeys.feed(id)), ConsistentRead: true }));
      return output.Item ? feedOf(output.Item) : null;
    },

    async listFeeds({ limit, cursor }: PageRequest): Promise<Page<Feed>> {
      const { feeds, lastKey } = await queryFeeds(limit, { cursor: cursor ? decodeCursor(cursor) : undefined });
      return lastKey ? { items: feeds, cursor: encodeCursor(lastKey) } : { items: feeds };
    },

    async deleteFeed(id) {
      const output = await client.send(new DeleteItemCommand({ TableName: tableName, Key: marshall(feedKeys.feed(id)), ReturnValues: 'ALL_OLD' }));
      return Boolean(output.Attributes);
    },

    async listDueFeeds(now, limit) {
      return (await queryFeeds(limit, { dueBy: now })).feeds;
    },

    async claimFeed(feed, until) {
      const nextPollAt = until.toISOString();
      try {
        await client.send(
          new UpdateItemCommand({
            TableName: tableName,
            Key: marshall(feedKeys.feed(feed.id)),
            UpdateExpression: 'SET nextPollAt = :until, GSI1SK = :schedule',
            ConditionExpression: 'nextPollAt = :expected',
            ExpressionAttributeValues: marshall({
              ':until': nextPollAt,
              ':schedule': feedKeys.schedule(nextPollAt, feed.id).GSI1SK,
              ':expected': feed.nextPollAt,
            }),
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },

    async saveFeedState(feed) {
      try {
        await client.send(new PutItemCommand({ TableName: tableName, Item: toItem(feed), ConditionExpression: 'attribute_exists(PK)' }));
      } catch (error) {
        // Deleted while it was being polled: it stays deleted.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },

    async unseenItemKeys(feedId, itemKeys) {
      const unseen = new Map(itemKeys.map((key) => [seenSortKey(feedId, key), key]));
      for (const chunk of chunks([...unseen.keys()], 100)) {
        let request: Record<string, { Keys: Record<string, AttributeValue>[]; ProjectionExpression: string }> | undefined = {
          [tableName]: { Keys: chunk.map((sortKey) => marshall({ PK: feedKeys.feed(feedId).PK, SK: sortKey })), ProjectionExpression: 'SK' },
        };
        for (let attempt = 0; request && Object.keys(request).length; attempt++) {
          if (attempt > 0) await pause(attempt);
          const output = await client.send(new BatchGetItemCommand({ RequestItems: request }));
          for (const item of output.Responses?.[tableName] ?? []) unseen.delete(item.SK!.S!);
          request = output.UnprocessedKeys as typeof request;
        }
      }
      return new Set(unseen.values());
    },

    async markItemsSeen(feedId, itemKeys, now) {
      const expiresAt = Math.floor(now.getTime() / 1000) + SEEN_ITEM_TTL_DAYS * 86_400;
      const puts: WriteRequest[] = itemKeys.map((key) => ({
        PutRequest: {
          Item: marshall({ PK: feedKeys.feed(feedId).PK, SK: seenSortKey(feedId, key), type: 'feed-item', itemKey: key.slice(0, 1000), [TTL_ATTRIBUTE]: expiresAt }),
        },
      }));
      for (const chunk of chunks(puts, 25)) {
        let pending: WriteRequest[] = chunk;
        for (let attempt = 0; pending.length; attempt++) {
          if (attempt > 0) await pause(attempt);
          const output = await client.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
          pending = output.UnprocessedItems?.[tableName] ?? [];
        }
      }
    },
  };
}

function seenSortKey(feedId: string, itemKey: string): string {
  return feedKeys.seenItem(feedId, createHash('sha256').update(itemKey).digest('hex').slice(0, 32)).SK;
}

function feedOf(item: Record<string, AttributeValue>): Feed {
  const stored = unmarshall(item);
  const feed = {} as Record<string, unknown>;
  for (const field of FEED_FIELDS) feed[field] = stored[field] ?? null;
  return feed as unknown as Feed;
}

/** Opaque to clients: the index position, base64url. Anything else is refused as a bad cursor. */
function encodeCursor(lastKey: Record<string, AttributeValue>): string {
  return Buffer.from(JSON.stringify(unmarshall(lastKey))).toString('base64url');
}

function decodeCursor(cursor: string): Record<string, AttributeValue> {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const names = ['PK', 'SK', 'GSI1PK', 'GSI1SK'];
    if (key.GSI1PK === feedKeys.schedulePartition && Object.keys(key).length === names.length && names.every((name) => typeof key[name] === 'string')) {
      return marshall(key);
    }
  } catch {
    // falls through to the refusal
  }
  throw new ValidationError('cursor is not valid; pass back the cursor of the previous page', 'cursor');
}

function chunks<T>(values: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < values.length; start += size) result.push(values.slice(start, start + size));
  return result;
}

/** Unprocessed batch items come back under throttling: wait a little longer each round. */
function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.min(50 * 2 ** attempt, 2000)));
}
