// Why ingestion refused a source. One class, one reason code: callers (HTTP, feed poll, CLI) print the
// message and the HTTP layer maps kind 'refused' to 422.
import { FactlineError } from '../errors.js';

export type RefusalReason =
  | 'bad-url' // not a URL, not http(s), or carries credentials
  | 'blocked-address' // loopback, private, link-local, multicast, reserved ...
  | 'blocked-port' // any port but 80 and 443
  | 'dns-failed'
  | 'too-many-redirects'
  | 'http-status' // the source answered 4xx/5xx
  | 'content-type' // not a page or a feed
  | 'too-large'
  | 'timeout'
  | 'network' // connection refused, reset, TLS failure
  | 'unreadable'; // a page without article text, or a feed that does not parse

export class SourceRefusedError extends FactlineError {
  override name = 'SourceRefusedError';
  constructor(
    readonly reason: RefusalReason,
    message: string,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super('refused', message, { reason, url }, options);
  }
}
