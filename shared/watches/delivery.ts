// Webhook deliveries: the record kept per (watch, event), the queue that carries them, the payload and
// its signature. Types, ports and pure helpers; the store adapter is shared/store/delivery-store.ts.
import { createHmac } from 'node:crypto';
import type { Appearance } from '../facts/fact.js';
import type { PreviousValue, WatchedFact } from './change-events.js';
import type { WatchEventType } from './watch.js';

/**
 * pending: queued or between tries; delivered: a 2xx answer; dead: every try failed (the dead letter);
 * refused: the webhook's address is internal now (not fetched); cancelled: the watch was paused or deleted first.
 */
export type DeliveryStatus = 'pending' | 'delivered' | 'dead' | 'refused' | 'cancelled';

export interface DeliveryRecord {
  watchId: string;
  eventId: string;
  eventType: WatchEventType;
  status: DeliveryStatus;
  /** POSTs made so far (a deferral by the rate limit is not one). */
  attempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
  /** The exact JSON body every try sends (and signs). */
  body: string;
  /**
   * When the next try is due, while its message is not known to be queued: a record is written before its first
   * message is sent (due at its creation), a failed try before its retry's; cleared once the send has succeeded
   * (null then). A mark left past its time plus a margin is the sweeper's to send (unqueued-sweeper.ts).
   */
  unqueuedRetryAt: string | null;
}

/** A delivery as the notifier first writes it: pending, never tried (the store adds its unqueued mark). */
export function newDelivery(
  fields: Pick<DeliveryRecord, 'watchId' | 'eventId' | 'eventType' | 'createdAt' | 'body'>,
): Omit<DeliveryRecord, 'unqueuedRetryAt'> {
  return { ...fields, status: 'pending', attempts: 0, lastError: null, updatedAt: fields.createdAt, deliveredAt: null };
}

/** What GET /watches/{id}/deliveries lists: the body and the retry's bookkeeping stay inside. */
export type DeliverySummary = Omit<DeliveryRecord, 'body' | 'unqueuedRetryAt'>;

export interface DeliveryStore {
  /**
   * Stores the record (no try made yet) unless one exists for (watch, event): answers the stored one then. A new
   * record's first message is not queued yet: it is marked unqueued, due at its creation.
   */
  recordOnce(record: Omit<DeliveryRecord, 'unqueuedRetryAt'>): Promise<{ created: boolean; record: DeliveryRecord }>;
  get(watchId: string, eventId: string): Promise<DeliveryRecord | null>;
  /**
   * Claims the record's next try for one run: true when the record is pending with `attempts` tries made and
   * no other run's claim is live at `now`. The claim lasts until `until` (a crashed run's expires) or settle.
   */
  claimTry(watchId: string, eventId: string, claim: { attempts: number; now: string; until: string }): Promise<boolean>;
  /** Ends this claim (the one ending at `until`) without a try, so the next message may claim the try; another run's claim stays. */
  releaseClaim(watchId: string, eventId: string, claim: { attempts: number; until: string }): Promise<void>;
  /** Changes a pending record and ends its claim; false when it is no longer pending (another try finished it). */
  settle(
    watchId: string,
    eventId: string,
    changes: Pick<DeliveryRecord, 'status' | 'attempts' | 'lastError' | 'updatedAt' | 'deliveredAt' | 'unqueuedRetryAt'>,
  ): Promise<boolean>;
  /**
   * Clears unqueuedRetryAt once the message of the try after the record's `attempts` tries is queued (the first
   * message after 0 tries); a record tried since is left alone.
   */
  confirmTryQueued(watchId: string, eventId: string, attempts: number): Promise<void>;
  /** Pending records whose next message is not known to be queued and was due before `dueBy` (null: every one), earliest due first. */
  listUnqueued(dueBy: string | null, limit: number): Promise<UnqueuedTry[]>;
  /** The watch's latest deliveries, newest first. */
  listForWatch(watchId: string, limit: number): Promise<DeliverySummary[]>;
  /** Counts one POST in the watch's current minute; false when the minute's limit is reached. */
  takeMinuteSlot(watchId: string, minute: string, limit: number): Promise<boolean>;
}

/** A pending record as the marking reads it: its tries, its last change, its mark, and the end of a try's claim if one is held. */
export type PendingDelivery = Pick<DeliveryRecord, 'watchId' | 'eventId' | 'attempts' | 'updatedAt' | 'unqueuedRetryAt'> & {
  tryClaimedUntil: string | null;
};

/** The pending records and their marks, for markPendingDeliveries (unqueued-sweeper.ts): a local start and an operator's one-off run. */
export interface PendingDeliveries {
  /** Every pending record, oldest first. */
  listPending(): Promise<PendingDelivery[]>;
  /** Marks the record's next try unqueued, due at `dueAt`, if it is still pending with `attempts` tries made; false otherwise. */
  markUnqueued(watchId: string, eventId: string, mark: { attempts: number; dueAt: string }): Promise<boolean>;
}

/** A record's try whose message is not known to be queued: the tries made before it, and when it is due. */
export type UnqueuedTry = Pick<DeliveryRecord, 'watchId' | 'eventId' | 'attempts'> & { unqueuedRetryAt: string };

/**
 * Sends the message of the try after `attempts` tries, due at `dueAt`, then clears the record's mark
 * (unqueuedRetryAt). A send that fails throws and leaves the mark: a later run, or the sweeper, sends it.
 */
export async function queueMarkedTry(
  { watchId, eventId }: Pick<DeliveryRecord, 'watchId' | 'eventId'>,
  attempts: number,
  dueAt: string,
  deps: { queue: DeliveryQueue; deliveries: Pick<DeliveryStore, 'confirmTryQueued'> },
  now: Date,
): Promise<void> {
  await deps.queue.send({ watchId, eventId, attempts, notBefore: dueAt }, Math.max(0, Date.parse(dueAt) - now.getTime()));
  await deps.deliveries.confirmTryQueued(watchId, eventId, attempts);
}

/** What the queue carries: a pointer to the record, never the secret or the body. */
export interface DeliveryMessage {
  watchId: string;
  eventId: string;
  /**
   * The tries made when it was sent: a copy that finds more made ends (its try was made, and the message for
   * the next one is queued), or sends that message if the record says it may not be (unqueuedRetryAt).
   * Absent in a message sent before it was written: the record's count is taken.
   */
  attempts?: number;
  /** Not to be tried before this time (a back-off longer than the queue's own delay limit). */
  notBefore?: string;
}

export interface DeliveryQueue {
  send(message: DeliveryMessage, delayMs?: number): Promise<void>;
}

/** Bodies stay under this size; beyond it the quotes are trimmed and the payload says so. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

export interface Quote {
  quote: string;
  speaker: string | null;
  url: string | null;
  source: string | null;
  title: string | null;
  publishedAt: string | null;
}

export interface WebhookPayload {
  id: string;
  type: WatchEventType;
  createdAt: string;
  watchId: string;
  fact: Omit<WatchedFact, 'subjectSlug' | 'metricSlug'>;
  previous: PreviousValue | null;
  reason: string | null;
  quotes: Quote[];
  /** true when quotes were left out to keep the body under MAX_PAYLOAD_BYTES; quotesTotal says how many there were. */
  quotesTrimmed: boolean;
  quotesTotal: number;
  /** The series on factline's page. */
  link: string;
}

export interface PayloadInput {
  eventId: string;
  type: WatchEventType;
  watchId: string;
  createdAt: string;
  fact: WatchedFact;
  previous: PreviousValue | null;
  reason: string | null;
  appearances: Appearance[];
  publicBaseUrl: string;
}

/** The fact's series on factline's page. */
export function seriesLink(publicBaseUrl: string, fact: Pick<WatchedFact, 'subjectSlug' | 'metricSlug'>): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/#/series/${encodeURIComponent(fact.subjectSlug)}/${encodeURIComponent(fact.metricSlug)}`;
}

/** The JSON body, with as many quotes as fit under MAX_PAYLOAD_BYTES. */
export function webhookBody(input: PayloadInput, maxBytes = MAX_PAYLOAD_BYTES): string {
  const { subjectSlug: _subjectSlug, metricSlug: _metricSlug, ...fact } = input.fact;
  const quotes: Quote[] = input.appearances.map((appearance) => ({
    quote: appearance.quote,
    speaker: appearance.speaker,
    url: appearance.url,
    source: appearance.source,
    title: appearance.title,
    publishedAt: appearance.publishedAt,
  }));
  const payload: WebhookPayload = {
    id: input.eventId,
    type: input.type,
    createdAt: input.createdAt,
    watchId: input.watchId,
    fact,
    previous: input.previous,
    reason: input.reason,
    quotes: [],
    quotesTrimmed: false,
    quotesTotal: quotes.length,
    link: seriesLink(input.publicBaseUrl, input.fact),
  };
  // Sized with the trimmed flag set, so flipping it cannot push the body over.
  const sizeWith = (count: number) =>
    Buffer.byteLength(JSON.stringify({ ...payload, quotes: quotes.slice(0, count), quotesTrimmed: true }));
  let fitting = quotes.length;
  if (sizeWith(fitting) > maxBytes) {
    let low = 0;
    let high = quotes.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (sizeWith(middle) <= maxBytes) low = middle;
      else high = middle - 1;
    }
    fitting = low;
  }
  return JSON.stringify({ ...payload, quotes: quotes.slice(0, fitting), quotesTrimmed: fitting < quotes.length });
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as Stripe signs. */
export function signatureHeader(secret: string, unixSeconds: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}
