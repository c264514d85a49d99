// /openapi.json lists every route the app serves, and nothing it does not: the app npm start serves (every
// route mounted, the page included) is asked for each method and path hono has registered, and the routes
// that answer with something other than the app's "no route" 404 are compared with the document's paths.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/http/app.js';
import { PAGE_MANIFEST_FILE, type PageManifest } from '../../shared/http/routes/page.js';
import { wireFactlineInProcess } from '../../shared/runtime/in-process-wiring.js';
import { createWebhookVetter } from '../../shared/watches/webhook-url.js';
import { createTestTable } from '../support/dynamodb.js';

const ADMIN = 'openapi-routes-admin';
const DIST = new URL('../../shared/http/page/dist/', import.meta.url);
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const { client, tableName } = await createTestTable();
  const factline = wireFactlineInProcess({ client, tableName, apiToken: async () => ADMIN, cursorSecret: 'openapi-routes' });
  app = createApp({ ...factline.appDeps, servesPage: true, vetWebhookUrl: createWebhookVetter({ resolveHost: async () => [] }) });
});

/** A path hono matches (`:id`, `*` never here) as OpenAPI writes it (`{id}`). */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

/** A request path for a route: a built file for the page's static route, "x" for every other parameter. */
function concretePath(path: string): string {
  const manifest = JSON.parse(readFileSync(new URL(PAGE_MANIFEST_FILE, DIST), 'utf8')) as PageManifest;
  const staticFile = Object.keys(manifest).find((file) => file.startsWith('/static/'))!;
  return path === '/static/:file' ? staticFile : path.replace(/:\w+/g, 'x');
}

/** Whether the app answers this method and path with a route of its own, not the "no route" 404 (as an admin, with an empty JSON body). */
async function served(method: string, path: string): Promise<boolean> {
  const response = await app.request(concretePath(path), {
    method,
    headers: {
      authorization: `Bearer ${ADMIN}`,
      ...(method === 'GET' || method === 'DELETE' ? {} : { 'content-type': 'application/json' }),
    },
    ...(method === 'GET' || method === 'DELETE' ? {} : { body: '{}' }),
  });
  if (response.status !== 404) return true;
  return !((await response.json()) as { detail: string }).detail.startsWith('no route for');
}

describe('/openapi.json', () => {
  it("lists every route the app serves, and no other (the app's routes compared with the document's paths)", async () => {
    // Every method and concrete path hono holds a handler for: routes, and middleware on a route's path.
    const registered = [
      ...new Set(
        app.routes.filter((route) => route.method !== 'ALL' && !route.path.includes('*')).map((route) => `${route.method} ${route.path}`),
      ),
    ];
    const servedRoutes: string[] = [];
    for (const route of registered) {
      const [method, path] = route.split(' ') as [string, string];
      if (await served(method, path)) servedRoutes.push(`${method.toLowerCase()} ${openApiPath(path)}`);
    }
    const document = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    expect(servedRoutes).toContain('get /health');
    expect(servedRoutes).toContain('post /watches');
    expect(documented.sort()).toEqual(servedRoutes.sort());
  });
});
