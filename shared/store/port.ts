// What the rest of factline may ask of storage. The DynamoDB adapters (dynamo-store.ts, feed-store.ts) are
// the only implementations; domain code and use cases receive them as arguments and never import an adapter.
import type { Article } from '../articles/article.js';
import type { Feed } from '../ingestion/feed.js';
import type { ArticleSource, Claim, ClaimsCapped } from '../facts/claim.js';
import type { SourcedRelation } from '../facts/derivation.js';
import type { Fact } from '../facts/fact.js';
import type { FactLookups } from '../facts/fact-lookups.js';
import type { FactRelation } from '../facts/relations.js';
import type { FactSeries } from '../facts/series.js';

import type { Page, PageRequest } from '../paging.js';
import type { ClaimFilter } from '../facts/filters.js';

export type { Page, PageRequest } from '../paging.js';
export type { ClaimFilter, FactFilter } from '../facts/filters.js';

export interface PutArticleResult {
  article: Article;
  /** false when the same article (same canonical URL, or same text under another URL) was stored before. */
  created: boolean;
  /** true when the same URL came with other text (an edited article): text replaced, claims to be re-extracted. */
  revised?: boolean;
}

/** A stored article, with the other URLs its text was seen under. */
export interface StoredArticle extends Article {
  alsoAt: ArticleSource[];
  /** Version of the extractor whose claims are current; null until the article is extracted. */
  extractorVersion: string | null;
  /** Set when the current claims were capped (shared/facts/claim.ts capClaims): why, and how many were found. */
  claimsCapped: ClaimsCapped | null;
}

export interface ReplaceClaimsResult {
  /** Identifies the claim set now current: the same input always gives the same id. */
  claimSet: string;
  /** false when that claim set was already current (a repeat). */
  changed: boolean;
}

export interface SubjectMetrics {
  subject: string;
  slug: string;
  metrics: Array<{ metric: string; slug: string; label: string | null }>;
}

export type { SourcedFact } from '../facts/derivation.js';

/** A stored relation of type `conflicts`: two facts of one scope that disagree, with their sources. */
export interface Conflict extends SourcedRelation {
  type: 'conflicts';
}

/** What the read routes need: the read api's store (read-store.ts) carries these alone. */
export interface FactReads extends FactLookups {
  getArticle(id: string): Promise<StoredArticle | null>;
  /** The article's current claims (empty until extracted); null when there is no such article. */
  getArticleClaims(id: string): Promise<Claim[] | null>;
  /** A page of the article's current claims, in text order; null when there is no such article. */
  getArticleClaimsPage(id: string, page: PageRequest): Promise<Page<Claim> | null>;
  getClaim(id: string): Promise<Claim | null>;
  listClaims(filter: ClaimFilter, page: PageRequest): Promise<Page<Claim>>;
  /** The stored conflicts and supersedes this fact takes part in. */
  getFactRelations(fact: Fact): Promise<FactRelation[]>;
  /** A page of a series: the facts (with appearances) of its next claims, in series order. */
  getSeries(subjectSlug: string, metricSlug: string, page: PageRequest): Promise<SeriesPage>;
  listSubjects(page: PageRequest): Promise<Page<SubjectMetrics>>;
  listConflicts(page: PageRequest): Promise<Page<Conflict>>;
}

export interface FactStore extends FactReads {
  putArticleOnce(article: Article): Promise<PutArticleResult>;
  /** `capped` says why claims were left out of `claims`, if they were; it is stored on the article. */
  replaceArticleClaims(
    article: Article,
    claims: Claim[],
    extractorVersion: string,
    capped?: ClaimsCapped | null,
  ): Promise<ReplaceClaimsResult>;
}

export interface SeriesPage {
  /** null when the series has no (more) facts. */
  series: FactSeries | null;
  cursor?: string;
}

/** What feed management and the poll need from storage (implemented by feed-store.ts). */
export interface FeedStore {
  /** Adds the feed unless one with the same id exists; answers the stored one either way. */
  addFeed(feed: Feed): Promise<{ feed: Feed; created: boolean }>;
  getFeed(id: string): Promise<Feed | null>;
  /** Every feed, by next poll time. */
  listFeeds(page: PageRequest): Promise<Page<Feed>>;
  /** False when there was no such feed. */
  deleteFeed(id: string): Promise<boolean>;
  /** Feeds whose next poll time has passed, the longest-waiting first. */
  listDueFeeds(now: Date, limit: number): Promise<Feed[]>;
  /**
   * Takes the feed for one poll by moving its next poll time to `until`, only if nobody changed it
   * since it was read: two overlapping polls never work on the same feed, and a crashed poll's
   * lease simply runs out.
   */
  claimFeed(feed: Feed, until: Date): Promise<boolean>;
  /** Writes the state after a poll; does nothing if the feed was deleted meanwhile. */
  saveFeedState(feed: Feed): Promise<void>;
  /** The subset of these item keys that the feed has not ingested yet. */
  unseenItemKeys(feedId: string, itemKeys: string[]): Promise<Set<string>>;
  markItemsSeen(feedId: string, itemKeys: string[], now: Date): Promise<void>;
}
