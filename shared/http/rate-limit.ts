// Token buckets per client: reads by IP address, writes (token-protected routes) by bearer token, or by IP
// address when a request carries none. A refusal is a problem+json 429 with Retry-After.
import { createHash } from 'node:crypto';
import { problem, problemResponse } from './problem.js';

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

/** Buckets kept before idle ones are dropped, so that many clients cannot grow memory without bound. */
const MAX_BUCKETS = 10_000;

interface Bucket {
  tokens: number;
  updatedMs: number;
}

function isWrite(method: string, path: string): boolean {
  return (method === 'POST' && path === '/articles') || path === '/feeds' || path.startsWith('/feeds/');
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
    const path = new URL(request.url).pathname;
    const write = isWrite(request.method, path);
    const authorization = request.headers.get('authorization');
    const client = write && authorization ? `token:${createHash('sha256').update(authorization).digest('base64url')}` : `ip:${clientAddress}`;
    const retryAfter = take(`${write ? 'write' : 'read'}:${client}`, write ? limits.write : limits.read);
    if (retryAfter === 0) return null;
    const detail = `too many ${write ? 'write' : 'read'} requests from this ${client.startsWith('token:') ? 'token' : 'address'}; retry after ${retryAfter} s`;
    return problemResponse(problem(429, detail), { 'retry-after': String(retryAfter) });
  };
}
