// The routes that are neither data nor token routes, declared for /openapi.json only: the health check, the
// document itself and the web page's files. Their handlers are in app-core.ts and page.ts, which the read api
// function bundles without zod; test/http/openapi-routes.test.ts holds the two lists together.
import * as z from 'zod/mini';
import { defineRoute, named, once, problemResponses } from '../router.js';

const health = defineRoute({
  method: 'get',
  path: '/health',
  summary: 'Whether the service answers',
  responses: () => ({
    200: { description: 'It does', content: { 'application/json': { schema: named('Health', z.object({ status: z.literal('ok') })) } } },
  }),
});

const openApiDocument = defineRoute({
  method: 'get',
  path: '/openapi.json',
  summary: 'This document (OpenAPI 3.1)',
  responses: () => ({ 200: { description: 'The document', content: { 'application/json': { schema: z.object({}) } } } }),
});

const PageText = once(() => z.string());

const page = defineRoute({
  method: 'get',
  path: '/',
  summary: 'The web page: subjects, series, facts and conflicts for a reader (its views are addressed after #)',
  responses: () => ({
    200: { description: 'The page', content: { 'text/html': { schema: PageText() } } },
    304: { description: 'Not modified (If-None-Match matched its ETag)' },
  }),
});

const favicon = defineRoute({
  method: 'get',
  path: '/favicon.ico',
  summary: 'No icon: answered so that browsers stop asking',
  responses: () => ({ 204: { description: 'No icon' } }),
});

const pageFile = defineRoute({
  method: 'get',
  path: '/static/{file}',
  summary: "The page's script, style and chart files, by hashed name (cached for good)",
  request: () => ({ params: z.object({ file: z.string() }) }),
  responses: () => ({
    200: {
      description: 'The file, as built',
      content: { 'text/javascript': { schema: PageText() }, 'text/css': { schema: PageText() } },
    },
    304: { description: 'Not modified (If-None-Match matched its ETag)' },
    ...problemResponses(404),
  }),
});

export const SERVICE_ROUTES = [health, openApiDocument, page, favicon, pageFile];
