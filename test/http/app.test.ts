import { describe, expect, it } from 'vitest';
import { createApp } from '../../shared/http/app.js';
import type { AppDeps } from '../../shared/http/deps.js';
import type { ArticleInput } from '../../shared/articles/article.js';

const TOKEN = 'test-token-123';

function appWithRecorder() {
  const ingested: ArticleInput[] = [];
  const deps: AppDeps = {
    apiToken: async () => TOKEN,
    ingest: async (input) => {
      ingested.push(input);
      return { id: 'a_1', created: ingested.length === 1 };
    },
    articleInputFromUrl: async (url) => ({ url, text: 'Fetched text with 5 per cent.' }),
  };
  return { app: createApp(deps), ingested };
}

const post = (body: string, headers: Record<string, string> = {}) => ({
  method: 'POST',
  body,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
});

describe('HTTP app core', () => {
  it('answers /health', async () => {
    const { app } = appWithRecorder();
    const response = await app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers an unknown route with a problem+json 404', async () => {
    const { app } = appWithRecorder();
    const response = await app.request('/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404, title: 'Not Found', detail: 'no route for GET /nope' });
  });

  it('accepts an article with the token and answers 202 with its id', async () => {
    const { app, ingested } = appWithRecorder();
    const response = await app.request('/articles', post(JSON.stringify({ text: 'Canada will spend 2 per cent.', source: 'Test' })));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ id: 'a_1', created: true, status: 'queued' });
    expect(ingested).toEqual([{ text: 'Canada will spend 2 per cent.', source: 'Test' }]);
  });

  it('fetches the page when only a url is given', async () => {
    const { app, ingested } = appWithRecorder();
    const response = await app.request('/articles', post(JSON.stringify({ url: 'https://example.com/a', source: 'Ex' })));
    expect(response.status).toBe(202);
    expect(ingested[0]).toEqual({ url: 'https://example.com/a', text: 'Fetched text with 5 per cent.', source: 'Ex' });
  });

  it.each([
    ['no token', post('{"text":"x"}', { authorization: '' }), 401],
    ['a wrong token', post('{"text":"x"}', { authorization: 'Bearer nope' }), 401],
    ['malformed JSON', post('{"text":'), 400],
    ['neither text nor url', post('{"title":"t"}'), 400],
    ['an unknown field', post('{"text":"x","admin":true}'), 400],
    ['a text that is not a string', post('{"text":5}'), 400],
    ['a form body', post('text=x', { 'content-type': 'application/x-www-form-urlencoded' }), 415],
    ['an oversized body', post(JSON.stringify({ text: 'x'.repeat(1_200_000) })), 413],
  ])('refuses %s with a problem+json %i and ingests nothing', async (_name, init, status) => {
    const { app, ingested } = appWithRecorder();
    const response = await app.request('/articles', init);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = (await response.json()) as { status: number; detail: string };
    expect(body.status).toBe(status);
    expect(body.detail.length).toBeGreaterThan(5);
    expect(ingested).toEqual([]);
  });

  it('names the invalid field in a validation problem', async () => {
    const { app } = appWithRecorder();
    const response = await app.request('/articles', post('{"text":5}'));
    expect(await response.json()).toMatchObject({ field: 'text' });
  });

  it('documents POST /articles in /openapi.json', async () => {
    const { app } = appWithRecorder();
    const document = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toContain('/articles');
  });
});
