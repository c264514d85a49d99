// Token buckets per client: reads by IP address, writes (token-protected routes) by API key id, or by
// bearer token (the admin), or by IP address when a request carries none. A refusal is a problem+json 429
// with Retry-After.
import { createHash } from 'node:crypto';
import { logger } from '../runtime/logger.js';
import { parseClientToken } from '../watches/api-key.js';
import { bearerOf } from './auth.js';
import { problem, problemResponse } from './problem.js';
import { requestIdFrom } from './request-id.js';
import { isTokenRoute } from './token-routes.js';

export interface Rate {
  /** Requests per second, sustained. */
  perSecond: number;
  /** Requests allowed at once on top of the sustained rate. */
  burst: number;
}

export interface RateLimits {
  read: Rate;
  write: Rate;
}

/** Generous for people and scripts reading the API; writes cost a fetch, an extraction and many table writes. */
export const LOCAL_RATE_LIMITS: RateLimits = { read: { perSecond: 20, burst: 40 }, write: { perSecond: 2, burst: 10 } };

/**
 * On AWS the web ACL (infra/constructs/api.ts) counts each client's requests over a sliding window instead of
 * filling buckets: WAF's shortest window, at the same sustained rates as above (it has no burst). WAF looks
 * at the counts about every 10 s, so a client is refused some seconds late, and stays refused until its
 * count over the window falls under the limit: Retry-After says the window, a fixed figure.
 */
export const WAF_WINDOW_SECONDS = 60;
export const WAF_RETRY_AFTER_SECONDS = WAF_WINDOW_SECONDS;
export const WAF_RATE_LIMITS = {
  /** Reads (any method but POST, PUT, PATCH, DELETE) per IP address. */
  readsPerIp: LOCAL_RATE_LIMITS.read.perSecond * WAF_WINDOW_SECONDS,
  /** Writes per Authorization header value: per API key, or per admin token; a wrong secret counts apart. */
  writesPerAuthorization: LOCAL_RATE_LIMITS.write.perSecond * WAF_WINDOW_SECONDS,
  /** Writes without an Authorization header (each answered 401), per IP address. */
  writesPerIpWithoutAuthorization: LOCAL_RATE_LIMITS.write.perSecond * WAF_WINDOW_SECONDS,
} as const;

/** Buckets kept at most, so that many clients cannot grow memory without bound; past it the oldest made is dropped. */
const MAX_BUCKETS = 10_000;

interface Bucket {
  tokens: number;
  updatedMs: number;
}

/**
 * The bucket of a token-route request. The key id names it, with a hash of the whole token beside it: the
 * token is checked only later, by the app, so a known key id sent with a wrong secret must not drain the
 * real key's bucket (it gets its own, and a 401).
 */
function writeClientOf(authorization: string | null, clientAddress: string): { bucket: string; label: string } {
  const token = bearerOf(authorization ?? undefined);
  if (!token) return { bucket: `ip:${clientAddress}`, label: 'address' };
  const tokenHash = createHash('sha256').update(token).digest('base64url');
  const key = parseClientToken(token);
  return key ? { bucket: `key:${key.id}:${tokenHash}`, label: `API key ${key.id}` } : { bucket: `token:${tokenHash}`, label: 'token' };
}

export function createRateLimiter(limits: RateLimits, now: () => number = () => performance.now()) {
  const buckets = new Map<string, Bucket>();

  const take = (key: string, rate: Rate): number => {
    const time = now();
    const bucket = buckets.get(key) ?? { tokens: rate.burst, updatedMs: time };
    bucket.tokens = Math.min(rate.burst, bucket.tokens + ((time - bucket.updatedMs) / 1000) * rate.perSecond);
    bucket.updatedMs = time;
    if (!buckets.has(key)) {
      if (buckets.size >= MAX_BUCKETS) buckets.delete(buckets.keys().next().value!);
      buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / rate.perSecond);
  };

  /** A 429 answer when the client has used up its rate, else null. */
  return (request: Request, clientAddress: string): Response | null => {
    const write = isTokenRoute(request.method, new URL(request.url).pathname);
    const client = write
      ? writeClientOf(request.headers.get('authorization'), clientAddress)
      : { bucket: `ip:${clientAddress}`, label: 'address' };
    const retryAfter = take(`${write ? 'write' : 'read'}:${client.bucket}`, write ? limits.write : limits.read);
    if (retryAfter === 0) return null;
    const detail = `too many ${write ? 'write' : 'read'} requests from this ${client.label}; retry after ${retryAfter} s`;
    // The app never sees the request: the id it would have given (the caller's x-request-id, or a new one) is given here.
    const requestId = requestIdFrom(request.headers.get('x-request-id'));
    logger.info('request refused', { requestId, method: request.method, status: 429, client: client.label, retryAfter });
    return problemResponse(problem(429, detail, { requestId }), { 'retry-after': String(retryAfter), 'x-request-id': requestId });
  };
}
