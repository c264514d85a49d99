// Facts: GET /facts (filtered, paginated), GET /facts/{id} with appearances and relations,
// GET /facts/{id}/claimreview (schema.org JSON-LD), and GET /conflicts.
import { NotFoundError, ValidationError } from '../../errors.js';
import { claimReviewOf } from '../../facts/claim-review.js';
import { parsePeriod } from '../../facts/fact.js';
import type { FactReads } from '../../store/port.js';
import { createRouter, mountRoute } from '../routing.js';
import { getClaimReview, getFact, listConflicts, listFacts } from './read-checks.generated.js';

export function factRoutes(deps: { store: FactReads }) {
  const factWithRelations = async (id: string) => {
    const fact = await deps.store.getFact(id);
    if (!fact) throw new NotFoundError('fact', id);
    return { fact, relations: await deps.store.getFactRelations(fact) };
  };
  const router = createRouter();
  mountRoute(router, listFacts, async (c, { query }) => {
    const { limit, cursor, period, ...filter } = query;
    const periodKey = period === undefined ? undefined : parsePeriod(period);
    if (periodKey === null)
      throw new ValidationError('query period: must be a year ("2025"), a deadline ("by 2035") or "undated"', 'period');
    return c.json(await deps.store.listFacts({ ...filter, ...(periodKey ? { period: periodKey } : {}) }, { limit, cursor }), 200);
  });
  mountRoute(router, getFact, async (c, { param }) => {
    const { fact, relations } = await factWithRelations(param.id);
    return c.json({ ...fact, relations }, 200);
  });
  mountRoute(router, getClaimReview, async (c, { param }) => {
    const { fact, relations } = await factWithRelations(param.id);
    const factUrl = new URL(`${c.get('basePath') ?? ''}/facts/${fact.id}`, c.req.url).toString();
    const response = c.json(claimReviewOf(fact, relations, factUrl), 200);
    response.headers.set('content-type', 'application/ld+json; charset=utf-8');
    return response;
  });
  mountRoute(router, listConflicts, async (c, { query }) => c.json(await deps.store.listConflicts(query), 200));
  return router;
}
