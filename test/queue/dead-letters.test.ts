// What decides a message's fate when decoding it fails, with the real SQS sender and the loopback SQS server:
// only a message that cannot be read (UnreadableMessageError) goes to the dead-letter queue at once; any other
// error (a bug, a failing dependency) is thrown on, so the record fails and takes the ordinary retries.
import { SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnreadableMessageError } from '../../shared/errors.js';
import { decodeMessageOrDeadLetter, decodeOrDeadLetter, type DeadLetters } from '../../shared/queue/dead-letters.js';
import { decodeDeliveryMessage } from '../../shared/queue/delivery-message.js';
import { decodeExtractionMessage } from '../../shared/queue/extraction-message.js';
import { sqsDeadLetters } from '../../shared/runtime/sqs-dead-letters.js';
import { startSqsServer, type SqsServer } from '../support/sqs-server.js';

let sqs: SqsServer;
let client: SQSClient;
const queue = 'dead-letters';
const deadLetters = (): DeadLetters => sqsDeadLetters(sqs.queueUrl(queue), client);

beforeAll(async () => {
  sqs = await startSqsServer();
  client = new SQSClient({ endpoint: sqs.endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
});

afterAll(async () => {
  client.destroy();
  await sqs.close();
});

describe('decodeOrDeadLetter', () => {
  it('dead-letters a message the real decoders cannot read, whole, with its reason and source id, and gives nothing to handle', async () => {
    const unreadable: Array<[string, string, (body: string) => unknown]> = [
      ['extraction-1', '{"articleId":"not-an-id"}', decodeExtractionMessage],
      ['delivery-1', '{"watchId":42}', decodeDeliveryMessage],
    ];
    for (const [messageId, body, decode] of unreadable) {
      expect(await decodeMessageOrDeadLetter({ body, messageId }, decode, deadLetters())).toBeUndefined();
      const sent = sqs.messages(queue).at(-1)!;
      expect(sent.body).toBe(body);
      expect(sent.attributes['factline-source-id']).toBe(messageId);
      expect(sent.attributes['factline-unreadable-reason']).toBeTruthy();
    }
  });

  it('throws any other error on and sends nothing', async () => {
    const before = sqs.messages(queue).length;
    const bug = new TypeError("Cannot read properties of undefined (reading 'articleId')");
    await expect(
      decodeOrDeadLetter(
        { body: () => '{}', sourceId: 'bug-1' },
        () => {
          throw bug;
        },
        deadLetters(),
      ),
    ).rejects.toBe(bug);
    expect(sqs.messages(queue)).toHaveLength(before);
  });

  it('throws the decoder error when the dead-letter queue refuses the message, so the ordinary retries keep it', async () => {
    sqs.refuse(queue);
    try {
      const unreadable = new UnreadableMessageError('not a message');
      await expect(
        decodeOrDeadLetter(
          { body: () => 'x', sourceId: 'refused-1' },
          () => {
            throw unreadable;
          },
          deadLetters(),
        ),
      ).rejects.toBe(unreadable);
    } finally {
      sqs.accept(queue);
    }
  });
});
