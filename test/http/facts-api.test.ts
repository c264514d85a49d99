// The read routes (claims, articles, facts, subjects, series, conflicts) over a real store on DynamoDB Local.
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { mountOf } from '../../shared/http/base-path.js';
import type { AppEnv } from '../../shared/http/routing.js';
import { restApiEvent } from '../support/lambda-events.js';
import { createApp } from '../../shared/http/app.js';
import { subjectRoutes } from '../../shared/http/routes/subjects.js';
import { claimsFromQuantities } from '../../shared/facts/claim.js';
import { createDynamoStore } from '../../shared/store/dynamo-store.js';
import { createTestTable } from '../support/dynamodb.js';
import { article, DEFENCE_SHARE, defenceSpendingArticle, quantity } from '../store/fixtures.js';

let app: ReturnType<typeof createApp>;
let store: ReturnType<typeof createDynamoStore>;
const pledgeText = 'Canada will reach two per cent of GDP on defence this year and five per cent by 2035, Mark Carney said.';
const pledge = article(pledgeText, 'https://news.example/pledge', '2025-06-20', 'News');

beforeAll(async () => {
  const { client, tableName } = await createTestTable();
  store = createDynamoStore({ client, tableName, cursorSecret: 'http-test' });
  const refuse = async () => {
    throw new Error('read routes only');
  };
  app = createApp({ store, apiToken: async () => 'unused', ingest: refuse, articleInputFromUrl: refuse });
  const said = { unit: 'percent', ...DEFENCE_SHARE, kind: 'target', speaker: 'Mark Carney' } as const;
  const stored: Array<{ article: typeof pledge; claims: ReturnType<typeof claimsFromQuantities> }> = [
    {
      article: pledge,
      claims: claimsFromQuantities(pledge, [
        quantity(pledgeText, 'two per cent', { ...said, value: 2, time: { year: 2025 } }),
        quantity(pledgeText, 'five per cent', { ...said, value: 5, time: { by: 2035 } }),
      ]),
    },
    defenceSpendingArticle(1.3, 'https://low.example/a', '2025-03-01'),
    defenceSpendingArticle(1.6, 'https://high.example/b', '2025-03-02'),
  ];
  for (const { article: item, claims } of stored) {
    await store.putArticleOnce(item);
    await store.replaceArticleClaims(item, claims, 'test-1');
  }
});

const json = async (path: string) => {
  const response = await app.request(path);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.json() };
};

describe('claims and articles', () => {
  it('lists claims for a subject as typed, and pages with a cursor', async () => {
    const values: number[] = [];
    let path = '/claims?subject=Canada&limit=2';
    for (let pages = 0; pages < 10; pages++) {
      const page = await json(path);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      values.push(...page.body.items.map((claim: { value: number }) => claim.value));
      if (!page.body.cursor) break;
      path = `/claims?subject=Canada&limit=2&cursor=${encodeURIComponent(page.body.cursor)}`;
    }
    expect(values.sort()).toEqual([1.3, 1.6, 2, 5]);
    expect((await json('/claims?subject=canada&kind=target')).body.items).toHaveLength(2);
  });

  it('answers a forged cursor or a bad filter with a problem+json 400 naming the field', async () => {
    const forged = await json('/claims?subject=Canada&cursor=eyJ4IjoxfQ.AAAA');
    expect(forged).toMatchObject({ status: 400, type: 'application/problem+json', body: { field: 'cursor' } });
    expect(await json('/claims?kind=rumour')).toMatchObject({ status: 400, body: { field: 'kind' } });
    expect(await json('/claims?limit=0')).toMatchObject({ status: 400, body: { field: 'limit' } });
    expect(await json('/facts?period=soon')).toMatchObject({ status: 400, body: { field: 'period' } });
  });

  it('serves a claim by id and an article with its claims; unknown ids are 404s', async () => {
    const article = await json(`/articles/${pledge.id}`);
    expect(article.status).toBe(200);
    expect(article.body).toMatchObject({ id: pledge.id, text: pledgeText, extractorVersion: 'test-1' });
    expect(article.body.claims).toHaveLength(2);
    const claim = await json(`/claims/${article.body.claims[0].id}`);
    expect(claim.body).toMatchObject({ articleId: pledge.id, subject: 'Canada' });
    expect((await json('/claims/c_nope')).status).toBe(404);
    expect((await json('/articles/a_nope')).status).toBe(404);
  });
});

describe('facts, series and conflicts', () => {
  it('serves the series with 2% for 2025 and 5% by 2035 as different scopes, not a conflict between them', async () => {
    const series = await json('/subjects/Canada/metrics/defence-spending-share-of-gdp');
    expect(series.status).toBe(200);
    const targets = series.body.kinds.find((group: { kind: string }) => group.kind === 'target').facts;
    expect(targets.map((fact: { value: number; period: string }) => [fact.value, fact.period])).toEqual([
      [2, '2025'],
      [5, '2035-by'],
    ]);
    const [two, five] = targets;
    const between = series.body.relations.filter(
      (relation: { from: string; to: string }) => [relation.from, relation.to].sort().join() === [two.id, five.id].sort().join(),
    );
    expect(between.map((relation: { type: string }) => relation.type)).toEqual(['different-scope']);
    expect(targets[0].appearances[0]).toMatchObject({
      url: 'https://news.example/pledge',
      source: 'News',
      speaker: 'Mark Carney',
      quote: pledgeText,
    });
  });

  it('returns a conflict with both sides and their sources', async () => {
    const conflicts = await json('/conflicts');
    expect(conflicts.body.items).toHaveLength(1);
    const sources = conflicts.body.items[0].facts
      .map((fact: { value: number; sources: Array<{ url: string }> }) => `${fact.value}@${fact.sources[0]!.url}`)
      .sort();
    expect(sources).toEqual(['1.3@https://low.example/a', '1.6@https://high.example/b']);
  });

  it('filters facts and serves one with its appearances, relations and ClaimReview', async () => {
    const bySpeaker = await json('/facts?speaker=Mark%20Carney&period=by%202035');
    expect(bySpeaker.body.items.map((fact: { value: number }) => fact.value)).toEqual([5]);
    const id = bySpeaker.body.items[0].id;
    const fact = await json(`/facts/${id}`);
    expect(fact.body).toMatchObject({ id, value: 5, kind: 'target', relations: [] });
    expect(fact.body.appearances).toHaveLength(1);
    const review = await json(`/facts/${id}/claimreview`);
    expect(review.type).toContain('application/ld+json');
    expect(review.body).toMatchObject({ '@type': 'ClaimReview', itemReviewed: { '@type': 'Claim', author: { name: 'Mark Carney' } } });
    expect((await json('/facts/f_000000000000000000000000')).status).toBe(404);
    expect((await json('/facts/not-a-fact')).status).toBe(400);
  });

  it('lists subjects with their metrics and exports a series as CSV', async () => {
    const subjects = await json('/subjects');
    expect(subjects.body.items).toEqual([
      {
        subject: 'Canada',
        slug: 'canada',
        metrics: [{ metric: DEFENCE_SHARE.metric, slug: DEFENCE_SHARE.metric, label: DEFENCE_SHARE.metricLabel }],
      },
    ]);
    for (const path of [
      '/subjects/canada/metrics/defence-spending-share-of-gdp.csv',
      '/subjects/canada/metrics/defence-spending-share-of-gdp?format=csv',
    ]) {
      const response = await app.request(path);
      expect(response.headers.get('content-type')).toContain('text/csv');
      const lines = (await response.text()).trim().split('\r\n');
      expect(lines[0]).toMatch(/^fact_id,subject,metric,kind,period,value/);
      expect(lines).toHaveLength(5);
    }
    expect((await json('/subjects/nowhere/metrics/nothing')).status).toBe(404);
    expect(await json('/subjects/canada/metrics/.csv')).toMatchObject({ status: 400, body: { field: 'metric' } });
  });

  it('ends a CSV answer before it would outgrow the response limit, and links to the rest', async () => {
    const path = '/subjects/canada/metrics/defence-spending-share-of-gdp?format=csv';
    const whole = await app.request(path);
    expect(whole.headers.get('link')).toBeNull();
    const [header, ...allRows] = (await whole.text()).trim().split('\r\n');
    expect(allRows.length).toBeGreaterThan(2);

    // Room for the header and about one row: every answer holds one row and links to the next.
    const maxBytes = Buffer.byteLength(`${header}\r\n`) + Math.max(...allRows.map((row) => Buffer.byteLength(row))) + 2 + 10;
    const small = subjectRoutes({ store, csvLimits: { maxBytes, targetBytes: 1, timeBudgetMs: 60_000, pageSize: 1 } });
    const rows: string[] = [];
    let next: string | null = path;
    let answers = 0;
    while (next) {
      const response = await small.request(next);
      expect(response.status).toBe(200);
      const body = await response.text();
      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(maxBytes);
      const [answerHeader, ...answerRows] = body.trim().split('\r\n');
      expect(answerHeader).toBe(header);
      rows.push(...answerRows);
      answers++;
      next = /^<([^>]+)>; rel="next"$/.exec(response.headers.get('link') ?? '')?.[1] ?? null;
      expect(answers).toBeLessThan(20);
    }
    expect(answers).toBeGreaterThan(2);
    expect(rows.sort()).toEqual([...allRows].sort());

    // Behind a REST API stage the next link keeps the stage (app-core.ts sets basePath from the event).
    const staged = new Hono<AppEnv>()
      .use(async (c, proceed) => {
        c.set('basePath', mountOf(c.env).basePath);
        await proceed();
      })
      .route('/', small);
    const answer = await staged.request(path, {}, { event: restApiEvent('GET', path) });
    expect(answer.headers.get('link')).toMatch(
      /^<\/prod\/subjects\/canada\/metrics\/defence-spending-share-of-gdp\?format=csv&cursor=[^>]+>; rel="next"$/,
    );
  });

  it('documents every read route in /openapi.json', async () => {
    const spec = await json('/openapi.json');
    for (const path of [
      '/claims',
      '/claims/{id}',
      '/articles/{id}',
      '/facts',
      '/facts/{id}',
      '/facts/{id}/claimreview',
      '/conflicts',
      '/subjects',
      '/subjects/{subject}/metrics/{metric}',
    ]) {
      expect(spec.body.paths[path]?.get, path).toBeDefined();
    }
  });
});

describe('searching facts with q', () => {
  it('finds a fact by the words a journalist types: subject, metric, unit, period and kind, every word matching', async () => {
    const text =
      'Germany will raise its defence spending to 3.5 per cent of GDP by 2029, Boris Pistorius said. It spent 2.1 per cent in 2024.';
    const germany = article(text, 'https://news.example/germany', '2025-06-24', 'News');
    const share = { unit: 'percent', ...DEFENCE_SHARE, subject: 'Germany' } as const;
    await store.putArticleOnce(germany);
    await store.replaceArticleClaims(
      germany,
      claimsFromQuantities(germany, [
        quantity(text, '3.5 per cent', { ...share, value: 3.5, kind: 'target', time: { by: 2029 }, speaker: 'Boris Pistorius' }),
        quantity(text, '2.1 per cent', { ...share, value: 2.1, kind: 'actual', time: { year: 2024 } }),
      ]),
      'test-1',
    );
    const found = async (q: string) =>
      (await json(`/facts?q=${encodeURIComponent(q)}`)).body.items.map(
        (fact: { subject: string; value: number }) => `${fact.subject} ${fact.value}`,
      );
    expect(await found('Germany 2029')).toEqual(['Germany 3.5']);
    expect(await found('germany target by 2029')).toEqual(['Germany 3.5']);
    expect(await found('Germany defence spending 2024')).toEqual(['Germany 2.1']);
    expect(await found('germany actual percent')).toEqual(['Germany 2.1']);
    expect(await found('Pistorius 2029 GDP')).toEqual(['Germany 3.5']);
    expect((await found('Canada 2035')).sort()).toEqual(['Canada 5']);
    // Every word must match: no 2030 figure for Germany, no 2029 actual.
    expect(await found('Germany 2030')).toEqual([]);
    expect(await found('Germany 2029 actual')).toEqual([]);
    // A sixth word is refused, not dropped: dropped unread, "2030" would leave this query finding the 2029 target.
    expect(await json(`/facts?q=${encodeURIComponent('germany target by 2029 percent 2030')}`)).toMatchObject({
      status: 400,
      type: 'application/problem+json',
      body: { field: 'q' },
    });
  });
});
