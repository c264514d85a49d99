// Routes are declared once (method, path, zod schemas, documented answers): the same declaration
// validates requests at run time and writes /openapi.json (openapi.ts). zod/mini keeps the Lambda
// bundles small; every validation failure becomes the same problem+json 400 naming the field (routing.ts).
// Schemas are built on first use, not at import: building them all was the largest part of the api
// function's init (about 14 ms, bench/results.md), and a request needs its own route's alone. The read
// api function runs none of this: it checks requests with code generated from these declarations
// (scripts/generate-read-checks.ts), so that its bundle carries no zod.
import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { type AppEnv, type CheckResult, mountRoute, once } from './routing.js';

export { createRouter, once, type AppEnv, type AppVariables } from './routing.js';

z.config(en());

type Schema = z.ZodMiniType;

interface ResponseSpec {
  description: string;
  content?: Record<string, { schema: Schema }>;
}

type Responses = Record<number, ResponseSpec>;

export interface RouteRequest {
  params?: Schema;
  query?: Schema;
  body?: Schema;
}

interface RouteBasics {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI style: /facts/{id}. */
  path: string;
  summary: string;
  description?: string;
  security?: Array<Record<string, string[]>>;
  /** 422 for a JSON body the schema refuses (its content, not its syntax, is wrong); 400 otherwise. */
  invalidBodyStatus?: 422;
}

/**
 * A route as written: its schemas as functions that build them (kept off the cold start). Responses only
 * document the route: they are built when /openapi.json is.
 */
export interface RouteDeclaration extends RouteBasics {
  request?: () => RouteRequest;
  responses: () => Responses;
}

/** A declared route: its schemas are built on the first request to it (or for /openapi.json), once. */
export interface RouteSpec<Q extends RouteRequest = RouteRequest> extends RouteBasics {
  request: () => Q;
  responses: () => Responses;
}

type DeclaredRequest<D> = D extends { request: () => infer Q } ? Q : Record<never, never>;
type Part<Q, K extends keyof RouteRequest> = Q extends { [P in K]: infer S } ? S : undefined;
type Parsed<S> = S extends Schema ? z.output<S> : undefined;

export interface ValidInput<R extends RouteSpec> {
  param: Parsed<Part<ReturnType<R['request']>, 'params'>>;
  query: Parsed<Part<ReturnType<R['request']>, 'query'>>;
  json: Parsed<Part<ReturnType<R['request']>, 'body'>>;
}

export function defineRoute<const D extends RouteDeclaration>(declaration: D): RouteSpec<DeclaredRequest<D> & RouteRequest> {
  const { request, responses, ...basics } = declaration;
  return {
    ...basics,
    request: once(() => (request?.() ?? {}) as DeclaredRequest<D> & RouteRequest),
    responses: once(responses),
  };
}

/** Names a schema: it becomes a component of /openapi.json, referenced wherever it is used. */
export function named<S extends Schema>(id: string, schema: S, meta: Record<string, unknown> = {}): S {
  z.globalRegistry.add(schema, { id, ...meta });
  return schema;
}

/** Documents a schema (description, example) in /openapi.json. */
export function documented<S extends Schema>(schema: S, meta: { description?: string; example?: unknown }): S {
  z.globalRegistry.add(schema, meta);
  return schema;
}

/** A zod schema as a request check: its output, or its first issue (zod reports them in the order met). */
export function zodCheck(schema: Schema): (value: unknown) => CheckResult {
  return (value) => {
    const result = z.safeParse(schema, value);
    if (result.success) return { ok: true, value: result.data };
    const issue = result.error.issues[0];
    return { ok: false, path: issue?.path ?? [], message: issue?.message ?? 'is invalid' };
  };
}

/** Mounts a declared route on the router: its inputs are validated by its schemas before the handler runs. */
export function openapi<R extends RouteSpec>(
  router: Hono<AppEnv>,
  route: R,
  handler: (c: Context<AppEnv>, input: ValidInput<R>) => Response | Promise<Response>,
): Hono<AppEnv> {
  const checks = once(() => {
    const { params, query, body }: RouteRequest = route.request();
    return {
      ...(params ? { params: zodCheck(params) } : {}),
      ...(query ? { query: zodCheck(query) } : {}),
      ...(body ? { body: zodCheck(body) } : {}),
    };
  });
  return mountRoute<ValidInput<R>>(
    router,
    { method: route.method, path: route.path, invalidBodyStatus: route.invalidBodyStatus, checks },
    handler,
  );
}

/** Problem body schema, shared by every route's documented error answers. */
export const ProblemSchema = once(() =>
  named(
    'Problem',
    z.object({
      type: z.string(),
      title: z.string(),
      status: z.int(),
      detail: z.string(),
      field: z.optional(z.string()),
      requestId: z.optional(z.string()),
    }),
  ),
);

export const problemResponses = (...statuses: number[]): Responses =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: `Problem (${status})`, content: { 'application/problem+json': { schema: ProblemSchema() } } },
    ]),
  );
