// Fact identity: the same subject, metric, kind, period, value and unit said again is one fact,
// and every time it is said (every claim, at every URL its article appeared under) is an appearance.
import { createHash } from 'node:crypto';
import type { Bound, ClaimKind, ClaimTime, Normalized } from '../extraction/types.js';
import type { ArticleSource, Claim, SupersededValue } from './claim.js';
import { slugify } from './slug.js';

export interface Appearance extends ArticleSource {
  claimId: string;
  articleId: string;
  quote: string;
  /** The mention and its UTF-16 offsets in the article text. */
  text: string;
  start: number;
  end: number;
  speaker: string | null;
}

export interface Fact {
  id: string;
  subject: string;
  subjectSlug: string;
  metric: string;
  metricSlug: string;
  metricLabel: string | null;
  kind: ClaimKind;
  time: ClaimTime;
  /** Sortable period key: "2025" (in 2025), "2035-by" (by 2035), "undated". */
  period: string;
  value: number;
  low?: number;
  high?: number;
  unit: string;
  /** The value in its base unit: facts said in cents and in dollars, in miles and in km, compare on this. */
  normalized?: Normalized;
  of: string | null;
  bound: Bound;
  /** Values sources published for this scope and later corrected to this one (absent when none). */
  superseded?: SupersededValue[];
  appearances: Appearance[];
}

/** A fact's or claim's normalized value; facts stored before the field existed are their own normalization. */
export function normalizedOf(fact: Pick<Fact, 'value' | 'low' | 'high' | 'unit' | 'normalized'>): Normalized {
  return fact.normalized ?? { value: fact.value, ...(fact.low !== undefined ? { low: fact.low, high: fact.high } : {}), unit: fact.unit };
}

export const UNDATED = 'undated';

export function periodKey(time: ClaimTime): string {
  if (time.year !== undefined) return String(time.year).padStart(4, '0');
  if (time.by !== undefined) return `${String(time.by).padStart(4, '0')}-by`;
  return UNDATED;
}

/** Parses the period filter a user types ("2025", "by 2035", "by-2035", "2035-by", "undated"); null if it is none of these. */
export function parsePeriod(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (text === UNDATED) return UNDATED;
  const year = /^(\d{4})$/.exec(text);
  if (year) return year[1]!;
  const by = /^(?:by[\s-]?(\d{4})|(\d{4})-by)$/.exec(text);
  if (by) return `${by[1] ?? by[2]}-by`;
  return null;
}

export function describePeriod(period: string): string {
  if (period === UNDATED) return 'undated';
  return period.endsWith('-by') ? `by ${period.slice(0, 4)}` : `in ${period}`;
}

function canonicalNumber(value: number | undefined): number | null {
  return value === undefined ? null : Number(value.toPrecision(6));
}

/** A fact needs a subject and a metric; claims without them stay claims. "64 cents" and "$0.64" are one fact. */
export function factIdOf(
  claim: Pick<Claim, 'subject' | 'metric' | 'kind' | 'time' | 'value' | 'low' | 'high' | 'unit' | 'of'> & { normalized?: Normalized },
): string | null {
  if (!claim.subject || !claim.metric) return null;
  const normalized = normalizedOf(claim);
  const identity = [
    slugify(claim.subject),
    slugify(claim.metric),
    claim.kind,
    periodKey(claim.time),
    canonicalNumber(normalized.value),
    canonicalNumber(normalized.low),
    canonicalNumber(normalized.high),
    normalized.unit,
    claim.of ? slugify(claim.of) : null,
  ];
  return 'f_' + createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 24);
}

export function appearancesOf(claim: Claim): Appearance[] {
  const mention = {
    claimId: claim.id,
    articleId: claim.articleId,
    quote: claim.quote,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    speaker: claim.speaker,
  };
  const own: ArticleSource = { url: claim.url, source: claim.source, publishedAt: claim.publishedAt, title: claim.title };
  return [own, ...claim.alsoAt].map((source) => ({ ...mention, ...source }));
}

/** A fact without its appearances: what fact lists show and what relations are computed from. */
export interface FactSummary extends Omit<Fact, 'appearances'> {
  speakers: string[];
  /** Publication dates of the first and last appearance. */
  firstSaid: string | null;
  lastSaid: string | null;
}

export function summarizeFact(fact: Fact): FactSummary {
  const { appearances, ...identity } = fact;
  const dates = appearances
    .map((appearance) => appearance.publishedAt)
    .filter((date): date is string => !!date)
    .sort();
  const speakers = [...new Set(appearances.map((appearance) => appearance.speaker).filter((speaker): speaker is string => !!speaker))];
  return { ...identity, speakers, firstSaid: dates[0] ?? null, lastSaid: dates[dates.length - 1] ?? null };
}

/** Groups claims into facts, keeping the order in which each fact is first met. */
export function factsFromClaims(claims: Claim[]): Fact[] {
  const facts = new Map<string, Fact>();
  for (const claim of claims) {
    const id = factIdOf(claim);
    if (!id) continue;
    let fact = facts.get(id);
    if (!fact) {
      fact = {
        id,
        subject: claim.subject!,
        subjectSlug: slugify(claim.subject!),
        metric: claim.metric!,
        metricSlug: slugify(claim.metric!),
        metricLabel: claim.metricLabel,
        kind: claim.kind,
        time: claim.time,
        period: periodKey(claim.time),
        value: claim.value,
        ...(claim.low !== undefined ? { low: claim.low } : {}),
        ...(claim.high !== undefined ? { high: claim.high } : {}),
        unit: claim.unit,
        normalized: normalizedOf(claim),
        of: claim.of,
        bound: claim.bound,
        appearances: [],
      };
      facts.set(id, fact);
    }
    fact.appearances.push(...appearancesOf(claim));
    if (claim.supersedes?.length) fact.superseded = [...(fact.superseded ?? []), ...claim.supersedes];
  }
  return [...facts.values()];
}
