// `npm start`: the embedded default. DynamoDB Local with its data under .data/, the table, the seed
// articles loaded through the same ingest and extract code the Lambdas run, the feed poll on an
// interval, and the API on http://localhost:3000.
//
// Only what starts DynamoDB Local is imported up front: the server's code (the SDK, the app, the extractor)
// loads while the JVM starts, instead of before it.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { messageOf } from '../shared/errors.js';
import { ENV, readLocalConfig } from '../shared/runtime/config.js';
import { localCursorSecret } from '../shared/runtime/local-secret.js';
import type { LocalNotifier } from '../shared/runtime/local-notifier.js';
import { logger } from '../shared/runtime/logger.js';
import type { serveLocally } from '../shared/http/local-server.js';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local.js';
import { isNpmProcess, launcherChain, whenLauncherGone } from './launcher.js';

async function loadServerCode() {
  const [seeds, app, server, poll, notifier, wiring, client, table] = await Promise.all([
    import('../shared/articles/seeds.js'),
    import('../shared/http/app.js'),
    import('../shared/http/local-server.js'),
    import('../shared/pipeline/poll-feeds.js'),
    import('../shared/runtime/local-notifier.js'),
    import('../shared/runtime/in-process-wiring.js'),
    import('../shared/store/client.js'),
    import('../shared/store/table.js'),
  ]);
  return {
    loadSeedArticles: seeds.loadSeedArticles,
    createApp: app.createApp,
    serveLocally: server.serveLocally,
    listening: server.listening,
    pollDueFeeds: poll.pollDueFeeds,
    startLocalNotifier: notifier.startLocalNotifier,
    wireFactlineInProcess: wiring.wireFactlineInProcess,
    createDynamoDbClient: client.createDynamoDbClient,
    createTableIfMissing: table.createTableIfMissing,
  };
}

/** How long a stop waits for the notifier's poll in flight before stopping DynamoDB Local anyway. */
const NOTIFIER_STOP_MS = 3000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const startedAt = performance.now();
  const { port, host, tableName, pollIntervalSeconds, dataDir, unsafeAllowLoopback, publicBaseUrl, ...config } = readLocalConfig();
  const generatedToken = !config.apiToken;
  const apiToken = config.apiToken ?? randomBytes(18).toString('base64url');

  // Stopping works from the first moment: a java child still starting is killed by the exit hook.
  let dynamo: DynamoDbLocal | undefined;
  let server: ReturnType<typeof serveLocally> | undefined;
  let pollTimer: NodeJS.Timeout | undefined;
  let notifier: LocalNotifier | undefined;
  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${reason}: stopping`);
    try {
      server?.close();
      clearInterval(pollTimer);
      // Bounded: a stream poll in flight may be waiting on DynamoDB Local. The stream position moves only after a
      // batch is notified, so a poll cut short is read again at the next start (event ids make that harmless).
      await Promise.race([notifier?.stop(), new Promise((resolve) => setTimeout(resolve, NOTIFIER_STOP_MS))]);
    } catch (error) {
      // Whatever failed, DynamoDB Local must not outlive the server.
      logger.error('stopping failed; stopping DynamoDB Local anyway', { error });
    }
    await dynamo?.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  const launchers = launcherChain();
  whenLauncherGone(launchers, (pid) => void stop(`launcher ${pid} exited`));

  const serverCode = loadServerCode().then((code) => ({ code, loadedAt: performance.now() }));
  serverCode.catch(() => undefined); // awaited below, once DynamoDB Local answers; its error is reported there
  dynamo = await startDynamoDbLocal({ dbPath: dataDir, quickStart: true });
  const dynamoReadyAt = performance.now();
  const { code, loadedAt: codeLoadedAt } = await serverCode;
  const {
    loadSeedArticles,
    createApp,
    serveLocally,
    listening,
    pollDueFeeds,
    startLocalNotifier,
    wireFactlineInProcess,
    createDynamoDbClient,
    createTableIfMissing,
  } = code;
  const bothReadyAt = performance.now();

  const client = createDynamoDbClient(dynamo.endpoint);
  await createTableIfMissing(client, tableName, { dataDir });
  const tableReadyAt = performance.now();
  const factline = wireFactlineInProcess({
    client,
    tableName,
    apiToken: async () => apiToken,
    cursorSecret: localCursorSecret(dataDir),
    unsafeAllowLoopback,
    consume: async (articleId, extract) => logger.info('article extracted', { ...(await extract(articleId)) }),
    queueOptions: { onDeadLetter: (articleId, error) => logger.error('extraction gave up', { articleId, error }) },
  });
  const { queue } = factline;

  // Webhooks: the same notifier code as the Lambda, on the table's stream, resuming from its checkpoint.
  notifier = await startLocalNotifier({
    client,
    endpoint: dynamo.endpoint,
    tableName,
    facts: factline.store,
    checkpointPath: join(dataDir, 'stream-position.json'),
    publicBaseUrl: publicBaseUrl ?? `http://localhost:${port}`,
    unsafeAllowLoopback,
  });
  const notifierReadyAt = performance.now();

  const seeds = await loadSeedArticles(new URL('../seeds', import.meta.url).pathname);
  // Side by side: on a second start each is a read that finds the article (a few hundred ms in a row on a cold JVM).
  const created = (await Promise.all(seeds.map((seed) => factline.ingest(seed)))).filter((outcome) => outcome.created).length;
  const seedsStoredAt = performance.now();
  await queue.drained();
  const seedsDoneAt = performance.now();

  server = serveLocally(createApp({ ...factline.appDeps, servesPage: true }), { port, hostname: host });
  await listening(server).catch((error: unknown) => {
    throw new Error(`cannot serve on ${host} port ${port}: ${messageOf(error)}`);
  });
  const pollFeeds = () =>
    pollDueFeeds({ feeds: factline.feeds, fetchSource: factline.fetchSource, ingest: factline.ingest })
      .then((reports) => reports.length && logger.info('feeds polled', { reports }))
      .catch((error: unknown) => logger.error('feed poll failed', { error }));
  pollTimer = setInterval(pollFeeds, pollIntervalSeconds * 1000);
  void pollFeeds();

  const url = `http://localhost:${port}`;
  const launcher = launchers[launchers.length - 1]!;
  console.log(
    [
      '',
      `factline is serving on ${url}`,
      `  ready in ${seconds(performance.now() - startedAt)} (after ${seconds(startedAt)} starting node): DynamoDB Local ${seconds(dynamoReadyAt - startedAt)} ` +
        `beside the server code ${seconds(codeLoadedAt - startedAt)}, table ${seconds(tableReadyAt - bothReadyAt)}, ` +
        `notifier ${seconds(notifierReadyAt - tableReadyAt)}, seeds stored ${seconds(seedsStoredAt - notifierReadyAt)}, extracted ${seconds(seedsDoneAt - seedsStoredAt)}`,
      `  seeds: ${seeds.length} articles (${created} new), DynamoDB Local data in ${dataDir}`,
      `  DynamoDB Local: ${dynamo.endpoint}  (npm run ingest alongside: ${ENV.dynamoDbEndpoint}=${dynamo.endpoint})`,
      `  page:  ${url}/`,
      `  try:   curl '${url}/claims?subject=canada'`,
      `         ${url}/openapi.json`,
      generatedToken
        ? `  write token (generated for this run; set ${ENV.apiToken} to choose one): ${apiToken}`
        : `  write token: from ${ENV.apiToken}`,
      `  Ctrl-C, or SIGTERM/SIGHUP/SIGINT to pid ${launcher} (${isNpmProcess(launcher) ? 'npm start' : 'the launcher'}) or ${process.pid} (the server), stops everything.`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(`factline could not start: ${messageOf(error)}`);
  process.exit(1);
});
