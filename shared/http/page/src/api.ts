// The page reads the public API only. Lists are followed to their end (up to a bound), so nothing that
// matches is silently left out.
import type { Appearance, Fact, FactSummary } from '../../../facts/fact.js';
import type { FactRelation } from '../../../facts/relations.js';
import type { Claim } from '../../../facts/claim.js';
import type { FactSeries } from '../../../facts/series.js';
import type { Conflict, Page, StoredArticle, SubjectMetrics } from '../../../store/port.js';

export type { Appearance, Claim, Conflict, Fact, FactRelation, FactSeries, FactSummary, StoredArticle, SubjectMetrics };
export type FactWithRelations = Fact & { relations: FactRelation[] };
export type ArticleWithClaims = StoredArticle & { claims: Claim[] };

/** Pages followed at most, so a huge list cannot keep the page busy for ever. */
const MAX_PAGES = 20;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * An API path ("/facts?q=x") as a URL relative to the page's folder: the page is served at the API's root,
 * which behind a REST API stage is /<stage>/ rather than /.
 */
export function apiUrl(path: string): string {
  return path.replace(/^\/+/, '');
}

export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(apiUrl(path), { headers: { accept: 'application/json' } });
  const body = (await response.json().catch(() => ({}))) as { detail?: string };
  if (!response.ok) throw new ApiError(body.detail ?? `the server answered ${response.status}`, response.status);
  return body as T;
}

function withCursor(path: string, cursor: string | undefined): string {
  if (!cursor) return path;
  return `${path}${path.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`;
}

/** Every item of a list (following its cursor); `complete` is false when MAX_PAGES were not enough. */
export async function getAll<T>(path: string): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await getJson<Page<T>>(withCursor(path, cursor));
    items.push(...page.items);
    cursor = page.cursor;
    if (!cursor) return { items, complete: true };
  }
  return { items, complete: false };
}

/** Subjects with all their metrics: a subject's metrics can span two pages of the list. */
export async function getSubjects(): Promise<SubjectMetrics[]> {
  const { items } = await getAll<SubjectMetrics>('/subjects?limit=200');
  const bySlug = new Map<string, SubjectMetrics>();
  for (const subject of items) {
    const known = bySlug.get(subject.slug);
    if (known) known.metrics.push(...subject.metrics);
    else bySlug.set(subject.slug, { ...subject, metrics: [...subject.metrics] });
  }
  return [...bySlug.values()];
}

/** The whole series: its pages merged, facts split over two pages joined again. */
export async function getSeries(subjectSlug: string, metricSlug: string): Promise<FactSeries> {
  const path = `/subjects/${encodeURIComponent(subjectSlug)}/metrics/${encodeURIComponent(metricSlug)}?limit=500`;
  let merged: FactSeries | null = null;
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page: FactSeries & { cursor?: string } = await getJson(withCursor(path, cursor));
    merged = merged ? mergeSeries(merged, page) : page;
    cursor = page.cursor;
    if (!cursor) break;
  }
  return merged!;
}

function mergeSeries(into: FactSeries, page: FactSeries): FactSeries {
  const facts = new Map(into.kinds.flatMap((group) => group.facts).map((fact) => [fact.id, fact]));
  for (const fact of page.kinds.flatMap((group) => group.facts)) {
    const known = facts.get(fact.id);
    if (known) known.appearances.push(...fact.appearances);
    else facts.set(fact.id, fact);
  }
  const kinds: FactSeries['kinds'] = [];
  for (const fact of facts.values()) {
    const group = kinds.find((entry) => entry.kind === fact.kind);
    if (group) group.facts.push(fact);
    else kinds.push({ kind: fact.kind, facts: [fact] });
  }
  const relationKey = (relation: FactRelation) => `${relation.type}#${relation.from}#${relation.to}`;
  const relations = new Map([...into.relations, ...page.relations].map((relation) => [relationKey(relation), relation]));
  return { ...into, kinds, relations: [...relations.values()] };
}
