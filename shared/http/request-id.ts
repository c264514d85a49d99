import { randomUUID } from 'node:crypto';

/** What a caller may name its request with: short and plain, since the id is echoed in headers and written in every log line. */
const CALLER_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The caller's x-request-id when it is a plain id of at most 128 characters, else a new one. */
export function requestIdFrom(header: string | null | undefined): string {
  return header && CALLER_REQUEST_ID.test(header) ? header : randomUUID();
}
