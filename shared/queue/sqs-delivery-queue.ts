// The deliveries queue on AWS. A wait longer than SQS's 15-minute delay limit travels as the message's
// notBefore: the deliverer sends such a message on again until its time has come.
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DeliveryQueue } from '../watches/delivery.js';
import { encodeDeliveryMessage } from './delivery-message.js';

export const SQS_MAX_DELAY_SECONDS = 900;

export function sqsDeliveryQueue(client: SQSClient, queueUrl: string): DeliveryQueue {
  return {
    async send(message, delayMs = 0) {
      const delaySeconds = Math.min(SQS_MAX_DELAY_SECONDS, Math.ceil(delayMs / 1000));
      await client.send(
        new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: encodeDeliveryMessage(message), DelaySeconds: delaySeconds }),
      );
    },
  };
}
