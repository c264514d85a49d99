// A client's watches: POST /watches, GET /watches, GET|PATCH|DELETE /watches/{id}. Behind a key with the
// `watch` scope (token-routes.ts). A watch belongs to the key that created it: another key is answered
// 404, as if it did not exist, so ids cannot be probed; the admin sees every watch.
import type { Context } from 'hono';
import * as z from 'zod/mini';
import { FactlineError, NotFoundError } from '../../errors.js';
import { parsePeriod } from '../../facts/fact.js';
import { isKeyId, MAX_WATCHES_PER_KEY, ownerIdOf } from '../../watches/api-key.js';
import type { DeliveryStore } from '../../watches/delivery.js';
import type { WatchEmailChannel } from '../../watches/email.js';
import { createWatch } from '../../watches/create-watch.js';
import type { Caller, StoredWatch, Watch, WatchEventType, WatchStore } from '../../watches/watch.js';
import { createRouter, defineRoute, documented, named, once, openapi, problemResponses, type AppEnv } from '../router.js';
import { claimKindQuery, nameAsSlug, pageOf, pageQuery, searchQuery } from './fact-schemas.js';

export interface WatchRouteDeps {
  watches: WatchStore;
  /** The deliveries of a watch (GET /watches/{id}/deliveries). */
  deliveries: Pick<DeliveryStore, 'listForWatch'>;
  /** Refuses a webhook URL that is not https or points at a non-public address (shared/watches/webhook-url.ts). */
  vetWebhookUrl: (url: string) => Promise<void>;
  /** The shared SNS e-mail topic (AWS); without it a watch with an email is refused (422). */
  emailChannel?: Pick<WatchEmailChannel, 'subscribe' | 'unsubscribe'>;
  now?: () => Date;
}

const EVENT_TYPES = ['fact.created', 'fact.changed', 'conflict.created', 'fact.superseded'] as const satisfies readonly WatchEventType[];

const periodKey = () =>
  documented(
    z.pipe(
      z.string().check(z.maxLength(20)),
      z.transform((period, context) => {
        const key = parsePeriod(period);
        if (key === null)
          context.issues.push({ code: 'custom', message: 'must be a year ("2025"), a deadline ("by 2035") or "undated"', input: period });
        return key ?? '';
      }),
    ),
    { description: '"2025", "by 2035" / "2035-by", or "undated"', example: '2035-by' },
  );

const WatchTargetSchema = once(() =>
  named(
    'WatchTarget',
    z.strictObject({
      subject: z.optional(nameAsSlug('canada')),
      metric: z.optional(nameAsSlug('defence-spending-share-of-gdp')),
      kind: z.optional(claimKindQuery()),
      period: z.optional(periodKey()),
      speaker: documented(z.optional(z.string().check(z.minLength(1), z.maxLength(200))), { example: 'Mark Carney' }),
      q: searchQuery('Words, as GET /facts takes them'),
    }),
    { description: 'Which facts the watch follows: the filters of GET /facts, as slugs. An empty target follows every fact.' },
  ),
);

const WatchSubmission = once(() =>
  named(
    'WatchSubmission',
    z.strictObject({
      target: WatchTargetSchema(),
      events: documented(z.array(z.enum(EVENT_TYPES)).check(z.minLength(1), z.maxLength(EVENT_TYPES.length)), {
        description:
          'fact.created: a new fact; fact.changed: another value for the same subject, metric, kind and period; ' +
          'conflict.created; fact.superseded',
        example: ['fact.changed', 'conflict.created'],
      }),
      webhookUrl: documented(z.url().check(z.maxLength(2048)), {
        description: 'https URL events are POSTed to; refused if it is, or resolves to, a non-public address',
        example: 'https://hooks.example.org/factline',
      }),
      email: documented(z.optional(z.email().check(z.maxLength(254))), {
        description:
          'AWS only: also mail each event here (SNS sends a confirmation mail first; nothing is mailed until the link in it is followed)',
        example: 'desk@example.org',
      }),
    }),
  ),
);

const watchShape = () => ({
  id: documented(z.string(), { example: 'w_0123456789abcdef01234567' }),
  ownerKeyId: documented(z.string(), { description: 'The API key that created the watch ("admin" for the admin token)' }),
  target: WatchTargetSchema(),
  events: z.array(z.enum(EVENT_TYPES)),
  webhookUrl: z.string(),
  email: z.optional(z.string()),
  status: z.enum(['active', 'paused']),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const WatchSchema = once(() => named('Watch', z.object(watchShape())));
const CreatedWatchSchema = once(() =>
  named(
    'CreatedWatch',
    z.object({
      ...watchShape(),
      signingSecret: documented(z.string(), {
        description: 'Signs every delivery (HMAC-SHA256). Shown only in answers to POST /watches: keep it.',
      }),
      emailConfirmation: documented(z.optional(z.string()), {
        description: 'With an email: SNS has mailed the address a confirmation link; events are mailed only once it is followed',
      }),
    }),
  ),
);

const WatchId = () => z.object({ id: z.string().check(z.regex(/^w_[0-9a-f]{24}$/, 'must be a watch id (w_ and 24 hex digits)')) });
const security = [{ bearer: [] }];

const createWatchRoute = defineRoute({
  method: 'post',
  path: '/watches',
  summary: 'Watch facts: be told at a webhook when one appears, changes, conflicts or is superseded',
  description:
    `At most ${MAX_WATCHES_PER_KEY} watches per key (409 past it). The answer carries the signing secret. ` +
    'The same key posting the same target, events and webhookUrl again gets the existing watch (200), secret included, ' +
    'and nothing new is stored.',
  security,
  request: () => ({ body: WatchSubmission() }),
  invalidBodyStatus: 422,
  responses: () => ({
    200: {
      description: 'This key already has this watch: the existing one, with its signing secret',
      content: { 'application/json': { schema: CreatedWatchSchema() } },
    },
    201: { description: 'Created, with its signing secret', content: { 'application/json': { schema: CreatedWatchSchema() } } },
    ...problemResponses(400, 401, 403, 409, 413, 415, 422),
  }),
});

const listWatches = defineRoute({
  method: 'get',
  path: '/watches',
  summary: "The caller's watches, oldest first",
  security,
  request: () => ({
    query: z.object({
      owner: documented(z.optional(z.string().check(z.maxLength(64))), {
        description: 'Admin only: list the watches of this key id ("admin" for the admin\'s own)',
      }),
      ...pageQuery(20, 100),
    }),
  }),
  responses: () => ({
    200: { description: 'One page of watches', content: { 'application/json': { schema: pageOf(WatchSchema(), 'WatchPage') } } },
    ...problemResponses(400, 401, 403),
  }),
});

const getWatch = defineRoute({
  method: 'get',
  path: '/watches/{id}',
  summary: "One of the caller's watches",
  security,
  request: () => ({ params: WatchId() }),
  responses: () => ({
    200: { description: 'The watch', content: { 'application/json': { schema: WatchSchema() } } },
    ...problemResponses(400, 401, 403, 404),
  }),
});

const setWatchStatus = defineRoute({
  method: 'patch',
  path: '/watches/{id}',
  summary: 'Pause or resume a watch',
  security,
  request: () => ({ params: WatchId(), body: named('WatchStatusChange', z.strictObject({ status: z.enum(['active', 'paused']) })) }),
  invalidBodyStatus: 422,
  responses: () => ({
    200: { description: 'The watch as changed', content: { 'application/json': { schema: WatchSchema() } } },
    ...problemResponses(400, 401, 403, 404, 415, 422),
  }),
});

const deleteWatch = defineRoute({
  method: 'delete',
  path: '/watches/{id}',
  summary: 'Delete a watch (no more deliveries)',
  security,
  request: () => ({ params: WatchId() }),
  responses: () => ({ 204: { description: 'Deleted' }, ...problemResponses(400, 401, 403, 404) }),
});

const DeliverySchema = once(() =>
  named(
    'Delivery',
    z.object({
      eventId: documented(z.string(), {
        description: 'The Factline-Event-Id of the event',
        example: 'evt_0123456789abcdef0123456789abcdef',
      }),
      eventType: z.enum(EVENT_TYPES),
      status: documented(z.enum(['pending', 'delivered', 'dead', 'refused', 'cancelled']), {
        description:
          'pending: queued or between tries; delivered: answered 2xx; dead: every try failed; ' +
          'refused: the webhook is at an internal address now; cancelled: the watch was paused or deleted first',
      }),
      attempts: documented(z.number(), { description: 'POSTs made so far' }),
      lastError: documented(z.nullable(z.string()), { description: 'Why the last failed try failed (kept after a later success)' }),
      createdAt: z.string(),
      updatedAt: z.string(),
      deliveredAt: z.nullable(z.string()),
    }),
  ),
);

const listDeliveries = defineRoute({
  method: 'get',
  path: '/watches/{id}/deliveries',
  summary: "A watch's latest deliveries, newest first, with their status, tries and last error (kept 30 days)",
  security,
  request: () => ({ params: WatchId(), query: z.object({ limit: pageQuery(20, 100).limit }) }),
  responses: () => ({
    200: {
      description: 'The latest deliveries',
      content: { 'application/json': { schema: named('DeliveryList', z.object({ items: z.array(DeliverySchema()) })) } },
    },
    ...problemResponses(400, 401, 403, 404),
  }),
});

export const WATCH_ROUTES = [createWatchRoute, listWatches, getWatch, setWatchStatus, deleteWatch, listDeliveries];

export function watchRoutes(deps: WatchRouteDeps) {
  const router = createRouter();
  const now = deps.now ?? (() => new Date());

  /** The watch, if the caller may see it; otherwise the same 404 as a watch that does not exist. */
  const watchOfCaller = async (c: Context<AppEnv>, id: string): Promise<StoredWatch> => {
    const watch = await deps.watches.getWatch(id);
    const caller = callerOf(c);
    if (!watch || (caller.kind !== 'admin' && watch.ownerKeyId !== caller.key.id)) throw new NotFoundError('watch', id);
    return watch;
  };

  openapi(router, createWatchRoute, async (c, { json }) => {
    const { watch, created } = await createWatch(
      { ownerKeyId: ownerIdOf(callerOf(c)), ...json, events: EVENT_TYPES.filter((type) => json.events.includes(type)) },
      { ...deps, now },
    );
    return c.json(createdWatchAnswer(watch), created ? 201 : 200);
  });

  openapi(router, listWatches, async (c, { query: { owner, ...page } }) => {
    const caller = callerOf(c);
    if (owner !== undefined && caller.kind !== 'admin')
      throw new FactlineError('forbidden', 'only the admin may list the watches of another key', { field: 'owner' });
    if (owner !== undefined && owner !== ownerIdOf({ kind: 'admin' }) && !isKeyId(owner))
      throw new FactlineError('invalid', 'query owner: must be an API key id or "admin"', { field: 'owner' });
    return c.json(await deps.watches.listWatches(owner ?? ownerIdOf(caller), page), 200);
  });

  openapi(router, getWatch, async (c, { param }) => c.json(publicWatch(await watchOfCaller(c, param.id)), 200));

  openapi(router, setWatchStatus, async (c, { param, json }) => {
    await watchOfCaller(c, param.id);
    await deps.watches.setWatchStatus(param.id, json.status);
    return c.json(publicWatch(await watchOfCaller(c, param.id)), 200);
  });

  openapi(router, listDeliveries, async (c, { param, query }) => {
    const watch = await watchOfCaller(c, param.id);
    // Newest first; the older ones were an earlier watch's, deleted before this one was posted again.
    const deliveries = await deps.deliveries.listForWatch(param.id, query.limit);
    return c.json({ items: deliveries.filter((delivery) => delivery.createdAt >= watch.createdAt) }, 200);
  });

  openapi(router, deleteWatch, async (c, { param }) => {
    const watch = await watchOfCaller(c, param.id);
    // Unsubscribed first: if that fails the watch stays, and deleting it again retries.
    if (watch.emailSubscriptionArn) await deps.emailChannel?.unsubscribe(watch.emailSubscriptionArn);
    await deps.watches.deleteWatch(param.id);
    return c.body(null, 204);
  });
  return router;
}

function callerOf(c: Context<AppEnv>): Caller {
  const caller = c.get('caller');
  // The auth middleware runs before every token route; a route reached without it is a wiring bug.
  if (!caller) throw new Error('watch route reached without an authenticated caller');
  return caller;
}

/**
 * What POST /watches answers, the first time and for a repeat alike: the watch with its signing secret. A
 * repeat comes from the key that made the watch (the id includes it), most often because it never saw
 * the first answer; that key could delete and recreate the watch anyway, so showing the secret again
 * gives it nothing new.
 */
function createdWatchAnswer(watch: StoredWatch) {
  const { emailSubscriptionArn: _arn, ...created } = watch;
  const emailConfirmation = watch.email
    ? `SNS has mailed ${watch.email} a confirmation link; events are mailed only once it is followed`
    : undefined;
  return { ...created, ...(emailConfirmation ? { emailConfirmation } : {}) };
}

function publicWatch({ signingSecret: _signingSecret, emailSubscriptionArn: _emailSubscriptionArn, ...watch }: StoredWatch): Watch {
  return watch;
}
