import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FactlineError } from '../../shared/errors.js';
import { createDynamoWatchStore } from '../../shared/store/watch-store.js';
import { MAX_WATCHES_PER_KEY } from '../../shared/watches/api-key.js';
import type { StoredWatch, WatchStore, WatchTarget } from '../../shared/watches/watch.js';
import { createTestTable } from '../support/dynamodb.js';

let store: WatchStore;

beforeAll(async () => {
  const table = await createTestTable();
  store = createDynamoWatchStore({ client: table.client, tableName: table.tableName, cursorSecret: 'test-secret' });
});

let sequence = 0;
function watch(ownerKeyId: string, target: WatchTarget, overrides: Partial<StoredWatch> = {}): StoredWatch {
  sequence += 1;
  const createdAt = new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)).toISOString();
  return {
    id: `w_${randomBytes(12).toString('hex')}`,
    ownerKeyId,
    target,
    events: ['fact.changed'],
    webhookUrl: 'https://hooks.example/factline',
    status: 'active',
    createdAt,
    updatedAt: createdAt,
    signingSecret: randomBytes(32).toString('base64url'),
    ...overrides,
  };
}

const ids = (watches: Array<{ id: string }>) => watches.map((entry) => entry.id).sort();

describe('watch items', () => {
  it('stores a watch and reads it back with its signing secret; listing leaves the secret out', async () => {
    const created = watch('k_owner_a', { subject: 'canada', metric: 'defence-spending-share-of-gdp', period: '2035-by' });
    await store.createWatch(created);
    expect(await store.getWatch(created.id)).toEqual(created);
    const listed = await store.listWatches('k_owner_a', { limit: 10 });
    expect(listed.items).toEqual([Object.fromEntries(Object.entries(created).filter(([name]) => name !== 'signingSecret'))]);
    expect(listed.cursor).toBeUndefined();
    expect(await store.getWatch('w_missing')).toBeNull();
  });

  it("lists only the owner's watches, in pages with a signed cursor bound to that owner", async () => {
    const mine = [1, 2, 3, 4, 5].map(() => watch('k_pager', { subject: 'germany' }));
    for (const entry of mine) await store.createWatch(entry);
    await store.createWatch(watch('k_other_pager', { subject: 'germany' }));
    const first = await store.listWatches('k_pager', { limit: 2 });
    expect(first.items.map((entry) => entry.id)).toEqual(mine.slice(0, 2).map((entry) => entry.id));
    const second = await store.listWatches('k_pager', { limit: 2, cursor: first.cursor! });
    const third = await store.listWatches('k_pager', { limit: 2, cursor: second.cursor! });
    expect([...first.items, ...second.items, ...third.items].map((entry) => entry.id)).toEqual(mine.map((entry) => entry.id));
    await expect(store.listWatches('k_other_pager', { limit: 2, cursor: first.cursor! })).rejects.toMatchObject({
      kind: 'invalid',
      details: { field: 'cursor' },
    });
    await expect(store.listWatches('k_pager', { limit: 2, cursor: `${first.cursor!.split('.')[0]}.forged` })).rejects.toMatchObject({
      kind: 'invalid',
    });
  });

  it('pauses and resumes a watch, changing its updatedAt; a missing watch is not found', async () => {
    const entry = watch('k_status', { subject: 'france' });
    await store.createWatch(entry);
    await store.setWatchStatus(entry.id, 'paused');
    const paused = await store.getWatch(entry.id);
    expect(paused?.status).toBe('paused');
    expect(paused!.updatedAt > entry.updatedAt).toBe(true);
    await store.setWatchStatus(entry.id, 'active');
    expect((await store.getWatch(entry.id))?.status).toBe('active');
    await expect(store.setWatchStatus('w_missing', 'paused')).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('watchesFor', () => {
  it("finds the subject's watches on that metric or any metric, and the watches on no subject, active only", async () => {
    const subject = `nation-${randomBytes(4).toString('hex')}`;
    const metric = `budget-${randomBytes(4).toString('hex')}`;
    const onSubjectAndMetric = watch('k_match', { subject, metric });
    const onSubject = watch('k_match', { subject, kind: 'target' });
    const onMetricOnly = watch('k_match', { metric });
    const onEverything = watch('k_match', { q: 'carney' });
    const otherMetric = watch('k_match', { subject, metric: 'unemployment-rate' });
    const otherSubject = watch('k_match', { subject: `${subject}-x`, metric });
    const paused = watch('k_match', { subject, metric });
    const pausedLater = watch('k_match', { subject, metric });
    const createdPaused = watch('k_match', { subject, metric }, { status: 'paused' });
    for (const entry of [
      onSubjectAndMetric,
      onSubject,
      onMetricOnly,
      onEverything,
      otherMetric,
      otherSubject,
      paused,
      pausedLater,
      createdPaused,
    ])
      await store.createWatch(entry);
    await store.setWatchStatus(pausedLater.id, 'paused');
    await store.setWatchStatus(paused.id, 'paused');

    const found = await store.watchesFor(subject, metric);
    // Target-less watches of other test cases also match every change: compare on this case's own watches.
    const ownIds = new Set(
      ids([onSubjectAndMetric, onSubject, onMetricOnly, onEverything, otherMetric, otherSubject, paused, pausedLater, createdPaused]),
    );
    expect(ids(found.filter((entry) => ownIds.has(entry.id)))).toEqual(ids([onSubjectAndMetric, onSubject, onMetricOnly, onEverything]));
    expect(found.find((entry) => entry.id === onSubjectAndMetric.id)?.signingSecret).toBe(onSubjectAndMetric.signingSecret);

    await store.setWatchStatus(paused.id, 'active');
    expect(ids(await store.watchesFor(subject, metric)).includes(paused.id)).toBe(true);
  });

  it('forgets a deleted watch', async () => {
    const subject = `gone-${randomBytes(4).toString('hex')}`;
    const entry = watch('k_delete', { subject });
    await store.createWatch(entry);
    await store.deleteWatch(entry.id);
    expect(await store.getWatch(entry.id)).toBeNull();
    expect(ids(await store.watchesFor(subject, 'any-metric')).includes(entry.id)).toBe(false);
    await store.deleteWatch(entry.id); // a second delete is a no-op
  });

  it('is Queries on keys, never a Scan', () => {
    expect(readFileSync(new URL('../../shared/store/watch-store.ts', import.meta.url), 'utf8')).not.toMatch(/\bScan(Command)?\b/);
  });
});

describe('the per-key watch limit', () => {
  it(`lets ${MAX_WATCHES_PER_KEY} concurrent creates of one key through and refuses the rest, and counts deletes`, async () => {
    const owner = `k_limit_${randomBytes(4).toString('hex')}`;
    const attempts = Array.from({ length: MAX_WATCHES_PER_KEY + 10 }, () => watch(owner, { subject: 'canada' }));
    const results = await Promise.allSettled(attempts.map((entry) => store.createWatch(entry)));
    const refused = results.filter((result) => result.status === 'rejected');
    expect(results.length - refused.length).toBe(MAX_WATCHES_PER_KEY);
    for (const result of refused) {
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(FactlineError);
      expect((result as PromiseRejectedResult).reason).toMatchObject({ kind: 'limit-reached', details: { limit: MAX_WATCHES_PER_KEY } });
    }
    const listed = await store.listWatches(owner, { limit: 100 });
    expect(listed.items).toHaveLength(MAX_WATCHES_PER_KEY);
    // Another key is not affected by this one's limit.
    await store.createWatch(watch(`${owner}_other`, { subject: 'canada' }));

    // Two concurrent deletes of the same watch free one place, not two.
    const [first] = listed.items;
    await Promise.all([store.deleteWatch(first!.id), store.deleteWatch(first!.id)]);
    await store.createWatch(watch(owner, { subject: 'canada' }));
    await expect(store.createWatch(watch(owner, { subject: 'canada' }))).rejects.toMatchObject({ kind: 'limit-reached' });
  });

  it('answers a watch stored again under its id with the stored one, taking no place of the limit', async () => {
    const owner = `k_again_${randomBytes(4).toString('hex')}`;
    const first = watch(owner, { subject: 'canada' });
    expect(await store.createWatch(first)).toEqual({ created: true, watch: first });
    const repeats = await Promise.all(Array.from({ length: 5 }, () => store.createWatch({ ...first, signingSecret: 'another' })));
    expect(repeats).toEqual(repeats.map(() => ({ created: false, watch: first })));
    for (let index = 1; index < MAX_WATCHES_PER_KEY; index++) await store.createWatch(watch(owner, { subject: 'canada' }));
    // Full: a new watch is refused, the same one again is still answered.
    await expect(store.createWatch(watch(owner, { subject: 'canada' }))).rejects.toMatchObject({ kind: 'limit-reached' });
    expect(await store.createWatch(first)).toEqual({ created: false, watch: first });
  });
});
