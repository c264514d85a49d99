// Opaque pagination cursors: the position in each shard of a query, bound to that query by an HMAC,
// so a cursor cannot be forged or replayed into reading another query's data.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { ValidationError } from '../errors.js';

/** The key that signs cursors, or how to get it (Secrets Manager on AWS, read on first use). */
export type CursorSecret = string | (() => Promise<string>);

let processKey: string | undefined;

/**
 * For a store given no key: one only this process knows, so its cursors cannot be forged (they do not
 * outlive the process). Deployments and npm start pass a shared, persistent key, so it is made on first
 * use, not at import: a function's cold start does not draw random bytes it never uses.
 */
export function processCursorSecret(): string {
  processKey ??= randomBytes(32).toString('hex');
  return processKey;
}

export async function cursorKey(secret: CursorSecret): Promise<string> {
  return typeof secret === 'string' ? secret : secret();
}

/** Position in one partition: the key of the last item returned, or done. */
export type ShardPosition = { done: true } | { done: false; after?: Record<string, string> };

export const INVALID_CURSOR = 'cursor is invalid, expired or belongs to another query';
const INVALID = INVALID_CURSOR;

/** What a cursor is bound to: the operation and every parameter that selects its data. */
export function queryBinding(operation: string, parameters: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([operation, parameters]))
    .digest('base64url');
}

export function encodeCursor(secret: string, binding: string, positions: ShardPosition[]): string {
  const payload = Buffer.from(JSON.stringify(positions.map((position) => (position.done ? 0 : (position.after ?? 1))))).toString(
    'base64url',
  );
  return `${payload}.${mac(secret, binding, payload)}`;
}

/** Decodes a cursor made by encodeCursor for the same binding and number of partitions; ValidationError otherwise. */
export function decodeCursor(secret: string, binding: string, cursor: string, partitions: number): ShardPosition[] {
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined) throw new ValidationError(INVALID, 'cursor');
  const expected = Buffer.from(mac(secret, binding, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new ValidationError(INVALID, 'cursor');
  let entries: unknown;
  try {
    entries = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new ValidationError(INVALID, 'cursor');
  }
  if (!Array.isArray(entries) || entries.length !== partitions) throw new ValidationError(INVALID, 'cursor');
  return entries.map((entry): ShardPosition => {
    if (entry === 0) return { done: true };
    if (entry === 1) return { done: false };
    if (
      entry &&
      typeof entry === 'object' &&
      !Array.isArray(entry) &&
      Object.values(entry).every((value) => typeof value === 'string' && value !== '')
    ) {
      return { done: false, after: entry as Record<string, string> };
    }
    throw new ValidationError(INVALID, 'cursor');
  });
}

/**
 * DynamoDB refuses a start key that does not fit the query (ValidationException). Start keys come
 * from cursors, so that is the request's fault: a 400 on the cursor, not a 500.
 */
export function startKeyRefusal(error: unknown): unknown {
  return error instanceof Error && error.name === 'ValidationException' ? new ValidationError(INVALID, 'cursor') : error;
}

function mac(secret: string, binding: string, payload: string): string {
  return createHmac('sha256', secret).update(`${binding}.${payload}`).digest('base64url').slice(0, 32);
}
