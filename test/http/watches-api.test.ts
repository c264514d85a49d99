// Client API keys, their scopes, the admin key routes and the watch routes, through the real app on
// DynamoDB Local (the same wiring npm start uses).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/http/app.js';
import { serveLocally } from '../../shared/http/local-server.js';
import { wireFactlineInProcess } from '../../shared/runtime/in-process-wiring.js';
import { MAX_WATCHES_PER_KEY, parseClientToken } from '../../shared/watches/api-key.js';
import { createWebhookVetter } from '../../shared/watches/webhook-url.js';
import { createTestTable } from '../support/dynamodb.js';

const ADMIN = 'watches-admin-token';
const HOOK = 'https://hooks.example.org/factline';
let factline: ReturnType<typeof wireFactlineInProcess>;
let app: ReturnType<typeof createApp>;

/** Hosts the test's DNS knows: one public, one that a hostile DNS points at a private address. */
const resolveHost = async (hostname: string) =>
  ({ 'hooks.example.org': ['93.184.215.14'], 'inside.example.org': ['10.0.0.7'] })[hostname] ?? [];

beforeAll(async () => {
  const { client, tableName } = await createTestTable();
  factline = wireFactlineInProcess({ client, tableName, apiToken: async () => ADMIN, cursorSecret: 'watches-test' });
  app = createApp({ ...factline.appDeps, vetWebhookUrl: createWebhookVetter({ resolveHost }) });
});

function send(method: string, path: string, token: string | null, body?: unknown) {
  return app.request(path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function problemOf(response: Response, status: number): Promise<{ detail: string; field?: string; status: number }> {
  expect(response.status, await response.clone().text()).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return (await response.json()) as { detail: string; field?: string; status: number };
}

async function createKey(name: string, scopes: string[]): Promise<{ id: string; token: string }> {
  const response = await send('POST', '/admin/keys', ADMIN, { name, scopes });
  expect(response.status).toBe(201);
  const body = (await response.json()) as { key: { id: string }; token: string };
  return { id: body.key.id, token: body.token };
}

/** A watch on Canada's defence share; each `hookPath` makes another watch (the same one posted again is not new). */
const canadaWatch = (hookPath = '') => ({
  target: { subject: 'Canada', metric: 'defence-spending-share-of-gdp' },
  events: ['fact.changed'],
  webhookUrl: `${HOOK}${hookPath}`,
});

async function createWatch(token: string, body: unknown = canadaWatch()) {
  return send('POST', '/watches', token, body);
}

describe('admin key routes', () => {
  it('creates a key whose token is shown once and never stored: the key lists without it, with no hash', async () => {
    const response = await send('POST', '/admin/keys', ADMIN, { name: 'Newsroom', scopes: ['watch', 'read'] });
    expect(response.status).toBe(201);
    const { key, token } = (await response.json()) as { key: Record<string, unknown>; token: string };
    expect(token).toMatch(new RegExp(`^flk_${key.id as string}_[A-Za-z0-9_-]{43}$`));
    expect(key).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{20}$/),
      name: 'Newsroom',
      scopes: ['read', 'watch'],
      createdAt: expect.any(String),
      lastUsedAt: null,
      revokedAt: null,
    });
    const listed = (await (await send('GET', '/admin/keys?limit=100', ADMIN)).json()) as { items: Array<Record<string, unknown>> };
    const stored = listed.items.find((item) => item.id === key.id);
    expect(stored).toEqual(key);
    expect(JSON.stringify(listed)).not.toContain(parseClientToken(token)!.secret);
  });

  it('pages the key list oldest first with a cursor, each key once', async () => {
    for (const name of ['Paged one', 'Paged two', 'Paged three']) await send('POST', '/admin/keys', ADMIN, { name, scopes: ['read'] });
    const all = ((await (await send('GET', '/admin/keys?limit=100', ADMIN)).json()) as { items: Array<{ id: string }> }).items;
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (await (
        await send('GET', `/admin/keys?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, ADMIN)
      ).json()) as { items: Array<{ id: string }>; cursor?: string };
      paged.push(...page.items.map((key) => key.id));
      cursor = page.cursor;
    } while (cursor);
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(paged).toEqual(all.map((key) => key.id));
  });

  it('refuses client keys (403), no token or a wrong one (401), and bad input (422)', async () => {
    const { token } = await createKey('Not an admin', ['read', 'write', 'watch']);
    for (const [method, path, body] of [
      ['POST', '/admin/keys', { name: 'x', scopes: ['read'] }],
      ['GET', '/admin/keys', undefined],
      ['DELETE', '/admin/keys/0123456789abcdef0123', undefined],
    ] as const) {
      expect((await problemOf(await send(method, path, token, body), 403)).detail).toMatch(/admin token/);
      await problemOf(await send(method, path, null, body), 401);
      await problemOf(await send(method, path, 'not-the-token', body), 401);
    }
    expect((await problemOf(await send('POST', '/admin/keys', ADMIN, { name: 'x', scopes: ['root'] }), 422)).field).toBe('scopes.0');
    expect((await problemOf(await send('POST', '/admin/keys', ADMIN, { name: ' ', scopes: ['read'] }), 422)).field).toBe('name');
    await problemOf(await send('DELETE', '/admin/keys/0123456789abcdef0123', ADMIN), 404);
  });

  it('revokes a key: its next request is a 401, its watches are paused, and revoking again keeps the first time', async () => {
    const { id, token } = await createKey('Soon revoked', ['watch']);
    const watch = (await (await createWatch(token)).json()) as { id: string };
    expect((await send('GET', '/watches', token)).status).toBe(200);
    const revoked = (await (await send('DELETE', `/admin/keys/${id}`, ADMIN)).json()) as { revokedAt: string };
    expect(revoked.revokedAt).toEqual(expect.any(String));
    expect((await problemOf(await send('GET', '/watches', token), 401)).detail).toMatch(/not valid or was revoked/);
    expect((await factline.watches.getWatch(watch.id))?.status).toBe('paused');
    expect((await factline.watches.watchesFor('canada', 'defence-spending-share-of-gdp')).map((entry) => entry.id)).not.toContain(watch.id);
    expect(((await (await send('DELETE', `/admin/keys/${id}`, ADMIN)).json()) as { revokedAt: string }).revokedAt).toBe(revoked.revokedAt);
  });

  it('answers a key with a wrong secret and an unknown key the same 401', async () => {
    const { token } = await createKey('Guessed', ['watch']);
    const wrongSecret = `${token.slice(0, -4)}AAAA`;
    const unknownKey = `flk_${'0'.repeat(20)}_${parseClientToken(token)!.secret}`;
    const [wrong, unknown] = await Promise.all([
      problemOf(await send('GET', '/watches', wrongSecret), 401),
      problemOf(await send('GET', '/watches', unknownKey), 401),
    ]);
    expect(wrong.detail).toBe(unknown.detail);
  });

  it('records lastUsedAt on use, at most once a minute', async () => {
    const { id, token } = await createKey('Busy', ['watch']);
    await send('GET', '/watches', token);
    const first = (await factline.apiKeys.getKey(id))!.lastUsedAt;
    expect(first).toEqual(expect.any(String));
    await send('GET', '/watches', token);
    expect((await factline.apiKeys.getKey(id))!.lastUsedAt).toBe(first);
    // A minute later (the store's condition, asked with a later clock) it is written again.
    const later = new Date(Date.parse(first!) + 61_000);
    await factline.apiKeys.recordKeyUse(id, later);
    expect((await factline.apiKeys.getKey(id))!.lastUsedAt).toBe(later.toISOString());
    await factline.apiKeys.recordKeyUse(id, new Date(later.getTime() + 30_000));
    expect((await factline.apiKeys.getKey(id))!.lastUsedAt).toBe(later.toISOString());
  });
});

describe('scopes on the write routes', () => {
  it('lets a key with write post articles and feeds routes, and refuses one without (403)', async () => {
    const writer = await createKey('Writer', ['write']);
    const watcher = await createKey('Watcher only', ['watch']);
    const article = { text: 'Canada will spend 2 per cent of GDP on defence this year, officials in Ottawa said on Monday.' };
    expect((await send('POST', '/articles', writer.token, article)).status).toBe(202);
    expect((await send('GET', '/feeds', writer.token)).status).toBe(200);
    expect((await problemOf(await send('POST', '/articles', watcher.token, article), 403)).detail).toMatch(/lacks the 'write' scope/);
    await problemOf(await send('GET', '/feeds', watcher.token), 403);
    expect((await problemOf(await send('GET', '/watches', writer.token), 403)).detail).toMatch(/lacks the 'watch' scope/);
    expect((await send('POST', '/articles', ADMIN, article)).status).toBe(202);
  });

  it('keeps reads public, with or without a key', async () => {
    expect((await send('GET', '/subjects', null)).status).toBe(200);
  });
});

describe('watch routes', () => {
  it('creates a watch (201) with its signing secret shown once, stored with the target as slugs', async () => {
    const { id, token } = await createKey('Creator', ['watch']);
    const response = await createWatch(token, {
      target: { subject: 'Canada', metric: 'Defence spending share of GDP', period: 'by 2035', kind: 'target' },
      events: ['fact.changed', 'fact.created', 'fact.changed'],
      webhookUrl: HOOK,
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as Record<string, unknown> & { id: string; signingSecret: string };
    expect(created).toMatchObject({
      id: expect.stringMatching(/^w_[0-9a-f]{24}$/),
      ownerKeyId: id,
      target: { subject: 'canada', metric: 'defence-spending-share-of-gdp', period: '2035-by', kind: 'target' },
      events: ['fact.created', 'fact.changed'],
      webhookUrl: HOOK,
      status: 'active',
    });
    expect(created.signingSecret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const read = (await (await send('GET', `/watches/${created.id}`, token)).json()) as Record<string, unknown>;
    expect(read).toEqual(Object.fromEntries(Object.entries(created).filter(([name]) => name !== 'signingSecret')));
    expect((await factline.watches.getWatch(created.id))?.signingSecret).toBe(created.signingSecret);
    expect((await factline.watches.watchesFor('canada', 'defence-spending-share-of-gdp')).map((watch) => watch.id)).toContain(created.id);
  });

  it("lists, pauses, resumes and deletes the caller's own watches", async () => {
    const { token } = await createKey('Lifecycle', ['watch']);
    const ids: string[] = [];
    for (let index = 0; index < 3; index++)
      ids.push(((await (await createWatch(token, canadaWatch(`/${index}`))).json()) as { id: string }).id);
    const first = (await (await send('GET', '/watches?limit=2', token)).json()) as { items: Array<{ id: string }>; cursor: string };
    const second = (await (await send('GET', `/watches?limit=2&cursor=${encodeURIComponent(first.cursor)}`, token)).json()) as {
      items: Array<{ id: string }>;
      cursor?: string;
    };
    expect([...first.items, ...second.items].map((watch) => watch.id)).toEqual(ids);
    expect(second.cursor).toBeUndefined();

    const paused = await send('PATCH', `/watches/${ids[0]}`, token, { status: 'paused' });
    expect(((await paused.json()) as { status: string }).status).toBe('paused');
    expect((await factline.watches.watchesFor('canada', 'defence-spending-share-of-gdp')).map((watch) => watch.id)).not.toContain(ids[0]);
    expect(((await (await send('PATCH', `/watches/${ids[0]}`, token, { status: 'active' })).json()) as { status: string }).status).toBe(
      'active',
    );

    expect((await send('DELETE', `/watches/${ids[1]}`, token)).status).toBe(204);
    await problemOf(await send('GET', `/watches/${ids[1]}`, token), 404);
    await problemOf(await send('DELETE', `/watches/${ids[1]}`, token), 404);
  });

  it('answers another key 404 for a watch it does not own, and changes nothing; the admin sees it', async () => {
    const owner = await createKey('Owner A', ['watch']);
    const other = await createKey('Other B', ['watch']);
    const watch = (await (await createWatch(owner.token)).json()) as { id: string };
    const missing = await problemOf(await send('GET', '/watches/w_000000000000000000000000', other.token), 404);
    for (const [method, body] of [
      ['GET', undefined],
      ['PATCH', { status: 'paused' }],
      ['DELETE', undefined],
    ] as const) {
      const refused = await problemOf(await send(method, `/watches/${watch.id}`, other.token, body), 404);
      expect(refused.detail.replace(watch.id, 'ID')).toBe(missing.detail.replace('w_000000000000000000000000', 'ID'));
    }
    expect(((await (await send('GET', '/watches', other.token)).json()) as { items: unknown[] }).items).toEqual([]);
    expect((await factline.watches.getWatch(watch.id))?.status).toBe('active');
    await problemOf(await send('GET', `/watches?owner=${owner.id}`, other.token), 403);

    expect((await send('GET', `/watches/${watch.id}`, ADMIN)).status).toBe(200);
    const ownersList = (await (await send('GET', `/watches?owner=${owner.id}`, ADMIN)).json()) as { items: Array<{ id: string }> };
    expect(ownersList.items.map((item) => item.id)).toEqual([watch.id]);
  });

  it('refuses bad watches with a problem+json 422 naming the field, storing nothing', async () => {
    const { id, token } = await createKey('Careless', ['watch']);
    const valid = { target: { subject: 'canada' }, events: ['fact.created'], webhookUrl: HOOK };
    const cases: Array<[unknown, string | RegExp]> = [
      [{ ...valid, events: [] }, 'events'],
      [{ ...valid, events: ['fact.deleted'] }, 'events.0'],
      [{ ...valid, target: { subject: '!!!' } }, 'target.subject'],
      [{ ...valid, target: { period: 'someday' } }, 'target.period'],
      [{ ...valid, target: { kind: 'rumour' } }, 'target.kind'],
      // A sixth word would not be matched: the watch would hear of facts that lack it.
      [{ ...valid, target: { q: 'canada defence target by 2035 percent' } }, 'target.q'],
      [{ ...valid, target: { colour: 'red' } }, 'target'],
      [{ ...valid, webhookUrl: 'not a url' }, 'webhookUrl'],
      [{ ...valid, webhookUrl: 'http://hooks.example.org/factline' }, 'webhookUrl'],
      [{ ...valid, webhookUrl: 'ftp://hooks.example.org/factline' }, 'webhookUrl'],
    ];
    for (const [body, field] of cases)
      expect((await problemOf(await createWatch(token, body), 422)).field, JSON.stringify(body)).toBe(field);
    await problemOf(await send('PATCH', '/watches/w_000000000000000000000000', token, { status: 'deleted' }), 422);
    await problemOf(await send('POST', '/watches', token, undefined), 415);
    expect((await factline.watches.listWatches(id, { limit: 10 })).items).toEqual([]);
  });

  it.each([
    ['loopback', 'https://127.0.0.1/hook'],
    ['the cloud metadata address', 'https://169.254.169.254/latest/meta-data'],
    ['a private range', 'https://10.1.2.3/hook'],
    ['IPv6 loopback', 'https://[::1]/hook'],
    ['a name resolving to 10.x', 'https://inside.example.org/hook'],
    ['plain http to loopback', 'http://127.0.0.1/hook'],
  ])('refuses a webhook at %s (422) when the watch is created', async (_what, webhookUrl) => {
    const { id, token } = await createKey('Prober', ['watch']);
    const body = await problemOf(await createWatch(token, { target: {}, events: ['fact.created'], webhookUrl }), 422);
    expect(body.detail).toMatch(/only public addresses are fetched|must be an https URL/);
    expect((await factline.watches.listWatches(id, { limit: 10 })).items).toEqual([]);
  });

  it(`refuses a key's watch past ${MAX_WATCHES_PER_KEY} with a problem+json 409; a deletion makes room`, async () => {
    const { token } = await createKey('Prolific', ['watch']);
    const created = await Promise.all(
      Array.from({ length: MAX_WATCHES_PER_KEY }, (_, index) => createWatch(token, canadaWatch(`/${index}`))),
    );
    expect(created.map((response) => response.status)).toEqual(created.map(() => 201));
    const refused = await problemOf(await createWatch(token, canadaWatch('/one-too-many')), 409);
    expect(refused).toMatchObject({
      detail: expect.stringMatching(new RegExp(`already has ${MAX_WATCHES_PER_KEY} watches`)),
      limit: MAX_WATCHES_PER_KEY,
    });
    const { id } = (await created[0]!.json()) as { id: string };
    expect((await send('DELETE', `/watches/${id}`, token)).status).toBe(204);
    expect((await createWatch(token, canadaWatch('/one-too-many'))).status).toBe(201);
  });

  it('answers the same watch posted again with the existing one (200, its secret again), one watch stored', async () => {
    const { id, token } = await createKey('Retrying client', ['watch']);
    const body = {
      target: { subject: 'Germany', period: 'by 2029' },
      events: ['fact.created', 'fact.changed'],
      webhookUrl: `${HOOK}/retry`,
    };
    const first = await createWatch(token, body);
    expect(first.status).toBe(201);
    const created = (await first.json()) as { id: string; signingSecret: string };
    // The same watch as the client may write it again: other spellings of the slugs, events in another order.
    const again = await createWatch(token, {
      ...body,
      target: { period: '2029-by', subject: 'germany' },
      events: ['fact.changed', 'fact.created'],
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(created);
    // Another webhook, other events or another key is another watch.
    expect((await createWatch(token, { ...body, webhookUrl: `${HOOK}/other` })).status).toBe(201);
    expect((await createWatch(token, { ...body, events: ['fact.created'] })).status).toBe(201);
    expect((await createWatch((await createKey('Another client', ['watch'])).token, body)).status).toBe(201);
    expect(
      (await factline.watches.listWatches(id, { limit: 10 })).items.map((watch) => watch.id).filter((w) => w === created.id),
    ).toHaveLength(1);
    expect((await factline.watches.listWatches(id, { limit: 10 })).items).toHaveLength(3);
  });

  it('makes one watch of concurrent identical posts, and keeps the limit exact when they race for its last place', async () => {
    const { id, token } = await createKey('Impatient client', ['watch']);
    const burst = await Promise.all(Array.from({ length: 6 }, () => createWatch(token)));
    expect(burst.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    const bodies = (await Promise.all(burst.map((response) => response.json()))) as Array<{ id: string; signingSecret: string }>;
    expect(new Set(bodies.map((body) => `${body.id} ${body.signingSecret}`)).size).toBe(1);
    expect((await factline.watches.listWatches(id, { limit: 100 })).items).toHaveLength(1);

    for (let index = 2; index < MAX_WATCHES_PER_KEY; index++)
      expect((await createWatch(token, { target: {}, events: ['fact.created'], webhookUrl: `${HOOK}/${index}` })).status).toBe(201);
    // One place left: four posts of one watch and one of another race for it.
    const same = { target: { subject: 'france' }, events: ['fact.created'], webhookUrl: `${HOOK}/same` };
    const other = { target: { subject: 'spain' }, events: ['fact.created'], webhookUrl: `${HOOK}/other` };
    const race = await Promise.all([same, same, other, same, same].map((body) => createWatch(token, body)));
    const [otherStatus, ...sameStatuses] = [race[2]!, ...race.filter((_, index) => index !== 2)].map((response) => response.status);
    if (otherStatus === 201) expect(sameStatuses).toEqual([409, 409, 409, 409]);
    else expect([otherStatus, ...sameStatuses.sort()]).toEqual([409, 200, 200, 200, 201]);
    expect((await factline.watches.listWatches(id, { limit: 100 })).items).toHaveLength(MAX_WATCHES_PER_KEY);
    expect((await createWatch(token, { ...same, webhookUrl: `${HOOK}/one-too-many` })).status).toBe(409);
  });

  it('lets the admin create watches of its own', async () => {
    const response = await createWatch(ADMIN);
    expect(response.status).toBe(201);
    expect(((await response.json()) as { ownerKeyId: string }).ownerKeyId).toBe('admin');
  });

  it('documents the watch and admin routes in /openapi.json, behind the bearer', async () => {
    const document = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    for (const [path, methods] of Object.entries({
      '/watches': ['post', 'get'],
      '/watches/{id}': ['get', 'patch', 'delete'],
      '/admin/keys': ['post', 'get'],
      '/admin/keys/{id}': ['delete'],
    })) {
      for (const method of methods) expect(document.paths[path]?.[method]?.security, `${method} ${path}`).toEqual([{ bearer: [] }]);
    }
  });
});

describe('rate limits by API key', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = serveLocally(app, {
      port: 0,
      hostname: '127.0.0.1',
      limits: { read: { perSecond: 100, burst: 100 }, write: { perSecond: 0.01, burst: 2 } },
    });
    await new Promise<void>((resolve) => (server.listening ? resolve() : server.once('listening', () => resolve())));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('gives each key its own bucket, named in the 429; a wrong secret for a known id does not drain it', async () => {
    const busy = await createKey('Busy client', ['watch']);
    const calm = await createKey('Calm client', ['watch']);
    const list = (token: string) => fetch(`${base}/watches`, { headers: { authorization: `Bearer ${token}` } });
    expect((await list(`${busy.token.slice(0, -4)}AAAA`)).status).toBe(401);
    expect((await list(`${busy.token.slice(0, -4)}BBBB`)).status).toBe(401);
    expect((await list(`${busy.token.slice(0, -4)}CCCC`)).status).toBe(401);
    expect((await list(busy.token)).status).toBe(200);
    expect((await list(busy.token)).status).toBe(200);
    const refused = await list(busy.token);
    expect((await problemOf(refused, 429)).detail).toMatch(new RegExp(`from this API key ${busy.id}`));
    expect((await list(calm.token)).status).toBe(200);
  });
});
