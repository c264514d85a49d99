import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/http/app.js';
import { createDynamoStore } from '../../shared/store/dynamo-store.js';
import { createDynamoFeedStore } from '../../shared/store/feed-store.js';
import { createSourceVetter } from '../../shared/ingestion/safe-fetch.js';
import { newFeed } from '../../shared/ingestion/feed.js';
import { encodeCursor, queryBinding } from '../../shared/store/cursor.js';
import { INDEXES } from '../../shared/store/schema.js';
import { createTestTable } from '../support/dynamodb.js';

const TOKEN = 'feed-test-token';
let app: ReturnType<typeof createApp>;

const send = (method: string, path: string, body?: unknown, token: string | null = TOKEN) =>
  app.request(path, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

// Each test has its own table: a list shows only the feeds that test added.
beforeEach(async () => {
  const table = await createTestTable();
  app = createApp({
    apiToken: async () => TOKEN,
    ingest: async () => ({ id: 'unused', created: false, revised: false }),
    articleInputFromUrl: async () => ({ text: 'unused' }),
    store: createDynamoStore(table),
    feeds: createDynamoFeedStore(table),
  });
});

describe('feed routes', () => {
  it('answers a signed cursor whose start key does not fit the index with a 400 on the cursor, not a 500', async () => {
    const secret = 'feed-routes-cursor-secret';
    const unused = () => Promise.reject(new Error('not called'));
    const table = await createTestTable();
    const feeds = createDynamoFeedStore({ ...table, cursorSecret: secret });
    await feeds.addFeed(newFeed('https://cursor.example.com/rss', new Date()));
    const ownApp = createApp({
      apiToken: async () => TOKEN,
      ingest: unused,
      articleInputFromUrl: unused,
      store: createDynamoStore(table),
      feeds,
    });
    const afters: Array<Record<string, string>> = [
      { PK: 'FEED#x' },
      { PK: 'FEED#x', SK: 'FEED', [INDEXES.byType.partition]: 'FEEDS', [INDEXES.byType.sort]: 'x', extra: 'y' },
    ];
    for (const after of afters) {
      const cursor = encodeCursor(secret, queryBinding('listFeeds', {}), [{ done: false, after }]);
      const response = await ownApp.request(`/feeds?limit=1&cursor=${encodeURIComponent(cursor)}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ field: 'cursor' });
    }
  });

  it('adds a feed once, lists it with its polling state, and deletes it', async () => {
    const added = await send('POST', '/feeds', { url: 'https://news.example.com/rss?utm_source=x' });
    expect(added.status).toBe(201);
    const feed = await added.json();
    expect(feed).toMatchObject({
      id: expect.stringMatching(/^f_/),
      url: 'https://news.example.com/rss?utm_source=x',
      consecutiveFailures: 0,
      lastError: null,
    });
    expect(feed).not.toHaveProperty('etag');

    // The same feed under a tracking parameter variant is the same feed.
    const again = await send('POST', '/feeds', { url: 'https://news.example.com/rss' });
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(feed.id);

    const listed = await (await send('GET', '/feeds')).json();
    expect(listed.items.map((item: { id: string }) => item.id)).toEqual([feed.id]);

    expect((await send('DELETE', `/feeds/${feed.id}`)).status).toBe(204);
    const gone = await send('DELETE', `/feeds/${feed.id}`);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('content-type')).toBe('application/problem+json');
    expect((await (await send('GET', '/feeds')).json()).items).toEqual([]);
  });

  it('pages through feeds with an opaque cursor, and refuses a forged one', async () => {
    for (const n of [1, 2, 3]) await send('POST', '/feeds', { url: `https://paged.example.com/feed-${n}.xml` });
    const first = await (await send('GET', '/feeds?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = await (await send('GET', `/feeds?limit=2&cursor=${encodeURIComponent(first.cursor)}`)).json();
    expect([...first.items, ...second.items].map((item: { url: string }) => item.url).sort()).toEqual(
      [1, 2, 3].map((n) => `https://paged.example.com/feed-${n}.xml`),
    );
    const forged = await send('GET', `/feeds?cursor=${Buffer.from('{"PK":"ART#x"}').toString('base64url')}`);
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({ field: 'cursor' });
  });

  it('requires the bearer token for every feed route', async () => {
    for (const [method, path, body] of [
      ['POST', '/feeds', { url: 'https://a.example.com/rss' }],
      ['GET', '/feeds', undefined],
      ['DELETE', '/feeds/f_x', undefined],
    ] as const) {
      expect((await send(method, path, body, null)).status).toBe(401);
      expect((await send(method, path, body, 'wrong')).status).toBe(401);
    }
  });

  it('refuses a URL that is not http(s), and an unknown field, with a problem naming the field', async () => {
    const ftp = await send('POST', '/feeds', { url: 'ftp://files.example.com/feed' });
    expect(ftp.status).toBe(400);
    expect(await ftp.json()).toMatchObject({ field: 'url' });
    expect((await send('POST', '/feeds', { url: 'https://a.example.com/rss', extra: 1 })).status).toBe(400);
    expect((await send('POST', '/feeds', {})).status).toBe(400);
  });
});

describe('adding a feed at a non-public address', () => {
  it('is refused with a problem+json 422 before anything is stored', async () => {
    const table = await createTestTable();
    const feeds = createDynamoFeedStore(table);
    const guarded = createApp({
      apiToken: async () => TOKEN,
      ingest: async () => ({ id: 'unused', created: false, revised: false }),
      articleInputFromUrl: async () => ({ text: 'unused' }),
      store: createDynamoStore(table),
      feeds,
      // A stand-in resolver: internal.example.com resolves to a private address, news.example.com to a public one.
      vetSourceUrl: createSourceVetter({
        resolveHost: async (host) => (host === 'internal.example.com' ? ['10.1.2.3'] : ['93.184.216.34']),
      }),
    });
    const add = (url: string) =>
      guarded.request('/feeds', {
        method: 'POST',
        body: JSON.stringify({ url }),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      });
    for (const url of [
      'http://169.254.169.254/latest/meta-data',
      'http://127.0.0.1:8080/rss',
      'http://[::ffff:10.0.0.1]/rss',
      'https://internal.example.com/rss',
    ]) {
      const response = await add(url);
      expect(response.status, url).toBe(422);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
    }
    expect((await feeds.listFeeds({ limit: 10 })).items).toEqual([]);
    expect((await add('https://news.example.com/rss')).status).toBe(201);
  });
});
