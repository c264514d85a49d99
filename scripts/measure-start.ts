// Where the time of a second `npm start` goes with a large data folder: loads N synthetic articles into
// a DynamoDB Local data folder (scripts/synthetic-articles.ts), then starts `npm start` on it three times
// and prints the phases it reports, with the folder's size. The benchmark (scripts/bench/startup.ts)
// uses the same loader and timing.
//
//   npx tsx scripts/measure-start.ts [ARTICLES] [FILLER_ITEMS]   (default 3000 articles, no filler)
//
// Synthetic articles load slowly (their derived items share hot keys); FILLER_ITEMS adds that many
// 3.5 KB items under their own keys, to reach a large folder quickly (10,000 with 100 articles: about 85 MB).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDynamoStore } from '../shared/store/dynamo-store.js';
import { createDynamoDbClient } from '../shared/store/client.js';
import { createTableIfMissing } from '../shared/store/table.js';
import { TableAccess } from '../shared/store/table-access.js';
import { freePort, startDynamoDbLocal } from './dynamodb-local.js';
import { startNpmStart } from './npm-start-process.js';
import { loadSyntheticArticles, syntheticArticles } from './synthetic-articles.js';

/** Fills a data folder as `npm start` would find it after long use; answers the seconds it took. */
export async function loadDataFolder(dataDir: string, articles: number, fillerItems: number): Promise<number> {
  const dynamo = await startDynamoDbLocal({ dbPath: dataDir });
  try {
    const client = createDynamoDbClient(dynamo.endpoint);
    await createTableIfMissing(client, 'factline', { dataDir });
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

export interface StartTiming {
  /** From spawning `npm start` until it prints that it serves. */
  servingSeconds: number;
  /** Until GET /claims?subject=canada answers claims. */
  firstClaimSeconds: number;
  /** npm and its prestart (scripts/prepare.ts): what passes before the server's node process starts. */
  beforeServerSeconds: number;
  /** The server's own "ready in" line. */
  readyLine: string;
}

/** The server's "ready in R s (after N s starting node)" line: its seconds, and the line itself. */
function readyLineOf(output: string): { line: string; readySeconds: number; nodeSeconds: number } {
  const line = output.split('\n').find((each) => each.includes('ready in'));
  const numbers = line && /ready in ([\d.]+) s \(after ([\d.]+) s starting node\)/.exec(line);
  if (!line || !numbers) throw new Error(`npm start printed no ready line:\n${output}`);
  return { line: line.trim(), readySeconds: Number(numbers[1]), nodeSeconds: Number(numbers[2]) };
}

/** One `npm start` on the folder, timed to serving and to its first claim, then stopped with SIGTERM. */
export async function timeOneStart(dataDir: string): Promise<StartTiming> {
  const port = await freePort();
  const started = performance.now();
  const { child, output } = await startNpmStart({ PORT: String(port), FACTLINE_DATA_DIR: dataDir, POWERTOOLS_LOG_LEVEL: 'WARN' });
  try {
    const servingSeconds = (performance.now() - started) / 1000;
    for (;;) {
      const response = await fetch(`http://127.0.0.1:${port}/claims?subject=canada`);
      if (response.ok && ((await response.json()) as { items: unknown[] }).items.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const firstClaimSeconds = (performance.now() - started) / 1000;
    const { line, readySeconds, nodeSeconds } = readyLineOf(output());
    return { servingSeconds, firstClaimSeconds, beforeServerSeconds: servingSeconds - readySeconds - nodeSeconds, readyLine: line };
  } finally {
    process.kill(child.pid!, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const articles = Number(process.argv[2] ?? 3000);
  const fillerItems = Number(process.argv[3] ?? 0);
  const dataDir = mkdtempSync(join(tmpdir(), 'factline-large-'));
  try {
    const loadSeconds = await loadDataFolder(dataDir, articles, fillerItems);
    const size = execFileSync('du', ['-sh', dataDir], { encoding: 'utf8' }).split('\t')[0];
    console.log(
      `${articles} synthetic articles and ${fillerItems} filler items loaded in ${loadSeconds.toFixed(1)} s; data folder ${size}`,
    );
    for (const run of ['first start (seeds new)', 'second start', 'third start']) {
      const timing = await timeOneStart(dataDir);
      console.log(
        `${run}: serving after ${timing.servingSeconds.toFixed(1)} s wall (npm and prestart ${timing.beforeServerSeconds.toFixed(1)} s), ` +
          `first claim ${timing.firstClaimSeconds.toFixed(1)} s; ${timing.readyLine}`,
      );
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
