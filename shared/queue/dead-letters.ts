// A message its consumer can never read (an SQS body that is no message of its queue's kind, a stream record
// whose images do not decode) would fail every retry the same way. It goes to the function's dead-letter queue
// at once instead: the body (or the record) untouched, the reason and the original id as message attributes,
// where the queue's alarm and docs/operations.md already send an operator, replayable once a fix reads it.
import { messageOf, UnreadableMessageError } from '../errors.js';
import { logger } from '../runtime/logger.js';

export interface UnreadableMessage {
  /** The message body, or the stream record as JSON: everything the consumer received. */
  body: string;
  /** The SQS message id or the stream record's event id. */
  sourceId: string;
  reason: string;
}

export interface DeadLetters {
  send(message: UnreadableMessage): Promise<void>;
}

/**
 * `decode()`, or undefined once an unreadable message is dead-lettered (its body is made only then: a stream
 * record is written out as JSON for the queue alone). Only an UnreadableMessageError dead-letters: anything else
 * the decoder throws (a bug, a dependency failing) is thrown on, and the message fails and is retried, under the
 * ordinary alarms. If the dead-letter queue refuses it, the send's failure is logged and the decoder's error
 * thrown, so the message fails as any other (its ordinary retries still keep it) and names why it cannot be read.
 */
/** `decodeOrDeadLetter` for a queue message: the body is what was received, the message id its source id. */
export function decodeMessageOrDeadLetter<T>(
  message: { body: string; messageId: string },
  decode: (body: string) => T,
  deadLetters: DeadLetters,
): Promise<T | undefined> {
  return decodeOrDeadLetter({ body: () => message.body, sourceId: message.messageId }, () => decode(message.body), deadLetters);
}

export async function decodeOrDeadLetter<T>(
  received: { body: () => string; sourceId: string },
  decode: () => T,
  deadLetters: DeadLetters,
): Promise<T | undefined> {
  try {
    return decode();
  } catch (error) {
    if (!(error instanceof UnreadableMessageError)) throw error;
    const reason = messageOf(error);
    try {
      await deadLetters.send({ body: received.body(), sourceId: received.sourceId, reason });
    } catch (sendFailure) {
      logger.warn('an unreadable message could not be dead-lettered; it fails and is retried', { reason, error: sendFailure });
      throw error;
    }
    logger.warn('unreadable message dead-lettered without retries', { reason });
    return undefined;
  }
}
