// What the queue and stream handlers log per record, read from the process's own output: every line written
// while a record is handled names it by `messageId` (an SQS message id, a stream record's event id), as every
// line of an API request names it by `requestId`. The logger's level is read at import, so this file imports
// everything after setting it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

process.env.POWERTOOLS_LOG_LEVEL = 'INFO';

type Support = typeof import('../support/sqs-server.js');
let sqs: Awaited<ReturnType<Support['startSqsServer']>>;
let notify: typeof import('../../functions/notify/handler.js');
let deliver: typeof import('../../functions/deliver/handler.js');
let sweep: typeof import('../../functions/sweep/handler.js');
let deliveries: ReturnType<typeof import('../../shared/store/delivery-store.js')['createDynamoDeliveryStore']>;
let lambdaEvents: typeof import('../support/lambda-events.js');
let pendingRecord: typeof import('../support/watches.js')['pendingRecord'];

beforeAll(async () => {
  const [{ createTestTable }, { startSqsServer }, { setHandlerEnvironment }, { createDynamoDeliveryStore }, support] = await Promise.all([
    import('../support/dynamodb.js'),
    import('../support/sqs-server.js'),
    import('../support/handler-environment.js'),
    import('../../shared/store/delivery-store.js'),
    import('../support/watches.js'),
  ]);
  pendingRecord = support.pendingRecord;
  const table = await createTestTable();
  deliveries = createDynamoDeliveryStore(table);
  sqs = await startSqsServer();
  setHandlerEnvironment(table, sqs, 'deliveries');
  process.env.FACTLINE_DEAD_LETTER_QUEUE_URL = sqs.queueUrl('dead-letters');
  lambdaEvents = await import('../support/lambda-events.js');
  [notify, deliver, sweep] = await Promise.all([
    import('../../functions/notify/handler.js'),
    import('../../functions/deliver/handler.js'),
    import('../../functions/sweep/handler.js'),
  ]);
});

afterAll(() => sqs.close());

/** The JSON lines the process writes to stdout and stderr while `work` runs. */
async function linesWrittenBy(work: () => Promise<unknown>): Promise<Array<Record<string, unknown>>> {
  const written: string[] = [];
  const capture = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(capture),
    vi.spyOn(process.stderr, 'write').mockImplementation(capture),
  ];
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return written
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('log keys per record', () => {
  it('notify names each stream record by messageId on every line, its failure too; deliver names each message the same way', async () => {
    const unreadable = (sequenceNumber: string) => ({
      eventID: `stream-event-${sequenceNumber}`,
      eventName: 'INSERT' as const,
      dynamodb: {
        SequenceNumber: sequenceNumber,
        NewImage: { PK: { S: 'FCT#f_x' }, SK: { S: 'F' }, entity: { S: 'fact' }, fact: { M: {} }, saidOn: { N: '5' } },
      },
    });
    // The first record is dead-lettered (a line from shared code, given no id); then the queue refuses, and the second fails.
    const notified = await linesWrittenBy(async () => {
      expect(await notify.handler({ Records: [unreadable('100')] })).toEqual({ batchItemFailures: [] });
      sqs.refuse('dead-letters');
      expect(await notify.handler({ Records: [unreadable('200')] })).toEqual({ batchItemFailures: [{ itemIdentifier: '200' }] });
    });
    expect(notified.map(({ message, messageId }) => ({ message, messageId }))).toEqual([
      { message: 'unreadable message dead-lettered without retries', messageId: 'stream-event-100' },
      { message: 'an unreadable message could not be dead-lettered; it fails and is retried', messageId: 'stream-event-200' },
      { message: 'notifying a change failed; the batch is retried from this record', messageId: 'stream-event-200' },
    ]);

    const delivered = await linesWrittenBy(() =>
      deliver.handler(
        lambdaEvents.sqsEvent([
          { messageId: 'sqs-message-1', body: 'not json' },
          { messageId: 'sqs-message-2', body: '{"watchId":"w_none","eventId":"evt_none"}' },
        ]),
        lambdaEvents.lambdaContext('deliver'),
      ),
    );
    expect(delivered.length).toBeGreaterThan(0);
    for (const line of delivered) expect(line.messageId, String(line.message)).toMatch(/^sqs-message-[12]$/);
  });

  it('sweep names its invocation by the schedule event id and request id on every line, and each swept delivery by its ids', async () => {
    // A record whose first message was never sent, long past due.
    await deliveries.recordOnce(pendingRecord('w_swept', 'evt_swept', '2026-01-01T00:00:00.000Z'));
    const context = lambdaEvents.lambdaContext('sweep');
    const event = { id: 'schedule-event-1', 'detail-type': 'Scheduled Event', source: 'aws.events', detail: {} } as never;
    const swept = await linesWrittenBy(async () => expect(await sweep.handler(event, context)).toEqual({ queued: 1, more: false }));
    const keys = { scheduleEventId: 'schedule-event-1', requestId: context.awsRequestId };
    expect(swept.map(({ message, eventId, scheduleEventId, requestId }) => ({ message, eventId, scheduleEventId, requestId }))).toEqual([
      { message: 'unqueued webhook delivery queued by the sweeper', eventId: 'evt_swept', ...keys },
      { message: 'unqueued deliveries swept', eventId: undefined, ...keys },
    ]);
    expect(sqs.bodies('deliveries').map((body) => JSON.parse(body))).toContainEqual(
      expect.objectContaining({ watchId: 'w_swept', eventId: 'evt_swept', attempts: 0 }),
    );
  });
});
