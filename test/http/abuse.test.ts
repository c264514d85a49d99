// Abuse and bad input against the real local HTTP server (npm start's): rate limits per client, header
// floods, text that is not language, impossible dates, and articles with thousands of claims.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capClaims, MAX_CLAIMS_PER_ARTICLE, MAX_CLAIMS_PER_SENTENCE, type Claim } from '../../shared/facts/claim.js';
import { createApp } from '../../shared/http/app.js';
import { serveLocally } from '../../shared/http/local-server.js';
import { wireFactlineInProcess } from '../../shared/runtime/in-process-wiring.js';
import { createTestTable } from '../support/dynamodb.js';

const TOKEN = 'abuse-test-token';
let factline: ReturnType<typeof wireFactlineInProcess>;
let server: Server;
let limitedServer: Server;
let base: string;
let limitedBase: string;

const urlOf = (listening: Server) => `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
const listen = (listening: Server) =>
  new Promise<void>((resolve) => (listening.listening ? resolve() : listening.once('listening', () => resolve())));

beforeAll(async () => {
  const { client, tableName } = await createTestTable();
  factline = wireFactlineInProcess({ client, tableName, apiToken: async () => TOKEN });
  const app = createApp(factline.appDeps);
  server = serveLocally(app, { port: 0, hostname: '127.0.0.1' });
  // Small buckets that refill slowly, so that the test sees refusals without waiting.
  limitedServer = serveLocally(app, {
    port: 0,
    hostname: '127.0.0.1',
    limits: { read: { perSecond: 0.01, burst: 3 }, write: { perSecond: 0.01, burst: 2 } },
  });
  await Promise.all([listen(server), listen(limitedServer)]);
  [base, limitedBase] = [urlOf(server), urlOf(limitedServer)];
});

afterAll(() => Promise.all([server, limitedServer].map((listening) => new Promise((resolve) => listening.close(resolve)))));

const postArticle = (body: unknown, at = base, token = TOKEN) =>
  fetch(`${at}/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });

async function expectProblem(response: Response, status: number): Promise<{ detail: string; field?: string; requestId?: string }> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = (await response.json()) as { status: number; detail: string; field?: string; requestId?: string };
  expect(body.status).toBe(status);
  return body;
}

describe('refusals Node makes before the app', () => {
  it('answers a 20 KB cursor (headers over 16 KB) with a problem+json 431, and keeps serving', async () => {
    const response = await fetch(`${base}/claims?cursor=${'a'.repeat(20_000)}`, { headers: { 'x-padding': 'p'.repeat(20_000) } });
    const body = await expectProblem(response, 431);
    expect(body.detail).toMatch(/headers are larger than 16 KB/);
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-request-id')).toBe(body.requestId);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});

describe('request ids', () => {
  it('echoes a plain caller id of up to 128 characters, and gives a new id for a long or odd one', async () => {
    const plain = 'trace-7f3a.b:1_' + 'c'.repeat(113);
    expect((await fetch(`${base}/health`, { headers: { 'x-request-id': plain } })).headers.get('x-request-id')).toBe(plain);
    for (const odd of [`${plain}c`, 'id with spaces', 'id"quoted', '<script>']) {
      const answered = await fetch(`${base}/subjects`, { headers: { 'x-request-id': odd } });
      expect(answered.status).toBe(200);
      expect(answered.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('rate limits per client', () => {
  it('refuses reads past the burst from one address with a problem+json 429 and Retry-After', async () => {
    for (let request = 0; request < 3; request++) expect((await fetch(`${limitedBase}/health`)).status).toBe(200);
    const refused = await fetch(`${limitedBase}/subjects`);
    const body = await expectProblem(refused, 429);
    expect(body.detail).toMatch(/too many read requests from this address/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Like every other problem+json: a request id, in the body and the header, the caller's own when it sent one.
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(refused.headers.get('x-request-id')).toBe(body.requestId);
    const named = await fetch(`${limitedBase}/subjects`, { headers: { 'x-request-id': 'client-chosen-id-1' } });
    expect((await expectProblem(named, 429)).requestId).toBe('client-chosen-id-1');
    expect(named.headers.get('x-request-id')).toBe('client-chosen-id-1');
    // An id that is long or not plain is not echoed into headers and logs: the refusal gets a new one.
    const flooded = await fetch(`${limitedBase}/subjects`, { headers: { 'x-request-id': 'x'.repeat(10_000) } });
    expect((await expectProblem(flooded, 429)).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts writes per token: one client past its burst does not hold back another', async () => {
    const text = 'Canada will spend 2 per cent of GDP on defence this year, officials in Ottawa said on Monday.';
    expect((await postArticle({ text }, limitedBase)).status).toBe(202);
    expect((await postArticle({ text }, limitedBase)).status).toBe(202);
    const refused = await postArticle({ text }, limitedBase);
    const body = await expectProblem(refused, 429);
    expect(body.detail).toMatch(/too many write requests from this token/);
    expect(body.requestId).toBe(refused.headers.get('x-request-id'));
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // Another client (a wrong token here) has its own bucket: it gets through to the app, which answers 401.
    expect((await postArticle({ text }, limitedBase, 'another-client')).status).toBe(401);
  });
});

describe('input that is not an article', () => {
  it('refuses random bytes posted as text with a problem+json 422, storing nothing', async () => {
    await factline.queue.drained();
    const before = await factline.store.listClaims({}, { limit: 100 });
    for (const text of [
      randomBytes(4000).toString('utf8'),
      randomBytes(4000).toString('latin1'),
      '%%%% 55 ### 77 !!! 12 ~~~ 99 '.repeat(20),
    ]) {
      const response = await postArticle({ text });
      const body = await expectProblem(response, 422);
      expect(body).toMatchObject({ field: 'text', detail: expect.stringMatching(/^text does not read as language: /) });
    }
    await factline.queue.drained();
    expect(await factline.store.listClaims({}, { limit: 100 })).toEqual(before);
  });

  it.each([
    ['9999-12-31', /more than a day in the future/],
    [new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString(), /more than a day in the future/],
    ['1850-06-01', /before 1900/],
  ])('refuses publishedAt %s with a problem+json 400', async (publishedAt, message) => {
    const response = await postArticle({ text: 'Latvia will spend 5% of GDP on defence, its minister said on Friday.', publishedAt });
    expect(await expectProblem(response, 400)).toMatchObject({ field: 'publishedAt', detail: expect.stringMatching(message) });
  });

  it('accepts a date a few hours ahead (time zones)', async () => {
    const publishedAt = new Date(Date.now() + 6 * 3600 * 1000).toISOString();
    expect(
      (await postArticle({ text: 'Estonia will spend 3.4% of GDP on defence next year, its minister said.', publishedAt })).status,
    ).toBe(202);
  });
});

describe('articles with thousands of claims', () => {
  function claimAt(sentenceStart: number, index: number): Claim {
    return { id: `c_${sentenceStart}_${index}`, sentence: { start: sentenceStart, end: sentenceStart + 100 } } as Claim;
  }

  it('caps claims per sentence and per article, keeping text order and saying why', () => {
    const crowded = Array.from({ length: 30 }, (_, index) => claimAt(0, index));
    const { claims, capped } = capClaims([...crowded, claimAt(200, 0)]);
    expect(claims.map((claim) => claim.id)).toEqual(
      [...crowded.slice(0, MAX_CLAIMS_PER_SENTENCE), claimAt(200, 0)].map((claim) => claim.id),
    );
    expect(capped).toEqual({
      found: 31,
      kept: MAX_CLAIMS_PER_SENTENCE + 1,
      reason: expect.stringMatching(/1 sentence\(s\) held more than 12 claims/),
    });
    const many = Array.from({ length: MAX_CLAIMS_PER_ARTICLE + 50 }, (_, index) => claimAt(index * 100, 0));
    expect(capClaims(many).claims).toHaveLength(MAX_CLAIMS_PER_ARTICLE);
    expect(capClaims(many.slice(0, 10))).toEqual({ claims: many.slice(0, 10), capped: null });
  });

  it('stores a repetitive article with its capped claims and the reason, and pages /articles/{id} claims', async () => {
    const sentences = Array.from(
      { length: 450 },
      (_, index) =>
        `Canada will spend ${(1 + index / 100).toFixed(2)} per cent of GDP on defence in ${2000 + (index % 40)}, officials said.`,
    );
    const response = await postArticle({ text: sentences.join(' '), title: 'Repetitive' });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    await factline.queue.drained();

    const first = (await (await fetch(`${base}/articles/${id}?limit=150`)).json()) as {
      claims: Claim[];
      cursor?: string;
      claimsCapped: unknown;
    };
    expect(first.claimsCapped).toEqual({
      found: expect.any(Number),
      kept: MAX_CLAIMS_PER_ARTICLE,
      reason: expect.stringMatching(/more than 400 claims/),
    });
    expect(first.claims).toHaveLength(150);
    const seen = first.claims.map((claim) => claim.id);
    for (let cursor = first.cursor; cursor; ) {
      const page = (await (await fetch(`${base}/articles/${id}?limit=150&cursor=${encodeURIComponent(cursor)}`)).json()) as {
        claims: Claim[];
        cursor?: string;
      };
      seen.push(...page.claims.map((claim) => claim.id));
      cursor = page.cursor;
    }
    expect(new Set(seen).size).toBe(MAX_CLAIMS_PER_ARTICLE);
    expect(seen).toHaveLength(MAX_CLAIMS_PER_ARTICLE);
    await expectProblem(await fetch(`${base}/articles/${id}?cursor=forged.cursor`), 400);
    // 400 claims written through the local queue into DynamoDB Local: 36 s on a machine loaded 13 deep (the default 30 s
    // timed out there, at this commit and at the session's base alike).
  }, 90_000);
});

describe('text that would reorder itself on screen', () => {
  it('loses its bidirectional overrides and isolates before extraction, and nothing else: quotes and offsets stay true', async () => {
    // U+202E (right-to-left override) shows "2.5" as "5.2": a quote that says on screen what the figure does not.
    const controls = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    const posted =
      'Canada will raise its defence spending to \u202e2.5\u202c per cent of GDP next year, Defence Minister \u2067Bill Blair\u2069 said on Monday. ' +
      'Officials said the \u202aplan\u202c covers \u202bnew\u202c ships, \u202dradar\u202c and \u2066training\u2069 \u2068for recruits\u2069.';
    const response = await postArticle({ text: posted, title: 'Budget \u202etegdub\u202c', source: 'The \u2067Gazette\u2069' });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    await factline.queue.drained();
    const article = (await (await fetch(`${base}/articles/${id}`)).json()) as {
      text: string;
      title: string;
      source: string;
      claims: Array<{ quote: string; text: string; start: number; end: number; value: number }>;
    };
    const withoutControls = [...posted].filter((character) => !controls.includes(character)).join('');
    expect(article.text).toBe(withoutControls);
    expect(article.title).toBe('Budget tegdub');
    expect(article.source).toBe('The Gazette');
    const claim = article.claims.find((candidate) => candidate.value === 2.5)!;
    expect(claim.quote).toContain('to 2.5 per cent of GDP');
    expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
    for (const shown of [article.text, article.title, article.source, ...article.claims.map((each) => each.quote)])
      expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // The same article posted again, with or without the controls, is the one stored: nothing new, nothing lost.
    for (const text of [posted, withoutControls]) {
      const again = await postArticle({ text });
      expect(again.status).toBe(202);
      expect(await again.json()).toMatchObject({ id, created: false });
    }
    await factline.queue.drained();
    expect(((await (await fetch(`${base}/articles/${id}`)).json()) as { text: string }).text).toBe(withoutControls);
  });
});
