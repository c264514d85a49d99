// Bearer-token guard for the write routes. The token comes from deps (env locally, a secret on AWS).
import { timingSafeEqual, createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { UnauthorizedError } from '../errors.js';

function sameSecret(given: string, expected: string): boolean {
  // Hash both so the comparison is constant-time whatever their lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export function requireBearerToken(resolveToken: () => Promise<string>): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) throw new UnauthorizedError();
    if (!sameSecret(match[1], await resolveToken())) throw new UnauthorizedError('the bearer token is not valid');
    await next();
  };
}
