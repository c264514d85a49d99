// What finding (or enabling) the local table's stream costs at start on a large data folder, against the
// DescribeTable it avoids: a table without a stream, FILLER_ITEMS 3.5 KB items, then each call timed.
// Then what a stream costs each write: 1,000 batched 1 KB puts into a table with and one without, in
// alternating rounds (why test tables have none).
//
//   npx tsx scripts/measure-stream-enable.ts [FILLER_ITEMS]   (default 10,000: about 41 MB)
import { createLocalStreamsClient } from '../shared/store/local-stream.js';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDynamoDbClient } from '../shared/store/client.js';
import { createTableIfMissing } from '../shared/store/table.js';
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
  const streams = createLocalStreamsClient(dynamo.endpoint);
  // The table as it was created before the notifier: no stream.
  await createTableIfMissing(client, 'factline', { stream: false });
  const table = new TableAccess(client, 'factline');
  const filler = 'x'.repeat(3500);
  for (let offset = 0; offset < fillerItems; offset += 200) {
    await table.batchWrite(
      Array.from({ length: Math.min(200, fillerItems - offset) }, (_, i) => ({
        put: { PK: `FILLER#${offset + i}`, SK: 'F', text: filler },
      })),
    );
  }
  console.log(`${fillerItems} items, data folder ${execFileSync('du', ['-sh', dataDir], { encoding: 'utf8' }).split('\t')[0]}`);
  for (let run = 1; run <= 3; run++)
    await timed(`DescribeTable (what the start avoids), run ${run}`, () =>
      client.send(new DescribeTableCommand({ TableName: 'factline' })),
    );
  await timed('ensureTableStream on a table without a stream (ListStreams, UpdateTable, ListStreams, DescribeStream)', () =>
    ensureTableStream(client, streams, 'factline'),
  );
  for (let run = 1; run <= 3; run++)
    await timed(`ensureTableStream with the stream there (ListStreams, DescribeStream), run ${run}`, () =>
      ensureTableStream(client, streams, 'factline'),
    );
  const times: Record<'plain' | 'streamed', number[]> = { plain: [], streamed: [] };
  for (const name of ['plain', 'streamed'] as const) await createTableIfMissing(client, name, { stream: name === 'streamed' });
  const body = 'x'.repeat(1000);
  for (let round = 0; round < 14; round++) {
    for (const name of round % 2 ? (['plain', 'streamed'] as const) : (['streamed', 'plain'] as const)) {
      const started = performance.now();
      await new TableAccess(client, name).batchWrite(
        Array.from({ length: 1000 }, (_, i) => ({ put: { PK: `P#${round}#${i}`, SK: 'S', body } })),
      );
      times[name].push(performance.now() - started);
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  console.log(
    `1,000 batched puts, median of 14 rounds: without a stream ${median(times.plain).toFixed(0)} ms, with one ${median(times.streamed).toFixed(0)} ms`,
  );
} finally {
  await dynamo.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
