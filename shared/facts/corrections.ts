// A source corrects a figure: the same article comes again (same URL, edited text) and says another value
// for the same subject, metric, kind, period, unit and base. The new claim keeps the earlier value as
// superseded, so the correction stays visible instead of silently replacing the figure.
import type { Claim, SupersededValue } from './claim.js';
import { factIdOf, periodKey } from './fact.js';
import { slugify } from './slug.js';

function scopeOf(claim: Claim): string | null {
  if (!claim.subject || !claim.metric) return null;
  return JSON.stringify([
    slugify(claim.subject),
    slugify(claim.metric),
    claim.kind,
    periodKey(claim.time),
    claim.unit,
    claim.of ? slugify(claim.of) : null,
  ]);
}

function supersededValueOf(claim: Claim, supersededAt: string): SupersededValue {
  return {
    articleId: claim.articleId,
    value: claim.value,
    ...(claim.low !== undefined ? { low: claim.low } : {}),
    ...(claim.high !== undefined ? { high: claim.high } : {}),
    unit: claim.unit,
    text: claim.text,
    quote: claim.quote,
    url: claim.url,
    source: claim.source,
    publishedAt: claim.publishedAt,
    title: claim.title,
    supersededAt,
  };
}

function distinct(values: SupersededValue[]): SupersededValue[] {
  const seen = new Map<string, SupersededValue>();
  for (const value of values) {
    const key = JSON.stringify([value.articleId, value.value, value.low, value.high, value.unit, value.text]);
    if (!seen.has(key)) seen.set(key, value);
  }
  return [...seen.values()];
}

/**
 * The next claims of an article, each carrying the values of the previous claims it corrects: previous
 * claims of its scope whose fact the article no longer states, and what those had superseded before.
 * A claim whose fact is unchanged keeps its earlier history.
 */
export function carryCorrections(previous: Claim[], next: Claim[], supersededAt: string): Claim[] {
  const nextFacts = new Set(next.map(factIdOf).filter((id): id is string => id !== null));
  const previousByScope = new Map<string, Claim[]>();
  for (const claim of previous) {
    const scope = scopeOf(claim);
    if (scope) previousByScope.set(scope, [...(previousByScope.get(scope) ?? []), claim]);
  }
  return next.map((claim) => {
    const scope = scopeOf(claim);
    if (!scope) return claim;
    const factId = factIdOf(claim);
    const history = (previousByScope.get(scope) ?? []).flatMap((before) => {
      const beforeFact = factIdOf(before);
      const carried = before.supersedes ?? [];
      if (beforeFact === factId) return carried;
      if (beforeFact && nextFacts.has(beforeFact)) return [];
      return [...carried, supersededValueOf(before, supersededAt)];
    });
    const supersedes = distinct(history).filter(
      (value) => !(value.value === claim.value && value.low === claim.low && value.high === claim.high),
    );
    return supersedes.length ? { ...claim, supersedes } : claim;
  });
}
