// The deliverer: POSTs one recorded event to its watch's webhook, signed, through the SSRF-safe poster.
// A failed try is queued again after a back-off with jitter; after the last try the record becomes the
// dead letter (status 'dead', the last error), logged at ERROR with a metric the alarm watches. An
// internal address is refused and recorded, never fetched. Over the per-minute limit the event waits.
import { SourceRefusedError } from '../ingestion/errors.js';
import type { SafePoster } from '../ingestion/safe-fetch.js';
import {
  queueMarkedTry,
  signatureHeader,
  type DeliveryMessage,
  type DeliveryQueue,
  type DeliveryRecord,
  type DeliveryStore,
} from './delivery.js';
import type { WatchStore } from './watch.js';

export interface DeliveryPolicy {
  /** Waits before the 2nd, 3rd, ... try; its length + 1 is the number of tries. */
  retryDelaysMs: number[];
  /** Each wait is drawn from [delay * (1 - jitter), delay * (1 + jitter)], so failed receivers are not hit in step. */
  jitter: number;
  /** POSTs per watch per minute; past it an event waits for the next minute. */
  perMinuteLimit: number;
}

/** On AWS and npm start: six tries over about an hour (1, 2, 5, 15 and 40 minutes apart). */
export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  retryDelaysMs: [60_000, 120_000, 300_000, 900_000, 2_400_000],
  jitter: 0.2,
  perMinuteLimit: 60,
};

/** One POST, connect to answer: a receiver should acknowledge first and work after. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/**
 * How long a run holds the try it claimed before POSTing. Longer than a try can take (the POST's 10 s, and the
 * deliver function's 30 s timeout stops a run outright); shorter than the deliveries queue's visibility timeout
 * (180 s), so the message of a run that crashed holding a claim finds the claim ended when SQS redelivers it.
 */
export const DELIVERY_CLAIM_MS = 60_000;
/** What every webhook POST says it comes from, on AWS and under npm start alike. */
export const WEBHOOK_USER_AGENT = 'factline-webhooks/0.1';

export interface DelivererDeps {
  watches: Pick<WatchStore, 'getWatch'>;
  deliveries: Pick<DeliveryStore, 'get' | 'claimTry' | 'releaseClaim' | 'settle' | 'confirmTryQueued' | 'takeMinuteSlot'>;
  queue: DeliveryQueue;
  post: SafePoster;
  policy: DeliveryPolicy;
  /** Structured log lines (the logger in production). */
  log: {
    info(message: string, fields: Record<string, unknown>): void;
    warn(message: string, fields: Record<string, unknown>): void;
    error(message: string, fields: Record<string, unknown>): void;
  };
  /** Emits the dead-letter metric (an Embedded Metric Format line on AWS). */
  countDeadLetter: (fields: { watchId: string; eventId: string }) => void;
  now?: () => Date;
  random?: () => number;
}

export type DeliveryOutcome =
  | 'stale'
  | 'retry-requeued'
  | 'delivered'
  | 'retrying'
  | 'dead'
  | 'refused'
  | 'cancelled'
  | 'deferred'
  | 'not-pending'
  | 'claimed-elsewhere';

/** Handles one queue message. Throws only when storage or the queue fails: the queue then redelivers the message. */
export async function deliverEvent(message: DeliveryMessage, deps: DelivererDeps): Promise<DeliveryOutcome> {
  const now = deps.now ?? (() => new Date());
  const ids = { watchId: message.watchId, eventId: message.eventId };
  if (message.notBefore && Date.parse(message.notBefore) > now().getTime()) {
    await deps.queue.send(message, Date.parse(message.notBefore) - now().getTime());
    return 'deferred';
  }
  const record = await deps.deliveries.get(message.watchId, message.eventId);
  if (!record || record.status !== 'pending') return 'not-pending';
  if (message.attempts !== undefined && message.attempts !== record.attempts) {
    // A copy of a message whose try was made since and failed. Its retry's message is queued, unless the run that
    // made the try failed before its send went through: SQS hands that run's message back, and it sends the retry
    // (the sweeper does, should that message be dead-lettered first).
    if (message.attempts > record.attempts || !record.unqueuedRetryAt) return 'stale';
    await queueMarkedTry(record, record.attempts, record.unqueuedRetryAt, deps, now());
    deps.log.info('webhook retry queued by a later copy: the run of the failed try did not queue it', {
      ...ids,
      attempts: record.attempts,
    });
    return 'retry-requeued';
  }
  // One try, one POST: a copy of this message (SQS delivers at least once; two copies may run at once in one
  // batch or in two instances) read the record as pending too, and only one of them gets the claim. The claim
  // comes before the minute's slot, so a copy that loses it takes none of the watch's per-minute budget, and
  // before the watch is read, so a copy cannot cancel a try whose POST another run is making.
  const claimedAt = now();
  const claim = {
    attempts: record.attempts,
    now: claimedAt.toISOString(),
    until: new Date(claimedAt.getTime() + DELIVERY_CLAIM_MS).toISOString(),
  };
  if (!(await deps.deliveries.claimTry(record.watchId, record.eventId, claim))) {
    deps.log.info('webhook delivery skipped: another run holds this try', { ...ids, attempts: record.attempts });
    return 'claimed-elsewhere';
  }
  const watch = await deps.watches.getWatch(message.watchId);
  // A record older than the watch was made for an earlier watch of the same id, deleted since (watchIdOf).
  const deleted = !watch || record.createdAt < watch.createdAt;
  if (deleted || watch.status !== 'active') {
    await settle(record, deps, now, { status: 'cancelled', lastError: deleted ? 'the watch was deleted' : 'the watch was paused' });
    return 'cancelled';
  }
  const minute = claim.now.slice(0, 16);
  if (!(await deps.deliveries.takeMinuteSlot(watch.id, minute, deps.policy.perMinuteLimit))) {
    // Deferred, it holds no claim: the message sent for the next minute must find the try free.
    await deps.deliveries.releaseClaim(record.watchId, record.eventId, claim);
    const nextMinute = Date.parse(`${minute}:00Z`) + 60_000;
    await deps.queue.send(message, nextMinute - now().getTime() + Math.floor((deps.random ?? Math.random)() * 5_000));
    deps.log.info('webhook delivery deferred: per-minute limit reached', { ...ids, limit: deps.policy.perMinuteLimit });
    return 'deferred';
  }

  const attempts = record.attempts + 1;
  const timestamp = Math.floor(now().getTime() / 1000);
  let error: string;
  try {
    const answer = await deps.post(watch.webhookUrl, record.body, {
      'content-type': 'application/json',
      'factline-event-id': record.eventId,
      'factline-timestamp': String(timestamp),
      'factline-signature': signatureHeader(watch.signingSecret, timestamp, record.body),
    });
    if (answer.status >= 200 && answer.status <= 299) {
      // The last error stays: a delivery that needed retries shows why.
      await settle(record, deps, now, { status: 'delivered', attempts, deliveredAt: now().toISOString() });
      deps.log.info('webhook delivered', { ...ids, attempts, status: answer.status });
      return 'delivered';
    }
    error = `HTTP ${answer.status}${answer.bodyStart ? `: ${answer.bodyStart.slice(0, 200)}` : ''}`;
  } catch (thrown) {
    if (
      thrown instanceof SourceRefusedError &&
      (thrown.reason === 'blocked-address' || thrown.reason === 'blocked-port' || thrown.reason === 'bad-url')
    ) {
      await settle(record, deps, now, { status: 'refused', attempts, lastError: thrown.message });
      // The client's URL, not an outage: recorded on the delivery, and kept off the ERROR-line alarm.
      deps.log.warn('webhook refused: the address is not public', { ...ids, error: thrown.message });
      return 'refused';
    }
    if (!(thrown instanceof SourceRefusedError)) throw thrown;
    error = thrown.message;
  }

  if (attempts > deps.policy.retryDelaysMs.length) {
    await settle(record, deps, now, { status: 'dead', attempts, lastError: error });
    deps.log.error('webhook delivery dead-lettered after its last try', { ...ids, attempts, error });
    deps.countDeadLetter(ids);
    return 'dead';
  }
  const delay = backOff(deps.policy, attempts, deps.random ?? Math.random);
  const retryAt = new Date(now().getTime() + delay).toISOString();
  // Recorded before the retry is sent, as not queued yet: if the send fails, this message fails and comes back,
  // and finding the try made it sends the retry (above) instead of ending. Sent first, the retry could run before
  // the record showed its try, and end stale.
  await settle(record, deps, now, { status: 'pending', attempts, lastError: error, unqueuedRetryAt: retryAt });
  await queueMarkedTry(record, attempts, retryAt, deps, now());
  deps.log.info('webhook delivery failed; will retry', { ...ids, attempts, error, retryInMs: delay });
  return 'retrying';
}

/** The wait after the given try, jittered. */
export function backOff(policy: DeliveryPolicy, attempts: number, random: () => number): number {
  const base = policy.retryDelaysMs[Math.min(attempts, policy.retryDelaysMs.length) - 1]!;
  return Math.round(base * (1 - policy.jitter + 2 * policy.jitter * random()));
}

async function settle(
  record: DeliveryRecord,
  deps: DelivererDeps,
  now: () => Date,
  changes: Partial<Pick<DeliveryRecord, 'status' | 'attempts' | 'lastError' | 'deliveredAt' | 'unqueuedRetryAt'>>,
): Promise<void> {
  await deps.deliveries.settle(record.watchId, record.eventId, {
    status: changes.status ?? record.status,
    attempts: changes.attempts ?? record.attempts,
    lastError: changes.lastError === undefined ? record.lastError : changes.lastError,
    deliveredAt: changes.deliveredAt ?? record.deliveredAt,
    updatedAt: now().toISOString(),
    // Only a failed try with a retry to come leaves one unqueued.
    unqueuedRetryAt: changes.unqueuedRetryAt ?? null,
  });
}

/** The dead-letter metric as an Embedded Metric Format line: CloudWatch turns it into Factline/WebhookDeadLetters. */
export function deadLetterMetricLine(fields: { watchId: string; eventId: string }, at: Date = new Date()): string {
  return JSON.stringify({
    _aws: {
      Timestamp: at.getTime(),
      CloudWatchMetrics: [
        { Namespace: DEAD_LETTER_METRIC.namespace, Dimensions: [[]], Metrics: [{ Name: DEAD_LETTER_METRIC.name, Unit: 'Count' }] },
      ],
    },
    [DEAD_LETTER_METRIC.name]: 1,
    ...fields,
  });
}

export const DEAD_LETTER_METRIC = { namespace: 'Factline', name: 'WebhookDeadLetters' } as const;
