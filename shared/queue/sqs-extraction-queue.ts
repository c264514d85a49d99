// The extraction queue on AWS: one SQS message per article.
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ExtractionQueue } from '../pipeline/ingest-article.js';
import { encodeExtractionMessage } from './extraction-message.js';

export function sqsExtractionQueue(client: SQSClient, queueUrl: string): ExtractionQueue {
  return {
    async enqueue(articleId) {
      await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: encodeExtractionMessage(articleId) }));
    },
  };
}
