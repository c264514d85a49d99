// GET /articles/{id}: a stored article with its current claims (POST /articles is in ingest.ts).
import { NotFoundError } from '../../errors.js';
import type { FactReads } from '../../store/port.js';
import { createRouter, mountRoute } from '../routing.js';
import { getArticle } from './read-checks.generated.js';

export function articleRoutes(deps: { store: FactReads }) {
  return mountRoute(createRouter(), getArticle, async (c, { param, query }) => {
    const [article, claims] = await Promise.all([deps.store.getArticle(param.id), deps.store.getArticleClaimsPage(param.id, query)]);
    if (!article) throw new NotFoundError('article', param.id);
    return c.json({ ...article, claims: claims?.items ?? [], ...(claims?.cursor ? { cursor: claims.cursor } : {}) }, 200);
  });
}
