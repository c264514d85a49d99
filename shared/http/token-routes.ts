// The routes behind a bearer token, listed once: the app guards them, and infra/constructs/api.ts
// sends them to the one function that can read the token.
import type { Scope } from '../watches/watch.js';

/** What a route needs: a client key with this scope (or the admin token), or the admin token itself. */
export type RouteAccess = Exclude<Scope, 'read'> | 'admin';

export interface TokenRoute {
  readonly method: 'POST' | 'ANY';
  /** In API Gateway's syntax: `{proxy+}` is the rest of the path. */
  readonly path: string;
  readonly access: RouteAccess;
}

/**
 * Posting articles and everything under /feeds (listing included: the feed list is not public) need
 * `write`; a client's watches need `watch`; key management needs the admin.
 */
export const TOKEN_ROUTES: readonly TokenRoute[] = [
  { method: 'POST', path: '/articles', access: 'write' },
  { method: 'ANY', path: '/feeds', access: 'write' },
  { method: 'ANY', path: '/feeds/{proxy+}', access: 'write' },
  { method: 'ANY', path: '/watches', access: 'watch' },
  { method: 'ANY', path: '/watches/{proxy+}', access: 'watch' },
  { method: 'ANY', path: '/admin/{proxy+}', access: 'admin' },
];

/** The route's path as hono matches it. */
export function honoPath(route: TokenRoute): string {
  return route.path.replace('{proxy+}', '*');
}

/** Whether API Gateway would send this request to the token routes' function. */
export function isTokenRoute(method: string, path: string): boolean {
  return TOKEN_ROUTES.some((route) => {
    if (route.method !== 'ANY' && route.method !== method.toUpperCase()) return false;
    return route.path.endsWith('/{proxy+}')
      ? path.startsWith(route.path.slice(0, -'{proxy+}'.length)) && path.length > route.path.length - '{proxy+}'.length
      : path === route.path;
  });
}
