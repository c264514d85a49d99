// GET /claims (filtered, paginated) and GET /claims/{id}.
import { createRoute, z } from '@hono/zod-openapi';
import { NotFoundError } from '../../errors.js';
import type { FactStore } from '../../store/port.js';
import { createRouter, problemResponses } from '../router.js';
import { ClaimKindSchema, ClaimSchema, nameAsSlug, pageOf, pageQuery } from './fact-schemas.js';

const listClaims = createRoute({
  method: 'get',
  path: '/claims',
  summary: 'Claims, filtered by subject, metric and kind',
  request: {
    query: z.object({
      subject: nameAsSlug('Canada').optional(),
      metric: nameAsSlug('defence-spending-share-of-gdp').optional(),
      kind: ClaimKindSchema.optional(),
      ...pageQuery(20, 100),
    }),
  },
  responses: { 200: { description: 'One page of claims', content: { 'application/json': { schema: pageOf(ClaimSchema, 'ClaimPage') } } }, ...problemResponses(400) },
});

const getClaim = createRoute({
  method: 'get',
  path: '/claims/{id}',
  summary: 'One claim',
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: { 200: { description: 'The claim', content: { 'application/json': { schema: ClaimSchema } } }, ...problemResponses(404) },
});

export function claimRoutes(deps: { store: FactStore }) {
  return createRouter()
    .openapi(listClaims, async (c) => {
      const { limit, cursor, ...filter } = c.req.valid('query');
      return c.json(await deps.store.listClaims(filter, { limit, cursor }), 200);
    })
    .openapi(getClaim, async (c) => {
      const { id } = c.req.valid('param');
      const claim = await deps.store.getClaim(id);
      if (!claim) throw new NotFoundError('claim', id);
      return c.json(claim, 200);
    });
}
