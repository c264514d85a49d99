// `npm start`: the embedded default. DynamoDB Local with its data under .data/, the table, the seed
// articles loaded through the same ingest and extract code the Lambdas run, the feed poll on an
// interval, and the API on http://localhost:3000.
import { randomBytes } from 'node:crypto';
import { loadSeedArticles } from '../shared/articles/seeds.js';
import { createApp } from '../shared/http/app.js';
import { serveLocally } from '../shared/http/local-server.js';
import { pollDueFeeds } from '../shared/ingestion/poll-feeds.js';
import { messageOf } from '../shared/errors.js';
import { ENV } from '../shared/runtime/config.js';
import { logger } from '../shared/runtime/logger.js';
import { wireFactlineInProcess } from '../shared/runtime/in-process-wiring.js';
import { createDynamoDbClient } from '../shared/store/client.js';
import { createTableIfMissing } from '../shared/store/table.js';
import { startDynamoDbLocal } from './dynamodb-local.js';

const port = Number(process.env.PORT ?? 3000);
const tableName = process.env[ENV.tableName] ?? 'factline';
const pollEverySeconds = Number(process.env.FACTLINE_POLL_INTERVAL_SECONDS ?? 300);
const dataDir = process.env.FACTLINE_DATA_DIR ?? '.data/dynamodb';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const startedAt = performance.now();
  const generatedToken = !process.env[ENV.apiToken];
  const apiToken = process.env[ENV.apiToken] ?? randomBytes(18).toString('base64url');

  const dynamo = await startDynamoDbLocal({ dbPath: dataDir });
  const dynamoReadyAt = performance.now();
  let server: ReturnType<typeof serveLocally> | undefined;
  let pollTimer: NodeJS.Timeout | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping`);
    server?.close();
    clearInterval(pollTimer);
    await dynamo.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const client = createDynamoDbClient(dynamo.endpoint);
  await createTableIfMissing(client, tableName);
  const factline = wireFactlineInProcess({
    client,
    tableName,
    apiToken: async () => apiToken,
    consume: async (articleId, extract) => logger.info('article extracted', { ...(await extract(articleId)) }),
    queueOptions: { onDeadLetter: (articleId, error) => logger.error('extraction gave up', { articleId, error }) },
  });
  const { queue } = factline;

  const seeds = await loadSeedArticles(new URL('../seeds', import.meta.url).pathname);
  let created = 0;
  for (const seed of seeds) {
    if ((await factline.ingest(seed)).created) created++;
  }
  await queue.drained();
  const seedsDoneAt = performance.now();

  server = serveLocally(createApp(factline.appDeps), { port, hostname: process.env.HOST ?? '127.0.0.1' });
  const pollFeeds = () =>
    pollDueFeeds({ feeds: factline.feeds, fetchSource: factline.fetchSource, ingest: factline.ingest })
      .then((reports) => reports.length && logger.info('feeds polled', { reports }))
      .catch((error: unknown) => logger.error('feed poll failed', { error }));
  pollTimer = setInterval(pollFeeds, pollEverySeconds * 1000);
  void pollFeeds();

  const url = `http://localhost:${port}`;
  console.log(
    [
      '',
      `factline is serving on ${url}`,
      `  ready in ${seconds(performance.now() - startedAt)}: DynamoDB Local ${seconds(dynamoReadyAt - startedAt)}, table and seeds ${seconds(seedsDoneAt - dynamoReadyAt)}`,
      `  seeds: ${seeds.length} articles (${created} new), DynamoDB Local data in ${dataDir}`,
      `  DynamoDB Local: ${dynamo.endpoint}  (npm run ingest alongside: ${ENV.dynamoDbEndpoint}=${dynamo.endpoint})`,
      `  try:   curl '${url}/claims?subject=canada'`,
      `         ${url}/openapi.json`,
      generatedToken
        ? `  write token (generated for this run; set ${ENV.apiToken} to choose one): ${apiToken}`
        : `  write token: from ${ENV.apiToken}`,
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(`factline could not start: ${messageOf(error)}`);
  process.exit(1);
});
