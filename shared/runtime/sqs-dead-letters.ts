// The dead-letter sender on SQS. A bundle of its own beside each function's index.mjs, imported on the first
// unreadable message (aws-dead-letter-wiring.ts): its SQS client is no part of a cold start (extract has no other).
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { DeadLetters } from '../queue/dead-letters.js';

/** The message attributes a dead-lettered unreadable message carries. */
const UNREADABLE_ATTRIBUTES = { reason: 'factline-unreadable-reason', sourceId: 'factline-source-id' } as const;

export function sqsDeadLetters(queueUrl: string): DeadLetters {
  const client = new SQSClient({});
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
