// GET /claims (filtered, paginated) and GET /claims/{id}.
import * as z from 'zod/mini';
import { NotFoundError } from '../../errors.js';
import type { FactStore } from '../../store/port.js';
import { createRouter, defineRoute, openapi, problemResponses } from '../router.js';
import { claimKindQuery, ClaimSchema, nameAsSlug, pageOf, pageQuery } from './fact-schemas.js';

const listClaims = defineRoute({
  method: 'get',
  path: '/claims',
  summary: 'Claims, filtered by subject, metric and kind',
  request: () => ({
    query: z.object({
      subject: z.optional(nameAsSlug('Canada')),
      metric: z.optional(nameAsSlug('defence-spending-share-of-gdp')),
      kind: z.optional(claimKindQuery()),
      ...pageQuery(20, 100),
    }),
  }),
  responses: () => ({
    200: { description: 'One page of claims', content: { 'application/json': { schema: pageOf(ClaimSchema(), 'ClaimPage') } } },
    ...problemResponses(400),
  }),
});

const getClaim = defineRoute({
  method: 'get',
  path: '/claims/{id}',
  summary: 'One claim',
  request: () => ({ params: z.object({ id: z.string().check(z.maxLength(64)) }) }),
  responses: () => ({
    200: { description: 'The claim', content: { 'application/json': { schema: ClaimSchema() } } },
    ...problemResponses(404),
  }),
});

export const CLAIM_ROUTES = [listClaims, getClaim];

export function claimRoutes(deps: { store: FactStore }) {
  const router = createRouter();
  openapi(router, listClaims, async (c, { query }) => {
    const { limit, cursor, ...filter } = query;
    return c.json(await deps.store.listClaims(filter, { limit, cursor }), 200);
  });
  openapi(router, getClaim, async (c, { param }) => {
    const claim = await deps.store.getClaim(param.id);
    if (!claim) throw new NotFoundError('claim', param.id);
    return c.json(claim, 200);
  });
  return router;
}
