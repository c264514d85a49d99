// Where the time of a second `npm start` goes with a large data folder: loads N synthetic articles into
// a DynamoDB Local data folder (scripts/synthetic-articles.ts), then starts `npm start` on it twice and
// prints the phases it reports, with the folder's size.
//
//   npx tsx scripts/measure-start.ts [ARTICLES] [FILLER_ITEMS]   (default 3000 articles, no filler)
//
// Synthetic articles load slowly (their derived items share hot keys); FILLER_ITEMS adds that many
// 3.5 KB items under their own keys, to reach a large folder quickly (10,000 is about 41 MB).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDynamoStore } from '../shared/store/dynamo-store.js';
import { createDynamoDbClient } from '../shared/store/client.js';
import { createTableIfMissing } from '../shared/store/table.js';
import { TableAccess } from '../shared/store/table-access.js';
import { freePort, startDynamoDbLocal } from './dynamodb-local.js';
import { startNpmStart } from './npm-start-process.js';
import { loadSyntheticArticles, syntheticArticles } from './synthetic-articles.js';

const articles = Number(process.argv[2] ?? 3000);
const fillerItems = Number(process.argv[3] ?? 0);

async function load(dataDir: string): Promise<number> {
  const dynamo = await startDynamoDbLocal({ dbPath: dataDir });
  try {
    const client = createDynamoDbClient(dynamo.endpoint);
    await createTableIfMissing(client, 'factline');
    const seedsDir = new URL('../seeds', import.meta.url).pathname;
    const texts = readdirSync(seedsDir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(seedsDir, name), 'utf8'));
    const started = performance.now();
    await loadSyntheticArticles(createDynamoStore({ client, tableName: 'factline' }), syntheticArticles(articles, texts));
    const table = new TableAccess(client, 'factline');
    const filler = 'x'.repeat(3500);
    for (let offset = 0; offset < fillerItems; offset += 200) {
      const batch = Array.from({ length: Math.min(200, fillerItems - offset) }, (_, i) => ({
        put: { PK: `FILLER#${offset + i}`, SK: 'F', text: filler },
      }));
      await table.batchWrite(batch);
    }
    return (performance.now() - started) / 1000;
  } finally {
    await dynamo.stop();
  }
}

async function startOnce(dataDir: string): Promise<{ seconds: number; report: string }> {
  const port = await freePort();
  const started = performance.now();
  const { child, output } = await startNpmStart(
    { PORT: String(port), FACTLINE_DATA_DIR: dataDir, POWERTOOLS_LOG_LEVEL: 'WARN' },
    { stderr: 'inherit' },
  );
  const seconds = (performance.now() - started) / 1000;
  process.kill(child.pid!, 'SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return {
    seconds,
    report: output()
      .split('\n')
      .find((line) => line.includes('ready in'))!
      .trim(),
  };
}

const dataDir = mkdtempSync(join(tmpdir(), 'factline-large-'));
try {
  const loadSeconds = await load(dataDir);
  const size = execFileSync('du', ['-sh', dataDir], { encoding: 'utf8' }).split('\t')[0];
  console.log(`${articles} synthetic articles and ${fillerItems} filler items loaded in ${loadSeconds.toFixed(1)} s; data folder ${size}`);
  for (const run of ['first start (seeds new)', 'second start', 'third start']) {
    const { seconds, report } = await startOnce(dataDir);
    console.log(`${run}: serving after ${seconds.toFixed(1)} s wall; ${report}`);
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
