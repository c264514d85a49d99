// SQS batch -> one signed webhook POST per message. The deliverer settles the record, then queues its own
// retry with a delay; a message fails here only when storage or the queue does, and SQS then redelivers it
// (dead-lettered after the queue's maxReceiveCount). One that is no delivery message is dead-lettered at once.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { decodeMessageOrDeadLetter } from '../../shared/queue/dead-letters.js';
import { decodeDeliveryMessage } from '../../shared/queue/delivery-message.js';
import { logger, withLogKeys } from '../../shared/runtime/logger.js';
import { wireDelivererOnAws } from '../../shared/runtime/aws-webhook-wiring.js';
import { deliverEvent } from '../../shared/watches/deliverer.js';

const { deps, deadLetters } = wireDelivererOnAws();
const processor = new BatchProcessor(EventType.SQS);

const deliverRecord = (record: SQSRecord) => withLogKeys({ messageId: record.messageId }, () => deliverEventOf(record));

async function deliverEventOf(record: SQSRecord): Promise<void> {
  try {
    const message = await decodeMessageOrDeadLetter(record, decodeDeliveryMessage, deadLetters);
    if (!message) return;
    const outcome = await deliverEvent(message, deps);
    logger.info('delivery handled', { ...message, outcome });
  } catch (error) {
    logger.warn('delivery failed', { receiveCount: record.attributes.ApproximateReceiveCount, error });
    throw error;
  }
}

export const handler = (event: SQSEvent, context: Context) => processPartialResponse(event, deliverRecord, processor, { context });
