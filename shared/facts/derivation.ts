// What an article's claims change in the items derived from claims (facts, series rows, stored
// relations). Pure: the store reads what these functions take and writes what they return.
import type { ArticleSource, Claim } from './claim.js';
import { appearancesOf, factsFromClaims, type Fact, type FactSummary } from './fact.js';
import { relateFacts, type FactRelation } from './relations.js';
import { searchWords } from './search-words.js';
import { slugify } from './slug.js';

/** The facts of one subject, metric, kind and period: relations are computed within a scope. */
export interface FactScope {
  subject: string;
  subjectSlug: string;
  metric: string;
  metricSlug: string;
  kind: string;
  period: string;
}

/** One (subject, metric) series of the subject registry. */
export interface SeriesEntry {
  subject: string;
  subjectSlug: string;
  metric: string;
  metricSlug: string;
  metricLabel: string | null;
}

/** A fact as stored: its identity and what its filters search. Corrections live on claims, not here. */
export interface FactRecord {
  fact: Omit<Fact, 'appearances' | 'superseded'>;
  searchText: string;
  /** Sets that only grow: stored with ADD, so a repeated write leaves the same item. */
  speakers: Set<string>;
  speakerSlugs: Set<string>;
  saidOn: Set<string>;
  speakerWords: Set<string>;
}

/** A fact summary with some of the places it was said. */
export interface SourcedFact extends FactSummary {
  sources: ArticleSource[];
}

/** A relation as stored, of any type: both facts with their sources, and the series it belongs to. */
export interface SourcedRelation extends FactRelation {
  subject: string;
  subjectSlug: string;
  metric: string;
  metricSlug: string;
  facts: [SourcedFact, SourcedFact];
}

export interface DerivedChanges {
  /** Facts the article states now: written. */
  facts: FactRecord[];
  /** Facts it stated before and states no more: removed unless another article still states them. */
  unstatedFacts: Fact[];
  /** Series the article is part of now: written. */
  series: SeriesEntry[];
  /** Series it was part of before and is no more: removed unless another article is still in them. */
  unstatedSeries: SeriesEntry[];
  /** Scopes whose relations to recompute: every scope of a fact stated now or before. */
  scopes: FactScope[];
  /** Ids of those facts: the relations they take part in get their sources re-read. */
  touched: Set<string>;
}

/** Sources kept with each side of a stored relation. */
export const SOURCES_PER_RELATION_SIDE = 10;

/** The derived changes an article's claims bring: `current` are its claims now, `retired` the ones it replaces. */
export function deriveChanges(current: Claim[], retired: Claim[]): DerivedChanges {
  const currentFacts = factsFromClaims(current);
  const retiredFacts = factsFromClaims(retired);
  const currentIds = new Set(currentFacts.map((fact) => fact.id));
  const currentSeries = seriesOf(currentFacts);
  const scopes = new Map<string, FactScope>();
  for (const fact of [...currentFacts, ...retiredFacts]) {
    const { subject, subjectSlug, metric, metricSlug, kind, period } = fact;
    scopes.set(JSON.stringify([subjectSlug, metricSlug, kind, period]), { subject, subjectSlug, metric, metricSlug, kind, period });
  }
  return {
    facts: currentFacts.map(factRecord),
    unstatedFacts: retiredFacts.filter((fact) => !currentIds.has(fact.id)),
    series: [...currentSeries.values()],
    unstatedSeries: [...seriesOf(retiredFacts)].filter(([key]) => !currentSeries.has(key)).map(([, entry]) => entry),
    scopes: [...scopes.values()],
    touched: new Set([...currentFacts, ...retiredFacts].map((fact) => fact.id)),
  };
}

function factRecord(fact: Fact): FactRecord {
  const { appearances, superseded: _superseded, ...identity } = fact;
  const speakers = new Set(appearances.map((appearance) => appearance.speaker).filter((speaker): speaker is string => !!speaker));
  const saidOn = new Set(appearances.map((appearance) => appearance.publishedAt?.slice(0, 10)).filter((date): date is string => !!date));
  return {
    fact: identity,
    searchText: searchTextOf(fact),
    speakers,
    speakerSlugs: new Set([...speakers].map(slugify)),
    saidOn,
    speakerWords: new Set([...speakers].flatMap(searchWords)),
  };
}

/** The text `q` searches in a fact besides its period, kind and speakers. */
export function searchTextOf(fact: Pick<Fact, 'subject' | 'metric' | 'metricLabel' | 'unit' | 'of'>): string {
  return [fact.subject, fact.metric, fact.metricLabel, fact.unit, fact.of].filter(Boolean).join(' ').toLowerCase();
}

/**
 * Where a word of `q` may occur in a fact (GET /facts and a watch's target alike): its search text (subject,
 * metric, label, unit, base), its period ("2029", "2029-by": a year and "by" match), its kind ("target"),
 * or a speaker's words. Every word must occur in one of them.
 */
export const FACT_SEARCH_FIELDS = ['searchText', 'period', 'kind'] as const;

/** Whether every word of `q` occurs in the fact's search fields or is one of its speakers' words. */
export function matchesSearch(q: string, fields: Record<(typeof FACT_SEARCH_FIELDS)[number], string>, speakerWords: Set<string>): boolean {
  return searchWords(q).every((word) => speakerWords.has(word) || FACT_SEARCH_FIELDS.some((field) => fields[field].includes(word)));
}

export interface RelationPlan {
  /** Relations new, changed, or of a touched fact: to be written with their facts' sources (read again). */
  refresh: Array<{ relation: FactRelation; facts: [FactSummary, FactSummary] }>;
  /** Stored relations that hold no more. */
  remove: SourcedRelation[];
}

/** Which of a scope's stored relations to write again and which to remove, given the scope's facts now. */
export function planScopeRelations(scopeFacts: FactSummary[], stored: SourcedRelation[], touched: Set<string>): RelationPlan {
  const facts = new Map(scopeFacts.map((fact) => [fact.id, fact]));
  const storedById = new Map(stored.map((relation) => [relationId(relation), relation]));
  const wanted = new Set<string>();
  const refresh: RelationPlan['refresh'] = [];
  for (const relation of relateFacts(scopeFacts).filter((candidate) => candidate.type !== 'different-scope')) {
    wanted.add(relationId(relation));
    const before = storedById.get(relationId(relation));
    if (before && !touched.has(relation.from) && !touched.has(relation.to) && before.reason === relation.reason) continue;
    refresh.push({ relation, facts: [facts.get(relation.from)!, facts.get(relation.to)!] });
  }
  return { refresh, remove: stored.filter((relation) => !wanted.has(relationId(relation))) };
}

/** A relation's identity within its scope: its type and its two facts. */
export function relationId(relation: Pick<FactRelation, 'type' | 'from' | 'to'>): string {
  return `${relation.type}#${relation.from}#${relation.to}`;
}

export function sourcedRelation(scope: FactScope, relation: FactRelation, facts: [SourcedFact, SourcedFact]): SourcedRelation {
  return { ...relation, subject: scope.subject, subjectSlug: scope.subjectSlug, metric: scope.metric, metricSlug: scope.metricSlug, facts };
}

/** A fact with the sources of its first appearances (`claims` are current claims of the fact). */
export function sourcedFact(fact: FactSummary, claims: Claim[]): SourcedFact {
  const sources = claims.flatMap(appearancesOf).map(({ url, source, publishedAt, title }) => ({ url, source, publishedAt, title }));
  return { ...fact, sources: sources.slice(0, SOURCES_PER_RELATION_SIDE) };
}

function seriesOf(facts: Fact[]): Map<string, SeriesEntry> {
  return new Map(
    facts.map(({ subject, subjectSlug, metric, metricSlug, metricLabel }) => [
      `${subjectSlug}#${metricSlug}`,
      { subject, subjectSlug, metric, metricSlug, metricLabel },
    ]),
  );
}
