// Against DynamoDB Local: a filtered list never answers a short page with a cursor while more items
// match, `q` finds speakers, and a source's correction keeps the earlier figure as superseded.
import { beforeAll, describe, expect, it } from 'vitest';
import { claimsFromQuantities } from '../../shared/facts/claim.js';
import type { FactSummary } from '../../shared/facts/fact.js';
import type { FactFilter } from '../../shared/store/port.js';
import { createDynamoStore } from '../../shared/store/dynamo-store.js';
import { wireFactlineInProcess } from '../../shared/runtime/in-process-wiring.js';
import { createTestTable } from '../support/dynamodb.js';
import { article, DEFENCE_SHARE, quantity } from './fixtures.js';

type Store = ReturnType<typeof createDynamoStore>;
let store: Store;

const SUBJECTS = ['Canada', 'Germany', 'France', 'Italy', 'Spain', 'Poland', 'Norway', 'Denmark', 'Sweden', 'Finland', 'Estonia', 'Latvia'];

/** One article per subject with a defence figure and nine unrelated counts, so defence facts are sparse among all facts. */
async function storeArticles(): Promise<void> {
  for (const [index, subject] of SUBJECTS.entries()) {
    const speaker = index === 0 ? 'Mark Carney' : `Minister ${subject}`;
    const counts = Array.from({ length: 9 }, (_, n) => `${subject} opened ${n + 10 + index * 20} clinics.`).join(' ');
    const text = `${subject} will spend 3.${index} per cent of its GDP on defence by 2035, ${speaker} said. ${counts}`;
    const stored = article(text, `https://news.example/${subject.toLowerCase()}`, `2025-06-${String(index + 1).padStart(2, '0')}`);
    await store.putArticleOnce(stored);
    const defence = quantity(text, `3.${index} per cent`, {
      value: Number(`3.${index}`),
      unit: 'percent',
      ...DEFENCE_SHARE,
      subject,
      time: { by: 2035 },
      kind: 'target',
      speaker,
    });
    const clinics = Array.from({ length: 9 }, (_, n) =>
      quantity(text, `${n + 10 + index * 20} clinics`, {
        value: n + 10 + index * 20,
        unit: 'count',
        counted: 'clinic',
        subject,
        metric: 'clinics',
        metricLabel: 'clinics',
        time: { year: 2025 },
      }),
    );
    await store.replaceArticleClaims(stored, claimsFromQuantities(stored, [defence, ...clinics]), 'test-1');
  }
}

beforeAll(async () => {
  const table = await createTestTable();
  store = createDynamoStore({ client: table.client, tableName: table.tableName, cursorSecret: 'test-secret' });
  await storeArticles();
}, 60_000);

/** Every page of a list, checking that only the last page is short. */
async function allPages(filter: FactFilter, limit: number): Promise<FactSummary[]> {
  const items: FactSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listFacts(filter, { limit, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    if (page.cursor) expect(page.items, 'a page with a cursor is full').toHaveLength(limit);
    cursor = page.cursor;
  } while (cursor);
  return items;
}

describe('filtered lists', () => {
  it('fill every page but the last while more items match (text, period, speaker filters)', async () => {
    const first = await store.listFacts({ q: 'defence' }, { limit: 4 });
    expect(first.items).toHaveLength(4);
    expect(first.cursor).toBeDefined();
    for (const limit of [1, 4, 5, 50]) {
      const defence = await allPages({ q: 'defence' }, limit);
      expect(defence.map((fact) => fact.subject).sort()).toEqual([...SUBJECTS].sort());
    }
    expect(await allPages({ period: '2035-by' }, 3)).toHaveLength(SUBJECTS.length);
    expect((await store.listFacts({ q: 'defence' }, { limit: 50 })).items).toHaveLength(SUBJECTS.length);
    expect((await store.listFacts({ q: 'defence' }, { limit: 50 })).cursor).toBeUndefined();
    expect(await allPages({ q: 'helicopters' }, 5)).toEqual([]);
  });

  it("find facts by a word of their speaker's name", async () => {
    const carney = await allPages({ q: 'Carney' }, 5);
    expect(carney.map((fact) => [fact.subject, fact.value])).toEqual([['Canada', 3]]);
    expect((await allPages({ q: 'carney defence' }, 5)).map((fact) => fact.subject)).toEqual(['Canada']);
    expect(await allPages({ q: 'carney clinics' }, 5)).toEqual([]);
  });
});

describe('a corrected figure', () => {
  it('stays on the fact as superseded after the source corrects it, and only the new value is current', async () => {
    const factline = wireFactlineInProcess(await createTestTable());
    const url = 'https://news.example.com/nato-estimate';
    const text = (value: string) => `Canada spent ${value} per cent of its GDP on defence in 2024, according to NATO's annual estimates.`;
    const first = await factline.ingest({ url, publishedAt: '2025-06-20', source: 'NATO Review', text: text('1.37') });
    await factline.queue.drained();
    await factline.ingest({ url, publishedAt: '2025-06-20', source: 'NATO Review', text: text('1.39') });
    await factline.queue.drained();

    const series = (await factline.store.getSeries('canada', 'defence-spending-share-of-gdp', { limit: 100 })).series!;
    const facts = series.kinds.flatMap((group) => group.facts);
    expect(facts.map((fact) => fact.value)).toEqual([1.39]);
    expect(facts[0]!.superseded).toEqual([
      expect.objectContaining({
        articleId: first.id,
        value: 1.37,
        unit: 'percent',
        text: '1.37 per cent',
        quote: text('1.37'),
        source: 'NATO Review',
        url,
        supersededAt: expect.any(String),
      }),
    ]);
    expect((await factline.store.getFact(facts[0]!.id))?.superseded?.map((earlier) => earlier.value)).toEqual([1.37]);
    expect((await factline.store.listConflicts({ limit: 10 })).items).toEqual([]);

    // A second correction keeps the whole history; the same text again changes nothing.
    await factline.ingest({ url, publishedAt: '2025-06-20', source: 'NATO Review', text: text('1.4') });
    await factline.queue.drained();
    await factline.ingest({ url, publishedAt: '2025-06-20', source: 'NATO Review', text: text('1.4') });
    await factline.queue.drained();
    const claims = (await factline.store.getArticleClaims(first.id))!;
    expect(claims.map((claim) => [claim.value, claim.supersedes?.map((earlier) => earlier.value)])).toEqual([[1.4, [1.37, 1.39]]]);
  });
});
