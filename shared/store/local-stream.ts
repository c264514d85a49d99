// Reads the local table's stream (DynamoDB Local) the way Lambda's event source mapping reads it on AWS:
// shard by shard in order, each batch handed on before the position moves past it, so a failed batch
// is read again (at least once). The position is kept in a file, so a restart resumes where it stopped.
import { readFile, rename, writeFile } from 'node:fs/promises';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { ItemChange } from '../watches/change-events.js';
import { localEndpoint } from './client.js';
import { itemChangeOf } from './stream-record.js';

/** Per shard: the sequence number of the last record handled, and whether the shard is closed and read to its end. */
export interface StreamPosition {
  streamArn: string;
  shards: Record<string, { after?: string; done?: boolean }>;
}

export interface StreamCheckpoint {
  load(): Promise<StreamPosition | null>;
  save(position: StreamPosition): Promise<void>;
}

export interface LocalStreamReaderOptions {
  streams: DynamoDBStreamsClient;
  streamArn: string;
  checkpoint: StreamCheckpoint;
  /** Throwing leaves the position before this batch: the next poll reads it again. */
  handle: (changes: ItemChange[]) => Promise<void>;
  batchSize?: number;
}

/** The streams API of DynamoDB Local (on AWS the stream feeds the notifier function instead). */
export function createLocalStreamsClient(endpoint: string): DynamoDBStreamsClient {
  return new DynamoDBStreamsClient(localEndpoint(endpoint));
}

/** Reads everything new on the stream once; answers how many records were handled. */
export function createLocalStreamReader(options: LocalStreamReaderOptions): { pollOnce(): Promise<number> } {
  const batchSize = options.batchSize ?? 100;
  return {
    async pollOnce() {
      const saved = await options.checkpoint.load();
      const position: StreamPosition = saved?.streamArn === options.streamArn ? saved : { streamArn: options.streamArn, shards: {} };
      let handled = 0;
      // Parents are listed before their children and read to their end first, so a key's changes stay in order.
      for (const shard of await shardsOf(options.streams, options.streamArn)) {
        const shardId = shard.ShardId!;
        const state = (position.shards[shardId] ??= {});
        if (state.done) continue;
        const { ShardIterator } = await options.streams.send(
          new GetShardIteratorCommand({
            StreamArn: options.streamArn,
            ShardId: shardId,
            ...(state.after
              ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: state.after }
              : { ShardIteratorType: 'TRIM_HORIZON' }),
          }),
        );
        let iterator = ShardIterator;
        while (iterator) {
          const page = await options.streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: batchSize }));
          const records = page.Records ?? [];
          if (records.length) {
            await options.handle(
              records.map((record) =>
                itemChangeOf({
                  eventName: record.eventName,
                  dynamodb: { OldImage: withEmptyMaps(record.dynamodb?.OldImage), NewImage: withEmptyMaps(record.dynamodb?.NewImage) },
                }),
              ),
            );
            state.after = records[records.length - 1]!.dynamodb!.SequenceNumber!;
            await options.checkpoint.save(position);
            handled += records.length;
          }
          if (!page.NextShardIterator) {
            state.done = true;
            await options.checkpoint.save(position);
          }
          // An open shard with nothing new: stop here until the next poll.
          iterator = records.length ? page.NextShardIterator : undefined;
        }
      }
      return handled;
    },
  };
}

async function shardsOf(streams: DynamoDBStreamsClient, streamArn: string): Promise<Shard[]> {
  const shards: Shard[] = [];
  let exclusiveStartShardId: string | undefined;
  do {
    const { StreamDescription } = await streams.send(
      new DescribeStreamCommand({
        StreamArn: streamArn,
        ...(exclusiveStartShardId ? { ExclusiveStartShardId: exclusiveStartShardId } : {}),
      }),
    );
    shards.push(...(StreamDescription?.Shards ?? []));
    exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
  } while (exclusiveStartShardId);
  return shards;
}

/**
 * The streams client reads an empty map attribute ({"M": {}}) back as {}, which unmarshall refuses:
 * put the M back, at any depth.
 */
function withEmptyMaps(image: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!image) return undefined;
  const repair = (value: unknown): unknown => {
    if (!value || typeof value !== 'object') return value;
    const attribute = value as { M?: Record<string, unknown>; L?: unknown[] };
    if (Object.keys(attribute).length === 0) return { M: {} };
    if (attribute.M) return { M: withEmptyMaps(attribute.M) };
    if (attribute.L) return { L: attribute.L.map(repair) };
    return value;
  };
  return Object.fromEntries(Object.entries(image).map(([name, value]) => [name, repair(value)]));
}

/** The position in a JSON file, replaced atomically (write, then rename). */
export function fileCheckpoint(path: string): StreamCheckpoint {
  return {
    async load() {
      try {
        return JSON.parse(await readFile(path, 'utf8')) as StreamPosition;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async save(position) {
      await writeFile(`${path}.tmp`, JSON.stringify(position));
      await rename(`${path}.tmp`, path);
    },
  };
}
