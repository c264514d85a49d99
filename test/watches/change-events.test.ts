// Change events derived from real stream records: the store writes to DynamoDB Local, the local reader
// reads the table's stream, and changesOf turns each record into the changes a watch can be told about.
import { beforeEach, describe, expect, it } from 'vitest';
import { claimsFromQuantities } from '../../shared/facts/claim.js';
import type { Fact } from '../../shared/facts/fact.js';
import { createDynamoStore } from '../../shared/store/dynamo-store.js';
import { itemChangeOfImages } from '../../shared/store/item-shapes.js';
import { createLocalStreamReader, createLocalStreamsClient, type StreamPosition } from '../../shared/store/local-stream.js';
import { ensureTableStream } from '../../shared/store/table-stream.js';
import { changesOf, eventIdOf, type Change, type ItemChange } from '../../shared/watches/change-events.js';
import { matchesTarget, notifyChanges } from '../../shared/watches/notifier.js';
import { createTestTable } from '../support/dynamodb.js';
import { article, DEFENCE_SHARE, defenceSpendingArticle, quantity } from '../store/fixtures.js';

let store: ReturnType<typeof createDynamoStore>;
let readNew: () => Promise<ItemChange[]>;

// Each test on its own table: the tests store figures in the same scopes, and a change depends on what the scope held.
beforeEach(async () => {
  const { client, tableName, endpoint } = await createTestTable();
  store = createDynamoStore({ client, tableName });
  const streams = createLocalStreamsClient(endpoint);
  const streamArn = await ensureTableStream(client, streams, tableName);
  let saved: StreamPosition | null = null;
  let batch: ItemChange[] = [];
  const reader = createLocalStreamReader({
    streams,
    streamArn,
    checkpoint: { load: async () => saved && structuredClone(saved), save: async (position) => void (saved = structuredClone(position)) },
    handle: async (records) => void batch.push(...records),
  });
  readNew = async () => {
    batch = [];
    await reader.pollOnce();
    return batch;
  };
});

const changesIn = (records: ItemChange[]) => records.flatMap(changesOf);
const summary = (change: Change) => [change.type, change.fact.value, 'previous' in change ? change.previous.value : null];

async function storeDefence(value: number, url: string, publishedAt: string) {
  const { article: stored, claims } = defenceSpendingArticle(value, url, publishedAt);
  await store.putArticleOnce(stored);
  await store.replaceArticleClaims(stored, claims, 'test-1');
  return { stored, claims };
}

async function storeTarget(value: number, url: string, publishedAt: string) {
  const text = `Canada will spend ${value} per cent of its GDP on defence by 2035, the minister said.`;
  const stored = article(text, url, publishedAt);
  await store.putArticleOnce(stored);
  await store.replaceArticleClaims(
    stored,
    claimsFromQuantities(stored, [
      quantity(text, `${value} per cent`, { value, unit: 'percent', ...DEFENCE_SHARE, time: { by: 2035 }, kind: 'target' }),
    ]),
    'test-1',
  );
}

describe('change events from the table stream', () => {
  it('a new fact is fact.created, once; a second value in its scope brings a conflict', async () => {
    await readNew();
    const { stored, claims } = await storeDefence(1.4, 'https://news.example/a', '2025-06-01');
    const first = await readNew();
    expect(first.length, 'the store wrote items').toBeGreaterThan(2);
    const created = changesIn(first);
    expect(created.map(summary)).toEqual([['fact.created', 1.4, null]]);
    expect(created[0]!.fact).toMatchObject({
      subjectSlug: 'canada',
      metricSlug: 'defence-spending-share-of-gdp',
      kind: 'actual',
      period: '2024',
      unit: 'percent',
    });

    // The same article stored again changes nothing a watch hears about.
    await store.putArticleOnce(stored);
    await store.replaceArticleClaims(stored, claims, 'test-1');
    expect(changesIn(await readNew())).toEqual([]);

    await storeDefence(2.1, 'https://news.example/b', '2025-06-03');
    const second = changesIn(await readNew());
    expect(second.map(summary).sort()).toEqual(
      [
        ['conflict.created', 2.1, 1.4],
        ['fact.created', 2.1, null],
      ].sort(),
    );
  });

  it('a correction (same URL, another value) is fact.superseded with the value it replaced', async () => {
    await readNew();
    await storeDefence(1.7, 'https://news.example/corrected', '2025-07-01');
    await readNew();
    const { article: edited, claims } = defenceSpendingArticle(1.9, 'https://news.example/corrected', '2025-07-01');
    expect((await store.putArticleOnce(edited)).revised).toBe(true);
    await store.replaceArticleClaims(edited, claims, 'test-1');
    const changes = changesIn(await readNew());
    const superseded = changes.filter((change) => change.type === 'fact.superseded');
    expect(superseded.map(summary)).toEqual([['fact.superseded', 1.9, 1.7]]);
    expect(superseded[0]).toMatchObject({
      previous: { url: 'https://news.example/corrected', quote: expect.stringContaining('1.7 per cent') },
    });
    expect(changes.map((change) => change.type)).toContain('fact.created');
  });

  it('a later target replacing an earlier one is fact.superseded', async () => {
    await storeTarget(2, 'https://news.example/target-old', '2025-01-10');
    await readNew();
    await storeTarget(5, 'https://news.example/target-new', '2025-06-25');
    const changes = changesIn(await readNew());
    expect(changes.map(summary).sort()).toEqual(
      [
        ['fact.created', 5, null],
        ['fact.superseded', 5, 2],
      ].sort(),
    );
    const superseded = changes.find((change) => change.type === 'fact.superseded')!;
    expect(superseded.fact).toMatchObject({ kind: 'target', period: '2035-by' });
    expect(superseded).toMatchObject({ previous: { source: 'Example News', url: 'https://news.example/target-old' } });
  });

  it("the notifier reads a series' watches once per batch, however many of the batch's changes are in it", async () => {
    await readNew();
    await storeTarget(3, 'https://news.example/batch-a', '2025-02-01');
    await storeDefence(1.2, 'https://news.example/batch-b', '2025-02-02');
    await storeDefence(1.3, 'https://news.example/batch-c', '2025-02-03');
    const records = await readNew();
    const seriesOfChanges = changesIn(records).map((change) => `${change.fact.subjectSlug}#${change.fact.metricSlug}`);
    expect(seriesOfChanges.length).toBeGreaterThan(new Set(seriesOfChanges).size);
    const asked: string[] = [];
    const report = await notifyChanges(records, {
      watches: {
        watchesFor: async (subject, metric) => {
          asked.push(`${subject}#${metric}`);
          return [];
        },
      },
      facts: store,
      deliveries: {
        recordOnce: () => Promise.reject(new Error('no watch, so nothing to record')),
        confirmTryQueued: () => Promise.reject(new Error('no watch, so nothing queued')),
      },
      queue: { send: () => Promise.reject(new Error('no watch, so nothing to queue')) },
      publicBaseUrl: 'http://localhost:3000',
    });
    expect(report).toEqual({ changes: seriesOfChanges.length, queued: 0, repeats: 0 });
    expect(asked.sort()).toEqual([...new Set(seriesOfChanges)].sort());
  });

  it('gives each (watch, change) one stable event id', () => {
    expect(eventIdOf('w1', 'fact.created:f_1')).toBe(eventIdOf('w1', 'fact.created:f_1'));
    expect(eventIdOf('w1', 'fact.created:f_1')).not.toBe(eventIdOf('w2', 'fact.created:f_1'));
    expect(eventIdOf('w1', 'fact.created:f_1')).toMatch(/^evt_[0-9a-f]{32}$/);
  });

  it('ignores what is not a fact, relation or claim, and removals', () => {
    const changesOfImages = (record: Parameters<typeof itemChangeOfImages>[0]) => changesOf(itemChangeOfImages(record));
    expect(changesOfImages({ eventName: 'INSERT', newImage: { PK: 'FEED#x', SK: 'FEED', entity: 'feed' } })).toEqual([]);
    expect(changesOfImages({ eventName: 'REMOVE', oldImage: { PK: 'FCT#f', SK: 'F', entity: 'fact', fact: {} } })).toEqual([]);
    // An item that says it is a fact under another key is not one.
    expect(changesOfImages({ eventName: 'INSERT', newImage: { PK: 'ART#x', SK: 'F', entity: 'fact', fact: { id: 'f' } } })).toEqual([]);
  });
});

describe("a watch's q", () => {
  it('matches as GET /facts does: the period and kind are searchable, every word must match, speakers by their words', () => {
    const fact = {
      id: 'f_germany',
      subject: 'Germany',
      subjectSlug: 'germany',
      metric: 'defence-spending-share-of-gdp',
      metricSlug: 'defence-spending-share-of-gdp',
      kind: 'target',
      period: '2029-by',
      value: 3.5,
      unit: 'percent',
    } as const;
    const stored = { metricLabel: 'defence spending, share of GDP', of: 'GDP', appearances: [{ speaker: 'Boris Pistorius' }] } as Fact;
    const matches = (q: string) => matchesTarget({ q }, fact, stored);
    expect(['Germany 2029', 'germany target by 2029', 'Pistorius GDP', 'defence spending percent'].filter(matches)).toHaveLength(4);
    expect(['Germany 2030', 'Germany 2029 actual', 'Pistor', 'france'].filter(matches)).toEqual([]);
  });
});
