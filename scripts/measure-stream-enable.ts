// What finding (or enabling) the local table's stream costs at start on a large data folder, against the
// DescribeTable it avoids: a table without a stream, FILLER_ITEMS 3.5 KB items, then each call timed.
//
//   npx tsx scripts/measure-stream-enable.ts [FILLER_ITEMS]   (default 10,000: about 41 MB)
import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDynamoDbClient } from '../shared/store/client.js';
import { GLOBAL_INDEXES, TABLE_KEYS } from '../shared/store/schema.js';
import { TableAccess } from '../shared/store/table-access.js';
import { ensureTableStream } from '../shared/store/table-stream.js';
import { startDynamoDbLocal } from './dynamodb-local.js';

const fillerItems = Number(process.argv[2] ?? 10_000);
const dataDir = mkdtempSync(join(tmpdir(), 'factline-stream-'));
const timed = async (label: string, work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  console.log(`${label}: ${(performance.now() - started).toFixed(0)} ms`);
};
const dynamo = await startDynamoDbLocal({ dbPath: dataDir, quickStart: true });
try {
  const client = createDynamoDbClient(dynamo.endpoint);
  const streams = new DynamoDBStreamsClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const keys = [TABLE_KEYS.partition, TABLE_KEYS.sort, ...GLOBAL_INDEXES.flatMap((index) => [index.partition, index.sort])];
  // The table as it was created before the notifier: no stream.
  await client.send(new CreateTableCommand({
    TableName: 'factline',
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keys.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }, { AttributeName: 'SK', KeyType: 'RANGE' }],
    GlobalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
      IndexName: index.name,
      KeySchema: [{ AttributeName: index.partition, KeyType: 'HASH' }, { AttributeName: index.sort, KeyType: 'RANGE' }],
      Projection: { ProjectionType: 'ALL' },
    })),
  }));
  const table = new TableAccess(client, 'factline');
  const filler = 'x'.repeat(3500);
  for (let offset = 0; offset < fillerItems; offset += 200) {
    await table.batchWrite(Array.from({ length: Math.min(200, fillerItems - offset) }, (_, i) => ({ put: { PK: `FILLER#${offset + i}`, SK: 'F', text: filler } })));
  }
  console.log(`${fillerItems} items, data folder ${execFileSync('du', ['-sh', dataDir], { encoding: 'utf8' }).split('\t')[0]}`);
  for (let run = 1; run <= 3; run++) await timed(`DescribeTable (what the start avoids), run ${run}`, () => client.send(new DescribeTableCommand({ TableName: 'factline' })));
  await timed('ensureTableStream on a table without a stream (ListStreams, UpdateTable, ListStreams, DescribeStream)', () => ensureTableStream(client, streams, 'factline'));
  for (let run = 1; run <= 3; run++) await timed(`ensureTableStream with the stream there (ListStreams, DescribeStream), run ${run}`, () => ensureTableStream(client, streams, 'factline'));
} finally {
  await dynamo.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
