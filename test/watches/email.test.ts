// Watch events by e-mail (issue 12's optional channel). SNS itself is NOT exercised here: it cannot run
// offline. What runs for real is everything that calls the e-mail port: the watch routes (real app) and the
// notifier (the local stream reader) on DynamoDB Local, with the port replaced by an in-process recorder of
// its calls. The SNS adapter's side (topic, policies, environment) is asserted in test/infra/stack.test.ts.
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/http/app.js';
import { wireFactlineInProcess } from '../../shared/runtime/in-process-wiring.js';
import { startLocalNotifier, type LocalNotifier } from '../../shared/runtime/local-notifier.js';
import { createDynamoWatchStore } from '../../shared/store/watch-store.js';
import { watchEmailOf, type WatchEmail, type WatchEmailChannel } from '../../shared/watches/email.js';
import type { WatchStore } from '../../shared/watches/watch.js';
import { createTestTable } from '../support/dynamodb.js';

const TOKEN = 'email-test-token';
const PUBLIC_BASE_URL = 'https://factline.example';

/** The port's calls, in order; subscribe answers an ARN shaped as SNS's. */
function recordingChannel() {
  const calls: Array<{ call: 'subscribe'; watchId: string; email: string } | { call: 'unsubscribe'; arn: string }> = [];
  const published: WatchEmail[] = [];
  const channel: WatchEmailChannel = {
    async subscribe(watchId, email) {
      calls.push({ call: 'subscribe', watchId, email });
      return `arn:aws:sns:eu-west-1:123456789012:factline-watches:${watchId}-subscription`;
    },
    async unsubscribe(arn) {
      calls.push({ call: 'unsubscribe', arn });
    },
    async publish(email) {
      published.push(email);
    },
  };
  return { channel, calls, published };
}

let factline: ReturnType<typeof wireFactlineInProcess>;
let withTopic: ReturnType<typeof createApp>;
let withoutTopic: ReturnType<typeof createApp>;
let recorder: ReturnType<typeof recordingChannel>;
let watches: WatchStore;
let notifier: LocalNotifier;
let receiver: Server;
let hookUrl: string;

beforeAll(async () => {
  const { client, tableName, endpoint } = await createTestTable();
  factline = wireFactlineInProcess({ client, tableName, apiToken: async () => TOKEN, unsafeAllowLoopback: true });
  recorder = recordingChannel();
  withTopic = createApp({ ...factline.appDeps, watchEmails: recorder.channel });
  // What npm start serves: no topic.
  withoutTopic = createApp(factline.appDeps);
  watches = createDynamoWatchStore({ client, tableName });
  receiver = createServer((request, response) => request.resume().on('end', () => response.writeHead(204).end()));
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
  notifier = await startLocalNotifier({
    client,
    endpoint,
    tableName,
    facts: factline.store,
    checkpointPath: join(mkdtempSync(join(tmpdir(), 'factline-email-')), 'stream-position.json'),
    publicBaseUrl: PUBLIC_BASE_URL,
    pollIntervalMs: 3_600_000,
    unsafeAllowLoopback: true,
    email: recorder.channel,
  });
});

afterAll(async () => {
  await notifier?.stop();
  await new Promise<void>((resolve) => receiver?.close(() => resolve()) ?? resolve());
});

function send(app: ReturnType<typeof createApp>, method: string, path: string, body?: unknown) {
  return app.request(path, {
    method,
    headers: { authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const watchOn = (email?: string) => ({
  target: { subject: 'canada' },
  events: ['fact.changed'],
  webhookUrl: hookUrl,
  ...(email === undefined ? {} : { email }),
});

async function postArticle(text: string, url: string, publishedAt: string): Promise<void> {
  const response = await send(withTopic, 'POST', '/articles', { text, url, source: 'The Test Gazette', publishedAt });
  expect(response.status).toBe(202);
  await factline.queue.drained();
}

async function notifyAll(): Promise<void> {
  while ((await notifier.pollOnce()) > 0);
  await notifier.queue.idle();
}

describe('a watch with an email', () => {
  it('is subscribed on create (filtered on its id), keeps the subscription ARN stored but not shown, and is unsubscribed on delete', async () => {
    const callsBefore = recorder.calls.length;
    const created = await send(withTopic, 'POST', '/watches', watchOn('desk@example.org'));
    expect(created.status, await created.clone().text()).toBe(201);
    const body = (await created.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ email: 'desk@example.org', emailConfirmation: expect.stringContaining('confirmation') });
    expect(body).not.toHaveProperty('emailSubscriptionArn');
    const id = String(body.id);
    expect(recorder.calls.slice(callsBefore)).toEqual([{ call: 'subscribe', watchId: id, email: 'desk@example.org' }]);
    const arn = `arn:aws:sns:eu-west-1:123456789012:factline-watches:${id}-subscription`;
    expect(await watches.getWatch(id)).toMatchObject({ id, email: 'desk@example.org', emailSubscriptionArn: arn });

    const shown = (await (await send(withTopic, 'GET', `/watches/${id}`)).json()) as Record<string, unknown>;
    expect(shown).toMatchObject({ id, email: 'desk@example.org' });
    expect(shown).not.toHaveProperty('emailSubscriptionArn');

    expect((await send(withTopic, 'DELETE', `/watches/${id}`)).status).toBe(204);
    expect(recorder.calls.at(-1)).toEqual({ call: 'unsubscribe', arn });
    expect(await watches.getWatch(id)).toBeNull();
  });

  it('posted again gets the existing watch (200) without a second subscription; with another e-mail it is refused', async () => {
    const body = { ...watchOn('again@example.org'), webhookUrl: `${hookUrl}/again` };
    const created = await send(withTopic, 'POST', '/watches', body);
    expect(created.status).toBe(201);
    const callsAfterFirst = recorder.calls.length;
    const again = await send(withTopic, 'POST', '/watches', body);
    expect(again.status).toBe(200);
    const first = (await created.json()) as { id: string };
    expect(await again.json()).toEqual(first);
    expect(recorder.calls).toHaveLength(callsAfterFirst);
    const otherEmail = await send(withTopic, 'POST', '/watches', { ...body, email: 'elsewhere@example.org' });
    expect(otherEmail.status).toBe(422);
    expect(((await otherEmail.json()) as { field: string }).field).toBe('email');
    expect(recorder.calls).toHaveLength(callsAfterFirst);
    expect((await send(withTopic, 'DELETE', `/watches/${first.id}`)).status).toBe(204);
  });

  it('with a malformed address is refused (422) and nothing is subscribed', async () => {
    const before = recorder.calls.length;
    const response = await send(withTopic, 'POST', '/watches', watchOn('not an address'));
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(recorder.calls).toHaveLength(before);
  });

  it('without the AWS topic (npm start) is refused with 422 problem+json, and no watch is stored', async () => {
    const listWatches = async () => (await (await send(withoutTopic, 'GET', '/watches?limit=100')).json()) as { items: unknown[] };
    const before = await listWatches();
    const response = await send(withoutTopic, 'POST', '/watches', watchOn('desk@example.org'));
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toMatch(/e-mail needs the AWS deployment/);
    expect(await listWatches()).toEqual(before);
    // The same watch without an email is fine there.
    const plain = await send(withoutTopic, 'POST', '/watches', watchOn());
    expect(plain.status).toBe(201);
    expect((await send(withoutTopic, 'DELETE', `/watches/${((await plain.json()) as { id: string }).id}`)).status).toBe(204);
  });
});

describe('the notifier', () => {
  it('publishes one e-mail per event for a matching watch with an email (fact, previous value, link), none for the others, none again', async () => {
    await postArticle(
      'Canada will spend 2 per cent of its GDP on defence by 2035, Prime Minister Mark Carney said.',
      'https://gazette.example/canada-2',
      '2025-01-15',
    );
    await notifyAll();
    const mailed = (await (await send(withTopic, 'POST', '/watches', watchOn('desk@example.org'))).json()) as { id: string };
    const unmailed = (await (await send(withTopic, 'POST', '/watches', watchOn())).json()) as { id: string };
    expect(recorder.published).toEqual([]);

    const raise = 'Canada will raise its defence spending to 5 per cent of GDP by 2035, Prime Minister Mark Carney said on Tuesday.';
    await postArticle(raise, 'https://gazette.example/canada-5', '2025-06-20');
    await notifyAll();
    expect(recorder.published.map((email) => email.watchId)).toEqual([mailed.id]);
    const [email] = recorder.published;
    expect(email!.subject).toMatch(/^factline: Changed figure: Canada, /);
    expect(email!.body).toContain('Value: 5 percent');
    expect(email!.body).toContain('Previous value: 2 percent');
    expect(email!.body).toContain(`${PUBLIC_BASE_URL}/#/series/canada/defence-spending-share-of-gdp`);
    expect(unmailed.id).not.toBe(mailed.id);

    // The same article again, and the stream read again: no second e-mail.
    await postArticle(raise, 'https://gazette.example/canada-5', '2025-06-20');
    await notifyAll();
    expect(recorder.published).toHaveLength(1);
  });
});

describe('the e-mail text', () => {
  it('has an ASCII subject under 100 characters, as SNS requires', () => {
    const { subject } = watchEmailOf({
      watchId: 'w_1',
      type: 'fact.created',
      fact: {
        id: 'f',
        subject: `Québec ${'very long name '.repeat(10)}`,
        subjectSlug: 'quebec',
        metric: 'spending',
        metricSlug: 'spending',
        kind: 'target',
        period: '2035-by',
        value: 5,
        unit: 'percent',
      },
      previous: null,
      link: 'https://factline.example/#/series/quebec/spending',
    });
    expect(subject.length).toBeLessThan(100);
    expect(subject).toMatch(/^factline: New figure: Quebec very long name/);
    expect(subject).toMatch(/^[\x20-\x7e]+$/);
  });
});
