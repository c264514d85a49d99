// GET /articles/{id}: a stored article with its current claims (POST /articles is in ingest.ts).
import * as z from 'zod/mini';
import { NotFoundError } from '../../errors.js';
import type { FactStore } from '../../store/port.js';
import { createRouter, defineRoute, documented, named, once, openapi, problemResponses } from '../router.js';
import { ArticleSourceSchema, ClaimSchema, pageQuery } from './fact-schemas.js';

const ArticleSchema = once(() =>
  named(
    'Article',
    z.object({
      id: z.string(),
      title: z.nullable(z.string()),
      url: z.nullable(z.string()),
      canonicalUrl: z.nullable(z.string()),
      text: z.string(),
      publishedAt: z.nullable(z.string()),
      source: z.nullable(z.string()),
      fingerprint: z.string(),
      ingestedAt: z.string(),
      alsoAt: documented(z.array(ArticleSourceSchema()), { description: 'Other URLs the same text was seen under' }),
      extractorVersion: documented(z.nullable(z.string()), { description: 'null until the article is extracted' }),
      claimsCapped: documented(z.nullable(z.object({ found: z.int(), kept: z.int(), reason: z.string() })), {
        description: 'Set when the article held more claims than are kept (per article and per sentence): how many, and why',
      }),
      claims: documented(z.array(ClaimSchema()), { description: 'One page of the current claims, in text order' }),
      cursor: documented(z.optional(z.string()), { description: 'More claims: pass back as ?cursor=' }),
    }),
  ),
);

export const getArticle = defineRoute({
  method: 'get',
  path: '/articles/{id}',
  summary: 'A stored article with its current claims',
  request: () => ({ params: z.object({ id: z.string().check(z.maxLength(64)) }), query: z.object(pageQuery(100, 500)) }),
  responses: () => ({
    200: { description: 'The article', content: { 'application/json': { schema: ArticleSchema() } } },
    ...problemResponses(400, 404),
  }),
});

export const ARTICLE_ROUTES = [getArticle];

export function articleRoutes(deps: { store: FactStore }) {
  return openapi(createRouter(), getArticle, async (c, { param, query }) => {
    const [article, claims] = await Promise.all([deps.store.getArticle(param.id), deps.store.getArticleClaimsPage(param.id, query)]);
    if (!article) throw new NotFoundError('article', param.id);
    return c.json({ ...article, claims: claims?.items ?? [], ...(claims?.cursor ? { cursor: claims.cursor } : {}) }, 200);
  });
}
