// `npm run mark-unqueued-deliveries` as an operator runs it after deploying the sweeper: the real command against
// DynamoDB Local (AWS_ENDPOINT_URL_DYNAMODB), on records pending from before the unqueued mark existed (no
// attribute at all), then the sweeper on the same table sends each of them once.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDeliveryStore } from '../../shared/store/delivery-store.js';
import { deliveryKeys } from '../../shared/store/keys.js';
import { INDEXES } from '../../shared/store/schema.js';
import type { DeliveryMessage } from '../../shared/watches/delivery.js';
import { sweepUnqueuedDeliveries, UNQUEUED_SWEEP_MARGIN_MS } from '../../shared/watches/unqueued-sweeper.js';
import { createTestTable, type TestTable } from '../support/dynamodb.js';
import { pendingRecord } from '../support/watches.js';

const T0 = Date.parse('2026-12-06T08:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const MINUTE = 60_000;

let table: TestTable;

beforeAll(async () => {
  table = await createTestTable();
});

async function markUnqueued(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '-s', 'mark-unqueued-deliveries', '--', ...args], {
      env: {
        ...process.env,
        AWS_ENDPOINT_URL_DYNAMODB: table.endpoint,
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_REGION: 'us-east-1',
      },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A record as the store wrote it before the mark existed: no unqueuedRetryAt, not on the unqueued index. */
async function withoutMark(watchId: string, eventId: string): Promise<void> {
  const key = deliveryKeys.item(watchId, eventId);
  await table.client.send(
    new UpdateItemCommand({
      TableName: table.tableName,
      Key: { PK: { S: key.PK }, SK: { S: key.SK } },
      UpdateExpression: `REMOVE unqueuedRetryAt, ${INDEXES.bySubject.partition}, ${INDEXES.bySubject.sort}`,
    }),
  );
}

describe('npm run mark-unqueued-deliveries', () => {
  it('marks the pending records from before the mark, once (a second run changes nothing), and the sweeper sends each once', async () => {
    const deliveries = createDynamoDeliveryStore(table);
    // Never tried: due at its creation.
    await deliveries.recordOnce(pendingRecord('w_old', 'e_never_tried', at(0)));
    await withoutMark('w_old', 'e_never_tried');
    // Two tries failed, the last at +5 min: due once the default policy's 2nd back-off (2 min) has surely passed (+20%).
    await deliveries.recordOnce(pendingRecord('w_old', 'e_tried', at(0)));
    await deliveries.settle('w_old', 'e_tried', {
      status: 'pending',
      attempts: 2,
      lastError: 'HTTP 503',
      updatedAt: at(5 * MINUTE),
      deliveredAt: null,
      unqueuedRetryAt: null,
    });
    await withoutMark('w_old', 'e_tried');
    // A run held its try's claim until +3 min: due when the claim ends.
    await deliveries.recordOnce(pendingRecord('w_old', 'e_claimed', at(2 * MINUTE)));
    await withoutMark('w_old', 'e_claimed');
    expect(await deliveries.claimTry('w_old', 'e_claimed', { attempts: 0, now: at(2 * MINUTE), until: at(3 * MINUTE) })).toBe(true);
    // Written since the sweeper: its own mark stays.
    await deliveries.recordOnce(pendingRecord('w_new', 'e_marked', at(MINUTE)));
    // Delivered: no longer pending, not marked.
    await deliveries.recordOnce(pendingRecord('w_old', 'e_delivered', at(0)));
    await deliveries.settle('w_old', 'e_delivered', {
      status: 'delivered',
      attempts: 1,
      lastError: null,
      updatedAt: at(MINUTE),
      deliveredAt: at(MINUTE),
      unqueuedRetryAt: null,
    });
    await withoutMark('w_old', 'e_delivered');
    expect(await deliveries.listUnqueued(null, 500)).toEqual([
      { watchId: 'w_new', eventId: 'e_marked', attempts: 0, unqueuedRetryAt: at(MINUTE) },
    ]);

    const first = await markUnqueued('--table', table.tableName);
    expect(first.stderr).toBe('');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/^4 pending deliveries: 3 marked, 1 already marked, 0 tried since/);
    const marks = [
      { watchId: 'w_old', eventId: 'e_never_tried', attempts: 0, unqueuedRetryAt: at(0) },
      { watchId: 'w_new', eventId: 'e_marked', attempts: 0, unqueuedRetryAt: at(MINUTE) },
      { watchId: 'w_old', eventId: 'e_claimed', attempts: 0, unqueuedRetryAt: at(3 * MINUTE) },
      { watchId: 'w_old', eventId: 'e_tried', attempts: 2, unqueuedRetryAt: at(5 * MINUTE + 144_000) },
    ];
    expect(await deliveries.listUnqueued(null, 500)).toEqual(marks);

    const again = await markUnqueued('--table', table.tableName);
    expect(again.stdout).toMatch(/^4 pending deliveries: 0 marked, 4 already marked, 0 tried since/);
    expect(await deliveries.listUnqueued(null, 500)).toEqual(marks);

    const sent: DeliveryMessage[] = [];
    const sweep = (now: number) =>
      sweepUnqueuedDeliveries({
        deliveries,
        queue: { send: async (message) => void sent.push(message) },
        log: { info: () => {} },
        now: () => new Date(now),
      });
    expect(await sweep(T0 + 5 * MINUTE + 144_000 + UNQUEUED_SWEEP_MARGIN_MS + 1_000)).toEqual({ queued: 4, more: false });
    expect(await sweep(T0 + 60 * MINUTE)).toEqual({ queued: 0, more: false });
    expect(sent).toEqual(marks.map(({ unqueuedRetryAt, ...message }) => ({ ...message, notBefore: unqueuedRetryAt })));
  });

  it('without --table, says how to run it and exits 2', async () => {
    const run = await markUnqueued();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run mark-unqueued-deliveries -- --table TABLE_NAME');
  });
});
