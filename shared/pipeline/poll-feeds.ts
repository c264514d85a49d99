// Use case: the scheduled feed poll. Every due feed is fetched (conditionally), its new items are ingested once,
// and its state is written back. One feed's failure is recorded on that feed and the poll goes on;
// the work per run is bounded (feeds per run, items per feed).
import type { ArticleInput } from '../articles/article.js';
import { FactlineError, messageOf } from '../errors.js';
import { articleInputFromUrl } from '../ingestion/article-from-url.js';
import { SourceRefusedError } from '../ingestion/errors.js';
import { afterFailure, afterNotModified, afterSuccess, type Feed } from '../ingestion/feed.js';
import type { FeedItem } from '../ingestion/feed-parse.js';
import { boundedParser } from '../ingestion/html-parsing.js';
import { DEFAULT_TIMEOUT_MS, type SourceFetcher } from '../ingestion/safe-fetch.js';
import type { FeedStore } from '../store/port.js';
import type { IngestResult } from './ingest-article.js';

export interface PollPorts {
  feeds: FeedStore;
  fetchSource: SourceFetcher;
  /** ingestArticle bound to its ports: stores once, queues for extraction. */
  ingest: (input: ArticleInput) => Promise<IngestResult>;
  /** Told how many new items a feed's poll takes on, and after each one (the CLI's progress bar). */
  onProgress?: (progress: { feed: Feed; done: number; total: number }) => void;
}

export interface PollLimits {
  maxFeedsPerRun: number;
  /** New items ingested per feed per poll; the rest wait for the next poll (soon, see BACKLOG_RETRY_MS). */
  maxItemsPerFeed: number;
  /** Items read from the top of a feed; a 10,000-item feed costs no more than this. */
  maxItemsRead: number;
  /** Feeds polled at the same time. */
  concurrency: number;
  /** How long a poll holds a feed before another poll may take it. */
  leaseMs: number;
  /**
   * Wall-clock time one run may spend: past it no further feed is started and no further item is
   * taken (they wait for the next run). On Lambda it comes from the invocation's remaining time
   * (pollBudgetMs); the default suits the local runner's 5-minute interval.
   */
  timeBudgetMs: number;
}

/** What work started just before the budget runs out may still take: one fetch at its time limit, then a store. */
export const POLL_FINISH_MARGIN_MS = DEFAULT_TIMEOUT_MS + 10_000;

/** The poll's budget from the time an invocation has left (Lambda's getRemainingTimeInMillis). */
export function pollBudgetMs(remainingMs: number): number {
  return Math.max(0, remainingMs - POLL_FINISH_MARGIN_MS);
}

export const DEFAULT_POLL_LIMITS: PollLimits = {
  maxFeedsPerRun: 50,
  maxItemsPerFeed: 20,
  maxItemsRead: 200,
  concurrency: 4,
  leaseMs: 10 * 60_000,
  timeBudgetMs: 4 * 60_000,
};

export interface FeedPollReport {
  feedId: string;
  url: string;
  outcome: 'updated' | 'not-modified' | 'failed' | 'taken-by-another-poll';
  /** New items found (before the per-poll cap). */
  newItems: number;
  /** Items stored as new articles. */
  created: number;
  /** Items that were already stored (same URL or same text from another feed). */
  duplicates: number;
  /** Items ingested from the feed's own content because their page could not be used. */
  fromFeedContent: number;
  /** Items skipped for good: no usable page and no content in the feed. */
  skipped: number;
  /** Items whose page failed for now (timeout, network, 5xx) with no content in the feed: tried again next poll. */
  deferred: number;
  error?: string;
}

export async function pollDueFeeds(
  ports: PollPorts,
  now: Date = new Date(),
  limits: PollLimits = DEFAULT_POLL_LIMITS,
): Promise<FeedPollReport[]> {
  const deadline = Date.now() + limits.timeBudgetMs;
  const due = await ports.feeds.listDueFeeds(now, limits.maxFeedsPerRun);
  const reports: FeedPollReport[] = [];
  let next = 0;
  const worker = async () => {
    while (next < due.length && Date.now() < deadline) {
      const feed = due[next++]!;
      reports.push(await pollClaimedFeed(ports, feed, now, limits, deadline));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limits.concurrency, due.length) }, worker));
  return reports;
}

async function pollClaimedFeed(ports: PollPorts, feed: Feed, now: Date, limits: PollLimits, deadline: number): Promise<FeedPollReport> {
  const report = emptyReport(feed);
  try {
    if (!(await ports.feeds.claimFeed(feed, new Date(now.getTime() + limits.leaseMs)))) {
      return { ...report, outcome: 'taken-by-another-poll' };
    }
    return await pollFeed(ports, feed, now, limits, deadline);
  } catch (error) {
    // Even the failure could not be recorded (storage down): the lease runs out and a later poll retries.
    return { ...report, outcome: 'failed', error: messageOf(error) };
  }
}

/**
 * Polls one feed (already claimed) and saves its new state; throws only if storage fails. Items not
 * taken before `deadline` (epoch ms) stay for the next poll.
 */
export async function pollFeed(
  ports: PollPorts,
  feed: Feed,
  now: Date,
  limits: PollLimits = DEFAULT_POLL_LIMITS,
  deadline = Date.now() + limits.timeBudgetMs,
): Promise<FeedPollReport> {
  const report = emptyReport(feed);
  let seenKeys: string[] = [];
  try {
    const fetched = await ports.fetchSource(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
    if (fetched.status === 'not-modified') {
      await ports.feeds.saveFeedState(afterNotModified(feed, now));
      return { ...report, outcome: 'not-modified' };
    }
    const parsed = await boundedParser.parseFeedItems(fetched.text, fetched.url, limits.maxItemsRead);
    const items = uniqueByKey(parsed.items);
    const unseen = await ports.feeds.unseenItemKeys(
      feed.id,
      items.map((item) => item.key),
    );
    const newItems = items.filter((item) => unseen.has(item.key));
    report.newItems = newItems.length;
    const taken = newItems.slice(0, limits.maxItemsPerFeed);
    ports.onProgress?.({ feed, done: 0, total: taken.length });
    let processed = 0;
    for (const item of taken) {
      if (Date.now() >= deadline) break;
      const outcome = await ingestItem(ports, item, parsed.title);
      processed++;
      ports.onProgress?.({ feed, done: processed, total: taken.length });
      if (outcome === 'deferred') {
        report.deferred++;
        continue;
      }
      if (outcome === 'skipped') report.skipped++;
      else {
        report[outcome.created ? 'created' : 'duplicates']++;
        if (outcome.fromFeedContent) report.fromFeedContent++;
      }
      seenKeys.push(item.key);
    }
    const backlog = newItems.length > processed;
    await ports.feeds.markItemsSeen(feed.id, seenKeys, now);
    seenKeys = [];
    // While items wait (backlog or deferred) the feed must be fetched in full again, not answered with a 304.
    const fetchInFull = backlog || report.deferred > 0;
    await ports.feeds.saveFeedState(
      afterSuccess(feed, now, {
        title: parsed.title,
        etag: fetchInFull ? null : fetched.etag,
        lastModified: fetchInFull ? null : fetched.lastModified,
        ingested: report.created,
        backlog,
      }),
    );
    return { ...report, outcome: 'updated' };
  } catch (error) {
    // Items ingested before the failure stay ingested; remember them so the retry does not fetch them again.
    if (seenKeys.length) await ports.feeds.markItemsSeen(feed.id, seenKeys, now);
    await ports.feeds.saveFeedState(afterFailure(feed, now, messageOf(error), report.created));
    return { ...report, outcome: 'failed', error: messageOf(error) };
  }
}

type ItemOutcome = { created: boolean; fromFeedContent: boolean } | 'skipped' | 'deferred';

/** Refusals that may pass: the page is tried again at the next poll. */
const TRANSIENT_REASONS = new Set(['timeout', 'network', 'dns-failed']);

function isTransient(error: SourceRefusedError): boolean {
  return TRANSIENT_REASONS.has(error.reason) || (error.reason === 'http-status' && /HTTP (5\d\d|429)\b/.test(error.message));
}

/**
 * The item's page is the article; the feed's own content stands in when the page is refused or
 * unreadable. Without either, a lasting refusal skips the item for good and a passing one defers
 * it to the next poll. Anything else (storage, queue) throws, fails the feed's poll and leaves the
 * item unseen for the retry.
 */
async function ingestItem(ports: PollPorts, item: FeedItem, feedTitle: string | null): Promise<ItemOutcome> {
  const fromFeed: Partial<ArticleInput> = withoutNulls({
    title: item.title,
    publishedAt: item.publishedAt,
    url: item.url,
    source: feedTitle,
  });
  let input: ArticleInput | null = null;
  let fromFeedContent = false;
  let pageRefusal: SourceRefusedError | null = null;
  if (item.url) {
    try {
      const page = await articleInputFromUrl(item.url, ports.fetchSource);
      input = { ...fromFeed, ...page };
    } catch (error) {
      if (!(error instanceof SourceRefusedError)) throw error;
      pageRefusal = error;
    }
  }
  if (!input && item.text) {
    input = { ...fromFeed, text: item.text };
    fromFeedContent = true;
  }
  if (!input) return pageRefusal && isTransient(pageRefusal) ? 'deferred' : 'skipped';
  try {
    const result = await ports.ingest(input);
    return { created: result.created, fromFeedContent };
  } catch (error) {
    // A malformed item (bad date, empty text) or one whose text is not language is the item's problem, not the
    // feed's: thrown on, it would fail every poll of the feed while the item stays unseen.
    if (error instanceof FactlineError && (error.kind === 'invalid' || error.kind === 'unprocessable')) return 'skipped';
    throw error;
  }
}

function uniqueByKey(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.key) && seen.add(item.key));
}

function withoutNulls(record: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== null));
}

function emptyReport(feed: Feed): FeedPollReport {
  return {
    feedId: feed.id,
    url: feed.url,
    outcome: 'updated',
    newItems: 0,
    created: 0,
    duplicates: 0,
    fromFeedContent: 0,
    skipped: 0,
    deferred: 0,
  };
}
