// A series: the facts about one subject and metric, ordered by the time they refer to, kinds apart.
import type { ClaimKind } from '../extraction/types.js';
import type { Claim } from './claim.js';
import { factsFromClaims, normalizedOf, summarizeFact, type Fact } from './fact.js';
import { relateFacts, type FactRelation } from './relations.js';

export interface FactSeries {
  subject: string;
  subjectSlug: string;
  metric: string;
  metricSlug: string;
  metricLabel: string | null;
  /** One ordered list of facts per kind: a target is never mixed with an actual. */
  kinds: Array<{ kind: ClaimKind; facts: Fact[] }>;
  relations: FactRelation[];
}

function byKindThenPeriod(a: Fact, b: Fact): number {
  return a.kind.localeCompare(b.kind) || a.period.localeCompare(b.period) || normalizedOf(a).value - normalizedOf(b).value;
}

/** Builds the series from its claims (any order); null when none of them makes a fact. */
export function buildSeries(claims: Claim[]): FactSeries | null {
  const facts = factsFromClaims(claims).sort(byKindThenPeriod);
  const first = facts[0];
  if (!first) return null;
  const kinds: FactSeries['kinds'] = [];
  for (const fact of facts) {
    const last = kinds[kinds.length - 1];
    if (last?.kind === fact.kind) last.facts.push(fact);
    else kinds.push({ kind: fact.kind, facts: [fact] });
  }
  return {
    subject: first.subject,
    subjectSlug: first.subjectSlug,
    metric: first.metric,
    metricSlug: first.metricSlug,
    metricLabel: facts.find((fact) => fact.metricLabel)?.metricLabel ?? null,
    kinds,
    relations: relateFacts(facts.map(summarizeFact)),
  };
}
