// The one hono app with every route: served by functions/ingest on Lambda and by `npm start` on Node.
// functions/api serves the core alone (app-core.ts): the read routes, and /openapi.json as built.
import { createAppCore } from './app-core.js';
import type { AppDeps } from './deps.js';
import { mountWriteRoutes } from './write-routes.js';

export function createApp(deps: AppDeps) {
  return createAppCore(deps, {
    writeRoutes: mountWriteRoutes,
    openApiDocument: () => import('./openapi.js').then((module) => module.openApiDocument()),
  });
}
