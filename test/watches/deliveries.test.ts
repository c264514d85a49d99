// The deliverer's edges on real parts: the SSRF-safe POST against loopback HTTP servers, the payload
// size cap, and the per-watch minute limit against DynamoDB Local.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appearance } from '../../shared/facts/fact.js';
import { SourceRefusedError } from '../../shared/ingestion/errors.js';
import { createSafePoster } from '../../shared/ingestion/safe-fetch.js';
import { createDynamoDeliveryStore } from '../../shared/store/delivery-store.js';
import { createDynamoWatchStore } from '../../shared/store/watch-store.js';
import { backOff, DELIVERY_CLAIM_MS, deliverEvent } from '../../shared/watches/deliverer.js';
import { MAX_PAYLOAD_BYTES, webhookBody, type DeliveryMessage } from '../../shared/watches/delivery.js';
import { createTestTable } from '../support/dynamodb.js';
import { seedPendingDelivery } from '../support/watches.js';

interface Hit {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let base: string;
const hits: Hit[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      hits.push({ method: request.method!, path: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString() });
      if (request.url === '/redirect') response.writeHead(302, { location: '/landed' }).end();
      else if (request.url!.startsWith('/slow')) setTimeout(() => response.writeHead(200).end('late'), 2_000);
      else if (request.url!.startsWith('/unavailable')) response.writeHead(503).end('down');
      else response.writeHead(202, { 'content-type': 'text/plain' }).end('thanks');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the safe POST', () => {
  const post = createSafePoster({ unsafeAllowLoopback: true, timeoutMs: 500 });

  it('sends the body and headers and answers the status and the start of the answer', async () => {
    const answer = await post(`${base}/hook`, '{"a":1}', { 'content-type': 'application/json', 'factline-event-id': 'evt_1' });
    expect(answer).toEqual({ status: 202, bodyStart: 'thanks' });
    expect(hits.at(-1)).toMatchObject({
      method: 'POST',
      path: '/hook',
      body: '{"a":1}',
      headers: { 'factline-event-id': 'evt_1', 'content-length': '7' },
    });
  });

  it('does not follow a redirect: it is the answer', async () => {
    const before = hits.length;
    expect((await post(`${base}/redirect`, '{}', {})).status).toBe(302);
    expect(hits.slice(before).map((hit) => hit.path)).toEqual(['/redirect']);
  });

  it('refuses internal addresses and other ports before connecting, and times out', async () => {
    const strict = createSafePoster({ timeoutMs: 500 });
    const before = hits.length;
    const refusal = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (error: unknown) => (error instanceof SourceRefusedError ? error.reason : error),
      );
    expect(await refusal(strict(`${base}/hook`, '{}', {}))).toBe('blocked-port');
    expect(await refusal(strict('http://127.0.0.1/hook', '{}', {}))).toBe('blocked-address');
    expect(await refusal(strict('http://10.0.0.8/hook', '{}', {}))).toBe('blocked-address');
    expect(
      await refusal(
        createSafePoster({ resolveHost: async () => ['93.184.215.14', '169.254.169.254'] })('https://mixed.example/hook', '{}', {}),
      ),
    ).toBe('blocked-address');
    expect(hits.length).toBe(before);
    expect(await refusal(post(`${base}/slow`, '{}', {}))).toBe('timeout');
  });

  it("names only the webhook's origin when it fails: the path of a hook URL is often its credential", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const failures = await Promise.all(
      [`${base}/slow/T0SECRET/B0SECRET`, `http://127.0.0.1:${closedPort}/services/T0SECRET?token=SECRET`].map((url) =>
        post(url, '{}', {}).then(
          () => null,
          (error: unknown) => error,
        ),
      ),
    );
    expect(failures.map((error) => (error as SourceRefusedError).reason)).toEqual(['timeout', 'network']);
    for (const error of failures) {
      expect((error as SourceRefusedError).message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/… /);
      expect(JSON.stringify({ message: (error as Error).message, ...(error as SourceRefusedError).details })).not.toMatch(/SECRET/);
    }
  });
});

describe('refusals of a webhook URL, whatever their wording', () => {
  const refusalOf = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.unreachable('refused'),
      (error: unknown) => error as SourceRefusedError,
    );
  /** Everything a log line or a delivery record could carry of the refusal: message, details, and the cause's words. */
  const written = (error: SourceRefusedError) =>
    JSON.stringify({ message: error.message, details: error.details, cause: String(error.cause ?? '') });

  it('name the scheme and host only, for every refusal the poster makes, and keep the socket error as the cause', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const post = createSafePoster({ unsafeAllowLoopback: true, timeoutMs: 500 });
    const strict = createSafePoster({ timeoutMs: 500, resolveHost: async () => Promise.reject(new Error('ENOTFOUND')) });
    const cases: Array<[string, Promise<unknown>, string, string]> = [
      ['bad-url', strict('https://[hooks/T0SECRET', '{}', {}), 'the webhook URL', 'the webhook URL is not a URL'],
      ['bad-url', strict('ftp://files.example/T0SECRET/B0SECRET', '{}', {}), 'ftp://files.example/…', 'ftp: URLs are not fetched'],
      ['bad-url', strict('https://user:T0SECRET@hooks.example/T0SECRET', '{}', {}), 'https://hooks.example/…', 'URLs with credentials'],
      ['blocked-port', strict('https://hooks.example:8443/T0SECRET', '{}', {}), 'https://hooks.example:8443/…', 'port 8443'],
      ['dns-failed', strict('https://hooks.example/T0SECRET?token=SECRET', '{}', {}), 'https://hooks.example/…', 'hooks.example does not'],
      // Backslashes and a tab the URL parser rewrites: the requested string and the URL's own form differ.
      [
        'network',
        post(`http:\\127.0.0.1:${closedPort}\\services\\T0\tSECRET`, '{}', {}),
        `http://127.0.0.1:${closedPort}/…`,
        'could not be fetched',
      ],
    ];
    for (const [reason, refused, named, wording] of cases) {
      const error = await refusalOf(refused);
      expect(error.reason, named).toBe(reason);
      expect(error.url, reason).toBe(named);
      expect(error.message, reason).toContain(wording);
      expect(written(error), reason).not.toMatch(/SECRET/);
    }
    const network = await refusalOf(post(`http://127.0.0.1:${closedPort}/services/T0SECRET`, '{}', {}));
    expect(network.message).toBe(`http://127.0.0.1:${closedPort}/… could not be fetched (connection failed)`);
    expect(String(network.cause)).toMatch(/ECONNREFUSED/);
  });
});

describe('the payload', () => {
  const fact = {
    id: 'f_1',
    subject: 'NATO',
    subjectSlug: 'nato',
    metric: 'member-countries',
    metricSlug: 'member-countries',
    kind: 'actual',
    period: '2025',
    value: 32,
    unit: 'count',
  };
  const appearance = (n: number): Appearance => ({
    claimId: `c_${n}`,
    articleId: `a_${n}`,
    quote: `${'NATO has 32 members. '.repeat(19)}(${n})`,
    text: '32',
    start: 9,
    end: 11,
    speaker: null,
    url: `https://news.example/${n}`,
    source: 'Example',
    publishedAt: '2025-01-01',
    title: 'NATO',
  });
  const input = (count: number) => ({
    eventId: 'evt_1',
    type: 'fact.created' as const,
    watchId: 'w_1',
    createdAt: '2026-12-05T06:00:00.000Z',
    fact,
    previous: null,
    reason: null,
    appearances: Array.from({ length: count }, (_, n) => appearance(n)),
    publicBaseUrl: 'https://factline.example/',
  });

  it('carries every quote while it fits, and links to the series', () => {
    const payload = JSON.parse(webhookBody(input(3)));
    expect(payload).toMatchObject({
      quotesTrimmed: false,
      quotesTotal: 3,
      link: 'https://factline.example/#/series/nato/member-countries',
    });
    expect(payload.quotes).toHaveLength(3);
    expect(payload.fact).not.toHaveProperty('subjectSlug');
  });

  it('trims the quotes of a fact said in hundreds of places to stay under 64 KB, and says so', () => {
    const body = webhookBody(input(600));
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const payload = JSON.parse(body);
    expect(payload).toMatchObject({ quotesTrimmed: true, quotesTotal: 600 });
    expect(payload.quotes.length).toBeGreaterThan(100);
    expect(payload.quotes.length).toBeLessThan(600);
    // As many as fit: one more would not.
    expect(
      Buffer.byteLength(
        JSON.stringify({
          ...payload,
          quotes: input(payload.quotes.length + 1).appearances.map(({ quote, speaker, url, source, title, publishedAt }) => ({
            quote,
            speaker,
            url,
            source,
            title,
            publishedAt,
          })),
        }),
      ),
    ).toBeGreaterThan(MAX_PAYLOAD_BYTES);
  });
});

describe('retries and the minute limit', () => {
  it('waits longer after each try, within the jitter', () => {
    const policy = { retryDelaysMs: [1000, 2000, 5000], jitter: 0.2, perMinuteLimit: 1 };
    expect([1, 2, 3].map((attempt) => backOff(policy, attempt, () => 0))).toEqual([800, 1600, 4000]);
    expect([1, 2, 3].map((attempt) => backOff(policy, attempt, () => 1))).toEqual([1200, 2400, 6000]);
  });

  it("defers an event past the watch's per-minute limit to the next minute, without counting a try", async () => {
    const { client, tableName } = await createTestTable();
    const watches = createDynamoWatchStore({ client, tableName });
    const deliveries = createDynamoDeliveryStore({ client, tableName });
    await watches.createWatch({
      id: 'w_limit',
      ownerKeyId: 'k',
      target: {},
      events: ['fact.created'],
      webhookUrl: `${base}/limited`,
      status: 'active',
      createdAt: '2026-12-05T06:00:00.000Z',
      updatedAt: '2026-12-05T06:00:00.000Z',
      signingSecret: 's',
    });
    const now = new Date('2026-12-05T06:30:20.000Z');
    for (const eventId of ['evt_a', 'evt_b']) {
      await deliveries.recordOnce({
        watchId: 'w_limit',
        eventId,
        eventType: 'fact.created',
        status: 'pending',
        attempts: 0,
        lastError: null,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        deliveredAt: null,
        body: '{}',
      });
    }
    const sent: Array<{ message: DeliveryMessage; delayMs: number | undefined }> = [];
    const deps = {
      watches,
      deliveries,
      queue: { send: async (message: DeliveryMessage, delayMs?: number) => void sent.push({ message, delayMs }) },
      post: createSafePoster({ unsafeAllowLoopback: true }),
      policy: { retryDelaysMs: [100], jitter: 0, perMinuteLimit: 1 },
      log: { info: () => {}, warn: () => {}, error: () => {} },
      countDeadLetter: () => {},
      now: () => now,
      random: () => 0,
    };
    expect(await deliverEvent({ watchId: 'w_limit', eventId: 'evt_a' }, deps)).toBe('delivered');
    expect(await deliverEvent({ watchId: 'w_limit', eventId: 'evt_b' }, deps)).toBe('deferred');
    expect(sent).toEqual([{ message: { watchId: 'w_limit', eventId: 'evt_b' }, delayMs: 40_000 }]);
    expect(await deliveries.get('w_limit', 'evt_b')).toMatchObject({ status: 'pending', attempts: 0 });
    expect(hits.filter((hit) => hit.path === '/limited')).toHaveLength(1);
    // The next minute it goes: the deferred run gave its claim back, so 40 s on this is no 'claimed-elsewhere'.
    expect(await deliverEvent({ watchId: 'w_limit', eventId: 'evt_b' }, { ...deps, now: () => new Date('2026-12-05T06:31:00.500Z') })).toBe(
      'delivered',
    );
    // A delivered event is not sent again (a duplicate message).
    expect(await deliverEvent({ watchId: 'w_limit', eventId: 'evt_b' }, deps)).toBe('not-pending');
    expect(hits.filter((hit) => hit.path === '/limited')).toHaveLength(2);
  });

  it('cancels a delivery left pending by a deleted watch when the same watch is posted again (same id, new secret)', async () => {
    const { client, tableName } = await createTestTable();
    const watches = createDynamoWatchStore({ client, tableName });
    const deliveries = createDynamoDeliveryStore({ client, tableName });
    const incarnation = (createdAt: string, signingSecret: string) => ({
      id: 'w_reposted',
      ownerKeyId: 'k',
      target: {},
      events: ['fact.created' as const],
      webhookUrl: `${base}/reposted`,
      status: 'active' as const,
      createdAt,
      updatedAt: createdAt,
      signingSecret,
    });
    await watches.createWatch(incarnation('2026-12-05T06:00:00.000Z', 'first'));
    const pending = {
      watchId: 'w_reposted',
      eventType: 'fact.created' as const,
      status: 'pending' as const,
      attempts: 0,
      lastError: null,
      updatedAt: '2026-12-05T06:10:00.000Z',
      deliveredAt: null,
      body: '{}',
    };
    await deliveries.recordOnce({ ...pending, eventId: 'evt_before', createdAt: '2026-12-05T06:10:00.000Z' });
    await watches.deleteWatch('w_reposted');
    await watches.createWatch(incarnation('2026-12-05T06:20:00.000Z', 'second'));
    await deliveries.recordOnce({ ...pending, eventId: 'evt_after', createdAt: '2026-12-05T06:25:00.000Z' });
    const deps = {
      watches,
      deliveries,
      queue: { send: async () => {} },
      post: createSafePoster({ unsafeAllowLoopback: true }),
      policy: { retryDelaysMs: [100], jitter: 0, perMinuteLimit: 10 },
      log: { info: () => {}, warn: () => {}, error: () => {} },
      countDeadLetter: () => {},
      now: () => new Date('2026-12-05T06:30:00.000Z'),
    };
    expect(await deliverEvent({ watchId: 'w_reposted', eventId: 'evt_before' }, deps)).toBe('cancelled');
    expect(await deliveries.get('w_reposted', 'evt_before')).toMatchObject({ status: 'cancelled', lastError: 'the watch was deleted' });
    expect(await deliverEvent({ watchId: 'w_reposted', eventId: 'evt_after' }, deps)).toBe('delivered');
    expect(hits.filter((hit) => hit.path === '/reposted')).toHaveLength(1);
  });
});

describe('one try, one POST', () => {
  const createdAt = '2026-12-05T07:00:00.000Z';
  /** A watch on `path` of the test's receiver with one pending delivery, and the deliverer's deps over DynamoDB Local. */
  async function pendingDelivery(watchId: string, path: string) {
    const { watches, deliveries, record } = await seedPendingDelivery(watchId, 'evt_once', `${base}${path}`, createdAt);
    const deps = {
      watches,
      deliveries,
      queue: { send: async (message: DeliveryMessage) => void sent.push(message) },
      post: createSafePoster({ unsafeAllowLoopback: true }),
      policy: { retryDelaysMs: [100], jitter: 0, perMinuteLimit: 60 },
      log: { info: () => {}, warn: () => {}, error: () => {} },
      countDeadLetter: () => {},
      now: () => new Date('2026-12-05T07:10:00.000Z'),
    };
    const sent: DeliveryMessage[] = [];
    return { deliveries, record, deps, sent };
  }
  const postsTo = (path: string) => hits.filter((hit) => hit.path === path).length;
  /** One copy delivers; each other ends without a POST: it lost the claim, or (on a slow machine) read the record once delivered. */
  const expectOnePostAmongCopies = (outcomes: string[]) => {
    expect(outcomes.filter((outcome) => outcome === 'delivered')).toHaveLength(1);
    expect(
      outcomes.filter((outcome) => outcome !== 'delivered').every((outcome) => ['claimed-elsewhere', 'not-pending'].includes(outcome)),
    ).toBe(true);
  };

  it('the same message five times at once (copies SQS delivered, a batch run in parallel) makes one POST; the copies end without one', async () => {
    const { deliveries, deps } = await pendingDelivery('w_copies', '/copies');
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => deliverEvent({ watchId: 'w_copies', eventId: 'evt_once' }, deps)));
    expectOnePostAmongCopies(outcomes);
    expect(postsTo('/copies')).toBe(1);
    expect(await deliveries.get('w_copies', 'evt_once')).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it("copies of one message at once under a per-minute limit of 2 make one POST and take one slot: the minute's second event still goes", async () => {
    const { deliveries, record, deps } = await pendingDelivery('w_budget', '/budget');
    const limited = { ...deps, policy: { ...deps.policy, perMinuteLimit: 2 } };
    for (const eventId of ['evt_second', 'evt_third']) await deliveries.recordOnce({ ...record, eventId });
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () => deliverEvent({ watchId: 'w_budget', eventId: 'evt_once' }, limited)),
    );
    expectOnePostAmongCopies(outcomes);
    expect(postsTo('/budget')).toBe(1);
    // The copies took no slot: one of the two is left this minute, and only one.
    expect(await deliverEvent({ watchId: 'w_budget', eventId: 'evt_second' }, limited)).toBe('delivered');
    expect(await deliverEvent({ watchId: 'w_budget', eventId: 'evt_third' }, limited)).toBe('deferred');
    expect(postsTo('/budget')).toBe(2);
  });

  it('a try claimed by a run that crashed is POSTed by the next message once the claim has ended, not before', async () => {
    const { deliveries, deps } = await pendingDelivery('w_crashed', '/crashed');
    const claimedAt = Date.parse('2026-12-05T07:10:00.000Z');
    const claim = { attempts: 0, now: new Date(claimedAt).toISOString(), until: new Date(claimedAt + DELIVERY_CLAIM_MS).toISOString() };
    expect(await deliveries.claimTry('w_crashed', 'evt_once', claim)).toBe(true);
    const message = { watchId: 'w_crashed', eventId: 'evt_once' };
    const at = (ms: number) => ({ ...deps, now: () => new Date(ms) });
    expect(await deliverEvent(message, at(claimedAt + DELIVERY_CLAIM_MS - 1_000))).toBe('claimed-elsewhere');
    expect(postsTo('/crashed')).toBe(0);
    expect(await deliverEvent(message, at(claimedAt + DELIVERY_CLAIM_MS))).toBe('delivered');
    expect(postsTo('/crashed')).toBe(1);
    expect(await deliveries.get('w_crashed', 'evt_once')).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('a copy that comes after its try failed ends without a POST; the message the failed try queued makes the next try', async () => {
    const { deliveries, deps, sent } = await pendingDelivery('w_late', '/unavailable');
    const first = { watchId: 'w_late', eventId: 'evt_once', attempts: 0 };
    expect(await deliverEvent(first, deps)).toBe('retrying');
    expect(postsTo('/unavailable')).toBe(1);
    expect(sent).toEqual([{ watchId: 'w_late', eventId: 'evt_once', attempts: 1, notBefore: '2026-12-05T07:10:00.100Z' }]);
    // SQS hands a copy of the first message over late: its try was made.
    expect(await deliverEvent(first, deps)).toBe('stale');
    expect(postsTo('/unavailable')).toBe(1);
    const later = { ...deps, now: () => new Date('2026-12-05T07:10:01.000Z') };
    expect(await deliverEvent(sent[0]!, later)).toBe('dead');
    expect(postsTo('/unavailable')).toBe(2);
    expect(await deliveries.get('w_late', 'evt_once')).toMatchObject({ status: 'dead', attempts: 2, lastError: 'HTTP 503: down' });
  });

  it('a claim is for one try: a copy that read the record before a failed try was settled cannot make that try again', async () => {
    const { deliveries, record, deps } = await pendingDelivery('w_settled', '/settled');
    const claim = { attempts: 0, now: deps.now().toISOString(), until: new Date(deps.now().getTime() + DELIVERY_CLAIM_MS).toISOString() };
    expect(await deliveries.claimTry(record.watchId, record.eventId, claim)).toBe(true);
    const settled = {
      status: 'pending' as const,
      attempts: 1,
      lastError: 'HTTP 500',
      updatedAt: claim.now,
      deliveredAt: null,
      unqueuedRetryAt: null,
    };
    expect(await deliveries.settle(record.watchId, record.eventId, settled)).toBe(true);
    // The settle ended the claim: the second try may be claimed, the first not again.
    expect(await deliveries.claimTry(record.watchId, record.eventId, claim)).toBe(false);
    expect(await deliveries.claimTry(record.watchId, record.eventId, { ...claim, attempts: 1 })).toBe(true);
  });
});
