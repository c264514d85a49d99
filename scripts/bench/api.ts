// API benchmark: DynamoDB Local with a few thousand synthetic articles, the same hono app `npm start`
// serves (on @hono/node-server, loopback), a bounded autocannon load on the series and list routes,
// and beside each route the raw DynamoDB requests that answer it, sent with the SDK at the same
// concurrency in the same run. The bar: the API adds at most 50% to the raw p99.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { BatchGetItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { integer } from '../../shared/runtime/config.js';
import { INDEXES, type GlobalIndex } from '../../shared/store/schema.js';
import { startDynamoDbLocal } from '../dynamodb-local.js';
import { median } from '../statistics.js';
import { loadSyntheticArticles, syntheticArticles } from '../synthetic-articles.js';

/** FACTLINE_BENCH_ARTICLES / FACTLINE_BENCH_REQUESTS shrink the run for a quick check. */
const ARTICLES = integer('FACTLINE_BENCH_ARTICLES', process.env, 2000, { min: 1, max: 100_000 });
const REQUESTS = integer('FACTLINE_BENCH_REQUESTS', process.env, 2000, { min: 10, max: 1_000_000 });
const CONNECTIONS = 8;
const ROUNDS = 4;
const BAR = 1.5;

interface RouteCase {
  name: string;
  path: string;
  /** The DynamoDB requests that answer the route, as the store sends them: one Query per shard, then the heads. */
  raw: (client: DynamoDBClient, tableName: string) => Promise<void>;
}

/** The store's fan-out: one Query per shard partition in parallel, merged to a page, then BatchGetItem of the page's article heads. */
function shardedQuery(index: GlobalIndex, partitions: string[], sortPrefix: string | null, limit: number) {
  const perPartition = Math.ceil(limit / partitions.length) + 1;
  return async (client: DynamoDBClient, tableName: string) => {
    const pages = await Promise.all(
      partitions.map((partition) =>
        client.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: index.name,
            KeyConditionExpression: sortPrefix ? '#pk = :pk AND begins_with(#sk, :sk)' : '#pk = :pk',
            ExpressionAttributeNames: { '#pk': index.partition, ...(sortPrefix ? { '#sk': index.sort } : {}) },
            ExpressionAttributeValues: marshall({ ':pk': partition, ...(sortPrefix ? { ':sk': sortPrefix } : {}) }),
            Limit: perPartition,
          }),
        ),
      ),
    );
    const page = pages
      .flatMap((result) => (result.Items ?? []).map((item) => unmarshall(item)))
      .sort((a, b) => String(a[index.sort]).localeCompare(String(b[index.sort])))
      .slice(0, limit);
    const articleIds = [...new Set(page.map((item) => String(item.articleId)))];
    if (articleIds.length) {
      await client.send(
        new BatchGetItemCommand({
          RequestItems: {
            [tableName]: {
              Keys: articleIds.map((id) => marshall({ PK: `ART#${id}`, SK: 'A' })),
              ProjectionExpression: 'id, claimSet, alsoAt',
            },
          },
        }),
      );
    }
  };
}

const subjectShards = (subject: string) => [0, 1, 2, 3].map((shard) => `SUBJ#${subject}#${shard}`);

const ROUTES: RouteCase[] = [
  {
    name: 'series: GET /subjects/canada/metrics/defence-spending-share-of-gdp?limit=100',
    path: '/subjects/canada/metrics/defence-spending-share-of-gdp?limit=100',
    raw: shardedQuery(INDEXES.bySubject, subjectShards('canada'), 'defence-spending-share-of-gdp#', 100),
  },
  {
    name: 'hot series: GET /subjects/nato/metrics/member-countries?limit=100',
    path: '/subjects/nato/metrics/member-countries?limit=100',
    raw: shardedQuery(INDEXES.bySubject, subjectShards('nato'), 'member-countries#', 100),
  },
  {
    name: 'list: GET /claims?subject=canada&limit=20',
    path: '/claims?subject=canada&limit=20',
    raw: shardedQuery(INDEXES.bySubject, subjectShards('canada'), null, 20),
  },
];

interface Latency {
  p50: number;
  p99: number;
  throughput: number;
}

/** Sends `total` calls with `concurrency` in flight, like autocannon does for HTTP; milliseconds per call. */
async function measureRaw(call: () => Promise<void>, total: number, concurrency: number): Promise<Latency> {
  const durations: number[] = [];
  let started = 0;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < total) {
        started++;
        const t0 = performance.now();
        await call();
        durations.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - begin) / 1000;
  durations.sort((a, b) => a - b);
  const at = (share: number) => durations[Math.min(durations.length - 1, Math.floor(share * durations.length))]!;
  return { p50: at(0.5), p99: at(0.99), throughput: total / seconds };
}

/** Median of each figure over the rounds. */
function medianOf(rounds: Latency[]): Latency {
  return {
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    throughput: median(rounds.map((r) => r.throughput)),
  };
}

async function measureHttp(url: string, total: number, concurrency: number): Promise<Latency> {
  // A worker thread sends the load, so the server's event loop does only the server's work.
  const result = await autocannon({ url, amount: total, connections: concurrency, workers: 1 });
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { p50: result.latency.p50, p99: result.latency.p99, throughput: total / (result.duration || 1) };
}

export async function run(): Promise<string> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  // Per-request info logs would measure stdout, not the API; the logger reads this when first imported.
  process.env.POWERTOOLS_LOG_LEVEL = 'WARN';
  const [{ serve }, { createApp }, { wireFactline }, { createDynamoDbClient }, { createTableIfMissing }] = await Promise.all([
    import('@hono/node-server'),
    import('../../shared/http/app.js'),
    import('../../shared/runtime/wiring.js'),
    import('../../shared/store/client.js'),
    import('../../shared/store/table.js'),
  ]);
  const dynamo = await startDynamoDbLocal({ heapMb: 1024 });
  let server: ReturnType<typeof serve> | undefined;
  try {
    const client = createDynamoDbClient(dynamo.endpoint);
    const tableName = 'factline-bench';
    await createTableIfMissing(client, tableName);
    const factline = wireFactline({ client, tableName, apiToken: async () => 'bench', queue: () => ({ enqueue: async () => {} }) });
    const seedTexts = ['000_17f27bc200e539ab.txt', '002_7a65bc34f926d3fb.txt', '003_81eb09e1f20a51a1.txt'].map((file) =>
      readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'),
    );
    const loadStarted = performance.now();
    await loadSyntheticArticles(factline.store, syntheticArticles(ARTICLES, seedTexts));
    const loadSeconds = (performance.now() - loadStarted) / 1000;

    const app = createApp(factline.appDeps);
    const listening = new Promise<AddressInfo>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info));
    });
    const { port } = await listening;

    const lines = [
      '## API: series and list routes against the raw DynamoDB requests',
      '',
      `${ARTICLES} synthetic articles (scripts/synthetic-articles.ts; NATO in every one) loaded through the store in ${loadSeconds.toFixed(1)} s ` +
        `(${(ARTICLES / loadSeconds).toFixed(0)} articles/s, claims, facts and relations included). Each route: ${REQUESTS} requests, ${CONNECTIONS} in flight, ` +
        `in ${ROUNDS} rounds alternating raw and API (figures: median over the rounds), after 200 warm-up requests, ` +
        'on loopback to the app `npm start` serves (@hono/node-server; per-request logs at WARN; autocannon in a worker thread). ' +
        '"Raw" sends the same DynamoDB requests the route needs (a Query per shard in parallel, then BatchGetItem of the article heads) with the SDK, at the same concurrency.',
      '',
      '| Route | Raw p50 ms | Raw p99 ms | Raw req/s | API p50 ms | API p99 ms | API req/s | API p99 / raw p99 | Bar (<= 1.5) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ];
    for (const route of ROUTES) {
      const url = `http://127.0.0.1:${port}${route.path}`;
      const check = await fetch(url);
      if (!check.ok) throw new Error(`${route.path} answered ${check.status}`);
      await measureRaw(() => route.raw(client, tableName), 200, CONNECTIONS);
      await measureHttp(url, 200, CONNECTIONS);
      // Alternating rounds put both sides under the same background load (the machine may be shared).
      const rawRounds: Latency[] = [];
      const apiRounds: Latency[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        rawRounds.push(await measureRaw(() => route.raw(client, tableName), REQUESTS / ROUNDS, CONNECTIONS));
        apiRounds.push(await measureHttp(url, REQUESTS / ROUNDS, CONNECTIONS));
      }
      const raw = medianOf(rawRounds);
      const api = medianOf(apiRounds);
      const ratio = api.p99 / raw.p99;
      lines.push(
        `| ${route.name} | ${raw.p50.toFixed(1)} | ${raw.p99.toFixed(1)} | ${raw.throughput.toFixed(0)} | ${api.p50.toFixed(1)} | ${api.p99.toFixed(1)} | ${api.throughput.toFixed(0)} | ${ratio.toFixed(2)} | ${ratio <= BAR ? 'met' : 'NOT met'} |`,
      );
    }
    return lines.join('\n');
  } finally {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await dynamo.stop();
  }
}
