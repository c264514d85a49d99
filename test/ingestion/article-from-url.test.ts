// POST /articles { url } on real parts: the safe fetcher against a loopback fixture server (a
// hostile DNS port plays the public web), the DynamoDB store, the in-process extraction queue.
import { ScanCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/http/app.js';
import { articleInputFromUrl } from '../../shared/ingestion/article-from-url.js';
import { SourceRefusedError } from '../../shared/ingestion/errors.js';
import { createSafeFetcher, type HostResolver } from '../../shared/ingestion/safe-fetch.js';
import type { InProcessQueue } from '../../shared/queue/in-process-queue.js';
import { wireFactlineInProcess } from '../../shared/runtime/in-process-wiring.js';
import { createTestTable } from '../support/dynamodb.js';
import { articlePage, rssFeed, storyParagraphs } from './feed-fixtures.js';
import { serveBody, startFixtureServer, type FixtureServer } from './fixture-server.js';

const TOKEN = 'url-test-token';
let server: FixtureServer;
let client: DynamoDBClient;
let tableName: string;
let app: ReturnType<typeof createApp>;
/** The same app with the fetcher as deployed: the unsafe loopback switch off. */
let strictApp: ReturnType<typeof createApp>;
let queue: InProcessQueue;

const resolver: HostResolver = async (hostname) => {
  if (hostname === 'internal.test') return ['10.20.30.40'];
  if (hostname === 'metadata.test') return ['169.254.169.254'];
  return ['127.0.0.1'];
};
const fetchSource = createSafeFetcher({ unsafeAllowLoopback: true, resolveHost: resolver, timeoutMs: 2_000 });
const publicUrl = (path: string) => `http://news.test:${server.port}${path}`;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(
    '/story',
    serveBody(
      articlePage(
        'Harbour expansion approved',
        storyParagraphs('the harbour expansion'),
        '<link rel="canonical" href="/story?utm_source=x"><meta property="article:published_time" content="2026-01-03T09:00:00Z">',
      ),
      'text/html; charset=utf-8',
    ),
  );
  server.route(
    '/claims-elsewhere',
    serveBody(
      articlePage('Copied story', storyParagraphs('a copied story'), '<link rel="canonical" href="https://another-site.test/original">'),
      'text/html',
    ),
  );
  server.route(
    '/plain.txt',
    serveBody(
      'Exports rose 4.2 per cent in March, the statistics office said.\n\nStory continues below advertisement\n\nImports fell.',
      'text/plain',
    ),
  );
  server.route('/feed.xml', serveBody(rssFeed('A feed', [{ id: '1', title: 'x', html: '<p>x</p>' }]), 'application/rss+xml'));
  server.route(
    '/book',
    serveBody(
      articlePage(
        'A whole book',
        Array.from(
          { length: 12_000 },
          (_, index) => `Paragraph ${index} of a text far longer than any news article, which goes on and on about many things.`,
        ),
      ),
      'text/html',
    ),
  );
  server.route('/empty', serveBody('<html><body><nav>Home</nav></body></html>', 'text/html'));
  server.route('/to-metadata', (_request, response) => {
    response.writeHead(302, { location: 'http://metadata.test/latest/meta-data/iam/security-credentials/' }).end();
  });

  ({ client, tableName } = await createTestTable());
  const factline = wireFactlineInProcess({ client, tableName, apiToken: async () => TOKEN, fetchSource });
  queue = factline.queue;
  app = createApp(factline.appDeps);
  strictApp = createApp(
    wireFactlineInProcess({ client, tableName, apiToken: async () => TOKEN, fetchSource: createSafeFetcher() }).appDeps,
  );
});

afterAll(() => server.close());

async function storedArticleCount(): Promise<number> {
  const scan = await client.send(
    new ScanCommand({
      TableName: tableName,
      FilterExpression: 'entity = :article',
      ExpressionAttributeValues: { ':article': { S: 'article' } },
    }),
  );
  return scan.Count ?? 0;
}

const postUrl = (url: string, to = app) =>
  to.request('/articles', {
    method: 'POST',
    body: JSON.stringify({ url }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
  });

describe('articleInputFromUrl', () => {
  it('turns a page into clean text with its metadata, keeping a same-site canonical URL', async () => {
    const input = await articleInputFromUrl(publicUrl('/story'), fetchSource);
    expect(input).toMatchObject({
      title: 'Harbour expansion approved',
      url: publicUrl('/story?utm_source=x'),
      publishedAt: '2026-01-03T09:00:00.000Z',
      source: 'news.test',
    });
    expect(input.text).toMatch(/^Officials said on Tuesday that the harbour expansion/);
    expect(input.text).not.toContain('Story continues below advertisement');
  });

  it("ignores a canonical URL on another site: a page cannot take another site's article identity", async () => {
    expect((await articleInputFromUrl(publicUrl('/claims-elsewhere'), fetchSource)).url).toBe(publicUrl('/claims-elsewhere'));
  });

  it('cleans plain text pages too', async () => {
    expect((await articleInputFromUrl(publicUrl('/plain.txt'), fetchSource)).text).toBe(
      'Exports rose 4.2 per cent in March, the statistics office said.\n\nImports fell.',
    );
  });

  it('refuses a feed and a page without article text, saying why', async () => {
    await expect(articleInputFromUrl(publicUrl('/feed.xml'), fetchSource)).rejects.toThrow(
      /not an article page; add feeds with POST \/feeds/,
    );
    await expect(articleInputFromUrl(publicUrl('/empty'), fetchSource)).rejects.toThrow(SourceRefusedError);
    await expect(articleInputFromUrl(publicUrl('/book'), fetchSource)).rejects.toThrow(/larger than 1000000 bytes; not one article/);
  });
});

describe('POST /articles { url }', () => {
  it('fetches, stores once and extracts', async () => {
    const first = await postUrl(publicUrl('/story'));
    expect(first.status).toBe(202);
    const { id, created } = await first.json();
    expect(created).toBe(true);
    // The same page with a tracking parameter is the same article.
    expect(await (await postUrl(publicUrl('/story?utm_medium=email'))).json()).toMatchObject({ id, created: false });
    await queue.drained();
    expect(await storedArticleCount()).toBe(1);
  });

  it.each([
    ['10/8', 'http://10.1.1.1/', 'blocked-address'],
    ['172.16/12', 'http://172.16.5.5/', 'blocked-address'],
    ['192.168/16', 'http://192.168.0.1/admin', 'blocked-address'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/', 'blocked-address'],
    ['IPv6 unique local', 'http://[fd00::1]/', 'blocked-address'],
    ['IPv4-mapped IPv6', 'http://[::ffff:169.254.169.254]/', 'blocked-address'],
    ['a name resolving to a private address', 'http://internal.test/', 'blocked-address'],
  ])('refuses %s with a 422 problem, and stores nothing', async (_name, url, reason) => {
    const before = await storedArticleCount();
    const response = await postUrl(url);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ reason, detail: expect.stringContaining('only public addresses are fetched') });
    expect(await storedArticleCount()).toBe(before);
  });

  it('refuses loopback (127.0.0.1, [::1], localhost) with the fetcher as deployed, and stores nothing', async () => {
    const before = await storedArticleCount();
    for (const url of ['http://127.0.0.1/', 'http://[::1]/', 'http://localhost/']) {
      const response = await postUrl(url, strictApp);
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ reason: 'blocked-address', detail: expect.stringContaining('a loopback address') });
    }
    expect(await storedArticleCount()).toBe(before);
  });

  it('refuses ports other than 80 and 443 with the fetcher as deployed (no port-scan oracle), and stores nothing', async () => {
    const before = await storedArticleCount();
    for (const url of ['http://127.0.0.1:9/', 'http://news.example.com:25/', 'https://news.example.com:8443/story']) {
      const response = await postUrl(url, strictApp);
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ reason: 'blocked-port', detail: expect.stringContaining('only 80 and 443') });
    }
    expect(await storedArticleCount()).toBe(before);
  });

  it('refuses a public page that redirects to cloud metadata, and stores nothing', async () => {
    const before = await storedArticleCount();
    const response = await postUrl(publicUrl('/to-metadata'));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      reason: 'blocked-address',
      detail: expect.stringContaining('metadata.test resolves to 169.254.169.254'),
    });
    expect(await storedArticleCount()).toBe(before);
  });
});
