// What the rest of factline may ask of storage. The DynamoDB adapter (dynamo-store.ts) is the only
// implementation; domain code receives it as an argument and never imports the adapter.
import type { Article } from '../articles/article.js';
import type { ClaimKind } from '../extraction/types.js';
import type { ArticleSource, Claim, ClaimsCapped } from '../facts/claim.js';
import type { SourcedRelation } from '../facts/derivation.js';
import type { Fact, FactSummary } from '../facts/fact.js';
import type { FactRelation } from '../facts/relations.js';
import type { FactSeries } from '../facts/series.js';

export interface Page<T> {
  items: T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  cursor?: string;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

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

/** Subject and metric filters are slugs (shared/facts/slug.ts). */
export interface ClaimFilter {
  subject?: string;
  metric?: string;
  kind?: ClaimKind;
}

export interface FactFilter extends ClaimFilter {
  /** Speaker name, compared as a slug ("Mark Carney" = "mark-carney"). */
  speaker?: string;
  /** Period key (shared/facts/fact.ts parsePeriod): "2025", "2035-by", "undated". */
  period?: string;
  /** Words that must all occur in the subject, metric, label, unit or base, or be one of a speaker's names. */
  q?: string;
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

export interface FactStore {
  putArticleOnce(article: Article): Promise<PutArticleResult>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** The article's current claims (empty until extracted); null when there is no such article. */
  getArticleClaims(id: string): Promise<Claim[] | null>;
  /** A page of the article's current claims, in text order; null when there is no such article. */
  getArticleClaimsPage(id: string, page: PageRequest): Promise<Page<Claim> | null>;
  /** `capped` says why claims were left out of `claims`, if they were; it is stored on the article. */
  replaceArticleClaims(article: Article, claims: Claim[], extractorVersion: string, capped?: ClaimsCapped | null): Promise<ReplaceClaimsResult>;
  getClaim(id: string): Promise<Claim | null>;
  listClaims(filter: ClaimFilter, page: PageRequest): Promise<Page<Claim>>;
  getFact(id: string): Promise<Fact | null>;
  /** The stored conflicts and supersedes this fact takes part in. */
  getFactRelations(fact: Fact): Promise<FactRelation[]>;
  listFacts(filter: FactFilter, page: PageRequest): Promise<Page<FactSummary>>;
  /** A page of a series: the facts (with appearances) of its next claims, in series order. */
  getSeries(subjectSlug: string, metricSlug: string, page: PageRequest): Promise<SeriesPage>;
  listSubjects(page: PageRequest): Promise<Page<SubjectMetrics>>;
  listConflicts(page: PageRequest): Promise<Page<Conflict>>;
}

export interface SeriesPage {
  /** null when the series has no (more) facts. */
  series: FactSeries | null;
  cursor?: string;
}
