// What the consuming handlers (extract, deliver, notify) do when decoding a record fails, with real event shapes,
// their real dead-letter senders and the loopback SQS server: a message that cannot be read goes to the
// function's dead-letter queue at once; anything else the decoder throws (a bug, here planted in the decoder
// for one marked record) fails the record, which is retried under the ordinary alarms and never dead-lettered.
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RawStreamRecord } from '../../shared/store/stream-record.js';
import { createTestTable } from '../support/dynamodb.js';
import { setHandlerEnvironment } from '../support/handler-environment.js';
import { lambdaContext, sqsEvent } from '../support/lambda-events.js';
import { startSqsServer, type SqsServer } from '../support/sqs-server.js';

const BUG = 'record-that-meets-a-bug';
const bug = () => {
  throw new TypeError("Cannot read properties of undefined (reading 'articleId')");
};

vi.doMock('../../shared/queue/extraction-message.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../shared/queue/extraction-message.js')>();
  return { ...original, decodeExtractionMessage: (body: string) => (body === BUG ? bug() : original.decodeExtractionMessage(body)) };
});
vi.doMock('../../shared/queue/delivery-message.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../shared/queue/delivery-message.js')>();
  return { ...original, decodeDeliveryMessage: (body: string) => (body === BUG ? bug() : original.decodeDeliveryMessage(body)) };
});
vi.doMock('../../shared/store/stream-record.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../shared/store/stream-record.js')>();
  return {
    ...original,
    itemChangeOf: (record: RawStreamRecord & { eventID?: string }) => (record.eventID === BUG ? bug() : original.itemChangeOf(record)),
  };
});

const DEAD_LETTERS = { extract: 'extract-dead-letters', deliver: 'deliver-dead-letters', notify: 'notifier-failures' } as const;
let sqs: SqsServer;
let extract: typeof import('../../functions/extract/handler.js');
let deliver: typeof import('../../functions/deliver/handler.js');
let notify: typeof import('../../functions/notify/handler.js');

beforeAll(async () => {
  const table = await createTestTable();
  sqs = await startSqsServer();
  setHandlerEnvironment(table, sqs, 'deliveries');
  // Handlers read their configuration at import, as on a cold start; each has its own dead-letter queue.
  process.env.FACTLINE_DEAD_LETTER_QUEUE_URL = sqs.queueUrl(DEAD_LETTERS.extract);
  extract = await import('../../functions/extract/handler.js');
  process.env.FACTLINE_DEAD_LETTER_QUEUE_URL = sqs.queueUrl(DEAD_LETTERS.deliver);
  deliver = await import('../../functions/deliver/handler.js');
  process.env.FACTLINE_DEAD_LETTER_QUEUE_URL = sqs.queueUrl(DEAD_LETTERS.notify);
  notify = await import('../../functions/notify/handler.js');
});

afterAll(() => sqs.close());

const deadLettered = (queue: string) => sqs.messages(queue).map(({ attributes }) => attributes['factline-source-id']);

describe('a record whose decoding fails', () => {
  it('extract: an unreadable message is dead-lettered, one that meets a bug fails and stays on the queue', async () => {
    const batch = sqsEvent([
      { messageId: 'unreadable', body: '{"articleId":"not-an-id"}' },
      { messageId: 'bug', body: BUG },
    ]);
    expect(await extract.handler(batch, lambdaContext('extract'))).toEqual({ batchItemFailures: [{ itemIdentifier: 'bug' }] });
    expect(deadLettered(DEAD_LETTERS.extract)).toEqual(['unreadable']);
  });

  it('deliver: an unreadable message is dead-lettered, one that meets a bug fails and stays on the queue', async () => {
    const batch = sqsEvent([
      { messageId: 'unreadable', body: '{"watchId":42}' },
      { messageId: 'bug', body: BUG },
    ]);
    expect(await deliver.handler(batch, lambdaContext('deliver'))).toEqual({ batchItemFailures: [{ itemIdentifier: 'bug' }] });
    expect(deadLettered(DEAD_LETTERS.deliver)).toEqual(['unreadable']);
  });

  it('notify: an unreadable record is sent to the failure queue, one that meets a bug stops the batch for a retry', async () => {
    const record = (
      eventID: string,
      sequenceNumber: string,
      newImage: Record<string, unknown>,
    ): DynamoDBStreamEvent['Records'][number] => ({
      eventID,
      eventName: 'INSERT',
      dynamodb: { SequenceNumber: sequenceNumber, NewImage: newImage as never },
    });
    const fact = { PK: { S: 'FCT#f_x' }, SK: { S: 'F' }, entity: { S: 'fact' }, fact: { M: {} } };
    const answer = await notify.handler({
      Records: [record('unreadable', '100', { ...fact, saidOn: { N: '5' } }), record(BUG, '200', fact), record('after', '300', fact)],
    });
    expect(answer).toEqual({ batchItemFailures: [{ itemIdentifier: '200' }] });
    expect(deadLettered(DEAD_LETTERS.notify)).toEqual(['unreadable']);
  });
});
