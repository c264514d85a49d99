// Feeds the scheduled poll follows: POST /feeds, GET /feeds, DELETE /feeds/{id}, all behind the bearer
// token (the app guards every route in TOKEN_ROUTES).
import { createRoute, z } from '@hono/zod-openapi';
import { NotFoundError } from '../../errors.js';
import { newFeed, type FeedStore } from '../../ingestion/feed.js';
import { createRouter, problemResponses } from '../router.js';

export interface FeedRouteDeps {
  feeds: FeedStore;
  /** Refuses a feed URL at a non-public address before it is stored (the poll checks again on every fetch). */
  vetSourceUrl?: (url: string) => Promise<void>;
  now?: () => Date;
}

const FeedSchema = z
  .object({
    id: z.string().openapi({ example: 'f_3b1e2c…' }),
    url: z.string(),
    title: z.string().nullable(),
    createdAt: z.string(),
    lastPolledAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastError: z.string().nullable().openapi({ description: 'Why the last poll failed; null after a successful poll' }),
    consecutiveFailures: z.number().int().openapi({ description: 'Failed polls in a row; each doubles the wait before the next' }),
    nextPollAt: z.string(),
    itemsIngested: z.number().int(),
  })
  .openapi('Feed');

const FeedSubmission = z
  .object({ url: z.string().url().max(2048).openapi({ example: 'https://globalnews.ca/feed/' }) })
  .strict()
  .openapi('FeedSubmission');

const FeedPage = z.object({ items: z.array(FeedSchema), cursor: z.string().optional() }).openapi('FeedPage');

const addFeed = createRoute({
  method: 'post',
  path: '/feeds',
  summary: 'Follow an RSS, Atom or JSON feed',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: FeedSubmission } } } },
  responses: {
    201: { description: 'Added; polled from now on', content: { 'application/json': { schema: FeedSchema } } },
    200: { description: 'Already followed', content: { 'application/json': { schema: FeedSchema } } },
    ...problemResponses(400, 401, 413, 415),
  },
});

const listFeeds = createRoute({
  method: 'get',
  path: '/feeds',
  summary: 'The feeds followed, with their polling state, by next poll time',
  security: [{ bearer: [] }],
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(100).default(50),
      cursor: z.string().max(2048).optional(),
    }),
  },
  responses: { 200: { description: 'One page of feeds', content: { 'application/json': { schema: FeedPage } } }, ...problemResponses(400, 401) },
});

const deleteFeed = createRoute({
  method: 'delete',
  path: '/feeds/{id}',
  summary: 'Stop following a feed (articles already ingested stay)',
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: { 204: { description: 'No longer followed' }, ...problemResponses(401, 404) },
});

export function feedRoutes(deps: FeedRouteDeps) {
  return createRouter()
    .openapi(addFeed, async (c) => {
      const requested = newFeed(c.req.valid('json').url, deps.now?.() ?? new Date());
      await deps.vetSourceUrl?.(requested.url);
      const { feed, created } = await deps.feeds.addFeed(requested);
      return created ? c.json(publicView(feed), 201) : c.json(publicView(feed), 200);
    })
    .openapi(listFeeds, async (c) => {
      const { limit, cursor } = c.req.valid('query');
      const page = await deps.feeds.listFeeds({ limit, cursor });
      return c.json({ items: page.items.map(publicView), ...(page.cursor ? { cursor: page.cursor } : {}) }, 200);
    })
    .openapi(deleteFeed, async (c) => {
      const { id } = c.req.valid('param');
      if (!(await deps.feeds.deleteFeed(id))) throw new NotFoundError('feed', id);
      return c.body(null, 204);
    });
}

/** The feed without its HTTP validators, which are the poll's business. */
function publicView(feed: z.infer<typeof FeedSchema> & { etag?: unknown; lastModified?: unknown }): z.infer<typeof FeedSchema> {
  const { etag: _etag, lastModified: _lastModified, ...visible } = feed;
  return visible;
}
