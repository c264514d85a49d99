// A feed factline polls, the rules for when to poll it next, and what the poll needs from storage.
import { createHash } from 'node:crypto';
import { canonicalizeUrl, httpUrlOf } from '../articles/article.js';

export interface Feed {
  id: string;
  url: string;
  title: string | null;
  createdAt: string;
  /** Validators of the last full answer, sent back so an unchanged feed costs one 304. */
  etag: string | null;
  lastModified: string | null;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  /** ISO date-time; the feed is due when this has passed. Also moved forward while a poll holds it. */
  nextPollAt: string;
  itemsIngested: number;
}

export const POLL_INTERVAL_MS = 15 * 60_000;
/** Back-off doubles per consecutive failure from one interval, up to a day. */
export const MAX_BACKOFF_MS = 24 * 60 * 60_000;
/** A feed with more new items than one poll takes is polled again this soon. */
export const BACKLOG_RETRY_MS = 60_000;

export function feedIdFor(url: string): string {
  return 'f_' + createHash('sha256').update(canonicalizeUrl(url)).digest('hex').slice(0, 20);
}

export function newFeed(rawUrl: string, now: Date): Feed {
  const url = httpUrlOf(rawUrl);
  return {
    id: feedIdFor(url.toString()),
    url: url.toString(),
    title: null,
    createdAt: now.toISOString(),
    etag: null,
    lastModified: null,
    lastPolledAt: null,
    lastSuccessAt: null,
    lastError: null,
    consecutiveFailures: 0,
    nextPollAt: now.toISOString(),
    itemsIngested: 0,
  };
}

export function backoffDelayMs(consecutiveFailures: number): number {
  return Math.min(POLL_INTERVAL_MS * 2 ** Math.max(0, consecutiveFailures - 1), MAX_BACKOFF_MS);
}

export interface PollSuccess {
  title?: string | null;
  /** Null validators force the next poll to fetch in full (used while a backlog remains). */
  etag: string | null;
  lastModified: string | null;
  ingested: number;
  backlog: boolean;
}

export function afterSuccess(feed: Feed, now: Date, success: PollSuccess): Feed {
  return {
    ...feed,
    title: success.title ?? feed.title,
    etag: success.etag,
    lastModified: success.lastModified,
    lastPolledAt: now.toISOString(),
    lastSuccessAt: now.toISOString(),
    lastError: null,
    consecutiveFailures: 0,
    nextPollAt: new Date(now.getTime() + (success.backlog ? BACKLOG_RETRY_MS : POLL_INTERVAL_MS)).toISOString(),
    itemsIngested: feed.itemsIngested + success.ingested,
  };
}

export function afterNotModified(feed: Feed, now: Date): Feed {
  return afterSuccess(feed, now, { etag: feed.etag, lastModified: feed.lastModified, ingested: 0, backlog: false });
}

export function afterFailure(feed: Feed, now: Date, error: string, ingested = 0): Feed {
  const consecutiveFailures = feed.consecutiveFailures + 1;
  return {
    ...feed,
    lastPolledAt: now.toISOString(),
    lastError: error.slice(0, 500),
    consecutiveFailures,
    nextPollAt: new Date(now.getTime() + backoffDelayMs(consecutiveFailures)).toISOString(),
    itemsIngested: feed.itemsIngested + ingested,
  };
}
