// The local table's change stream (npm start, tests): found, or enabled on a table created before the
// notifier existed. No DescribeTable: DynamoDB Local counts every item to answer it (about a second on a
// large data folder); ListStreams answers from the stream metadata alone.
import { UpdateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, ListStreamsCommand, type DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { TABLE_STREAM } from './schema.js';

/** The ARN of the table's enabled stream, enabling one first when the table has none. */
export async function ensureTableStream(client: DynamoDBClient, streams: DynamoDBStreamsClient, tableName: string): Promise<string> {
  const existing = await enabledStreamArn(streams, tableName);
  if (existing) return existing;
  await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: TABLE_STREAM }));
  const enabled = await enabledStreamArn(streams, tableName);
  if (!enabled) throw new Error(`the stream of table ${tableName} could not be enabled`);
  return enabled;
}

async function enabledStreamArn(streams: DynamoDBStreamsClient, tableName: string): Promise<string | null> {
  const { Streams = [] } = await streams.send(new ListStreamsCommand({ TableName: tableName }));
  // A table keeps a disabled stream listed for a while: take the newest one that is enabled.
  for (const stream of [...Streams].reverse()) {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: stream.StreamArn!, Limit: 1 }));
    if (StreamDescription?.StreamStatus === 'ENABLED' || StreamDescription?.StreamStatus === 'ENABLING') return stream.StreamArn!;
  }
  return null;
}
