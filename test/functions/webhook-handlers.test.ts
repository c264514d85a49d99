// The notify and deliver Lambda handlers with real event shapes: a DynamoDB stream batch (images as the
// store wrote them to DynamoDB Local) in, a delivery on the (loopback SQS) deliveries queue out, then an
// SQS batch to the deliverer and a signed POST to a real receiver. A record that fails stops the batch there.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDeliveryStore } from '../../shared/store/delivery-store.js';
import { createDynamoStore } from '../../shared/store/dynamo-store.js';
import { factKeys } from '../../shared/store/keys.js';
import { createDynamoWatchStore } from '../../shared/store/watch-store.js';
import { createTestTable } from '../support/dynamodb.js';
import { setHandlerEnvironment } from '../support/handler-environment.js';
import { lambdaContext, sqsEvent } from '../support/lambda-events.js';
import { startSqsServer, type SqsServer } from '../support/sqs-server.js';
import { pendingRecord } from '../support/watches.js';
import { defenceSpendingArticle } from '../store/fixtures.js';

const QUEUE = 'factline-deliveries';
const NOTIFIER_FAILURES = 'factline-notifier-failures';
const DELIVERY_DEAD_LETTERS = 'factline-delivery-dead-letters';
let sqs: SqsServer;
let receiver: Server;
const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
let table: Awaited<ReturnType<typeof createTestTable>>;
let notify: typeof import('../../functions/notify/handler.js');
let deliver: typeof import('../../functions/deliver/handler.js');

beforeAll(async () => {
  table = await createTestTable();
  sqs = await startSqsServer();
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString() });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  setHandlerEnvironment(table, sqs, QUEUE);
  process.env.FACTLINE_UNSAFE_ALLOW_PRIVATE_ADDRESSES = 'true';
  // Handlers read their configuration at import, as on a cold start; each has its own dead-letter queue.
  process.env.FACTLINE_DEAD_LETTER_QUEUE_URL = sqs.queueUrl(NOTIFIER_FAILURES);
  notify = await import('../../functions/notify/handler.js');
  process.env.FACTLINE_DEAD_LETTER_QUEUE_URL = sqs.queueUrl(DELIVERY_DEAD_LETTERS);
  deliver = await import('../../functions/deliver/handler.js');
});

afterAll(async () => {
  await sqs.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

function streamRecord(sequenceNumber: string, newImage: Record<string, unknown>): DynamoDBStreamEvent['Records'][number] {
  return {
    eventID: `e-${sequenceNumber}`,
    eventName: 'INSERT',
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: 'eu-west-1',
    dynamodb: {
      Keys: marshall({ PK: newImage.PK, SK: newImage.SK }) as never,
      NewImage: marshall(newImage, { removeUndefinedValues: true, convertClassInstanceToMap: false }) as never,
      SequenceNumber: sequenceNumber,
      SizeBytes: 100,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: 'arn:aws:dynamodb:eu-west-1:123456789012:table/Factline/stream/2026-12-05T00:00:00.000',
  };
}

describe('notify and deliver handlers', () => {
  it('turn a stream batch into a queued delivery and a signed POST; an undecodable record or message is dead-lettered at once', async () => {
    const store = createDynamoStore({ client: table.client, tableName: table.tableName });
    const { article, claims } = defenceSpendingArticle(1.3, 'https://news.example/handler', '2025-05-01');
    await store.putArticleOnce(article);
    await store.replaceArticleClaims(article, claims, 'test-1');
    const factId = (await store.listFacts({ subject: 'canada' }, { limit: 10 })).items[0]!.id;
    const { TableAccess } = await import('../../shared/store/table-access.js');
    const factItem = (await new TableAccess(table.client, table.tableName).get(factKeys.item(factId)))!;
    const port = (receiver.address() as { port: number }).port;
    await createDynamoWatchStore(table).createWatch({
      id: 'w_handler',
      ownerKeyId: 'k',
      target: { subject: 'canada' },
      events: ['fact.created'],
      webhookUrl: `http://127.0.0.1:${port}/hook`,
      status: 'active',
      createdAt: '2026-12-05T00:00:00.000Z',
      updatedAt: '2026-12-05T00:00:00.000Z',
      signingSecret: 'whsec_handler',
    });

    // A record whose image does not decode goes to the failure queue whole, with its reason; the records after it are handled.
    const poison = { ...factItem, SK: 'F', PK: factKeys.item('f_poison').PK, saidOn: 5 };
    const answer = await notify.handler({
      Records: [streamRecord('100', factItem), streamRecord('200', poison), streamRecord('300', factItem)],
    });
    expect(answer).toEqual({ batchItemFailures: [] });
    const [failed, ...moreFailed] = sqs.messages(NOTIFIER_FAILURES);
    expect(moreFailed).toEqual([]);
    expect(JSON.parse(failed!.body)).toEqual(streamRecord('200', poison));
    expect(failed!.attributes).toEqual({
      'factline-unreadable-reason': expect.stringContaining('saidOn is not a set of strings'),
      'factline-source-id': 'e-200',
    });
    // Record 300 repeats 100 (a redelivery): the delivery's message is known queued, so it is not queued again.
    const bodies = sqs.bodies(QUEUE);
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0]!)).toEqual({
      watchId: 'w_handler',
      eventId: expect.stringMatching(/^evt_/),
      attempts: 0,
      notBefore: expect.any(String),
    });

    const delivered = await deliver.handler(sqsEvent([{ messageId: 'm-0', body: bodies[0]! }]), lambdaContext('deliver'));
    expect(delivered).toEqual({ batchItemFailures: [] });
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]!.body)).toMatchObject({
      type: 'fact.created',
      fact: { value: 1.3, subject: 'Canada' },
      link: 'https://factline.example/#/series/canada/defence-spending-share-of-gdp',
    });
    expect(received[0]!.headers['factline-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const [record] = await createDynamoDeliveryStore(table).listForWatch('w_handler', 5);
    expect(record).toMatchObject({ status: 'delivered', attempts: 1 });

    // A message that is not a delivery is dead-lettered at once; the same delivery again posts nothing; the redelivered stream batch queues nothing new.
    const again = await deliver.handler(
      sqsEvent([
        { messageId: 'bad', body: '{"nope":1}' },
        { messageId: 'again', body: bodies[0]! },
      ]),
      lambdaContext('deliver'),
    );
    expect(again).toEqual({ batchItemFailures: [] });
    expect(sqs.messages(DELIVERY_DEAD_LETTERS)).toEqual([
      {
        messageId: expect.any(String),
        body: '{"nope":1}',
        attributes: { 'factline-unreadable-reason': expect.stringContaining('not a delivery message'), 'factline-source-id': 'bad' },
      },
    ]);
    expect(received).toHaveLength(1);
    expect(await notify.handler({ Records: [streamRecord('300', factItem)] })).toEqual({ batchItemFailures: [] });
    expect(sqs.bodies(QUEUE)).toHaveLength(1);
  });

  it('a record that can be neither handled nor dead-lettered is reported and stops the batch; so is such a delivery message', async () => {
    sqs.refuse(NOTIFIER_FAILURES);
    sqs.refuse(DELIVERY_DEAD_LETTERS);
    const factItem = { PK: factKeys.item('f_poison2').PK, SK: 'F', entity: 'fact', fact: {}, saidOn: 5 };
    const answer = await notify.handler({ Records: [streamRecord('400', factItem), streamRecord('500', factItem)] });
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: '400' }] });
    const delivered = await deliver.handler(
      sqsEvent([
        { messageId: 'bad-2', body: 'not json' },
        { messageId: 'unknown-watch', body: '{"watchId":"w_none","eventId":"evt_none"}' },
      ]),
      lambdaContext('deliver'),
    );
    expect(delivered).toEqual({ batchItemFailures: [{ itemIdentifier: 'bad-2' }] });
  });

  it("a failed try whose retry cannot be queued fails its message; SQS's next copy queues the retry instead of ending stale", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await createDynamoWatchStore(table).createWatch({
      id: 'w_retry',
      ownerKeyId: 'k',
      target: {},
      events: ['fact.created'],
      webhookUrl: `http://127.0.0.1:${closedPort}/hook`,
      status: 'active',
      createdAt: '2026-12-05T00:00:00.000Z',
      updatedAt: '2026-12-05T00:00:00.000Z',
      signingSecret: 'whsec_retry',
    });
    const deliveries = createDynamoDeliveryStore(table);
    await deliveries.recordOnce(pendingRecord('w_retry', 'evt_retry', '2026-12-05T01:00:00.000Z'));
    const message = { messageId: 'm-retry', body: JSON.stringify({ watchId: 'w_retry', eventId: 'evt_retry', attempts: 0 }) };
    const queuedBefore = sqs.bodies(QUEUE).length;
    sqs.refuse(QUEUE);
    // Its only record failed: the invocation fails, and SQS hands the message back after the visibility timeout.
    await expect(deliver.handler(sqsEvent([message]), lambdaContext('deliver'))).rejects.toThrow(/All records failed/);
    sqs.accept(QUEUE);
    expect(await deliver.handler(sqsEvent([message]), lambdaContext('deliver'))).toEqual({ batchItemFailures: [] });
    expect(
      sqs
        .bodies(QUEUE)
        .slice(queuedBefore)
        .map((body) => JSON.parse(body)),
    ).toEqual([{ watchId: 'w_retry', eventId: 'evt_retry', attempts: 1, notBefore: expect.any(String) }]);
    expect(await deliveries.get('w_retry', 'evt_retry')).toMatchObject({ status: 'pending', attempts: 1, unqueuedRetryAt: null });
  });
});
