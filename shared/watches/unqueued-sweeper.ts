// The sweeper: sends the messages of deliveries whose next try is not known to be queued long after it was due.
// A record is marked before its message is sent and the mark cleared after (the notifier's first message, the
// deliverer's retries); a mark left means the send failed and nothing retried it (the notifier's stream batch
// given up on, a deliverer message dead-lettered). Run on a schedule (functions/sweep on AWS, a timer under
// npm start). A message it sends may copy one that did get queued: the deliverer's claim lets one copy POST.
// markPendingDeliveries marks the pending records no run may be left to send (the run before a local start; the
// records from before the mark existed, by scripts/mark-unqueued-deliveries.ts), so the sweeper sends them too.
import { backOff, type DelivererDeps, type DeliveryPolicy } from './deliverer.js';
import { queueMarkedTry, type DeliveryQueue, type DeliveryStore, type PendingDeliveries } from './delivery.js';

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

/**
 * Sends each mark's message past due and the margin, earliest first, clearing the mark; throws when the queue or the
 * store fails. `includeNotYetDue`: every mark, each message delayed until its due time (a local start: no run of the process
 * before is left to clear one).
 */
export async function sweepUnqueuedDeliveries(deps: SweeperDeps, { includeNotYetDue = false } = {}): Promise<SweepReport> {
  const now = deps.now?.() ?? new Date();
  const dueBy = includeNotYetDue ? null : new Date(now.getTime() - UNQUEUED_SWEEP_MARGIN_MS).toISOString();
  const unqueued = await deps.deliveries.listUnqueued(dueBy, UNQUEUED_SWEEP_LIMIT);
  for (const unqueuedTry of unqueued) {
    await queueMarkedTry(unqueuedTry, unqueuedTry.attempts, unqueuedTry.unqueuedRetryAt, deps, now);
    deps.log.info('unqueued webhook delivery queued by the sweeper', { ...unqueuedTry });
  }
  return { queued: unqueued.length, more: unqueued.length === UNQUEUED_SWEEP_LIMIT };
}

export interface MarkReport {
  /** Pending records read. */
  pending: number;
  /** Marks written (or moved to the end of a live claim). */
  marked: number;
  /** Records tried or settled between the read and the write: their own run tracks them. */
  changed: number;
}

/**
 * Marks every pending delivery unqueued, due when its next try may go, for the sweeper to send: a marked record at
 * its own due time, an unmarked one (its message gone, or never known) once its back-off has surely passed (the
 * longest the jitter allows, from its last failed try; at once if never tried), and either not before a claim it
 * holds ends. Idempotent: a record already marked so is not written. A record whose message is queued after all
 * loses the mark to the try that message makes (settle), or the sweeper's copy ends at the deliverer's claim or
 * as `stale`: one POST per try.
 */
export async function markPendingDeliveries(deps: { deliveries: PendingDeliveries; policy: DeliveryPolicy }): Promise<MarkReport> {
  const report: MarkReport = { pending: 0, marked: 0, changed: 0 };
  for (const record of await deps.deliveries.listPending()) {
    report.pending += 1;
    const backedOff =
      record.attempts > 0 ? Date.parse(record.updatedAt) + backOff(deps.policy, record.attempts, () => 1) : Date.parse(record.updatedAt);
    const due = Math.max(
      record.unqueuedRetryAt ? Date.parse(record.unqueuedRetryAt) : backedOff,
      record.tryClaimedUntil ? Date.parse(record.tryClaimedUntil) : 0,
    );
    const dueAt = new Date(due).toISOString();
    if (dueAt === record.unqueuedRetryAt) continue;
    if (await deps.deliveries.markUnqueued(record.watchId, record.eventId, { attempts: record.attempts, dueAt })) report.marked += 1;
    else report.changed += 1;
  }
  return report;
}
