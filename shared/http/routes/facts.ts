// Facts: GET /facts (filtered, paginated), GET /facts/{id} with appearances and relations,
// GET /facts/{id}/claimreview (schema.org JSON-LD), and GET /conflicts.
import * as z from 'zod/mini';
import { NotFoundError, ValidationError } from '../../errors.js';
import { claimReviewOf } from '../../facts/claim-review.js';
import { parsePeriod } from '../../facts/fact.js';
import type { FactStore } from '../../store/port.js';
import { createRouter, defineRoute, documented, named, once, openapi, problemResponses } from '../router.js';
import {
  claimKindQuery,
  ConflictSchema,
  FactSchema,
  FactSummarySchema,
  nameAsSlug,
  pageOf,
  pageQuery,
  RelationSchema,
} from './fact-schemas.js';

const FactId = once(() => z.object({ id: z.string().check(z.regex(/^f_[0-9a-f]{24}$/, 'must be a fact id (f_ and 24 hex digits)')) }));

const listFacts = defineRoute({
  method: 'get',
  path: '/facts',
  summary: 'Facts, filtered by subject, metric, kind, speaker, period and text',
  request: () => ({
    query: z.object({
      subject: z.optional(nameAsSlug('Canada')),
      metric: z.optional(nameAsSlug('defence-spending-share-of-gdp')),
      kind: z.optional(claimKindQuery()),
      speaker: documented(z.optional(z.string().check(z.minLength(1), z.maxLength(200))), { example: 'Mark Carney' }),
      period: documented(z.optional(z.string().check(z.maxLength(20))), {
        description: '"2025", "by 2035" / "2035-by", or "undated"',
        example: '2035-by',
      }),
      q: documented(z.optional(z.string().check(z.minLength(1), z.maxLength(200))), {
        description: 'Words that must all occur in the subject, metric, unit or base, or be part of a speaker\'s name ("Carney")',
      }),
      ...pageQuery(20, 100),
    }),
  }),
  responses: () => ({
    200: { description: 'One page of facts', content: { 'application/json': { schema: pageOf(FactSummarySchema(), 'FactPage') } } },
    ...problemResponses(400),
  }),
});

const getFact = defineRoute({
  method: 'get',
  path: '/facts/{id}',
  summary: 'A fact with every appearance (article, URL, publisher, date, quote, offsets) and its relations',
  request: () => ({ params: FactId() }),
  responses: () => ({
    200: {
      description: 'The fact',
      content: {
        'application/json': { schema: named('FactWithRelations', z.extend(FactSchema(), { relations: z.array(RelationSchema()) })) },
      },
    },
    ...problemResponses(400, 404),
  }),
});

const getClaimReview = defineRoute({
  method: 'get',
  path: '/facts/{id}/claimreview',
  summary: 'The fact as schema.org ClaimReview JSON-LD',
  request: () => ({ params: FactId() }),
  responses: () => ({
    200: {
      description: 'ClaimReview',
      content: { 'application/ld+json': { schema: named('ClaimReview', z.record(z.string(), z.unknown())) } },
    },
    ...problemResponses(400, 404),
  }),
});

const listConflicts = defineRoute({
  method: 'get',
  path: '/conflicts',
  summary: "Open conflicts: facts of the same subject, metric, kind and period whose values disagree, with both sides' sources",
  request: () => ({ query: z.object(pageQuery(20, 100)) }),
  responses: () => ({
    200: { description: 'One page of conflicts', content: { 'application/json': { schema: pageOf(ConflictSchema(), 'ConflictPage') } } },
    ...problemResponses(400),
  }),
});

export const FACT_ROUTES = [listFacts, getFact, getClaimReview, listConflicts];

export function factRoutes(deps: { store: FactStore }) {
  const factWithRelations = async (id: string) => {
    const fact = await deps.store.getFact(id);
    if (!fact) throw new NotFoundError('fact', id);
    return { fact, relations: await deps.store.getFactRelations(fact) };
  };
  const router = createRouter();
  openapi(router, listFacts, async (c, { query }) => {
    const { limit, cursor, period, ...filter } = query;
    const periodKey = period === undefined ? undefined : parsePeriod(period);
    if (periodKey === null)
      throw new ValidationError('query period: must be a year ("2025"), a deadline ("by 2035") or "undated"', 'period');
    return c.json(await deps.store.listFacts({ ...filter, ...(periodKey ? { period: periodKey } : {}) }, { limit, cursor }), 200);
  });
  openapi(router, getFact, async (c, { param }) => {
    const { fact, relations } = await factWithRelations(param.id);
    return c.json({ ...fact, relations }, 200);
  });
  openapi(router, getClaimReview, async (c, { param }) => {
    const { fact, relations } = await factWithRelations(param.id);
    const factUrl = new URL(`/facts/${fact.id}`, c.req.url).toString();
    const response = c.json(claimReviewOf(fact, relations, factUrl), 200);
    response.headers.set('content-type', 'application/ld+json; charset=utf-8');
    return response;
  });
  openapi(router, listConflicts, async (c, { query }) => c.json(await deps.store.listConflicts(query), 200));
  return router;
}
