// DynamoDB stream batch -> queued webhook deliveries. Records are handled in order; the first that fails
// is reported as the batch item failure, so Lambda retries from it (bisecting, then the on-failure queue)
// and the records before it are not handled twice. A record whose images do not decode would fail every
// retry: it goes to the failure queue at once, whole and with its reason, and the batch goes on.
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { decodeOrDeadLetter } from '../../shared/queue/dead-letters.js';
import { logger, withLogKeys } from '../../shared/runtime/logger.js';
import { wireNotifierOnAws } from '../../shared/runtime/aws-webhook-wiring.js';
import { itemChangeOf } from '../../shared/store/stream-record.js';
import { notifyChanges } from '../../shared/watches/notifier.js';

const { deps, deadLetters } = wireNotifierOnAws();

type StreamRecord = DynamoDBStreamEvent['Records'][number];

export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  for (const record of event.Records) {
    const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
    // The record's event id is its message id: every line logged while it is handled carries it, as in extract and deliver.
    const handled = await withLogKeys({ messageId: record.eventID, sequenceNumber }, () => notifyRecord(record, sequenceNumber));
    if (!handled) return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
  }
  return { batchItemFailures: [] };
};

async function notifyRecord(record: StreamRecord, sequenceNumber: string): Promise<boolean> {
  try {
    const change = await decodeOrDeadLetter(
      { body: () => JSON.stringify(record), sourceId: record.eventID ?? sequenceNumber },
      () => itemChangeOf(record),
      deadLetters,
    );
    const report = change ? await notifyChanges([change], deps) : undefined;
    if (report?.changes) logger.info('changes notified', { ...report });
    return true;
  } catch (error) {
    logger.warn('notifying a change failed; the batch is retried from this record', { error });
    return false;
  }
}
