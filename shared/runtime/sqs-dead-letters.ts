// The dead-letter sender on SQS. Deliver and notify send with the SQS client they already hold
// (aws-webhook-wiring.ts); extract, which holds none, imports this module on its first unreadable message from
// a bundle of its own beside its index.mjs (aws-dead-letter-wiring.ts), so a client is no part of its cold start.
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { DeadLetters } from '../queue/dead-letters.js';

/** The message attributes a dead-lettered unreadable message carries. */
const UNREADABLE_ATTRIBUTES = { reason: 'factline-unreadable-reason', sourceId: 'factline-source-id' } as const;

export function sqsDeadLetters(queueUrl: string, client: SQSClient = new SQSClient({})): DeadLetters {
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
