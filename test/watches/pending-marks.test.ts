// markPendingDeliveries on DynamoDB Local: the cases a start or an operator's run meets besides the plain
// unmarked record (test/scripts/mark-unqueued-deliveries.test.ts): a mark a live claim outlasts, and a record
// tried between the read and the write.
import { describe, expect, it } from 'vitest';
import { createDynamoDeliveryStore } from '../../shared/store/delivery-store.js';
import { markPendingDeliveries } from '../../shared/watches/unqueued-sweeper.js';
import { createTestTable } from '../support/dynamodb.js';
import { pendingRecord } from '../support/watches.js';

const T0 = Date.parse('2026-12-06T08:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const policy = { retryDelaysMs: [60_000], jitter: 0.2, perMinuteLimit: 60 };

describe('marking the pending deliveries', () => {
  it('moves a mark to the end of a claim that outlasts it: a message due before would find the try claimed and end', async () => {
    const deliveries = createDynamoDeliveryStore(await createTestTable());
    // Its first message sent but the mark not cleared, then a run claimed the try until +1 min and stopped.
    await deliveries.recordOnce(pendingRecord('w', 'e_claimed', at(0)));
    await deliveries.claimTry('w', 'e_claimed', { attempts: 0, now: at(1_000), until: at(61_000) });
    // Marked, no claim: left as it is.
    await deliveries.recordOnce(pendingRecord('w', 'e_marked', at(2_000)));

    expect(await markPendingDeliveries({ deliveries, policy })).toEqual({ pending: 2, marked: 1, changed: 0 });
    expect(await deliveries.listUnqueued(null, 10)).toEqual([
      { watchId: 'w', eventId: 'e_marked', attempts: 0, unqueuedRetryAt: at(2_000) },
      { watchId: 'w', eventId: 'e_claimed', attempts: 0, unqueuedRetryAt: at(61_000) },
    ]);
  });

  it('leaves a record tried between its read and the mark to the run that tried it', async () => {
    const store = createDynamoDeliveryStore(await createTestTable());
    await store.recordOnce(pendingRecord('w', 'e_tried', at(0)));
    await store.confirmTryQueued('w', 'e_tried', 0);
    const deliveries = {
      ...store,
      async listPending() {
        const pending = await store.listPending();
        // A try fails and its retry is queued while the marking runs.
        await store.settle('w', 'e_tried', {
          status: 'pending',
          attempts: 1,
          lastError: 'HTTP 503',
          updatedAt: at(5_000),
          deliveredAt: null,
          unqueuedRetryAt: null,
        });
        return pending;
      },
    };

    expect(await markPendingDeliveries({ deliveries, policy })).toEqual({ pending: 1, marked: 0, changed: 1 });
    expect(await store.listUnqueued(null, 10)).toEqual([]);
  });
});
