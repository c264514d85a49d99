// The webhook delivery message (shared/watches/delivery.ts DeliveryMessage) as a queue body, checked on the way in.
import type { DeliveryMessage } from '../watches/delivery.js';

export function encodeDeliveryMessage(message: DeliveryMessage): string {
  return JSON.stringify(message);
}

export function decodeDeliveryMessage(body: string): DeliveryMessage {
  const parsed = JSON.parse(body) as Partial<DeliveryMessage>;
  if (
    typeof parsed.watchId !== 'string' ||
    typeof parsed.eventId !== 'string' ||
    (parsed.notBefore !== undefined && typeof parsed.notBefore !== 'string')
  ) {
    throw new Error('not a delivery message: watchId and eventId (strings) are required');
  }
  return { watchId: parsed.watchId, eventId: parsed.eventId, ...(parsed.notBefore ? { notBefore: parsed.notBefore } : {}) };
}
