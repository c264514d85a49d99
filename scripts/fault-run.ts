// `npm run fault-run`: proves "nothing lost, nothing twice". Ingests a few hundred articles through
// the real ingest + extract path twice: once undisturbed, once with DynamoDB Local killed (kill -9)
// in the middle and started again on the same port and data. After the retries, the two tables must
// hold exactly the same items. Prints the comparison; exits 1 if they differ.
//
//   npm run fault-run -- [--articles 300] [--kill-after 120]
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { ArticleInput } from '../shared/articles/article.js';
import { wireFactlineInProcess } from '../shared/runtime/in-process-wiring.js';
import { createDynamoDbClient } from '../shared/store/client.js';
import { createTableIfMissing } from '../shared/store/table.js';
import { freePort, startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local.js';

export interface FaultRunOptions {
  articles: number;
  /** DynamoDB Local is killed once this many articles are stored. */
  killAfter: number;
  /** A running DynamoDB Local for the undisturbed run (the test suite's); otherwise one is started. */
  baselineEndpoint?: string;
  log?: (line: string) => void;
}

export interface RunSnapshot {
  /** Every item of the table, by "PK|SK", with its time-of-run attributes removed. */
  items: Map<string, string>;
  entityCounts: Record<string, number>;
  ingestRetries: number;
  extractionRetries: number;
  deadLetters: number;
  outageMs: number;
  /**
   * Writes DynamoDB Local acknowledged before the kill and no longer had after the restart (it
   * acknowledges before its SQLite file has them; DynamoDB does not). They are delivered again,
   * as the source would: articles re-submitted, extractions re-queued.
   */
  lostAcknowledged: { articles: string[]; extractions: string[] };
}

export interface FaultRunResult {
  undisturbed: RunSnapshot;
  disturbed: RunSnapshot;
  missing: string[];
  extra: string[];
  different: string[];
  identical: boolean;
}

const TABLE_PREFIX = 'factline-fault-run';
const COUNTRIES = ['Norway', 'Canada', 'Germany', 'Japan', 'Brazil', 'Kenya', 'Poland', 'Mexico', 'India', 'Chile', 'Spain', 'Egypt'];

/** Distinct articles with claims the extractor finds: a target, two actuals, a count and a cost each. */
export function faultRunArticles(count: number): ArticleInput[] {
  return Array.from({ length: count }, (_, index) => {
    const country = COUNTRIES[index % COUNTRIES.length]!;
    const share = (1.5 + (index % 23) / 10).toFixed(1);
    const unemployment = (3 + (index % 41) / 10).toFixed(1);
    const inflation = (1 + (index % 17) / 10).toFixed(1);
    const teachers = 500 + index * 7;
    const cost = 100 + index * 3;
    return {
      title: `Fault-run report ${index}: ${country} budget`,
      url: `https://news.example.com/fault-run/${index}`,
      source: 'Fault Run News',
      publishedAt: `2025-${String(1 + (index % 12)).padStart(2, '0')}-15`,
      text: [
        `${country} will raise defence spending to ${share} per cent of GDP by ${2028 + (index % 8)}, the defence minister said in report ${index}.`,
        `Unemployment in ${country} fell to ${unemployment} per cent in 2024, official figures showed, while inflation eased to ${inflation} per cent.`,
        `The government plans to hire ${teachers.toLocaleString('en-US')} new teachers over the next four years at a cost of $${cost} million.`,
      ].join('\n\n'),
    };
  });
}

export async function runFaultComparison(options: FaultRunOptions): Promise<FaultRunResult> {
  const log = options.log ?? (() => {});
  const inputs = faultRunArticles(options.articles);
  log(`undisturbed run: ${inputs.length} articles`);
  const undisturbed = await runPipeline(inputs, { killAfter: null, endpoint: options.baselineEndpoint }, log);
  log(`disturbed run: ${inputs.length} articles, DynamoDB Local killed after ${options.killAfter}`);
  const disturbed = await runPipeline(inputs, { killAfter: options.killAfter }, log);
  const missing = [...undisturbed.items.keys()].filter((key) => !disturbed.items.has(key));
  const extra = [...disturbed.items.keys()].filter((key) => !undisturbed.items.has(key));
  const different = [...undisturbed.items.keys()].filter(
    (key) => disturbed.items.has(key) && disturbed.items.get(key) !== undisturbed.items.get(key),
  );
  return { undisturbed, disturbed, missing, extra, different, identical: !missing.length && !extra.length && !different.length };
}

interface RunSetup {
  killAfter: number | null;
  /** Use this DynamoDB Local instead of starting one (never killed). */
  endpoint?: string;
}

async function runPipeline(inputs: ArticleInput[], { killAfter, endpoint }: RunSetup, log: (line: string) => void): Promise<RunSnapshot> {
  const dataDir = await mkdtemp(join(tmpdir(), 'factline-fault-run-'));
  const port = await freePort();
  let dynamo: DynamoDbLocal | null = endpoint ? null : await startDynamoDbLocal({ dbPath: dataDir, port });
  const tableName = `${TABLE_PREFIX}-${randomUUID().slice(0, 8)}`;
  try {
    const client = createDynamoDbClient(endpoint ?? dynamo!.endpoint);
    await createTableIfMissing(client, tableName);
    let extractionRetries = 0;
    let killed = false;
    const extractedBeforeKill = new Set<string>();
    // As SQS would: a failed extraction is delivered again with back-off, then dead-lettered.
    const factline = wireFactlineInProcess({
      client,
      tableName,
      queueOptions: { maxAttempts: 10, retryDelayMs: 100, concurrency: 4 },
      consume: async (articleId, extract) => {
        try {
          await extract(articleId);
          if (!killed) extractedBeforeKill.add(articleId);
        } catch (error) {
          extractionRetries++;
          throw error;
        }
      },
    });
    const { queue } = factline;

    let stored = 0;
    let ingestRetries = 0;
    let outage: Promise<number> | null = null;
    const ingestedBeforeKill = new Map<string, ArticleInput>();
    const ingestWithRetries = async (input: ArticleInput) => {
      // As a client of POST /articles or the feed poll would: try again until the store answers.
      for (let attempt = 0; ; attempt++) {
        try {
          const { id } = await factline.ingest(input);
          if (!killed) ingestedBeforeKill.set(id, input);
          break;
        } catch (error) {
          if (attempt >= 30) throw error;
          ingestRetries++;
          await new Promise((resolve) => setTimeout(resolve, Math.min(200 * 2 ** attempt, 2000)));
        }
      }
      stored++;
      if (dynamo && killAfter !== null && stored === killAfter) {
        killed = true;
        outage = crashAndRestart(dynamo, dataDir, port, log).then(({ restarted, outageMs }) => {
          dynamo = restarted;
          return outageMs;
        });
      }
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < inputs.length) await ingestWithRetries(inputs[next++]!);
      }),
    );
    const outageMs = outage === null ? 0 : await outage;
    await queue.drained();

    const lostArticles: string[] = [];
    const lostExtractions: string[] = [];
    for (const [id, input] of ingestedBeforeKill) {
      const article = await factline.store.getArticle(id);
      if (!article) {
        lostArticles.push(id);
        await ingestWithRetries(input);
      } else if (extractedBeforeKill.has(id) && article.extractorVersion === null) {
        lostExtractions.push(id);
        await queue.enqueue(id);
      }
    }
    if (lostArticles.length || lostExtractions.length) {
      log(
        `  DynamoDB Local lost acknowledged writes at the kill: ${lostArticles.length} articles, ${lostExtractions.length} extractions; delivered again`,
      );
    }
    await queue.drained();
    const items = await snapshotTable(client, tableName);
    log(
      `  ${items.size} items; ${ingestRetries} ingest retries, ${extractionRetries} extraction retries, ${queue.deadLetters.length} dead letters`,
    );
    return {
      items,
      entityCounts: countEntities(items),
      ingestRetries,
      extractionRetries,
      deadLetters: queue.deadLetters.length,
      outageMs,
      lostAcknowledged: { articles: lostArticles, extractions: lostExtractions },
    };
  } finally {
    await dynamo?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function crashAndRestart(dynamo: DynamoDbLocal, dataDir: string, port: number, log: (line: string) => void) {
  const killedAt = performance.now();
  if (dynamo.pid) process.kill(dynamo.pid, 'SIGKILL');
  await dynamo.stop(); // resolves once the killed process has exited
  log(`  kill -9 DynamoDB Local (pid ${dynamo.pid}); restarting on port ${port} with the same data`);
  const restarted = await startDynamoDbLocal({ dbPath: dataDir, port });
  const outageMs = Math.round(performance.now() - killedAt);
  log(`  DynamoDB Local back after ${outageMs} ms`);
  return { restarted, outageMs };
}

/** Attributes that record when a run happened, not what it stored. */
const TIME_OF_RUN = /^(ingestedAt|extractedAt|createdAt|updatedAt|storedAt|expiresAt|retiredAt|firstSeenAt|lastSeenAt)$/;

async function snapshotTable(client: DynamoDBClient, tableName: string): Promise<Map<string, string>> {
  const items = new Map<string, string>();
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey, ConsistentRead: true }));
    for (const raw of page.Items ?? []) {
      const item = unmarshall(raw);
      const key = `${item.PK}|${item.SK}`;
      if (items.has(key)) throw new Error(`the scan returned ${key} twice`);
      items.set(key, stableJson(withoutTimeOfRun(item)));
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

function withoutTimeOfRun(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimeOfRun);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([name]) => !TIME_OF_RUN.test(name))
        .map(([name, inner]) => [name, withoutTimeOfRun(inner)]),
    );
  }
  return value;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value instanceof Set) return stableJson([...value].sort());
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((name) => `${JSON.stringify(name)}:${stableJson((value as Record<string, unknown>)[name])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function countEntities(items: Map<string, string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const json of items.values()) {
    const entity = String((JSON.parse(json) as { entity?: unknown }).entity ?? 'other');
    counts[entity] = (counts[entity] ?? 0) + 1;
  }
  return counts;
}

export function formatComparison(result: FaultRunResult, options: FaultRunOptions): string {
  const { undisturbed, disturbed } = result;
  const entities = [...new Set([...Object.keys(undisturbed.entityCounts), ...Object.keys(disturbed.entityCounts)])].sort();
  const row = (label: string, a: number | string, b: number | string) =>
    `  ${label.padEnd(28)}${String(a).padStart(12)}${String(b).padStart(12)}`;
  const sample = (keys: string[]) => (keys.length ? `  e.g. ${keys.slice(0, 5).join(', ')}` : '');
  return [
    `fault run: ${options.articles} articles through ingest + extract; DynamoDB Local killed (SIGKILL) after ${options.killAfter} were stored`,
    `and restarted on the same port and data after ${disturbed.outageMs} ms`,
    '',
    row('', 'undisturbed', 'disturbed'),
    ...entities.map((entity) => row(`items: ${entity}`, undisturbed.entityCounts[entity] ?? 0, disturbed.entityCounts[entity] ?? 0)),
    row('items: all', undisturbed.items.size, disturbed.items.size),
    row('ingest retries', undisturbed.ingestRetries, disturbed.ingestRetries),
    row('extraction retries', undisturbed.extractionRetries, disturbed.extractionRetries),
    row('dead letters', undisturbed.deadLetters, disturbed.deadLetters),
    row(
      'acked writes lost by emulator',
      '-',
      `${disturbed.lostAcknowledged.articles.length + disturbed.lostAcknowledged.extractions.length}`,
    ),
    '',
    ...(disturbed.lostAcknowledged.articles.length + disturbed.lostAcknowledged.extractions.length
      ? [
          `  DynamoDB Local acknowledged ${disturbed.lostAcknowledged.articles.length} article write(s) and ${disturbed.lostAcknowledged.extractions.length} extraction(s)`,
          '  that it no longer had after kill -9 (it acknowledges before its SQLite file holds the write; DynamoDB does',
          '  not). They were delivered again, as their source would, before the comparison.',
          '',
        ]
      : []),
    `  lost (in undisturbed only):   ${result.missing.length}${sample(result.missing)}`,
    `  twice (in disturbed only):    ${result.extra.length}${sample(result.extra)}`,
    `  different content:            ${result.different.length}${sample(result.different)}`,
    '',
    result.identical ? 'IDENTICAL: nothing lost, nothing twice.' : 'DIFFERENT: the disturbed run does not match the undisturbed one.',
  ].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '300' }, 'kill-after': { type: 'string' } } });
  const articles = Number(values.articles);
  const options: FaultRunOptions = {
    articles,
    killAfter: Number(values['kill-after'] ?? Math.floor(articles * 0.4)),
    log: (line) => console.log(line),
  };
  const started = performance.now();
  const result = await runFaultComparison(options);
  console.log(`\n${formatComparison(result, options)}\n(${Math.round((performance.now() - started) / 1000)} s)`);
  return result.identical ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`fault run failed: ${error instanceof Error ? error.stack : String(error)}`);
      process.exit(1);
    },
  );
}
