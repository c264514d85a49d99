// GET /claims (filtered, paginated) and GET /claims/{id}.
import { NotFoundError } from '../../errors.js';
import type { FactReads } from '../../store/port.js';
import { createRouter, mountRoute } from '../routing.js';
import { getClaim, listClaims } from './read-checks.generated.js';

export function claimRoutes(deps: { store: FactReads }) {
  const router = createRouter();
  mountRoute(router, listClaims, async (c, { query }) => {
    const { limit, cursor, ...filter } = query;
    return c.json(await deps.store.listClaims(filter, { limit, cursor }), 200);
  });
  mountRoute(router, getClaim, async (c, { param }) => {
    const claim = await deps.store.getClaim(param.id);
    if (!claim) throw new NotFoundError('claim', param.id);
    return c.json(claim, 200);
  });
  return router;
}
