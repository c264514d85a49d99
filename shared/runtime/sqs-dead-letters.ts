// The dead-letter sender on SQS. A bundle of its own beside each function's index.mjs, imported on the first
// unreadable message (aws-dead-letter-wiring.ts): the SQS client is no part of any function's cold start.
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { DeadLetters } from '../queue/dead-letters.js';

/** The message attributes a dead-lettered unreadable message carries. */
export const UNREADABLE_ATTRIBUTES = { reason: 'factline-unreadable-reason', sourceId: 'factline-source-id' } as const;

export function sqsDeadLetters(queueUrl: string, client = new SQSClient({})): DeadLetters {
  return {
    async send({ body, sourceId, reason }) {
      await client.send(
        new SendMessageCommand({
          QueueUrl: queueUrl,
          MessageBody: body,
          MessageAttributes: {
            [UNREADABLE_ATTRIBUTES.reason]: { DataType: 'String', StringValue: reason },
            [UNREADABLE_ATTRIBUTES.sourceId]: { DataType: 'String', StringValue: sourceId },
          },
        }),
      );
    },
  };
}
