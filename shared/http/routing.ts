// The hono router and how a checked route is mounted, without zod: the read api function mounts its routes
// with the checks generated from their zod declarations (routes/read-checks.generated.ts), the other
// functions mount theirs through router.ts. Either way a refused input becomes the same problem+json
// 400 (or 422) naming the field.
import { Hono, type Context } from 'hono';
import { FactlineError, ValidationError } from '../errors.js';
import type { Caller } from '../watches/watch.js';

export interface AppVariables {
  requestId: string;
  /** What precedes the app's paths in the client's URL ('' or a REST API's '/<stage>'; base-path.ts). */
  basePath?: string;
  /** The path as the client sent it, where it differs from the routed one (a REST API event). */
  clientPath?: string;
  /** Set on the token routes by the auth middleware (auth.ts). */
  caller?: Caller;
}

export interface AppEnv {
  Variables: AppVariables;
}

export function createRouter(): Hono<AppEnv> {
  return new Hono<AppEnv>();
}

/** The outcome of checking one part of a request: its value as parsed, or the first thing wrong with it. */
export type CheckResult = { ok: true; value: unknown } | { ok: false; path: readonly PropertyKey[]; message: string };

export interface RouteChecks {
  params?: (value: unknown) => CheckResult;
  query?: (value: unknown) => CheckResult;
  body?: (value: unknown) => CheckResult;
}

/** The request's parts as checked, typed by the route's declaration. */
export interface RouteInput {
  param: unknown;
  query: unknown;
  json: unknown;
}

export interface CheckedRoute<I extends RouteInput = RouteInput> {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI style: /facts/{id}. */
  path: string;
  /** 422 for a JSON body the checks refuse (its content, not its syntax, is wrong); 400 otherwise. */
  invalidBodyStatus?: 422;
  checks: () => RouteChecks;
  /** Types the handler's input; never set. */
  readonly input?: I;
}

/** The value `build` returns, built on the first call and kept. */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}

const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

function checked(check: (value: unknown) => CheckResult, target: 'param' | 'query' | 'json', value: unknown, unprocessable = false) {
  const result = check(value);
  if (result.ok) return result.value;
  const field = result.path.map(String).join('.') || '(body)';
  const message = `${target} ${field}: ${result.message}`;
  throw unprocessable ? new FactlineError('unprocessable', message, { field }) : new ValidationError(message, field);
}

async function jsonBody(c: Context<AppEnv>): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ValidationError('the body is not valid JSON', '(body)');
  }
}

/** Mounts a route on the router: its inputs are checked before the handler runs. */
export function mountRoute<I extends RouteInput>(
  router: Hono<AppEnv>,
  route: CheckedRoute<I>,
  handler: (c: Context<AppEnv>, input: I) => Response | Promise<Response>,
): Hono<AppEnv> {
  router.on(route.method.toUpperCase(), honoPath(route.path), async (c) => {
    const { params, query, body } = route.checks();
    const input = {
      param: params ? checked(params, 'param', c.req.param()) : undefined,
      query: query ? checked(query, 'query', c.req.query()) : undefined,
      json: body ? checked(body, 'json', await jsonBody(c), route.invalidBodyStatus === 422) : undefined,
    } as I;
    return handler(c, input);
  });
  return router;
}
