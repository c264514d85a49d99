// factline's typed errors. Domain code throws these; the HTTP layer maps each kind to one status
// (shared/http/problem.ts), and CLIs print the message.

export type ErrorKind =
  | 'invalid' // the request or input is malformed
  | 'unprocessable' // well-formed, but its content is refused (an unknown event type, a webhook URL that is not https)
  | 'unauthorized' // missing or wrong credentials
  | 'forbidden' // valid credentials without the right to this route
  | 'not-found'
  | 'too-large'
  | 'unsupported-media-type'
  | 'refused' // a fetch the safety rules forbid, or a source that failed
  | 'limit-reached' // a standing quota is full (watches per key); waiting does not help, deleting does
  | 'unavailable'; // a dependency is down; retrying later may work

export class FactlineError extends Error {
  override name = 'FactlineError';
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** Extra members for the problem body, e.g. the invalid field. Never secrets. */
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class ValidationError extends FactlineError {
  override name = 'ValidationError';
  constructor(message: string, field?: string) {
    super('invalid', message, field ? { field } : {});
  }
}

/**
 * A queue message or stream record its consumer can never read (not JSON, a missing or malformed field, an image
 * of a shape it does not know): the one error for which a consumer dead-letters a message at once
 * (shared/queue/dead-letters.ts). Decoders throw it for what they check; anything else they throw is a bug.
 */
export class UnreadableMessageError extends FactlineError {
  override name = 'UnreadableMessageError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('invalid', message, {}, options);
  }
}

export class NotFoundError extends FactlineError {
  override name = 'NotFoundError';
  constructor(what: string, id: string) {
    super('not-found', `${what} ${JSON.stringify(id)} does not exist`, { id });
  }
}

export class UnauthorizedError extends FactlineError {
  override name = 'UnauthorizedError';
  constructor(message = 'a valid bearer token is required') {
    super('unauthorized', message);
  }
}

/** The message of anything thrown, for logs, reports and CLI output. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
