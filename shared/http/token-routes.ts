// The routes behind the bearer token, listed once: the app guards them, and infra/constructs/api.ts
// sends them to the one function that can read the token.

export interface TokenRoute {
  readonly method: 'POST' | 'ANY';
  /** In API Gateway's syntax: `{proxy+}` is the rest of the path. */
  readonly path: string;
}

/** Posting articles, and everything under /feeds (listing included: the feed list is not public). */
export const TOKEN_ROUTES: readonly TokenRoute[] = [
  { method: 'POST', path: '/articles' },
  { method: 'ANY', path: '/feeds' },
  { method: 'ANY', path: '/feeds/{proxy+}' },
];

/** The route's path as hono matches it. */
export function honoPath(route: TokenRoute): string {
  return route.path.replace('{proxy+}', '*');
}
