// The one hono app: served by functions/api and functions/ingest on Lambda, and by `npm start` on Node.
import { randomUUID } from 'node:crypto';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { FactlineError } from '../errors.js';
import { logger } from '../runtime/logger.js';
import { createCallerResolver, requireAccess } from './auth.js';
import type { AppDeps } from './deps.js';
import { problem, problemResponse, STATUS_BY_KIND } from './problem.js';
import { createRouter } from './router.js';
import { adminKeyRoutes } from './routes/admin-keys.js';
import { articleRoutes } from './routes/articles.js';
import { claimRoutes } from './routes/claims.js';
import { factRoutes } from './routes/facts.js';
import { feedRoutes } from './routes/feeds.js';
import { ingestRoutes } from './routes/ingest.js';
import { pageRoutes } from './routes/page.js';
import { subjectRoutes } from './routes/subjects.js';
import { watchRoutes } from './routes/watches.js';
import { honoPath, TOKEN_ROUTES } from './token-routes.js';

/** Request bodies beyond this are refused with 413 before they are read in full. */
export const MAX_BODY_BYTES = 1_100_000;

interface LambdaBindings {
  lambdaContext?: { awsRequestId?: string };
  event?: { requestContext?: { requestId?: string } };
}

function requestIdOf(bindings: unknown, header: string | undefined): string {
  const lambda = (bindings ?? {}) as LambdaBindings;
  return lambda.lambdaContext?.awsRequestId ?? lambda.event?.requestContext?.requestId ?? header ?? randomUUID();
}

export function createApp(deps: AppDeps) {
  const app = createRouter();

  app.use('*', async (c, next) => {
    const requestId = requestIdOf(c.env, c.req.header('x-request-id'));
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    const caller = c.get('caller');
    logger.info('request', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      // Who, never the token: the key id, or the admin.
      ...(caller ? { caller: caller.kind === 'admin' ? 'admin' : caller.key.id } : {}),
      durationMs: Math.round(performance.now() - started),
    });
  });

  // The read-only api function has no write dependencies: its app serves the read routes only.
  const writes = deps.apiToken && deps.ingest && deps.articleInputFromUrl ? { ...deps, apiToken: deps.apiToken, ingest: deps.ingest, articleInputFromUrl: deps.articleInputFromUrl } : null;
  const resolveCaller = writes ? createCallerResolver({ adminToken: writes.apiToken, ...(deps.apiKeys ? { apiKeys: deps.apiKeys } : {}) }) : null;
  for (const route of resolveCaller ? TOKEN_ROUTES : []) {
    const path = honoPath(route);
    const guard = requireAccess(resolveCaller!, route.access);
    if (route.method === 'ANY') app.use(path, guard);
    else app.on(route.method, path, guard);
    app.on(['POST', 'PATCH'], path, async (c, next) => {
      if (!/^application\/(.+\+)?json\b/i.test(c.req.header('content-type') ?? '')) {
        throw new FactlineError('unsupported-media-type', 'the body must be JSON (content-type: application/json)');
      }
      await next();
    });
    app.on(['POST', 'PATCH'], path, bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => { throw new FactlineError('too-large', `the body is larger than ${MAX_BODY_BYTES} bytes`); } }));
  }

  app.get('/health', (c) => c.json({ status: 'ok' }));
  if (deps.servesPage) app.route('/', pageRoutes());
  if (writes) app.route('/', ingestRoutes(writes));
  app.route('/', articleRoutes(deps));
  app.route('/', claimRoutes(deps));
  app.route('/', factRoutes(deps));
  app.route('/', subjectRoutes(deps));
  if (deps.feeds && writes) app.route('/', feedRoutes({ ...writes, feeds: deps.feeds }));
  if (deps.watches && deps.deliveries && deps.apiKeys && deps.vetWebhookUrl && writes) {
    app.route('/', watchRoutes({ watches: deps.watches, deliveries: deps.deliveries, vetWebhookUrl: deps.vetWebhookUrl }));
    app.route('/', adminKeyRoutes({ apiKeys: deps.apiKeys, watches: deps.watches }));
  }

  let document: Promise<Record<string, unknown>> | undefined;
  app.get('/openapi.json', async (c) => c.json(await (document ??= import('./openapi.js').then((module) => module.openApiDocument()))));

  app.notFound((c) => problemResponse(problem(404, `no route for ${c.req.method} ${c.req.path}`, { requestId: c.get('requestId') })));

  app.onError((error, c) => {
    const requestId = c.get('requestId');
    if (error instanceof FactlineError) {
      const status = STATUS_BY_KIND[error.kind];
      logger.info('request refused', { requestId, status, error: error.message });
      return problemResponse(problem(status, error.message, { ...error.details, requestId }));
    }
    if (error instanceof HTTPException && error.status < 500) {
      // hono's own refusals, e.g. a malformed JSON body.
      return problemResponse(problem(error.status, error.message || 'the request could not be read', { requestId }));
    }
    logger.error('request failed', { requestId, error });
    return problemResponse(problem(500, 'an internal error occurred; the request id identifies it in the logs', { requestId }));
  });

  return app;
}
