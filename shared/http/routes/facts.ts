// Facts: GET /facts (filtered, paginated), GET /facts/{id} with appearances and relations,
// GET /facts/{id}/claimreview (schema.org JSON-LD), and GET /conflicts.
import { createRoute, z } from '@hono/zod-openapi';
import { NotFoundError, ValidationError } from '../../errors.js';
import { claimReviewOf } from '../../facts/claim-review.js';
import { parsePeriod } from '../../facts/fact.js';
import type { FactStore } from '../../store/port.js';
import { createRouter, problemResponses } from '../router.js';
import { ClaimKindSchema, ConflictSchema, FactSchema, FactSummarySchema, nameAsSlug, pageOf, pageQuery, RelationSchema } from './fact-schemas.js';

const FactId = z.object({ id: z.string().regex(/^f_[0-9a-f]{24}$/, 'must be a fact id (f_ and 24 hex digits)') });

const listFacts = createRoute({
  method: 'get',
  path: '/facts',
  summary: 'Facts, filtered by subject, metric, kind, speaker, period and text',
  request: {
    query: z.object({
      subject: nameAsSlug('Canada').optional(),
      metric: nameAsSlug('defence-spending-share-of-gdp').optional(),
      kind: ClaimKindSchema.optional(),
      speaker: z.string().min(1).max(200).optional().openapi({ example: 'Mark Carney' }),
      period: z.string().max(20).optional().openapi({ description: '"2025", "by 2035" / "2035-by", or "undated"', example: '2035-by' }),
      q: z.string().min(1).max(200).optional().openapi({ description: 'Words that must all occur in the subject, metric, unit or base, or be part of a speaker\'s name ("Carney")' }),
      ...pageQuery(20, 100),
    }),
  },
  responses: { 200: { description: 'One page of facts', content: { 'application/json': { schema: pageOf(FactSummarySchema, 'FactPage') } } }, ...problemResponses(400) },
});

const getFact = createRoute({
  method: 'get',
  path: '/facts/{id}',
  summary: 'A fact with every appearance (article, URL, publisher, date, quote, offsets) and its relations',
  request: { params: FactId },
  responses: {
    200: { description: 'The fact', content: { 'application/json': { schema: FactSchema.extend({ relations: z.array(RelationSchema) }).openapi('FactWithRelations') } } },
    ...problemResponses(400, 404),
  },
});

const getClaimReview = createRoute({
  method: 'get',
  path: '/facts/{id}/claimreview',
  summary: 'The fact as schema.org ClaimReview JSON-LD',
  request: { params: FactId },
  responses: {
    200: { description: 'ClaimReview', content: { 'application/ld+json': { schema: z.record(z.string(), z.unknown()).openapi('ClaimReview') } } },
    ...problemResponses(400, 404),
  },
});

const listConflicts = createRoute({
  method: 'get',
  path: '/conflicts',
  summary: 'Open conflicts: facts of the same subject, metric, kind and period whose values disagree, with both sides\' sources',
  request: { query: z.object(pageQuery(20, 100)) },
  responses: { 200: { description: 'One page of conflicts', content: { 'application/json': { schema: pageOf(ConflictSchema, 'ConflictPage') } } }, ...problemResponses(400) },
});

export function factRoutes(deps: { store: FactStore }) {
  const factWithRelations = async (id: string) => {
    const fact = await deps.store.getFact(id);
    if (!fact) throw new NotFoundError('fact', id);
    return { fact, relations: await deps.store.getFactRelations(fact) };
  };
  return createRouter()
    .openapi(listFacts, async (c) => {
      const { limit, cursor, period, ...filter } = c.req.valid('query');
      const periodKey = period === undefined ? undefined : parsePeriod(period);
      if (periodKey === null) throw new ValidationError('query period: must be a year ("2025"), a deadline ("by 2035") or "undated"', 'period');
      return c.json(await deps.store.listFacts({ ...filter, ...(periodKey ? { period: periodKey } : {}) }, { limit, cursor }), 200);
    })
    .openapi(getFact, async (c) => {
      const { fact, relations } = await factWithRelations(c.req.valid('param').id);
      return c.json({ ...fact, relations }, 200);
    })
    .openapi(getClaimReview, async (c) => {
      const { fact, relations } = await factWithRelations(c.req.valid('param').id);
      const factUrl = new URL(`/facts/${fact.id}`, c.req.url).toString();
      const response = c.json(claimReviewOf(fact, relations, factUrl) as Record<string, never>, 200);
      response.headers.set('content-type', 'application/ld+json; charset=utf-8');
      return response;
    })
    .openapi(listConflicts, async (c) => {
      const { limit, cursor } = c.req.valid('query');
      return c.json(await deps.store.listConflicts({ limit, cursor }), 200);
    });
}
