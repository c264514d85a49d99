// The token-guarded routes (TOKEN_ROUTES): posting articles, feeds, watches, client keys. Mounted by the
// functions that serve them (functions/ingest, `npm start`) through app.ts; the read-only api function
// never imports this module, so its bundle carries none of them.
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { FactlineError } from '../errors.js';
import { createCallerResolver, requireAccess } from './auth.js';
import type { AppDeps } from './deps.js';
import type { AppEnv } from './router.js';
import { adminKeyRoutes } from './routes/admin-keys.js';
import { feedRoutes } from './routes/feeds.js';
import { ingestRoutes } from './routes/ingest.js';
import { watchRoutes } from './routes/watches.js';
import { honoPath, TOKEN_ROUTES } from './token-routes.js';

/** Request bodies beyond this are refused with 413 before they are read in full. */
export const MAX_BODY_BYTES = 1_100_000;

/** Mounts the guards of every token route, then the routes the deps provide for; nothing without the write deps. */
export function mountWriteRoutes(app: Hono<AppEnv>, deps: AppDeps): void {
  const writes =
    deps.apiToken && deps.ingest && deps.articleInputFromUrl
      ? { ...deps, apiToken: deps.apiToken, ingest: deps.ingest, articleInputFromUrl: deps.articleInputFromUrl }
      : null;
  if (!writes) return;
  const resolveCaller = createCallerResolver({ adminToken: writes.apiToken, ...(deps.apiKeys ? { apiKeys: deps.apiKeys } : {}) });
  for (const route of TOKEN_ROUTES) {
    const path = honoPath(route);
    const guard = requireAccess(resolveCaller, route.access);
    if (route.method === 'ANY') app.use(path, guard);
    else app.on(route.method, path, guard);
    app.on(['POST', 'PATCH'], path, async (c, next) => {
      if (!/^application\/(.+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
        throw new FactlineError('unsupported-media-type', 'the body must be JSON (content-type: application/json)');
      }
      await next();
    });
    app.on(
      ['POST', 'PATCH'],
      path,
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: () => {
          throw new FactlineError('too-large', `the body is larger than ${MAX_BODY_BYTES} bytes`);
        },
      }),
    );
  }

  app.route('/', ingestRoutes(writes));
  if (deps.feeds) app.route('/', feedRoutes({ ...writes, feeds: deps.feeds }));
  if (deps.watches && deps.deliveries && deps.apiKeys && deps.vetWebhookUrl) {
    app.route(
      '/',
      watchRoutes({
        watches: deps.watches,
        deliveries: deps.deliveries,
        vetWebhookUrl: deps.vetWebhookUrl,
        ...(deps.watchEmails ? { emailChannel: deps.watchEmails } : {}),
      }),
    );
    app.route('/', adminKeyRoutes({ apiKeys: deps.apiKeys, watches: deps.watches }));
  }
}
