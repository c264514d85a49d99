// SQS batch -> extract each article's claims. A failing message is reported as a partial batch
// failure (retried, then dead-lettered) without holding back the rest of the batch; one that is no
// extraction message can never succeed, so it is dead-lettered at once with its reason.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { decodeMessageOrDeadLetter } from '../../shared/queue/dead-letters.js';
import { decodeExtractionMessage } from '../../shared/queue/extraction-message.js';
import { logger, withLogKeys } from '../../shared/runtime/logger.js';
import { wireDeadLettersOnAws } from '../../shared/runtime/aws-dead-letter-wiring.js';
import { wireExtractionOnAws } from '../../shared/runtime/aws-extraction-wiring.js';

const factline = wireExtractionOnAws();
const deadLetters = wireDeadLettersOnAws();
const processor = new BatchProcessor(EventType.SQS);

const extractRecord = (record: SQSRecord) => withLogKeys({ messageId: record.messageId }, () => extractArticleOf(record));

async function extractArticleOf(record: SQSRecord): Promise<void> {
  try {
    const message = await decodeMessageOrDeadLetter(record, decodeExtractionMessage, deadLetters);
    if (!message) return;
    const outcome = await factline.extract(message.articleId);
    logger.info('article extracted', { ...outcome });
  } catch (error) {
    logger.warn('extraction failed', { receiveCount: record.attributes.ApproximateReceiveCount, error });
    throw error;
  }
}

export const handler = (event: SQSEvent, context: Context) => processPartialResponse(event, extractRecord, processor, { context });
