// Per-client API keys, managed by the admin (the shared token): POST /admin/keys, GET /admin/keys,
// DELETE /admin/keys/{id}. The same operations as `npm run keys` (scripts/keys.ts).
import * as z from 'zod/mini';
import { NotFoundError } from '../../errors.js';
import { newApiKey, publicKey, revokeApiKey, SCOPES, type ApiKeyStore } from '../../watches/api-key.js';
import type { WatchStore } from '../../watches/watch.js';
import { createRouter, defineRoute, documented, named, once, openapi, problemResponses } from '../router.js';
import { pageOf, pageQuery } from './fact-schemas.js';

export interface AdminKeyRouteDeps {
  apiKeys: ApiKeyStore;
  /** A revoked key's watches are paused. */
  watches: WatchStore;
  now?: () => Date;
}

const ScopeSchema = () => z.enum(SCOPES as ['read', 'write', 'watch']);

const ApiKeySchema = once(() =>
  named(
    'ApiKey',
    z.object({
      id: documented(z.string(), { example: '3f1c0d9a8b7e6f5a4b3c' }),
      name: z.string(),
      scopes: z.array(ScopeSchema()),
      createdAt: z.string(),
      lastUsedAt: documented(z.nullable(z.string()), { description: 'Updated at most once a minute' }),
      revokedAt: z.nullable(z.string()),
    }),
  ),
);

const createKey = defineRoute({
  method: 'post',
  path: '/admin/keys',
  summary: 'Create a client API key (admin)',
  security: [{ bearer: [] }],
  request: () => ({
    body: named(
      'ApiKeySubmission',
      z.strictObject({
        name: documented(z.string().check(z.trim(), z.minLength(1), z.maxLength(100)), { example: 'Newsroom alerts' }),
        scopes: z.array(ScopeSchema()).check(z.minLength(1)),
      }),
    ),
  }),
  invalidBodyStatus: 422,
  responses: () => ({
    201: {
      description: 'Created; `token` is shown this once',
      content: {
        'application/json': {
          schema: named(
            'CreatedApiKey',
            z.object({
              key: ApiKeySchema(),
              token: documented(z.string(), { description: 'flk_<id>_<secret>: the client sends it as `Authorization: Bearer`' }),
            }),
          ),
        },
      },
    },
    ...problemResponses(400, 401, 403, 415, 422),
  }),
});

const listKeys = defineRoute({
  method: 'get',
  path: '/admin/keys',
  summary: 'Every client API key, oldest first, revoked ones included (admin)',
  security: [{ bearer: [] }],
  request: () => ({ query: z.object(pageQuery(50, 100)) }),
  responses: () => ({
    200: { description: 'One page of keys', content: { 'application/json': { schema: pageOf(ApiKeySchema(), 'ApiKeyPage') } } },
    ...problemResponses(400, 401, 403),
  }),
});

const revokeKey = defineRoute({
  method: 'delete',
  path: '/admin/keys/{id}',
  summary: 'Revoke a client API key: from now on it authenticates nothing, and its watches are paused (admin)',
  security: [{ bearer: [] }],
  request: () => ({ params: z.object({ id: z.string().check(z.regex(/^[0-9a-f]{20}$/, 'must be an API key id (20 hex digits)')) }) }),
  responses: () => ({
    200: { description: 'The key, revoked', content: { 'application/json': { schema: ApiKeySchema() } } },
    ...problemResponses(400, 401, 403, 404),
  }),
});

export const ADMIN_KEY_ROUTES = [createKey, listKeys, revokeKey];

export function adminKeyRoutes(deps: AdminKeyRouteDeps) {
  const now = deps.now ?? (() => new Date());
  const router = createRouter();
  openapi(router, createKey, async (c, { json }) => {
    const { key, token } = newApiKey(json.name, json.scopes, now());
    await deps.apiKeys.createKey(key);
    return c.json({ key: publicKey(key), token }, 201);
  });
  openapi(router, listKeys, async (c, { query }) => c.json(await deps.apiKeys.listKeys(query), 200));
  openapi(router, revokeKey, async (c, { param }) => {
    const revoked = await revokeApiKey(param.id, deps, now());
    if (!revoked) throw new NotFoundError('API key', param.id);
    return c.json(revoked.key, 200);
  });
  return router;
}
