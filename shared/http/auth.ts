// Who is calling: `Authorization: Bearer` resolved to a Caller, the shared token (the admin) or a
// client's API key (shared/watches/api-key.ts), then checked against what the route needs.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { FactlineError, UnauthorizedError } from '../errors.js';
import { logger } from '../runtime/logger.js';
import { KEY_USE_RECORD_INTERVAL_MS, mayUse, parseClientToken, publicKey, secretMatches, type ApiKeyStore } from '../watches/api-key.js';
import type { Caller } from '../watches/watch.js';
import type { AppEnv } from './router.js';
import type { RouteAccess } from './token-routes.js';

function sameSecret(given: string, expected: string): boolean {
  // Hash both so the comparison is constant-time whatever their lengths.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export interface CallerResolverOptions {
  /** The shared token: its holder is the admin. */
  adminToken: () => Promise<string>;
  /** Absent: only the admin token is accepted. */
  apiKeys?: ApiKeyStore;
  now?: () => Date;
}

/** The bearer of an Authorization header; null when there is none. */
export function bearerOf(header: string | undefined): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? null;
}

export function createCallerResolver({ adminToken, apiKeys, now = () => new Date() }: CallerResolverOptions) {
  return async (authorization: string | undefined): Promise<Caller> => {
    const token = bearerOf(authorization);
    if (!token) throw new UnauthorizedError();
    const client = parseClientToken(token);
    if (!client) {
      if (sameSecret(token, await adminToken())) return { kind: 'admin' };
      throw new UnauthorizedError('the bearer token is not valid');
    }
    const stored = await apiKeys?.getKey(client.id);
    // One answer for unknown, wrong and revoked keys, so the answer tells nothing about which ids exist.
    if (!stored || !secretMatches(client.secret, stored.secretHash) || stored.revokedAt)
      throw new UnauthorizedError('the API key is not valid or was revoked');
    const time = now();
    if (!stored.lastUsedAt || time.getTime() - Date.parse(stored.lastUsedAt) >= KEY_USE_RECORD_INTERVAL_MS) {
      // Bookkeeping only: a failure to record it must not refuse the request.
      await apiKeys!
        .recordKeyUse(stored.id, time)
        .catch((error: unknown) => logger.warn('key use not recorded', { keyId: stored.id, error }));
    }
    return { kind: 'client', key: publicKey(stored) };
  };
}

export type CallerResolver = ReturnType<typeof createCallerResolver>;

/** Resolves the caller (401 when it cannot) and refuses one who may not use the route (403). */
export function requireAccess(resolveCaller: CallerResolver, access: RouteAccess): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const caller = c.get('caller') ?? (await resolveCaller(c.req.header('authorization')));
    c.set('caller', caller);
    if (access === 'admin' ? caller.kind !== 'admin' : !mayUse(caller, access)) {
      throw new FactlineError(
        'forbidden',
        access === 'admin' ? 'this route needs the admin token' : `this API key lacks the '${access}' scope`,
      );
    }
    await next();
  };
}
