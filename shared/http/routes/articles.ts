// GET /articles/{id}: a stored article with its current claims (POST /articles is in ingest.ts).
import { createRoute, z } from '@hono/zod-openapi';
import { NotFoundError } from '../../errors.js';
import type { FactStore } from '../../store/port.js';
import { createRouter, problemResponses } from '../router.js';
import { ArticleSourceSchema, ClaimSchema } from './fact-schemas.js';

const ArticleSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    canonicalUrl: z.string().nullable(),
    text: z.string(),
    publishedAt: z.string().nullable(),
    source: z.string().nullable(),
    fingerprint: z.string(),
    ingestedAt: z.string(),
    alsoAt: z.array(ArticleSourceSchema).openapi({ description: 'Other URLs the same text was seen under' }),
    extractorVersion: z.string().nullable().openapi({ description: 'null until the article is extracted' }),
    claims: z.array(ClaimSchema),
  })
  .openapi('Article');

const getArticle = createRoute({
  method: 'get',
  path: '/articles/{id}',
  summary: 'A stored article with its current claims',
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: { 200: { description: 'The article', content: { 'application/json': { schema: ArticleSchema } } }, ...problemResponses(404) },
});

export function articleRoutes(deps: { store: FactStore }) {
  return createRouter().openapi(getArticle, async (c) => {
    const { id } = c.req.valid('param');
    const [article, claims] = await Promise.all([deps.store.getArticle(id), deps.store.getArticleClaims(id)]);
    if (!article) throw new NotFoundError('article', id);
    return c.json({ ...article, claims: claims ?? [] }, 200);
  });
}
