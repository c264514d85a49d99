import { describe, expect, it } from 'vitest';
import { deriveChanges, planScopeRelations, sourcedFact, sourcedRelation, type SourcedRelation } from '../../shared/facts/derivation.js';
import { factsFromClaims, summarizeFact } from '../../shared/facts/fact.js';
import { defenceSpendingArticle } from '../store/fixtures.js';

const low = defenceSpendingArticle(1.1, 'https://low.example/x', '2025-03-01');
const high = defenceSpendingArticle(1.9, 'https://high.example/y', '2025-03-02');
const agreeing = defenceSpendingArticle(1.1, 'https://other.example/z', '2025-03-03');

describe('deriveChanges', () => {
  it('writes the facts and series an article states, and lists those it no longer states for removal', () => {
    const changes = deriveChanges(high.claims, low.claims);
    const [stated] = factsFromClaims(high.claims);
    const [unstated] = factsFromClaims(low.claims);
    expect(changes.facts.map((record) => record.fact.id)).toEqual([stated!.id]);
    expect(changes.facts[0]).toMatchObject({
      searchText: 'canada defence-spending-share-of-gdp defence spending, share of gdp percent gdp',
    });
    expect([...changes.facts[0]!.speakers]).toEqual(['Officials']);
    expect([...changes.facts[0]!.saidOn]).toEqual(['2025-03-02']);
    expect(changes.unstatedFacts.map((fact) => fact.id)).toEqual([unstated!.id]);
    // Both facts are in the same series: it stays, and nothing of it is to be removed.
    expect(changes.series).toEqual([
      {
        subject: 'Canada',
        subjectSlug: 'canada',
        metric: 'defence-spending-share-of-gdp',
        metricSlug: 'defence-spending-share-of-gdp',
        metricLabel: 'defence spending, share of GDP',
      },
    ]);
    expect(changes.unstatedSeries).toEqual([]);
    expect(changes.scopes).toEqual([
      {
        subject: 'Canada',
        subjectSlug: 'canada',
        metric: 'defence-spending-share-of-gdp',
        metricSlug: 'defence-spending-share-of-gdp',
        kind: 'actual',
        period: '2024',
      },
    ]);
    expect([...changes.touched].sort()).toEqual([stated!.id, unstated!.id].sort());
  });

  it('keeps a fact stated again off the removal list', () => {
    expect(deriveChanges(low.claims, low.claims).unstatedFacts).toEqual([]);
  });
});

describe('planScopeRelations', () => {
  const [lowFact, highFact] = [...factsFromClaims(low.claims), ...factsFromClaims(high.claims)].map(summarizeFact);
  const scope = deriveChanges([...low.claims, ...high.claims], []).scopes[0]!;

  it('writes a new conflict with both facts, and removes a stored relation whose facts agree now', () => {
    const plan = planScopeRelations([lowFact!, highFact!], [], new Set());
    expect(plan.refresh).toHaveLength(1);
    expect(plan.refresh[0]!.relation).toMatchObject({ type: 'conflicts', from: lowFact!.id, to: highFact!.id });
    expect(plan.refresh[0]!.facts.map((fact) => fact.value)).toEqual([1.1, 1.9]);
    expect(plan.remove).toEqual([]);

    const stored = storedConflict(plan.refresh[0]!.relation);
    const agreed = planScopeRelations([lowFact!], [stored], new Set([highFact!.id]));
    expect(agreed).toEqual({ refresh: [], remove: [stored] });
  });

  it('leaves a stored relation alone unless one of its facts was touched or its reason changed', () => {
    const { relation } = planScopeRelations([lowFact!, highFact!], [], new Set()).refresh[0]!;
    const stored = storedConflict(relation);
    expect(planScopeRelations([lowFact!, highFact!], [stored], new Set())).toEqual({ refresh: [], remove: [] });
    expect(planScopeRelations([lowFact!, highFact!], [stored], new Set([highFact!.id])).refresh).toHaveLength(1);
    expect(planScopeRelations([lowFact!, highFact!], [{ ...stored, reason: 'older wording' }], new Set()).refresh).toHaveLength(1);
  });

  function storedConflict(relation: Parameters<typeof sourcedRelation>[1]): SourcedRelation {
    return sourcedRelation(scope, relation, [sourcedFact(lowFact!, low.claims), sourcedFact(highFact!, high.claims)]);
  }
});

describe('sourcedFact', () => {
  it('keeps the places a fact was said, from its current claims', () => {
    const fact = summarizeFact(factsFromClaims([...low.claims, ...agreeing.claims])[0]!);
    expect(sourcedFact(fact, [...low.claims, ...agreeing.claims]).sources.map((source) => source.url)).toEqual([
      'https://low.example/x',
      'https://other.example/z',
    ]);
  });
});
