// Issue 12's proof, end to end on real parts: articles posted through the HTTP app, extracted into
// DynamoDB Local, read back from the table's stream by the same notifier code the Lambda runs, and
// delivered by the deliverer to a real HTTP receiver on loopback, which verifies every signature with
// the snippet docs/watches.md gives.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/http/app.js';
import { wireFactlineInProcess } from '../../shared/runtime/in-process-wiring.js';
import { startLocalNotifier, type LocalNotifier } from '../../shared/runtime/local-notifier.js';
import { createDynamoDeliveryStore } from '../../shared/store/delivery-store.js';
import { createDynamoWatchStore } from '../../shared/store/watch-store.js';
import { sweepUnqueuedDeliveries, UNQUEUED_SWEEP_MARGIN_MS } from '../../shared/watches/unqueued-sweeper.js';
import type { StoredWatch, WatchEventType, WatchTarget } from '../../shared/watches/watch.js';
import { createTestTable } from '../support/dynamodb.js';
import { pendingRecord } from '../support/watches.js';

const TOKEN = 'webhook-test-token';
const PUBLIC_BASE_URL = 'https://factline.example';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver: records every request; `dropFirst` requests to a path are cut off (the receiver is down). */
async function startReceiver() {
  const received: Received[] = [];
  const dropFirst = new Map<string, number>();
  const attempts = new Map<string, number>();
  const attemptTimes = new Map<string, number[]>();
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const seen = (attempts.get(path) ?? 0) + 1;
    attempts.set(path, seen);
    attemptTimes.set(path, [...(attemptTimes.get(path) ?? []), Date.now()]);
    if (seen <= (dropFirst.get(path) ?? 0)) {
      request.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    at: (path: string) => received.filter((entry) => entry.path === path),
    dropFirst: (path: string, count: number) => dropFirst.set(path, count),
    attemptsAt: (path: string) => attempts.get(path) ?? 0,
    /** When each request to the path came in (ms since the epoch). */
    attemptTimesAt: (path: string) => attemptTimes.get(path) ?? [],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** docs/watches.md's verification snippet, run as written. */
async function loadDocumentedVerifier(): Promise<(secret: string, header: string, body: string, nowSeconds?: number) => unknown> {
  const markdown = readFileSync(new URL('../../docs/watches.md', import.meta.url), 'utf8');
  const snippet = /```js verify\n([\s\S]*?)```/.exec(markdown)?.[1];
  if (!snippet) throw new Error('docs/watches.md has no ```js verify block');
  const file = join(mkdtempSync(join(tmpdir(), 'factline-verify-')), 'verify.mjs');
  writeFileSync(file, snippet);
  return ((await import(file)) as { verifyFactlineSignature: never }).verifyFactlineSignature;
}

let app: ReturnType<typeof createApp>;
let factline: ReturnType<typeof wireFactlineInProcess>;
let notifier: LocalNotifier;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let watches: ReturnType<typeof createDynamoWatchStore>;
let deliveries: ReturnType<typeof createDynamoDeliveryStore>;
let verify: Awaited<ReturnType<typeof loadDocumentedVerifier>>;
const metricLines: string[] = [];
let checkpointPath: string;
let notifierOptions: Parameters<typeof startLocalNotifier>[0];
/** The hostile DNS: what `turns-internal.example` resolves to now. */
let turnsInternalAddress = '93.184.215.14';

beforeAll(async () => {
  const { client, tableName, endpoint } = await createTestTable();
  factline = wireFactlineInProcess({ client, tableName, apiToken: async () => TOKEN, unsafeAllowLoopback: true });
  app = createApp(factline.appDeps);
  receiver = await startReceiver();
  watches = createDynamoWatchStore({ client, tableName });
  deliveries = createDynamoDeliveryStore({ client, tableName });
  verify = await loadDocumentedVerifier();
  const { deadLetterMetricLine } = await import('../../shared/watches/deliverer.js');
  notifierOptions = {
    client,
    endpoint,
    tableName,
    facts: factline.store,
    checkpointPath: (checkpointPath = join(mkdtempSync(join(tmpdir(), 'factline-stream-')), 'stream-position.json')),
    publicBaseUrl: PUBLIC_BASE_URL,
    policy: { retryDelaysMs: [150, 300], jitter: 0, perMinuteLimit: 60 },
    // Polled by the test, so each step reads exactly what it caused.
    pollIntervalMs: 3_600_000,
    timeoutMs: 2_000,
    unsafeAllowLoopback: true,
    resolveHost: async (hostname) => (hostname === 'turns-internal.example' ? [turnsInternalAddress] : ['127.0.0.1']),
    countDeadLetter: (fields) => metricLines.push(deadLetterMetricLine(fields)),
  };
  notifier = await startLocalNotifier(notifierOptions);
});

afterAll(async () => {
  await notifier?.stop();
  await receiver?.close();
});

async function postArticle(text: string, url: string, publishedAt: string): Promise<void> {
  const response = await app.request('/articles', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ text, url, source: 'The Test Gazette', publishedAt }),
  });
  expect(response.status).toBe(202);
  await factline.queue.drained();
}

/** Reads the stream until it has nothing new, then waits for every queued delivery to finish. */
async function notifyAndDeliver(): Promise<void> {
  while ((await notifier.pollOnce()) > 0);
  await notifier.queue.idle();
}

let sequence = 0;
async function createWatch(
  target: WatchTarget,
  events: WatchEventType[],
  webhookUrl: string,
  status: 'active' | 'paused' = 'active',
): Promise<StoredWatch> {
  const createdAt = new Date(Date.UTC(2026, 11, 1, 0, 0, ++sequence)).toISOString();
  const watch: StoredWatch = {
    id: `w_${randomBytes(8).toString('hex')}`,
    ownerKeyId: 'k_test',
    target,
    events,
    webhookUrl,
    status,
    createdAt,
    updatedAt: createdAt,
    signingSecret: randomBytes(24).toString('base64url'),
  };
  await watches.createWatch(watch);
  return watch;
}

async function send(method: string, path: string, token: string, body?: unknown): Promise<Response> {
  return app.request(path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A client key with the watch scope, made through the admin route. */
async function createKey(name: string): Promise<string> {
  const response = await send('POST', '/admin/keys', TOKEN, { name, scopes: ['watch'] });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

/** A watch made through POST /watches, as a client makes it: the answer carries the signing secret. */
async function createWatchThroughApi(
  token: string,
  target: WatchTarget,
  events: WatchEventType[],
  webhookUrl: string,
): Promise<StoredWatch> {
  const response = await send('POST', '/watches', token, { target, events, webhookUrl });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as StoredWatch;
}

const RAISE = 'Canada will raise its defence spending to 5 per cent of GDP by 2035, Prime Minister Mark Carney said on Tuesday.';

describe('webhook events', () => {
  it("an article raising Canada's target: one signed fact.changed per matching watch, with the previous value; the same article again: nothing new", async () => {
    const receivedBefore = receiver.received.length;
    await postArticle(
      'Canada will spend 2 per cent of its GDP on defence by 2035, Prime Minister Mark Carney said.',
      'https://gazette.example/canada-2',
      '2025-01-15',
    );
    await notifyAndDeliver();

    const newsroom = await createKey('Newsroom');
    const bySubject = await createWatchThroughApi(newsroom, { subject: 'canada' }, ['fact.changed'], receiver.url('/by-subject'));
    const bySeries = await createWatchThroughApi(
      newsroom,
      { subject: 'Canada', metric: 'defence-spending-share-of-gdp', period: 'by 2035' },
      ['fact.changed'],
      receiver.url('/by-series'),
    );
    await createWatch({ subject: 'germany' }, ['fact.changed', 'fact.created'], receiver.url('/other-subject'));
    await createWatch({ subject: 'canada' }, ['fact.changed'], receiver.url('/paused'), 'paused');
    await createWatch({ subject: 'canada', kind: 'actual' }, ['fact.changed'], receiver.url('/other-kind'));

    await postArticle(RAISE, 'https://gazette.example/canada-5', '2025-06-20');
    await notifyAndDeliver();

    expect(
      receiver.received
        .slice(receivedBefore)
        .map((entry) => entry.path)
        .sort(),
    ).toEqual(['/by-series', '/by-subject']);
    for (const watch of [bySubject, bySeries]) {
      const [delivery] = receiver.at(new URL(watch.webhookUrl).pathname);
      const payload = verify(watch.signingSecret, String(delivery!.headers['factline-signature']), delivery!.body) as Record<string, any>;
      expect(payload).toMatchObject({
        type: 'fact.changed',
        watchId: watch.id,
        fact: { subject: 'Canada', metric: 'defence-spending-share-of-gdp', kind: 'target', period: '2035-by', value: 5, unit: 'percent' },
        previous: { value: 2, unit: 'percent', url: 'https://gazette.example/canada-2' },
        quotesTrimmed: false,
        link: `${PUBLIC_BASE_URL}/#/series/canada/defence-spending-share-of-gdp`,
      });
      expect(payload.quotes).toEqual([
        expect.objectContaining({
          quote: RAISE,
          speaker: 'Mark Carney',
          url: 'https://gazette.example/canada-5',
          source: 'The Test Gazette',
        }),
      ]);
      expect(delivery!.headers['factline-event-id']).toBe(payload.id);
      expect(delivery!.headers['factline-signature']).toMatch(new RegExp(`^t=${delivery!.headers['factline-timestamp']},v1=[0-9a-f]{64}$`));
      // Signed with this watch's secret only, and no longer accepted ten minutes later (replay).
      expect(() => verify('another-secret', String(delivery!.headers['factline-signature']), delivery!.body)).toThrow(/does not match/);
      expect(() =>
        verify(
          watch.signingSecret,
          String(delivery!.headers['factline-signature']),
          delivery!.body,
          Number(delivery!.headers['factline-timestamp']) + 600,
        ),
      ).toThrow(/tolerance/);
    }
    // The owner lists the deliveries; another key is told the watch does not exist.
    const listed = await send('GET', `/watches/${bySubject.id}/deliveries`, newsroom);
    expect(listed.status).toBe(200);
    const { items } = (await listed.json()) as { items: Array<Record<string, unknown>> };
    expect(items).toEqual([
      {
        eventId: receiver.at('/by-subject')[0]!.headers['factline-event-id'],
        eventType: 'fact.changed',
        status: 'delivered',
        attempts: 1,
        lastError: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        deliveredAt: expect.any(String),
        watchId: bySubject.id,
      },
    ]);
    expect((await send('GET', `/watches/${bySubject.id}/deliveries`, await createKey('Another newsroom'))).status).toBe(404);

    await postArticle(RAISE, 'https://gazette.example/canada-5', '2025-06-20');
    await notifyAndDeliver();
    expect(receiver.received).toHaveLength(receivedBefore + 2);
  });

  it('the stream read again from an older position (a restart after a crash) delivers nothing twice', async () => {
    await createWatch({ subject: 'latvia' }, ['fact.created'], receiver.url('/replayed'));
    await notifyAndDeliver(); // the position before the article (the watch's own record was read)
    const before = readFileSync(checkpointPath, 'utf8');
    await postArticle(
      'Latvia spent 3.1 per cent of its GDP on defence in 2024, the ministry said.',
      'https://gazette.example/latvia',
      '2025-03-04',
    );
    await notifyAndDeliver();
    expect(receiver.at('/replayed')).toHaveLength(1);
    writeFileSync(checkpointPath, before);
    expect(await notifier.pollOnce(), 'the same records are read again').toBeGreaterThan(0);
    await notifyAndDeliver();
    expect(receiver.at('/replayed')).toHaveLength(1);
  });

  it('a restart resumes from its checkpoint and queues the pending deliveries again: each event arrives once', async () => {
    const pending = await createWatch({ subject: 'finland' }, ['fact.created'], receiver.url('/across-restart'));
    const later = await createWatch({ subject: 'sweden' }, ['fact.created'], receiver.url('/after-restart'));
    receiver.dropFirst('/across-restart', 1);
    // A process whose retry would come in a minute: it stops before that.
    await notifier.stop();
    notifier = await startLocalNotifier({ ...notifierOptions, policy: { retryDelaysMs: [60_000], jitter: 0, perMinuteLimit: 60 } });
    await postArticle(
      'Finland spent 2.4 per cent of its GDP on defence in 2024, the ministry said.',
      'https://gazette.example/finland',
      '2025-03-05',
    );
    while ((await notifier.pollOnce()) > 0);
    for (let waited = 0; (await deliveries.listForWatch(pending.id, 1))[0]?.attempts !== 1; waited += 50) {
      expect(waited, 'the first try fails').toBeLessThan(10_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await notifier.stop();
    // Written while nothing reads the stream.
    await postArticle(
      'Sweden spent 2.2 per cent of its GDP on defence in 2024, the ministry said.',
      'https://gazette.example/sweden',
      '2025-03-06',
    );
    notifier = await startLocalNotifier(notifierOptions);
    await notifyAndDeliver();
    expect(receiver.at('/across-restart')).toHaveLength(1);
    expect(receiver.at('/after-restart')).toHaveLength(1);
    expect((await deliveries.listForWatch(pending.id, 1))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
    expect((await deliveries.listForWatch(later.id, 1))[0]).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  /** A back-off long enough to tell a retry made early from one made after it. */
  const slowRetry = () => ({ ...notifierOptions, policy: { retryDelaysMs: [1_500], jitter: 0, perMinuteLimit: 60 } });

  /**
   * A delivery whose first try fails under slowRetry; `afterFailedTry` runs once that try is recorded (given the
   * stream position from before the article), then everything is delivered. Answers the times of the two tries.
   */
  async function failOnceThen(path: string, subject: string, afterFailedTry: (beforeArticle: string) => Promise<void>): Promise<number[]> {
    await notifier.stop();
    notifier = await startLocalNotifier(slowRetry());
    const watch = await createWatch({ subject }, ['fact.created'], receiver.url(path));
    receiver.dropFirst(path, 1);
    await notifyAndDeliver();
    const beforeArticle = readFileSync(checkpointPath, 'utf8');
    await postArticle(
      `${subject[0]!.toUpperCase()}${subject.slice(1)} spent 2.3 per cent of its GDP on defence in 2024, the ministry said.`,
      `https://gazette.example/${subject}`,
      '2025-03-07',
    );
    while ((await notifier.pollOnce()) > 0);
    for (let waited = 0; (await deliveries.listForWatch(watch.id, 1))[0]?.attempts !== 1; waited += 50) {
      expect(waited, 'the first try fails').toBeLessThan(10_000);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await afterFailedTry(beforeArticle);
    await notifyAndDeliver();
    expect(receiver.at(path)).toHaveLength(1);
    expect((await deliveries.listForWatch(watch.id, 1))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
    await notifier.stop();
    notifier = await startLocalNotifier(notifierOptions);
    return receiver.attemptTimesAt(path);
  }

  it('the stream read again after a failed try (a retried stream batch) queues no early retry: the second try waits its back-off', async () => {
    const [first, second] = await failOnceThen('/read-again', 'denmark', async (beforeArticle) => {
      writeFileSync(checkpointPath, beforeArticle);
      expect(await notifier.pollOnce(), 'the same records are read again').toBeGreaterThan(0);
    });
    expect(second! - first!).toBeGreaterThanOrEqual(1_500);
  });

  it('npm start stopped and started again after a failed try: the retry the stopped run had queued still waits its back-off', async () => {
    const [first, second] = await failOnceThen('/restarted', 'iceland', async () => {
      await notifier.stop();
      notifier = await startLocalNotifier(slowRetry());
    });
    expect(second! - first!).toBeGreaterThanOrEqual(1_500);
  });

  it('npm start stopped after recording a failed try, before sending its retry: the start queues the retry once, and a sweep after it sends nothing', async () => {
    const watch = await createWatch({ subject: 'lithuania' }, ['fact.created'], receiver.url('/left-marked'));
    await notifier.stop();
    // What the run before left: the record, its first try failed and recorded with the retry due in 1.5 s, marked
    // unqueued since the run stopped before the send.
    const eventId = 'evt_left_marked';
    const failedAt = Date.now();
    const retryAt = new Date(failedAt + 1_500).toISOString();
    await deliveries.recordOnce(pendingRecord(watch.id, eventId, new Date(failedAt - 1_000).toISOString()));
    await deliveries.settle(watch.id, eventId, {
      status: 'pending',
      attempts: 1,
      lastError: 'connection failed',
      updatedAt: new Date(failedAt).toISOString(),
      deliveredAt: null,
      unqueuedRetryAt: retryAt,
    });
    notifier = await startLocalNotifier(slowRetry());
    // The timer's sweep once the mark is past due and the margin: the start sent the retry and cleared the mark.
    const pastTheMargin = () => new Date(Date.parse(retryAt) + UNQUEUED_SWEEP_MARGIN_MS + 1_000);
    const silent = { info: () => {} };
    expect(await sweepUnqueuedDeliveries({ deliveries, queue: notifier.queue, log: silent, now: pastTheMargin })).toEqual({
      queued: 0,
      more: false,
    });
    await notifier.queue.idle();
    expect(receiver.attemptTimesAt('/left-marked')).toHaveLength(1);
    expect(receiver.attemptTimesAt('/left-marked')[0]).toBeGreaterThanOrEqual(Date.parse(retryAt));
    expect((await deliveries.listForWatch(watch.id, 1))[0]).toMatchObject({ status: 'delivered', attempts: 2 });
    await notifier.stop();
    notifier = await startLocalNotifier(notifierOptions);
  });

  it('the receiver down for the first tries, then up: the event arrives once', async () => {
    const watch = await createWatch({ subject: 'norway' }, ['fact.created'], receiver.url('/flaky'));
    receiver.dropFirst('/flaky', 2);
    await postArticle(
      'Norway spent 2.2 per cent of its GDP on defence in 2024, the defence ministry said.',
      'https://gazette.example/norway',
      '2025-03-01',
    );
    await notifyAndDeliver();
    expect(receiver.attemptsAt('/flaky')).toBe(3);
    expect(receiver.at('/flaky')).toHaveLength(1);
    const [record] = await deliveries.listForWatch(watch.id, 10);
    expect(record).toMatchObject({ status: 'delivered', attempts: 3, lastError: expect.stringContaining('connection failed') });
  });

  it('the receiver down for good: the delivery ends as the dead-letter record, and the metric line is emitted', async () => {
    const watch = await createWatch({ subject: 'poland' }, ['fact.created'], receiver.url('/down'));
    receiver.dropFirst('/down', 100);
    await postArticle(
      'Poland spent 4.1 per cent of its GDP on defence in 2024, the government said.',
      'https://gazette.example/poland',
      '2025-03-02',
    );
    await notifyAndDeliver();
    expect(receiver.attemptsAt('/down')).toBe(3);
    const [record] = await deliveries.listForWatch(watch.id, 10);
    expect(record).toMatchObject({ status: 'dead', attempts: 3, lastError: expect.stringContaining('connection failed') });
    const metric = JSON.parse(metricLines.at(-1)!) as Record<string, any>;
    expect(metric).toMatchObject({ WebhookDeadLetters: 1, watchId: watch.id, eventId: record!.eventId });
    expect(metric._aws.CloudWatchMetrics).toEqual([
      { Namespace: 'Factline', Dimensions: [[]], Metrics: [{ Name: 'WebhookDeadLetters', Unit: 'Count' }] },
    ]);
  });

  it('a webhook whose name resolves to an internal address at delivery time is refused and recorded, not fetched', async () => {
    const watch = await createWatch({ subject: 'estonia' }, ['fact.created'], 'http://turns-internal.example/hook');
    turnsInternalAddress = '169.254.169.254';
    const before = receiver.received.length;
    await postArticle(
      'Estonia spent 3.4 per cent of its GDP on defence in 2024, the ministry said.',
      'https://gazette.example/estonia',
      '2025-03-03',
    );
    await notifyAndDeliver();
    const [record] = await deliveries.listForWatch(watch.id, 10);
    expect(record).toMatchObject({ status: 'refused', lastError: expect.stringContaining('169.254.169.254') });
    expect(receiver.received).toHaveLength(before);
  });
});
