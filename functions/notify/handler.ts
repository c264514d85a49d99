// DynamoDB stream batch -> queued webhook deliveries. Records are handled in order; the first that fails
// is reported as the batch item failure, so Lambda retries from it (bisecting, then the on-failure queue)
// and the records before it are not handled twice.
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { logger, withLogKeys } from '../../shared/runtime/logger.js';
import { wireNotifierOnAws } from '../../shared/runtime/aws-webhook-wiring.js';
import { itemChangeOf } from '../../shared/store/stream-record.js';
import { notifyChanges } from '../../shared/watches/notifier.js';

const deps = wireNotifierOnAws();

export const handler = async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
  for (const record of event.Records) {
    const sequenceNumber = record.dynamodb?.SequenceNumber ?? '';
    try {
      const report = await withLogKeys({ eventId: record.eventID }, () => notifyChanges([itemChangeOf(record)], deps));
      if (report.changes) logger.info('changes notified', { eventId: record.eventID, sequenceNumber, ...report });
    } catch (error) {
      logger.warn('notifying a change failed; the batch is retried from this record', { eventId: record.eventID, sequenceNumber, error });
      return { batchItemFailures: [{ itemIdentifier: sequenceNumber }] };
    }
  }
  return { batchItemFailures: [] };
};
