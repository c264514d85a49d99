// The notifier: turns the table's changes into queued webhook deliveries. For each change it finds the
// watches that may care (WatchStore.watchesFor, a Query), keeps those whose target and events match, and
// records one delivery per (watch, event) with a conditional put, so a change read twice queues nothing new.
import type { ClaimKind } from '../extraction/types.js';
import { parsePeriod, type Appearance, type Fact, type FactSummary } from '../facts/fact.js';
import { matchesSearch, searchTextOf } from '../facts/derivation.js';
import { searchWords } from '../facts/search-words.js';
import { slugify } from '../facts/slug.js';
import type { FactLookups } from '../facts/fact-lookups.js';
import { changesOf, eventIdOf, previousValueOf, type Change, type ItemChange, type WatchedFact } from './change-events.js';
import { newDelivery, queueMarkedTry, seriesLink, webhookBody, type DeliveryQueue, type DeliveryStore } from './delivery.js';
import { watchEmailOf, type WatchEmailChannel } from './email.js';
import type { StoredWatch, WatchStore, WatchTarget } from './watch.js';

export interface NotifierDeps {
  watches: Pick<WatchStore, 'watchesFor'>;
  /** The store's FactReads answer them. */
  facts: FactLookups;
  deliveries: Pick<DeliveryStore, 'recordOnce' | 'confirmTryQueued'>;
  queue: DeliveryQueue;
  /** The shared e-mail topic (AWS, when deployed with it): watches with an email are also mailed each event. */
  email?: Pick<WatchEmailChannel, 'publish'>;
  /** Where factline's page is served: the payload links to the series there. */
  publicBaseUrl: string;
  now?: () => Date;
}

export interface NotifyReport {
  changes: number;
  queued: number;
  /** Deliveries already recorded (a record read again): queued again only while their first message is not known to be queued. */
  repeats: number;
}

/** Facts of one scope read to tell a new value from a first one (a scope rarely holds more). */
const SCOPE_READ_LIMIT = 50;

export async function notifyChanges(records: ItemChange[], deps: NotifierDeps): Promise<NotifyReport> {
  const report: NotifyReport = { changes: 0, queued: 0, repeats: 0 };
  // A batch's changes mostly share a few series (one article's facts): each series' watches are read once per batch.
  const watchesOfSeries = new Map<string, Promise<StoredWatch[]>>();
  for (const change of records.flatMap(changesOf)) {
    report.changes++;
    const series = `${change.fact.subjectSlug}#${change.fact.metricSlug}`;
    if (!watchesOfSeries.has(series)) watchesOfSeries.set(series, deps.watches.watchesFor(change.fact.subjectSlug, change.fact.metricSlug));
    const watches = await watchesOfSeries.get(series)!;
    if (!watches.length) continue;
    const fact = await deps.facts.getFact(change.fact.id);
    const candidates = watches.filter((watch) => matchesTarget(watch.target, change.fact, fact));
    if (!candidates.length) continue;
    const changes = [change];
    if (change.type === 'fact.created' && candidates.some((watch) => watch.events.includes('fact.changed'))) {
      const changed = await asChanged(change, deps.facts);
      if (changed) changes.push(changed);
    }
    for (const each of changes) {
      for (const watch of candidates.filter((candidate) => candidate.events.includes(each.type))) {
        const outcome = await queueDelivery(watch, each, fact, deps);
        report[outcome]++;
      }
    }
  }
  return report;
}

/** A new fact in a scope that already held another value: the value it changes from is the one said last before it. */
async function asChanged(change: Change, facts: NotifierDeps['facts']): Promise<Change | null> {
  const { fact } = change;
  const scope = await facts.listFacts(
    { subject: fact.subjectSlug, metric: fact.metricSlug, kind: fact.kind as ClaimKind, period: fact.period },
    { limit: SCOPE_READ_LIMIT },
  );
  const others = scope.items.filter((other) => other.id !== fact.id && other.value !== fact.value);
  if (!others.length) return null;
  const previous = others.reduce((a: FactSummary, b: FactSummary) => ((b.lastSaid ?? '') > (a.lastSaid ?? '') ? b : a));
  // Where the previous value was said last: its latest appearance.
  const appearances = (await facts.getFact(previous.id))?.appearances ?? [];
  const latest = appearances.reduce<Appearance | null>((a, b) => (!a || (b.publishedAt ?? '') > (a.publishedAt ?? '') ? b : a), null);
  const said = latest ? { quote: latest.quote, url: latest.url, source: latest.source, publishedAt: latest.publishedAt } : {};
  return { type: 'fact.changed', key: `fact.changed:${fact.id}`, fact, previous: { ...previousValueOf(previous), ...said } };
}

async function queueDelivery(watch: StoredWatch, change: Change, fact: Fact | null, deps: NotifierDeps): Promise<'queued' | 'repeats'> {
  const eventId = eventIdOf(watch.id, change.key);
  const now = deps.now?.() ?? new Date();
  const createdAt = now.toISOString();
  const body = webhookBody({
    eventId,
    type: change.type,
    watchId: watch.id,
    createdAt,
    fact: change.fact,
    previous: 'previous' in change ? change.previous : null,
    reason: 'reason' in change ? change.reason : null,
    appearances: fact?.appearances ?? [],
    publicBaseUrl: deps.publicBaseUrl,
  });
  const { created, record } = await deps.deliveries.recordOnce(
    newDelivery({ watchId: watch.id, eventId, eventType: change.type, createdAt, body }),
  );
  // The record is written marked unqueued, then its first message is sent and the mark cleared. A record read
  // again (the batch retried) still marked lost its message (a failed send, a crash before it): it is sent
  // again, and the deliverer's claim keeps copies from POSTing twice. One whose message is known queued, or
  // with tries made (the deliverer queues their next), is left alone. A mark never cleared is the sweeper's.
  if (record.status === 'pending' && record.attempts === 0 && record.unqueuedRetryAt) {
    await queueMarkedTry(record, 0, record.unqueuedRetryAt, deps, now);
  }
  // Mailed once per event, like the record: only by the call that wrote it.
  if (created && watch.email && deps.email) {
    const previous = 'previous' in change ? change.previous : null;
    const link = seriesLink(deps.publicBaseUrl, change.fact);
    await deps.email.publish(watchEmailOf({ watchId: watch.id, type: change.type, fact: change.fact, previous, link }));
  }
  return created ? 'queued' : 'repeats';
}

/** Whether a watch's target (subject, metric, kind, period, speaker, words: as GET /facts filters) covers the fact. */
export function matchesTarget(target: WatchTarget, fact: WatchedFact, stored: Fact | null): boolean {
  if (target.subject && slugify(target.subject) !== fact.subjectSlug) return false;
  if (target.metric && slugify(target.metric) !== fact.metricSlug) return false;
  if (target.kind && target.kind !== fact.kind) return false;
  if (target.period && (parsePeriod(target.period) ?? target.period) !== fact.period) return false;
  const speakers = (stored?.appearances ?? []).map((appearance) => appearance.speaker).filter((speaker): speaker is string => !!speaker);
  if (target.speaker && !speakers.some((speaker) => slugify(speaker) === slugify(target.speaker!))) return false;
  if (target.q) {
    const searchText = searchTextOf({
      subject: fact.subject,
      metric: fact.metric,
      metricLabel: stored?.metricLabel ?? null,
      unit: fact.unit,
      of: stored?.of ?? null,
    });
    if (!matchesSearch(target.q, { searchText, period: fact.period, kind: fact.kind }, new Set(speakers.flatMap(searchWords))))
      return false;
  }
  return true;
}
