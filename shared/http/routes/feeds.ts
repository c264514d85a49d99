// Feeds the scheduled poll follows: POST /feeds, GET /feeds, DELETE /feeds/{id}, all behind the bearer
// token (the app guards every route in TOKEN_ROUTES).
import * as z from 'zod/mini';
import { NotFoundError } from '../../errors.js';
import { newFeed } from '../../ingestion/feed.js';
import type { FeedStore } from '../../store/port.js';
import { createRouter, defineRoute, documented, named, once, openapi, problemResponses } from '../router.js';

export interface FeedRouteDeps {
  feeds: FeedStore;
  /** Refuses a feed URL at a non-public address before it is stored (the poll checks again on every fetch). */
  vetSourceUrl?: (url: string) => Promise<void>;
  now?: () => Date;
}

const FeedSchema = once(() =>
  named(
    'Feed',
    z.object({
      id: documented(z.string(), { example: 'f_3b1e2c…' }),
      url: z.string(),
      title: z.nullable(z.string()),
      createdAt: z.string(),
      lastPolledAt: z.nullable(z.string()),
      lastSuccessAt: z.nullable(z.string()),
      lastError: documented(z.nullable(z.string()), { description: 'Why the last poll failed; null after a successful poll' }),
      consecutiveFailures: documented(z.int(), { description: 'Failed polls in a row; each doubles the wait before the next' }),
      nextPollAt: z.string(),
      itemsIngested: z.int(),
    }),
  ),
);

const FeedSubmission = once(() =>
  named(
    'FeedSubmission',
    z.strictObject({ url: documented(z.url().check(z.maxLength(2048)), { example: 'https://globalnews.ca/feed/' }) }),
  ),
);

const FeedPage = once(() => named('FeedPage', z.object({ items: z.array(FeedSchema()), cursor: z.optional(z.string()) })));

const addFeed = defineRoute({
  method: 'post',
  path: '/feeds',
  summary: 'Follow an RSS, Atom or JSON feed',
  security: [{ bearer: [] }],
  request: () => ({ body: FeedSubmission() }),
  responses: () => ({
    201: { description: 'Added; polled from now on', content: { 'application/json': { schema: FeedSchema() } } },
    200: { description: 'Already followed', content: { 'application/json': { schema: FeedSchema() } } },
    ...problemResponses(400, 401, 413, 415),
  }),
});

const listFeeds = defineRoute({
  method: 'get',
  path: '/feeds',
  summary: 'The feeds followed, with their polling state, by next poll time',
  security: [{ bearer: [] }],
  request: () => ({
    query: z.object({
      limit: z._default(z.coerce.number().check(z.multipleOf(1), z.minimum(1), z.maximum(100)), 50),
      cursor: z.optional(z.string().check(z.maxLength(2048))),
    }),
  }),
  responses: () => ({
    200: { description: 'One page of feeds', content: { 'application/json': { schema: FeedPage() } } },
    ...problemResponses(400, 401),
  }),
});

const deleteFeed = defineRoute({
  method: 'delete',
  path: '/feeds/{id}',
  summary: 'Stop following a feed (articles already ingested stay)',
  security: [{ bearer: [] }],
  request: () => ({ params: z.object({ id: z.string().check(z.maxLength(64)) }) }),
  responses: () => ({ 204: { description: 'No longer followed' }, ...problemResponses(401, 404) }),
});

export const FEED_ROUTES = [addFeed, listFeeds, deleteFeed];

export function feedRoutes(deps: FeedRouteDeps) {
  const router = createRouter();
  openapi(router, addFeed, async (c, { json }) => {
    const requested = newFeed(json.url, deps.now?.() ?? new Date());
    await deps.vetSourceUrl?.(requested.url);
    const { feed, created } = await deps.feeds.addFeed(requested);
    return created ? c.json(publicView(feed), 201) : c.json(publicView(feed), 200);
  });
  openapi(router, listFeeds, async (c, { query }) => {
    const page = await deps.feeds.listFeeds(query);
    return c.json({ items: page.items.map(publicView), ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
  });
  openapi(router, deleteFeed, async (c, { param }) => {
    if (!(await deps.feeds.deleteFeed(param.id))) throw new NotFoundError('feed', param.id);
    return c.body(null, 204);
  });
  return router;
}

/** The feed without its HTTP validators, which are the poll's business. */
type PublicFeed = z.infer<ReturnType<typeof FeedSchema>>;

function publicView(feed: PublicFeed & { etag?: unknown; lastModified?: unknown }): PublicFeed {
  const { etag: _etag, lastModified: _lastModified, ...visible } = feed;
  return visible;
}
