// The message never known to be queued: the notifier writes a delivery record marked unqueued, sends its first
// message and clears the mark; the deliverer does the same for a retry. A send refused past every retry of its
// own run (the stream batch given up on, the deliverer's message dead-lettered) leaves the mark, and the sweeper
// sends that message once the mark is past due and the margin, once. DynamoDB Local and the project's SQS
// adapter against the loopback SQS server, which refuses a queue's sends while the test says so.
import type { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactSummary } from '../../shared/facts/fact.js';
import { decodeDeliveryMessage } from '../../shared/queue/delivery-message.js';
import { sqsDeliveryQueue } from '../../shared/queue/sqs-delivery-queue.js';
import { createDynamoDeliveryStore } from '../../shared/store/delivery-store.js';
import { createDynamoWatchStore } from '../../shared/store/watch-store.js';
import { eventIdOf, type ItemChange } from '../../shared/watches/change-events.js';
import { deliverEvent, type DelivererDeps } from '../../shared/watches/deliverer.js';
import { notifyChanges, type NotifierDeps } from '../../shared/watches/notifier.js';
import { sweepUnqueuedDeliveries, UNQUEUED_SWEEP_MARGIN_MS } from '../../shared/watches/unqueued-sweeper.js';
import { createTestTable } from '../support/dynamodb.js';
import { sqsClientOn, startSqsServer, type SqsServer } from '../support/sqs-server.js';
import { pendingRecord } from '../support/watches.js';

const createdAt = '2026-12-06T08:00:00.000Z';
const T0 = Date.parse(createdAt);
const MINUTE = 60_000;
const silent = { info: () => {}, warn: () => {}, error: () => {} };

let sqs: SqsServer;
let sqsClient: SQSClient;

beforeAll(async () => {
  sqs = await startSqsServer();
  sqsClient = sqsClientOn(sqs);
});

afterAll(async () => {
  sqsClient.destroy();
  await sqs.close();
});

/** A new fact in the stream, as the notifier reads it. */
const factCreated = (id: string): ItemChange => ({
  before: null,
  after: {
    kind: 'fact',
    fact: {
      id,
      subject: 'Canada',
      subjectSlug: 'canada',
      metric: 'unemployment rate',
      metricSlug: 'unemployment-rate',
      metricLabel: null,
      kind: 'actual',
      time: { year: 2026 },
      period: '2026',
      value: 6.5,
      unit: '%',
      of: null,
      bound: '=',
      speakers: [],
      firstSaid: null,
      lastSaid: null,
    } satisfies FactSummary,
  },
});

/** A watch on every subject's new facts and the notifier, deliverer and sweeper on one table and one queue; `posts` counts POSTs. */
async function setUp(queueName: string, answers: number[] = [200]) {
  const table = await createTestTable();
  const watches = createDynamoWatchStore(table);
  const deliveries = createDynamoDeliveryStore(table);
  const watchId = `w_${queueName}`;
  await watches.createWatch({
    id: watchId,
    ownerKeyId: 'k',
    target: {},
    events: ['fact.created'],
    webhookUrl: 'https://hooks.example.com/in',
    status: 'active',
    createdAt,
    updatedAt: createdAt,
    signingSecret: 's',
  });
  const queue = sqsDeliveryQueue(sqsClient, sqs.queueUrl(queueName));
  const posts: string[] = [];
  const notifier = (at: number): NotifierDeps => ({
    watches,
    facts: { getFact: async () => null, listFacts: async () => ({ items: [] }) },
    deliveries,
    queue,
    publicBaseUrl: 'https://factline.example.com',
    now: () => new Date(at),
  });
  const deliverer = (at: number): DelivererDeps => ({
    watches,
    deliveries,
    queue,
    post: async (_url, body) => {
      posts.push(body);
      return { status: answers[posts.length - 1] ?? 200, bodyStart: '' };
    },
    policy: { retryDelaysMs: [300_000], jitter: 0, perMinuteLimit: 60 },
    log: silent,
    countDeadLetter: () => {},
    now: () => new Date(at),
  });
  const sweep = (at: number) => sweepUnqueuedDeliveries({ deliveries, queue, log: silent, now: () => new Date(at) });
  const queued = () => sqs.bodies(queueName).map(decodeDeliveryMessage);
  const eventId = eventIdOf(watchId, 'fact.created:f_1');
  return { deliveries, notifier, deliverer, sweep, queued, posts, watchId, eventId };
}

describe('the first message of a delivery', () => {
  it('refused until the stream mapping gives up, is queued by the sweeper once past due and the margin, and POSTed once', async () => {
    const { deliveries, notifier, deliverer, sweep, queued, posts, watchId, eventId } = await setUp('first-refused');
    sqs.refuse('first-refused');
    // The batch and its retries: each writes or finds the record, and each send is refused.
    await expect(notifyChanges([factCreated('f_1')], notifier(T0))).rejects.toThrow(/refused for the test/);
    await expect(notifyChanges([factCreated('f_1')], notifier(T0 + MINUTE))).rejects.toThrow(/refused for the test/);
    expect(await deliveries.get(watchId, eventId)).toMatchObject({ status: 'pending', attempts: 0, unqueuedRetryAt: createdAt });

    sqs.accept('first-refused');
    // Within the margin the mark is the notifier's own retries' to clear.
    expect(await sweep(T0 + UNQUEUED_SWEEP_MARGIN_MS - 1_000)).toEqual({ queued: 0, more: false });
    expect(queued()).toEqual([]);
    expect(await sweep(T0 + UNQUEUED_SWEEP_MARGIN_MS + 1_000)).toEqual({ queued: 1, more: false });
    expect(queued()).toEqual([{ watchId, eventId, attempts: 0, notBefore: createdAt }]);
    expect(await deliveries.get(watchId, eventId)).toMatchObject({ status: 'pending', attempts: 0, unqueuedRetryAt: null });
    // Swept again, nothing is sent twice.
    expect(await sweep(T0 + UNQUEUED_SWEEP_MARGIN_MS + 10 * MINUTE)).toEqual({ queued: 0, more: false });
    expect(queued()).toHaveLength(1);

    expect(await deliverEvent(queued()[0]!, deliverer(T0 + 20 * MINUTE))).toBe('delivered');
    expect(await deliverEvent(queued()[0]!, deliverer(T0 + 21 * MINUTE))).toBe('not-pending');
    expect(posts).toHaveLength(1);
  });

  it('lost to a crash between the record and the send is sent by the batch read again, and the sweeper leaves it', async () => {
    const { deliveries, notifier, sweep, queued, watchId, eventId } = await setUp('first-crash');
    // What the run wrote before it stopped: the record only.
    const crashed: NotifierDeps = { ...notifier(T0), queue: { send: () => Promise.reject(new Error('the run stopped')) } };
    await expect(notifyChanges([factCreated('f_1')], crashed)).rejects.toThrow(/the run stopped/);
    expect(queued()).toEqual([]);

    expect(await notifyChanges([factCreated('f_1')], notifier(T0 + MINUTE))).toEqual({ changes: 1, queued: 0, repeats: 1 });
    expect(queued()).toEqual([{ watchId, eventId, attempts: 0, notBefore: createdAt }]);
    expect(await deliveries.get(watchId, eventId)).toMatchObject({ unqueuedRetryAt: null });
    expect(await sweep(T0 + UNQUEUED_SWEEP_MARGIN_MS + MINUTE)).toEqual({ queued: 0, more: false });
    expect(queued()).toHaveLength(1);
  });

  it('once queued, is never sent again: not by the batch read again, nor by the sweeper', async () => {
    const { deliveries, notifier, sweep, queued, watchId, eventId } = await setUp('first-queued');
    expect(await notifyChanges([factCreated('f_1')], notifier(T0))).toEqual({ changes: 1, queued: 1, repeats: 0 });
    expect(queued()).toHaveLength(1);
    expect(await deliveries.get(watchId, eventId)).toMatchObject({ status: 'pending', attempts: 0, unqueuedRetryAt: null });

    expect(await notifyChanges([factCreated('f_1')], notifier(T0 + MINUTE))).toEqual({ changes: 1, queued: 0, repeats: 1 });
    expect(await sweep(T0 + UNQUEUED_SWEEP_MARGIN_MS + MINUTE)).toEqual({ queued: 0, more: false });
    expect(queued()).toHaveLength(1);
  });
});

describe('a delivery already tried', () => {
  it('is left alone by the batch read again and by the sweeper while its retry is queued', async () => {
    const { deliveries, notifier, deliverer, sweep, queued, posts, watchId, eventId } = await setUp('tried', [503]);
    await notifyChanges([factCreated('f_1')], notifier(T0));
    expect(await deliverEvent(queued()[0]!, deliverer(T0 + 1_000))).toBe('retrying');
    expect(queued()).toHaveLength(2);
    expect(await deliveries.get(watchId, eventId)).toMatchObject({ status: 'pending', attempts: 1, unqueuedRetryAt: null });

    expect(await notifyChanges([factCreated('f_1')], notifier(T0 + MINUTE))).toEqual({ changes: 1, queued: 0, repeats: 1 });
    expect(await sweep(T0 + UNQUEUED_SWEEP_MARGIN_MS + 10 * MINUTE)).toEqual({ queued: 0, more: false });
    expect(queued()).toHaveLength(2);
    expect(posts).toHaveLength(1);
  });

  it('whose retry could never be sent (its message dead-lettered) has the retry queued by the sweeper, due when the back-off said', async () => {
    const { deliveries, notifier, deliverer, sweep, queued, posts, watchId, eventId } = await setUp('retry-refused', [503, 200]);
    await notifyChanges([factCreated('f_1')], notifier(T0));
    const first = queued()[0]!;
    sqs.refuse('retry-refused');
    await expect(deliverEvent(first, deliverer(T0 + 1_000))).rejects.toThrow(/refused for the test/);
    const retryAt = new Date(T0 + 1_000 + 300_000).toISOString();
    expect(await deliveries.get(watchId, eventId)).toMatchObject({ attempts: 1, unqueuedRetryAt: retryAt });

    sqs.accept('retry-refused');
    expect(await sweep(Date.parse(retryAt) + UNQUEUED_SWEEP_MARGIN_MS - 1_000)).toEqual({ queued: 0, more: false });
    expect(await sweep(Date.parse(retryAt) + UNQUEUED_SWEEP_MARGIN_MS + 1_000)).toEqual({ queued: 1, more: false });
    expect(queued()).toEqual([first, { watchId, eventId, attempts: 1, notBefore: retryAt }]);
    // The first message, were it handed back after all, finds the retry queued: no second one.
    expect(await deliverEvent(first, deliverer(Date.parse(retryAt) + UNQUEUED_SWEEP_MARGIN_MS + 2_000))).toBe('stale');
    expect(await deliverEvent(queued()[1]!, deliverer(Date.parse(retryAt) + UNQUEUED_SWEEP_MARGIN_MS + 3_000))).toBe('delivered');
    expect(posts).toHaveLength(2);
    expect(queued()).toHaveLength(2);
  });
});

describe('the marks one run lists', () => {
  it('are all there when their records fill more than one 1 MB page of the index', async () => {
    const deliveries = createDynamoDeliveryStore(await createTestTable());
    // Bodies near DynamoDB's item limit: six records read 1.8 MB, so the index answers in two pages at least.
    const body = 'x'.repeat(300_000);
    for (let index = 0; index < 6; index += 1) {
      await deliveries.recordOnce(pendingRecord('w_big', `e_${index}`, createdAt, body));
    }
    const listed = await deliveries.listUnqueued(new Date(T0 + UNQUEUED_SWEEP_MARGIN_MS).toISOString(), 500);
    expect(listed.map((mark) => mark.eventId).sort()).toEqual(['e_0', 'e_1', 'e_2', 'e_3', 'e_4', 'e_5']);
  });
});
