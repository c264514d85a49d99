// Per-client API keys: the token a client holds is `flk_<id>_<secret>`. The id makes lookup one GetItem;
// only the SHA-256 of the secret is stored, compared in constant time. Domain code: no AWS, no HTTP.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Page, PageRequest } from '../paging.js';
import type { ApiKey, Caller, Scope, WatchStore } from './watch.js';

export const SCOPES: readonly Scope[] = ['read', 'write', 'watch'];

const TOKEN_PREFIX = 'flk_';
/** 10 random bytes in hex: no '_', so the token splits unambiguously. */
const KEY_ID = /^[0-9a-f]{20}$/;
/** 32 random bytes, base64url (43 characters). */
const SECRET = /^[A-Za-z0-9_-]{43}$/;

/**
 * Watches one key may hold (the store enforces it exactly). Each active watch is matched against every
 * change to its subject, so the limit bounds the notifier's work per client; 50 covers a journalist's beats.
 */
export const MAX_WATCHES_PER_KEY = 50;

/** lastUsedAt is rewritten at most this often per key: it tells whether a key is in use, not each request. */
export const KEY_USE_RECORD_INTERVAL_MS = 60_000;

/** A stored key: what the client sees, and the hash its secret must match. */
export interface StoredApiKey extends ApiKey {
  secretHash: string;
}

/** Key storage (shared/store/api-key-store.ts). */
export interface ApiKeyStore {
  createKey(key: StoredApiKey): Promise<void>;
  getKey(id: string): Promise<StoredApiKey | null>;
  listKeys(page: PageRequest): Promise<Page<ApiKey>>;
  /** The key as revoked (revoking twice keeps the first time); null when there is no such key. */
  revokeKey(id: string, now: Date): Promise<ApiKey | null>;
  /** Sets lastUsedAt unless another request set it less than KEY_USE_RECORD_INTERVAL_MS ago. */
  recordKeyUse(id: string, now: Date): Promise<void>;
}

/**
 * SHA-256, not a password hash (bcrypt, scrypt): the secret is 32 random bytes, so there is nothing to
 * guess and no dictionary to slow down, and a slow hash would cost every request its CPU time.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export function secretMatches(secret: string, secretHash: string): boolean {
  const given = Buffer.from(hashSecret(secret));
  const expected = Buffer.from(secretHash);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A new key and the token to hand to its client, once: only the hash of the secret is kept. */
export function newApiKey(name: string, scopes: readonly Scope[], now: Date): { key: StoredApiKey; token: string } {
  const id = randomBytes(10).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const key: StoredApiKey = {
    id,
    name,
    scopes: SCOPES.filter((scope) => scopes.includes(scope)),
    createdAt: now.toISOString(),
    lastUsedAt: null,
    revokedAt: null,
    secretHash: hashSecret(secret),
  };
  return { key, token: `${TOKEN_PREFIX}${id}_${secret}` };
}

/** The id and secret of a client token; null when the bearer is not shaped like one (it may be the admin token). */
export function parseClientToken(token: string): { id: string; secret: string } | null {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const rest = token.slice(TOKEN_PREFIX.length);
  const separator = rest.indexOf('_');
  const id = rest.slice(0, separator);
  const secret = rest.slice(separator + 1);
  return separator > 0 && KEY_ID.test(id) && SECRET.test(secret) ? { id, secret } : null;
}

export function isKeyId(id: string): boolean {
  return KEY_ID.test(id);
}

/** The owner id of what the admin creates (a key id is 20 hex digits, never this). */
export const ADMIN_OWNER_ID = 'admin';

export function ownerIdOf(caller: Caller): string {
  return caller.kind === 'admin' ? ADMIN_OWNER_ID : caller.key.id;
}

/** The admin may do everything; a client key what its scopes say. */
export function mayUse(caller: Caller, scope: Scope): boolean {
  return caller.kind === 'admin' || caller.key.scopes.includes(scope);
}

/** The key as a client or admin may see it: never the hash. */
export function publicKey({ secretHash: _secretHash, ...key }: StoredApiKey): ApiKey {
  return key;
}

/**
 * Revokes a key and pauses its active watches: a revoked client authenticates nothing and is told nothing
 * more. Revoking again finishes what a failed attempt left (the first revocation time stays).
 */
export async function revokeApiKey(
  id: string,
  ports: { apiKeys: ApiKeyStore; watches: WatchStore },
  now: Date,
): Promise<{ key: ApiKey; pausedWatches: number } | null> {
  const key = await ports.apiKeys.revokeKey(id, now);
  if (!key) return null;
  let pausedWatches = 0;
  let cursor: string | undefined;
  do {
    const page = await ports.watches.listWatches(id, { limit: 100, ...(cursor ? { cursor } : {}) });
    for (const watch of page.items.filter((entry) => entry.status === 'active')) {
      await ports.watches.setWatchStatus(watch.id, 'paused');
      pausedWatches++;
    }
    cursor = page.cursor;
  } while (cursor);
  return { key, pausedWatches };
}
