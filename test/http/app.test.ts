// The app core on real parts: DynamoDB Local behind the store, the in-process queue, the real fetcher.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/http/app.js';
import { createSafeFetcher } from '../../shared/ingestion/safe-fetch.js';
import { wireFactlineInProcess } from '../../shared/runtime/in-process-wiring.js';
import { createTestTable } from '../support/dynamodb.js';

const TOKEN = 'test-token-123';
let factline: ReturnType<typeof wireFactlineInProcess>;
let app: ReturnType<typeof createApp>;
let pageServer: Server;
let pageUrl: string;

beforeAll(async () => {
  const { client, tableName } = await createTestTable();
  factline = wireFactlineInProcess({
    client,
    tableName,
    apiToken: async () => TOKEN,
    fetchSource: createSafeFetcher({ unsafeAllowLoopback: true }),
  });
  app = createApp(factline.appDeps);
  pageServer = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<html><head><title>Budget</title></head><body><article><h1>Budget</h1>
      <p>The government said on Monday that defence spending will rise to 2.5 per cent of GDP by 2030, up from 1.4 per cent last year, according to the finance ministry.</p>
      <p>Officials said the plan had the support of most members of parliament and would be debated next week.</p></article></body></html>`);
  });
  await new Promise<void>((resolve) => pageServer.listen(0, '127.0.0.1', resolve));
  const address = pageServer.address();
  pageUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/budget`;
});

afterAll(() => new Promise<void>((resolve) => pageServer.close(() => resolve())));

const post = (body: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
});

describe('HTTP app core', () => {
  it('answers /health', async () => {
    const response = await app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown route with a problem+json 404', async () => {
    const response = await app.request('/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not Found', detail: 'no route for GET /nope' });
  });

  it('stores a posted article once, answers 202 with its id, and the claims follow', async () => {
    const body = JSON.stringify({
      text: 'Canada will spend 2 per cent of GDP on defence this year, Carney said.',
      source: 'Test',
      publishedAt: '2025-06-01',
    });
    const first = await app.request('/articles', post(body));
    expect(first.status).toBe(202);
    const accepted = (await first.json()) as { id: string; created: boolean; status: string };
    expect(accepted).toMatchObject({ created: true, revised: false, status: 'queued' });
    const again = await app.request('/articles', post(body));
    expect(await again.json()).toEqual({ ...accepted, created: false });
    await factline.queue.drained();
    const claims = await factline.store.getArticleClaims(accepted.id);
    expect(claims?.map((claim) => [claim.value, claim.unit])).toContainEqual([2, 'percent']);
  });

  it('fetches the page server-side when only a url is given', async () => {
    const response = await app.request('/articles', post(JSON.stringify({ url: pageUrl, source: 'Fixture' })));
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const article = await factline.store.getArticle(id);
    expect(article?.text).toContain('2.5 per cent of GDP by 2030');
    expect(article?.source).toBe('Fixture');
  });

  const LATVIA = 'Latvia will spend 5% of GDP on defence, its minister said.';
  it.each([
    ['no token', post('{"text":"x 5%"}', { authorization: '' }), 401],
    ['a wrong token', post('{"text":"x 5%"}', { authorization: 'Bearer nope' }), 401],
    ['malformed JSON', post('{"text":'), 400],
    ['neither text nor url', post('{"title":"t"}'), 400],
    ['an unknown field', post('{"text":"x 5%","admin":true}'), 400],
    ['a text that is not a string', post('{"text":5}'), 400],
    ['a date that is not a date', post('{"text":"x 5%","publishedAt":"yesterday"}'), 400],
    ['publishedAt "2026-02-30", which Date.parse would guess at', post(JSON.stringify({ text: LATVIA, publishedAt: '2026-02-30' })), 400],
    ['publishedAt "1", which Date.parse would guess at', post(JSON.stringify({ text: LATVIA, publishedAt: '1' })), 400],
    ['publishedAt "March 5", which Date.parse would guess at', post(JSON.stringify({ text: LATVIA, publishedAt: 'March 5' })), 400],
    ['a URL to a private address', post('{"url":"http://169.254.169.254/latest/meta-data"}'), 422],
    ['a form body', post('text=x', { 'content-type': 'application/x-www-form-urlencoded' }), 415],
    ['an oversized body', post(JSON.stringify({ text: 'x'.repeat(1_200_000) })), 413],
  ])('refuses %s with a problem+json %i and stores nothing', async (_name, init, status) => {
    await factline.queue.drained();
    const before = await factline.store.listClaims({}, { limit: 100 });
    const response = await app.request('/articles', init);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as { status: number; detail: string };
    expect(body.status).toBe(status);
    expect(body.detail.length).toBeGreaterThan(5);
    await factline.queue.drained();
    expect(await factline.store.listClaims({}, { limit: 100 })).toEqual(before);
  });

  it('names the invalid field in a validation problem', async () => {
    const response = await app.request('/articles', post('{"text":5}'));
    expect(await response.json()).toMatchObject({ field: 'text' });
  });

  it('documents POST /articles in /openapi.json', async () => {
    const document = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toContain('/articles');
  });
});
