import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/errors.js';
import { claimsFromQuantities, type Claim } from '../../shared/facts/claim.js';
import { factIdOf } from '../../shared/facts/fact.js';
import { createDynamoStore } from '../../shared/store/dynamo-store.js';
import { createTestTable } from '../support/dynamodb.js';
import { article, DEFENCE_SHARE, defenceSpendingArticle, quantity } from './fixtures.js';

type Store = ReturnType<typeof createDynamoStore>;

const PLEDGE = 'Canada will spend five per cent of its GDP on defence by 2035, Mark Carney said.';
function pledgeClaims(stored: ReturnType<typeof article>): Claim[] {
  return claimsFromQuantities(stored, [
    quantity(stored.text, 'five per cent', {
      value: 5,
      unit: 'percent',
      ...DEFENCE_SHARE,
      time: { by: 2035 },
      kind: 'target',
      speaker: 'Mark Carney',
    }),
  ]);
}

describe('putArticleOnce', () => {
  it('stores an article once: the same article again is a normal outcome answered with the stored one', async () => {
    const { table: store } = await isolatedStore();
    const first = article('NATO has 32 members.', 'https://example.com/nato-members');
    expect((await store.putArticleOnce(first)).created).toBe(true);
    const again = await store.putArticleOnce({ ...first, ingestedAt: '2030-01-01T00:00:00.000Z' });
    expect(again.created).toBe(false);
    expect(again.article.ingestedAt).toBe(first.ingestedAt);
    expect((await store.getArticle(first.id))?.text).toBe('NATO has 32 members.');
  });

  it('recognises the same text under another URL as the same article and records that URL as another source', async () => {
    const { table: store } = await isolatedStore();
    const original = article('Wire copy: 40 per cent of voters are undecided.', 'https://wire.example/story');
    const copy = article(
      'Wire copy:  40 per cent of voters are UNDECIDED.',
      'https://paper.example/copy?utm_source=x',
      '2025-06-03',
      'Paper',
    );
    await store.putArticleOnce(original);
    const result = await store.putArticleOnce(copy);
    expect(result).toMatchObject({ created: false, article: { id: original.id } });
    const stored = await store.getArticle(original.id);
    expect(stored?.alsoAt).toEqual([
      { url: 'https://paper.example/copy?utm_source=x', source: 'Paper', publishedAt: copy.publishedAt, title: copy.title },
    ]);
    expect((await store.findArticleByUrl('https://paper.example/copy'))?.id).toBe(original.id);
    expect((await store.findArticleByUrl(original.canonicalUrl!))?.id).toBe(original.id);
    expect((await store.findArticleByFingerprint(copy.fingerprint))?.id).toBe(original.id);
    expect(await store.getArticle(copy.id)).toBeNull();
  });

  it('keeps a text longer than one item allows', async () => {
    const { table: store } = await isolatedStore();
    const long = article(`Budget of 7 per cent. ${'x'.repeat(250_000)}`, 'https://example.com/long');
    await store.putArticleOnce(long);
    expect((await store.getArticle(long.id))?.text).toBe(long.text);
  });
});

describe('facts and appearances', () => {
  it('makes one fact with two appearances when the same article arrives from two URLs', async () => {
    const { table: store } = await isolatedStore();
    const first = article(PLEDGE, 'https://one.example/pledge');
    await store.putArticleOnce(first);
    await store.replaceArticleClaims(first, pledgeClaims(first), 'test-1');
    await store.putArticleOnce(article(PLEDGE, 'https://two.example/pledge-copy', '2025-06-05', 'Two'));
    await store.putArticleOnce(first);

    const [claim] = (await store.getArticleClaims(first.id))!;
    const fact = await store.getFact(factIdFor(claim!));
    expect(fact?.appearances.map((appearance) => appearance.url)).toEqual([
      'https://one.example/pledge',
      'https://two.example/pledge-copy',
    ]);
    expect(fact).toMatchObject({ subject: 'Canada', value: 5, kind: 'target', time: { by: 2035 } });
  });

  it('makes one fact with two appearances when two articles say the same thing', async () => {
    const { table: store } = await isolatedStore();
    const a = defenceSpendingArticle(1.37, 'https://a.example/spend');
    const b = defenceSpendingArticle(1.37, 'https://b.example/spend', '2025-07-01', 'In July: ');
    for (const { article: stored, claims } of [a, b]) {
      await store.putArticleOnce(stored);
      await store.replaceArticleClaims(stored, claims, 'test-1');
    }
    const fact = await store.getFact(factIdFor(a.claims[0]!));
    expect(fact?.appearances.map((appearance) => appearance.articleId)).toEqual([a.article.id, b.article.id]);
    const listed = await store.listFacts(
      { subject: 'canada', metric: 'defence-spending-share-of-gdp', kind: 'actual', period: '2024' },
      { limit: 10 },
    );
    expect(listed.items.filter((item) => item.value === 1.37)).toHaveLength(1);
  });

  it('records two articles disagreeing on the same figure as a conflict with both sources', async () => {
    const low = defenceSpendingArticle(1.1, 'https://low.example/x', '2025-03-01');
    const high = defenceSpendingArticle(1.9, 'https://high.example/y', '2025-03-02');
    const { table } = await isolatedStore();
    for (const { article: stored, claims } of [low, high]) {
      await table.putArticleOnce(stored);
      await table.replaceArticleClaims(stored, claims, 'test-1');
    }
    const conflicts = await table.listConflicts({ limit: 10 });
    expect(conflicts.items).toHaveLength(1);
    const [conflict] = conflicts.items;
    expect(conflict).toMatchObject({ type: 'conflicts', subject: 'Canada', metricSlug: 'defence-spending-share-of-gdp' });
    const sides = conflict!.facts.map((fact) => ({ value: fact.value, urls: fact.sources.map((source) => source.url) }));
    expect(sides.sort((x, y) => x.value - y.value)).toEqual([
      { value: 1.1, urls: ['https://low.example/x'] },
      { value: 1.9, urls: ['https://high.example/y'] },
    ]);
    const { series } = await table.getSeries('canada', 'defence-spending-share-of-gdp', { limit: 50 });
    expect(series?.relations.filter((relation) => relation.type === 'conflicts')).toHaveLength(1);

    // Re-extraction that agrees with the other article closes the conflict.
    await table.replaceArticleClaims(
      low.article,
      defenceSpendingArticle(1.9, 'https://low.example/x', '2025-03-01').claims.map((claim) => ({ ...claim, articleId: low.article.id })),
      'test-2',
    );
    expect((await table.listConflicts({ limit: 10 })).items).toHaveLength(0);
  });
});

describe('replaceArticleClaims', () => {
  it('is idempotent: the same claims twice leave the same state', async () => {
    const { table: store } = await isolatedStore();
    const stored = article(`Repeated. ${PLEDGE}`, 'https://idem.example/p');
    await store.putArticleOnce(stored);
    const first = await store.replaceArticleClaims(stored, pledgeClaims(stored), 'test-1');
    const second = await store.replaceArticleClaims(stored, pledgeClaims(stored), 'test-1');
    expect(first.changed).toBe(true);
    expect(second).toEqual({ claimSet: first.claimSet, changed: false });
    expect(await store.getArticleClaims(stored.id)).toHaveLength(1);
  });

  it('replaces more than a transaction can hold, and readers see the old set or the new, never a mix', async () => {
    const { table } = await isolatedStore();
    const text = Array.from({ length: 160 }, (_, i) => `Item ${i + 1000} costs money.`).join(' ');
    const stored = article(text, 'https://big.example/list');
    await table.putArticleOnce(stored);
    const claimsFor = (count: number, offset: number) =>
      claimsFromQuantities(
        stored,
        Array.from({ length: count }, (_, i) => quantity(text, `Item ${i + 1000 + offset} `, { value: i + 1000 + offset, unit: 'count' })),
      );
    const oldSet = claimsFor(130, 0);
    const newSet = claimsFor(110, 30);
    await table.replaceArticleClaims(stored, oldSet, 'v1');
    const oldIds = JSON.stringify(oldSet.map((claim) => claim.id).sort());
    const newIds = JSON.stringify(newSet.map((claim) => claim.id).sort());

    const seen = new Set<string>();
    let replacing = true;
    const replace = table.replaceArticleClaims(stored, newSet, 'v2').finally(() => {
      replacing = false;
    });
    while (replacing) {
      const ids = JSON.stringify((await table.getArticleClaims(stored.id))!.map((claim) => claim.id).sort());
      seen.add(ids === oldIds ? 'old' : ids === newIds ? 'new' : 'mixed');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await replace;
    expect(seen.has('mixed')).toBe(false);
    expect((await table.getArticleClaims(stored.id))!.map((claim) => claim.id).sort()).toEqual(newSet.map((claim) => claim.id).sort());
    const listed = await collect((page) => table.listClaims({}, page));
    expect(listed.map((claim) => claim.id).sort()).toEqual(newSet.map((claim) => claim.id).sort());
    expect(await table.getClaim(oldSet[0]!.id)).toBeNull();
    expect(await table.getClaim(newSet[0]!.id)).toMatchObject({ value: 1030 });
  });
});

describe('lists and cursors', () => {
  it('pages through claims with opaque cursors, each claim once', async () => {
    const { table } = await isolatedStore();
    for (let i = 0; i < 7; i++) {
      const { article: stored, claims } = defenceSpendingArticle(2 + i / 10, `https://pages.example/${i}`);
      await table.putArticleOnce(stored);
      await table.replaceArticleClaims(stored, claims, 'test-1');
    }
    const pages: number[] = [];
    const all = await collect(async (page) => {
      const result = await table.listClaims({ subject: 'canada', kind: 'actual' }, { ...page, limit: 3 });
      pages.push(result.items.length);
      return result;
    });
    expect(all.map((claim) => claim.value).sort()).toEqual([2, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6]);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect((await collect((page) => table.listClaims({}, page))).length).toBe(7);
    expect((await collect((page) => table.listClaims({ metric: 'defence-spending-share-of-gdp', kind: 'target' }, page))).length).toBe(0);
  });

  it('refuses a forged cursor or one taken from another query', async () => {
    const store = await storeWithPledgeAndSpending();
    const first = await store.listClaims({ subject: 'canada' }, { limit: 1 });
    expect(first.cursor).toBeDefined();
    const [, signature] = first.cursor!.split('.');
    const forged = `${Buffer.from(JSON.stringify([{ PK: 'x' }, 0, 0, 0])).toString('base64url')}.${signature}`;
    await expect(store.listClaims({ subject: 'canada' }, { limit: 1, cursor: forged })).rejects.toBeInstanceOf(ValidationError);
    await expect(store.listClaims({ subject: 'nato' }, { limit: 1, cursor: first.cursor })).rejects.toBeInstanceOf(ValidationError);
    await expect(store.listClaims({ subject: 'canada' }, { limit: 1, cursor: 'not a cursor' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('lists subjects with their metrics, and filters facts by speaker, period and text', async () => {
    const store = await storeWithPledgeAndSpending();
    const subjects = await collect((page) => store.listSubjects(page));
    expect(subjects.find((subject) => subject.slug === 'canada')?.metrics.map((metric) => metric.slug)).toContain(
      'defence-spending-share-of-gdp',
    );
    const bySpeaker = await store.listFacts({ speaker: 'mark carney' }, { limit: 20 });
    expect(bySpeaker.items.map((fact) => fact.value)).toEqual([5]);
    const by2035 = (await store.listFacts({ period: '2035-by' }, { limit: 20 })).items;
    expect(by2035.map((fact) => [fact.period, fact.value])).toEqual([['2035-by', 5]]);
    expect((await store.listFacts({ q: 'Defence GDP', subject: 'canada' }, { limit: 20 })).items.length).toBeGreaterThan(0);
    expect((await store.listFacts({ q: 'helicopters' }, { limit: 20 })).items).toHaveLength(0);
  });
});

describe('the store module', () => {
  it('never scans: every read is a GetItem, BatchGetItem or Query', () => {
    const folder = new URL('../../shared/store/', import.meta.url);
    const files = readdirSync(folder);
    expect(files).toEqual(
      expect.arrayContaining(['articles.ts', 'claim-sets.ts', 'facts.ts', 'reads.ts', 'feed-store.ts', 'table-access.ts']),
    );
    for (const file of files) {
      expect(readFileSync(new URL(file, folder), 'utf8'), file).not.toMatch(/\bScan(Command)?\b/);
    }
  });
});

async function isolatedStore() {
  const table = await createTestTable();
  return { table: createDynamoStore({ client: table.client, tableName: table.tableName, cursorSecret: 'test-secret' }) };
}

/** Its own table holding the pledge (5% by 2035, Mark Carney) and two figures of actual spending. */
async function storeWithPledgeAndSpending(): Promise<Store> {
  const { table } = await isolatedStore();
  const pledge = article(PLEDGE, 'https://lists.example/pledge');
  await table.putArticleOnce(pledge);
  await table.replaceArticleClaims(pledge, pledgeClaims(pledge), 'test-1');
  for (const [value, url] of [
    [1.3, 'https://lists.example/low'],
    [1.6, 'https://lists.example/high'],
  ] as const) {
    const { article: stored, claims } = defenceSpendingArticle(value, url);
    await table.putArticleOnce(stored);
    await table.replaceArticleClaims(stored, claims, 'test-1');
  }
  return table;
}

async function collect<T>(list: (page: { limit: number; cursor?: string }) => Promise<{ items: T[]; cursor?: string }>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ limit: 25, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return items;
}

function factIdFor(claim: Claim): string {
  const id = factIdOf(claim);
  if (!id) throw new Error('claim has no fact');
  return id;
}
