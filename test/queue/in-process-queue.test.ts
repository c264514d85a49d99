import { describe, expect, it } from 'vitest';
import { createInProcessQueue } from '../../shared/queue/in-process-queue.js';
import { UnreadableMessageError } from '../../shared/errors.js';
import { decodeDeliveryMessage, encodeDeliveryMessage } from '../../shared/queue/delivery-message.js';
import { decodeExtractionMessage, encodeExtractionMessage } from '../../shared/queue/extraction-message.js';

describe('in-process extraction queue', () => {
  it('retries a failing message and dead-letters it after the last attempt, without holding back the rest', async () => {
    const attempts = new Map<string, number>();
    const done: string[] = [];
    const queue = createInProcessQueue(
      async (id) => {
        attempts.set(id, (attempts.get(id) ?? 0) + 1);
        if (id === 'poison') throw new Error('cannot extract');
        if (id === 'flaky' && attempts.get(id) === 1) throw new Error('throttled');
        done.push(id);
      },
      { maxAttempts: 3, retryDelayMs: 1, concurrency: 2 },
    );
    for (const id of ['one', 'poison', 'flaky', 'two']) await queue.enqueue(id);
    await queue.drained();
    expect(done.sort()).toEqual(['flaky', 'one', 'two']);
    expect(attempts.get('poison')).toBe(3);
    expect(queue.deadLetters.map((letter) => letter.articleId)).toEqual(['poison']);
  });
});

describe('extraction message', () => {
  it('round-trips an article id and refuses anything else', () => {
    const id = 'a_0123456789abcdef01234567';
    expect(decodeExtractionMessage(encodeExtractionMessage(id))).toEqual({ articleId: id });
    expect(() => decodeExtractionMessage('not json')).toThrow(/not JSON/);
    expect(() => decodeExtractionMessage('{"articleId":"../etc"}')).toThrow(/invalid/);
    expect(() => decodeExtractionMessage('{"articleId":"a_0123456789abcdef01234567","x":1}')).toThrow(/invalid/);
    for (const body of ['null', '[]', '"a_0123456789abcdef01234567"', '{}', '{"articleId":7}'])
      expect(() => decodeExtractionMessage(body)).toThrow(/invalid/);
  });
});

describe('delivery message', () => {
  it('round-trips a delivery and refuses anything else with an UnreadableMessageError that says what it needs', () => {
    const message = { watchId: 'w_0123456789abcdef01234567', eventId: 'evt_1', attempts: 2, notBefore: '2026-12-05T14:00:00.000Z' };
    expect(decodeDeliveryMessage(encodeDeliveryMessage(message))).toEqual(message);
    expect(() => decodeDeliveryMessage('not json')).toThrow(UnreadableMessageError);
    for (const body of [
      'null',
      '7',
      '[]',
      '{}',
      '{"watchId":"w_1"}',
      '{"watchId":"w_1","eventId":"e","notBefore":1}',
      '{"watchId":"w_1","eventId":"e","attempts":-1}',
      '{"watchId":"w_1","eventId":"e","attempts":1.5}',
      '{"watchId":"w_1","eventId":"e","attempts":"1"}',
    ])
      expect(() => decodeDeliveryMessage(body), body).toThrow(/not a delivery message/);
  });
});
