// Watches (issue 12): a client's standing request to be told when a tracked figure appears, changes, is
// contradicted or superseded, and the per-client API keys that own them. Types and ports only; the
// DynamoDB adapter lives in shared/store, the notifier in shared/watches.
import { createHash } from 'node:crypto';

/** What an API key may do: read the API, post articles and feeds, create and manage its own watches. */
export type Scope = 'read' | 'write' | 'watch';

export interface ApiKey {
  id: string;
  name: string;
  scopes: Scope[];
  createdAt: string;
  lastUsedAt: string | null;
  /** Set when an admin revoked the key; a revoked key authenticates nothing. */
  revokedAt: string | null;
}

/** Who made a request: the shared admin token, or one client's API key. */
export type Caller = { kind: 'admin' } | { kind: 'client'; key: ApiKey };

/**
 * - `fact.created`: a fact (subject, metric, kind, period, value) appears for the first time;
 * - `fact.changed`: a new fact in a scope (subject, metric, kind, period) that already held another value;
 * - `conflict.created`: two facts of one scope found to disagree;
 * - `fact.superseded`: a fact replaced by a newer one (a later target, or a correction).
 */
export type WatchEventType = 'fact.created' | 'fact.changed' | 'conflict.created' | 'fact.superseded';

/** A subject, a subject and metric, or any `/facts` filter (slugs, as GET /facts takes them). */
export interface WatchTarget {
  subject?: string;
  metric?: string;
  kind?: string;
  period?: string;
  speaker?: string;
  q?: string;
}

export type WatchStatus = 'active' | 'paused';

export interface Watch {
  id: string;
  /** The API key that created it; only that key (or the admin) may see or change it. */
  ownerKeyId: string;
  target: WatchTarget;
  events: WatchEventType[];
  /** https URL the events are POSTed to; vetted against internal addresses at creation and at delivery. */
  webhookUrl: string;
  /** Also mailed each event through the shared SNS topic (AWS only), once the address confirmed SNS's mail. */
  email?: string;
  status: WatchStatus;
  createdAt: string;
  updatedAt: string;
}

/** A watch as stored, with the secret its deliveries are signed with (shown once, at creation). */
export interface StoredWatch extends Watch {
  signingSecret: string;
  /** The watch's SNS e-mail subscription, unsubscribed when the watch is deleted. */
  emailSubscriptionArn?: string;
}

/**
 * A watch's id follows from what it is: one key's watch of one target, for these events, at this webhook.
 * The same watch posted again (a client retrying after a timeout) is the same id, so it is stored once.
 */
export function watchIdOf(watch: Pick<Watch, 'ownerKeyId' | 'target' | 'events' | 'webhookUrl'>): string {
  const target = Object.entries(watch.target)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const events = [...new Set(watch.events)].sort();
  const definition = JSON.stringify([watch.ownerKeyId, target, events, new URL(watch.webhookUrl).href]);
  return `w_${createHash('sha256').update(definition).digest('hex').slice(0, 24)}`;
}

/** Watch storage (implemented in shared/store). Matching is a Query per access pattern, never a Scan. */
export interface WatchStore {
  /**
   * Stores the watch unless one with its id exists: then that one is answered, unchanged (created false).
   * Refuses (FactlineError 'limit-reached', 409 at the edge) a new watch past the per-key limit.
   */
  createWatch(watch: StoredWatch): Promise<{ created: boolean; watch: StoredWatch }>;
  getWatch(id: string): Promise<StoredWatch | null>;
  listWatches(ownerKeyId: string, page: { limit: number; cursor?: string }): Promise<{ items: Watch[]; cursor?: string }>;
  setWatchStatus(id: string, status: WatchStatus): Promise<void>;
  deleteWatch(id: string): Promise<void>;
  /** Active watches that may match a change to (subject, metric): the subject's watches and the target-less ones. */
  watchesFor(subjectSlug: string, metricSlug: string): Promise<StoredWatch[]>;
}
