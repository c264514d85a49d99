// /openapi.json, written from the same route declarations that validate requests (router.ts).
// Loaded only when the document is asked for: the JSON Schema writer stays off every cold start.
import * as z from 'zod/mini';
import type { RouteSpec } from './router.js';
import { FEED_ROUTES } from './routes/feeds.js';
import { INGEST_ROUTES } from './routes/ingest.js';
import { READ_ROUTES } from './routes/read-routes.js';
import { SERVICE_ROUTES } from './routes/service.js';
import { ADMIN_KEY_ROUTES } from './routes/admin-keys.js';
import { WATCH_ROUTES } from './routes/watches.js';

export const ROUTES: readonly RouteSpec[] = [
  ...SERVICE_ROUTES,
  ...INGEST_ROUTES,
  ...READ_ROUTES,
  ...FEED_ROUTES,
  ...WATCH_ROUTES,
  ...ADMIN_KEY_ROUTES,
];

const componentRef = (id: string) => `#/components/schemas/${id}`;

type JsonSchema = Record<string, unknown>;

/** A schema as JSON Schema: a $ref when it is a named component, else inline. */
function jsonSchemaOf(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  if (typeof id === 'string') return { $ref: componentRef(id) };
  const { $schema: _dialect, ...inline } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return inline;
}

function parametersOf(where: 'path' | 'query', schema: z.ZodMiniType | undefined): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchemaOf(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

function operationOf(route: RouteSpec): JsonSchema {
  const { params, query, body } = route.request();
  const parameters = [...parametersOf('path', params), ...parametersOf('query', query)];
  return {
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(route.security ? { security: route.security } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchemaOf(body, 'input') } } } } : {}),
    responses: Object.fromEntries(
      Object.entries(route.responses()).map(([status, response]) => [
        status,
        {
          description: response.description,
          ...(response.content
            ? {
                content: Object.fromEntries(
                  Object.entries(response.content).map(([type, { schema }]) => [type, { schema: jsonSchemaOf(schema, 'output') }]),
                ),
              }
            : {}),
        },
      ]),
    ),
  };
}

export function openApiDocument(routes: readonly RouteSpec[] = ROUTES): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operationOf(route);
  const { schemas } = z.toJSONSchema(z.globalRegistry, { uri: componentRef, unrepresentable: 'any' }) as {
    schemas: Record<string, JsonSchema>;
  };
  // By name: schemas register when first built, in whatever order requests built them (router.ts).
  const components = Object.fromEntries(
    Object.entries(schemas)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, { $schema: _dialect, $id: _id, ...schema }]) => [id, schema]),
  );
  return {
    openapi: '3.1.0',
    info: { title: 'factline API', version: '1.0.0', description: 'Numeric claims in the news: extracted, sourced, tracked over time.' },
    paths,
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
