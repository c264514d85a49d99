// The sweeper: sends the messages of deliveries whose next try is not known to be queued long after it was due.
// A record is marked before its message is sent and the mark cleared after (the notifier's first message, the
// deliverer's retries); a mark left means the send failed and nothing retried it (the notifier's stream batch
// given up on, a deliverer message dead-lettered). Run on a schedule (functions/sweep on AWS, a timer under
// npm start). A message it sends may copy one that did get queued: the deliverer's claim lets one copy POST.
import type { DelivererDeps } from './deliverer.js';
import { queueMarkedTry, type DeliveryQueue, type DeliveryStore } from './delivery.js';

/** How often the sweeper runs. */
export const UNQUEUED_SWEEP_INTERVAL_MS = 5 * 60_000;
/**
 * How long past its due time a mark is left to the run that set it: the notifier clears it within the second it
 * sends, and a failed send is retried by its own run (the stream batch's retries, SQS handing the message back
 * after the deliveries queue's 180 s visibility timeout). Past this the sweeper sends it.
 */
export const UNQUEUED_SWEEP_MARGIN_MS = 10 * 60_000;
/** Marks one run sends at most (earliest due first); more wait for the next run. */
export const UNQUEUED_SWEEP_LIMIT = 500;

export interface SweeperDeps {
  deliveries: Pick<DeliveryStore, 'listUnqueued' | 'confirmTryQueued'>;
  queue: DeliveryQueue;
  /** The deliverer's log: the sweeper only reports what it sent. */
  log: Pick<DelivererDeps['log'], 'info'>;
  now?: () => Date;
}

export interface SweepReport {
  /** Messages sent for marks past due and the margin. */
  queued: number;
  /** Whether marks past due were left for the next run (the limit reached). */
  more: boolean;
}

/** Sends each mark's message past due and the margin, earliest first, clearing the mark; throws when the queue or the store fails. */
export async function sweepUnqueuedDeliveries(deps: SweeperDeps): Promise<SweepReport> {
  const now = deps.now?.() ?? new Date();
  const dueBy = new Date(now.getTime() - UNQUEUED_SWEEP_MARGIN_MS).toISOString();
  const unqueued = await deps.deliveries.listUnqueued(dueBy, UNQUEUED_SWEEP_LIMIT);
  for (const unqueuedTry of unqueued) {
    await queueMarkedTry(unqueuedTry, unqueuedTry.attempts, unqueuedTry.unqueuedRetryAt, deps, now);
    deps.log.info('unqueued webhook delivery queued by the sweeper', { ...unqueuedTry });
  }
  return { queued: unqueued.length, more: unqueued.length === UNQUEUED_SWEEP_LIMIT };
}
