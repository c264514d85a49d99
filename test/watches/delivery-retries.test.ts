// A failed try's retry when a step after its POST fails: the send of the retry (the project's SQS adapter against
// the loopback SQS server, refusing) or the record of the try (DynamoDB Local with one write failing). The message
// of the failed try then comes back as SQS redelivers it (after the queue's 180 s visibility timeout): the retry
// must not be lost, and the tries' count and back-off must stay those of the policy.
import { createServer, type Server } from 'node:http';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSafePoster } from '../../shared/ingestion/safe-fetch.js';
import { decodeDeliveryMessage } from '../../shared/queue/delivery-message.js';
import { sqsDeliveryQueue } from '../../shared/queue/sqs-delivery-queue.js';
import { deliverEvent, type DelivererDeps } from '../../shared/watches/deliverer.js';
import type { DeliveryMessage, DeliveryStore } from '../../shared/watches/delivery.js';
import { sqsClientOn, startSqsServer, type SqsServer } from '../support/sqs-server.js';
import { seedPendingDelivery } from '../support/watches.js';

/** The deliveries queue's visibility timeout (infra/constructs/webhooks.ts): when SQS hands a failed message back. */
const VISIBILITY_TIMEOUT_MS = 180_000;
const createdAt = '2026-12-06T08:00:00.000Z';
const firstTry = Date.parse('2026-12-06T08:10:00.000Z');

let receiver: Server;
let base: string;
let sqs: SqsServer;
let sqsClient: SQSClient;
/** POSTs per path; a path `/down-N/…` answers 503 to its first N POSTs and 200 after, a path `/slow/…` 200 after a second. */
const posts = new Map<string, number>();

beforeAll(async () => {
  receiver = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const path = request.url!;
      const count = (posts.get(path) ?? 0) + 1;
      posts.set(path, count);
      const failures = Number(/^\/down-(\d+)\//.exec(path)?.[1] ?? 0);
      const answer = () => response.writeHead(count <= failures ? 503 : 200).end(count <= failures ? 'down' : 'ok');
      if (path.startsWith('/slow/')) setTimeout(answer, 1_000);
      else answer();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
  sqs = await startSqsServer();
  sqsClient = sqsClientOn(sqs);
});

afterAll(async () => {
  sqsClient.destroy();
  await sqs.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

/** A watch on `path` with one delivery never tried, and the deliverer's deps: DynamoDB Local and the SQS adapter on `queueName`. */
async function pendingDelivery(watchId: string, path: string, queueName: string) {
  const { watches, deliveries } = await seedPendingDelivery(watchId, 'evt_retry', `${base}${path}`, createdAt);
  const deps = (at: number, store: DelivererDeps['deliveries'] = deliveries): DelivererDeps => ({
    watches,
    deliveries: store,
    queue: sqsDeliveryQueue(sqsClient, sqs.queueUrl(queueName)),
    post: createSafePoster({ unsafeAllowLoopback: true }),
    policy: { retryDelaysMs: [300_000, 900_000], jitter: 0, perMinuteLimit: 60 },
    log: { info: () => {}, warn: () => {}, error: () => {} },
    countDeadLetter: () => {},
    now: () => new Date(at),
  });
  const first: DeliveryMessage = { watchId, eventId: 'evt_retry', attempts: 0 };
  const queued = () => sqs.bodies(queueName).map(decodeDeliveryMessage);
  return { watches, deliveries, deps, first, queued };
}

describe("a failed try's retry", () => {
  it('is not lost when its send fails: the failed message comes back, finds the try recorded, and queues the retry', async () => {
    const path = '/down-1/send-fails';
    const { deliveries, deps, first, queued } = await pendingDelivery('w_send_fails', path, 'send-fails');
    sqs.refuse('send-fails');
    await expect(deliverEvent(first, deps(firstTry))).rejects.toThrow(/refused for the test/);
    expect(posts.get(path)).toBe(1);
    const retryAt = new Date(firstTry + 300_000).toISOString();
    expect(await deliveries.get('w_send_fails', 'evt_retry')).toMatchObject({ status: 'pending', attempts: 1, unqueuedRetryAt: retryAt });
    expect(queued()).toEqual([]);

    // SQS hands the failed message back: it makes no POST (its try was made) but sends the retry, due at the back-off.
    sqs.accept('send-fails');
    expect(await deliverEvent(first, deps(firstTry + VISIBILITY_TIMEOUT_MS))).toBe('retry-requeued');
    expect(posts.get(path)).toBe(1);
    expect(queued()).toEqual([{ watchId: 'w_send_fails', eventId: 'evt_retry', attempts: 1, notBefore: retryAt }]);
    expect(await deliveries.get('w_send_fails', 'evt_retry')).toMatchObject({ attempts: 1, unqueuedRetryAt: null });
    // Once queued, a later copy of the first message ends as before: no second retry.
    expect(await deliverEvent(first, deps(firstTry + 2 * VISIBILITY_TIMEOUT_MS))).toBe('stale');
    expect(queued()).toHaveLength(1);

    expect(await deliverEvent(queued()[0]!, deps(Date.parse(retryAt)))).toBe('delivered');
    expect(posts.get(path)).toBe(2);
    expect(await deliveries.get('w_send_fails', 'evt_retry')).toMatchObject({ status: 'delivered', attempts: 2 });
  });

  it("when its try's record fails, is that try made again as SQS redelivers it: counted once, and the next try waits its back-off from there", async () => {
    const path = '/down-2/record-fails';
    const { deliveries, deps, first, queued } = await pendingDelivery('w_record_fails', path, 'record-fails');
    let failNextSettle = true;
    const failingOnce: DeliveryStore = {
      ...deliveries,
      async settle(...args) {
        if (!failNextSettle) return deliveries.settle(...args);
        failNextSettle = false;
        throw new Error('ProvisionedThroughputExceededException (for the test)');
      },
    };
    await expect(deliverEvent(first, deps(firstTry, failingOnce))).rejects.toThrow(/for the test/);
    expect(posts.get(path)).toBe(1);
    // Nothing recorded and nothing queued: the message, handed back, is the only one for this try.
    expect(await deliveries.get('w_record_fails', 'evt_retry')).toMatchObject({ status: 'pending', attempts: 0, lastError: null });
    expect(queued()).toEqual([]);

    // The try is made again (the receiver sees the event id twice: at least once) and counted as the first.
    const redelivered = firstTry + VISIBILITY_TIMEOUT_MS;
    expect(await deliverEvent(first, deps(redelivered, failingOnce))).toBe('retrying');
    expect(posts.get(path)).toBe(2);
    expect(await deliveries.get('w_record_fails', 'evt_retry')).toMatchObject({ attempts: 1, lastError: 'HTTP 503: down' });
    // The second try waits the policy's first back-off (300 s) after the try that was recorded, not the 180 s redelivery.
    const retryAt = new Date(redelivered + 300_000).toISOString();
    expect(queued()).toEqual([{ watchId: 'w_record_fails', eventId: 'evt_retry', attempts: 1, notBefore: retryAt }]);
    expect(await deliverEvent(queued()[0]!, deps(Date.parse(retryAt) - 1_000))).toBe('deferred');
    expect(posts.get(path)).toBe(2);
    expect(await deliverEvent(queued()[0]!, deps(Date.parse(retryAt)))).toBe('delivered');
    expect(posts.get(path)).toBe(3);
    expect(await deliveries.get('w_record_fails', 'evt_retry')).toMatchObject({ status: 'delivered', attempts: 2 });
  });
});

describe('a watch paused while a try is POSTed', () => {
  it('is not cancelled by a copy of the message: the copy loses the claim, and the record says the event was delivered', async () => {
    const path = '/slow/paused';
    const { watches, deliveries, deps, first } = await pendingDelivery('w_paused', path, 'paused');
    const posting = deliverEvent(first, deps(firstTry));
    await expect.poll(() => posts.get(path)).toBe(1);
    await watches.setWatchStatus('w_paused', 'paused');
    // A copy SQS delivered meanwhile: before, it read the paused watch and settled the record as cancelled.
    expect(await deliverEvent(first, deps(firstTry + 100))).toBe('claimed-elsewhere');
    expect(await posting).toBe('delivered');
    expect(await deliveries.get('w_paused', 'evt_retry')).toMatchObject({ status: 'delivered', attempts: 1 });
    expect(posts.get(path)).toBe(1);
  });
});
