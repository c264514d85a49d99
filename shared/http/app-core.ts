// The hono app's core: request ids and logs, problem+json, the read routes, /openapi.json; the write
// routes when the function mounts them. The read-only api function builds it without them (app.ts adds
// them), so that its bundle carries none of their code (about 9 ms of its cold start with the built
// /openapi.json, bench/results.md).
import type { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { FactlineError } from '../errors.js';
import { logger, withLogKeys } from '../runtime/logger.js';
import { mountOf } from './base-path.js';
import type { AppDeps } from './deps.js';
import { problem, problemResponse, STATUS_BY_KIND } from './problem.js';
import { requestIdFrom } from './request-id.js';
import { createRouter, type AppEnv } from './routing.js';
import { articleRoutes } from './routes/articles.js';
import { claimRoutes } from './routes/claims.js';
import { factRoutes } from './routes/facts.js';
import { pageRoutes } from './routes/page.js';
import { subjectRoutes } from './routes/subjects.js';

export interface AppRoutes {
  /** Mounts the token-guarded routes (write-routes.ts) before the read routes, when the deps allow them. */
  writeRoutes?: (app: Hono<AppEnv>, deps: AppDeps) => void;
  /** /openapi.json: written from the route declarations at run time, or read as built (build-page.ts). */
  openApiDocument: () => Promise<Record<string, unknown>>;
}

interface LambdaBindings {
  lambdaContext?: { awsRequestId?: string };
  event?: { requestContext?: { requestId?: string } };
}

function requestIdOf(bindings: unknown, header: string | undefined): string {
  const lambda = (bindings ?? {}) as LambdaBindings;
  return lambda.lambdaContext?.awsRequestId ?? lambda.event?.requestContext?.requestId ?? requestIdFrom(header);
}

export function createAppCore(deps: AppDeps, routes: AppRoutes) {
  const app = createRouter();

  app.use('*', async (c, next) => {
    const requestId = requestIdOf(c.env, c.req.header('x-request-id'));
    c.set('requestId', requestId);
    const { basePath, clientPath } = mountOf(c.env);
    c.set('basePath', basePath);
    if (clientPath !== undefined) c.set('clientPath', clientPath);
    const started = performance.now();
    // Lines logged by the code the request runs (auth, fetches, parsing) carry its id too.
    await withLogKeys({ requestId }, next);
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

  routes.writeRoutes?.(app, deps);

  app.get('/health', (c) => c.json({ status: 'ok' }));
  if (deps.servesPage) app.route('/', pageRoutes());
  app.route('/', articleRoutes(deps));
  app.route('/', claimRoutes(deps));
  app.route('/', factRoutes(deps));
  app.route('/', subjectRoutes(deps));

  let document: Promise<Record<string, unknown>> | undefined;
  app.get('/openapi.json', async (c) => c.json(await (document ??= routes.openApiDocument())));

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
