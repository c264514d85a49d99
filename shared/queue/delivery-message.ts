// The webhook delivery message (shared/watches/delivery.ts DeliveryMessage) as a queue body, checked on the way in.
import { UnreadableMessageError } from '../errors.js';
import type { DeliveryMessage } from '../watches/delivery.js';

export function encodeDeliveryMessage(message: DeliveryMessage): string {
  return JSON.stringify(message);
}

const NOT_A_DELIVERY =
  'not a delivery message: watchId and eventId (strings) are required, attempts is a whole number from 0 and notBefore a string if given';

export function decodeDeliveryMessage(body: string): DeliveryMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new UnreadableMessageError(`${NOT_A_DELIVERY} (the body is not JSON)`);
  }
  const { watchId, eventId, attempts, notBefore } = (
    typeof parsed === 'object' && parsed !== null ? parsed : {}
  ) as Partial<DeliveryMessage>;
  if (
    typeof watchId !== 'string' ||
    typeof eventId !== 'string' ||
    (attempts !== undefined && !(Number.isSafeInteger(attempts) && attempts >= 0)) ||
    (notBefore !== undefined && typeof notBefore !== 'string')
  ) {
    throw new UnreadableMessageError(NOT_A_DELIVERY);
  }
  return { watchId, eventId, ...(attempts !== undefined ? { attempts } : {}), ...(notBefore ? { notBefore } : {}) };
}
