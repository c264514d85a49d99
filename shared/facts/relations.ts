// Why two facts of a series differ. Nothing is overwritten or picked: both sides stay, with sources.
import { UNDATED, describePeriod, normalizedOf, type FactSummary } from './fact.js';

export type RelationType = 'conflicts' | 'supersedes' | 'different-scope';

export interface FactRelation {
  type: RelationType;
  /** For supersedes: the newer fact; otherwise the first of the pair in series order. */
  from: string;
  to: string;
  reason: string;
}

/** Decimal places a number was stated with: 2 -> 0, 3.5 -> 1. */
function decimalsOf(value: number): number {
  const text = String(value);
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** Two stated values disagree when they cannot be roundings of one number at the coarser precision. */
export function differsBeyondRounding(a: number, b: number): boolean {
  const tolerance = 0.5 * 10 ** -Math.min(decimalsOf(a), decimalsOf(b));
  return Math.abs(a - b) >= tolerance - 1e-12;
}

/** The step a whole number was rounded to, by its trailing zeros: 1,200 -> 100; a decimal's last place otherwise. */
function roundingStepOf(value: number): number {
  const decimals = decimalsOf(value);
  if (decimals > 0 || value === 0) return 10 ** -decimals;
  let step = 1;
  while (Math.abs(value) % (step * 10) === 0) step *= 10;
  return step;
}

/**
 * Two facts disagree when their normalized values cannot be roundings of one amount, each at the precision it was
 * stated with in its own unit: "745 miles" and "1,200 km" agree (1,198,961 m within half of 100 km).
 */
export function factsDiffer(a: FactSummary, b: FactSummary): boolean {
  const [normalA, normalB] = [normalizedOf(a), normalizedOf(b)];
  if (a.unit === b.unit) return differsBeyondRounding(a.value, b.value);
  const scaleOf = (fact: FactSummary, normal: number) => (fact.value === 0 ? 1 : Math.abs(normal / fact.value));
  const tolerance =
    0.5 * Math.max(roundingStepOf(a.value) * scaleOf(a, normalA.value), roundingStepOf(b.value) * scaleOf(b, normalB.value));
  return Math.abs(normalA.value - normalB.value) >= tolerance * (1 - 1e-9);
}

/** Facts that say the same kind of thing about the same period, in the same base unit and base. */
function scopeOf(fact: FactSummary): string {
  return JSON.stringify([fact.kind, fact.period, normalizedOf(fact).unit, fact.of]);
}

/** The newer of two targets, when one was only ever said after the other stopped being said. */
function newerTarget(a: FactSummary, b: FactSummary): [newer: FactSummary, older: FactSummary] | null {
  if (a.kind !== 'target') return null;
  if (!a.firstSaid || !a.lastSaid || !b.firstSaid || !b.lastSaid) return null;
  if (a.lastSaid < b.firstSaid) return [b, a];
  if (b.lastSaid < a.firstSaid) return [a, b];
  return null;
}

function scopeDifference(a: FactSummary, b: FactSummary): string {
  const reasons: string[] = [];
  if (a.kind !== b.kind) reasons.push(`${a.kind} vs ${b.kind}`);
  if (a.period !== b.period) reasons.push(`${describePeriod(a.period)} vs ${describePeriod(b.period)}`);
  if (normalizedOf(a).unit !== normalizedOf(b).unit) reasons.push(`unit ${a.unit} vs ${b.unit}`);
  if (a.of !== b.of) reasons.push(`base ${a.of ?? 'none'} vs ${b.of ?? 'none'}`);
  return reasons.join('; ');
}

/**
 * Relations between the facts of one series (given in series order):
 * - conflicts / supersedes between facts of the same scope (kind, period, unit, base) whose values differ beyond
 *   rounding (each fact with its neighbour in value order); only for a known period: undated facts never conflict;
 * - different-scope between neighbouring scopes of the same kind, and between kinds for the same period.
 */
export function relateFacts(facts: FactSummary[]): FactRelation[] {
  const relations: FactRelation[] = [];
  const scopes = new Map<string, FactSummary[]>();
  for (const fact of facts) {
    const key = scopeOf(fact);
    scopes.set(key, [...(scopes.get(key) ?? []), fact]);
  }
  for (const members of scopes.values()) {
    // Undated figures may be about different times ("4 children", "5 bedrooms", two years apart): no reader would call them a conflict.
    if (members[0]!.period === UNDATED) continue;
    // Neighbours in value order: n disagreeing facts make n-1 relations, not n², and each value is linked.
    const byValue = [...members].sort((a, b) => normalizedOf(a).value - normalizedOf(b).value);
    for (let i = 1; i < byValue.length; i++) {
      const a = byValue[i - 1]!;
      const b = byValue[i]!;
      if (!factsDiffer(a, b)) continue;
      const ordered = newerTarget(a, b);
      if (ordered) {
        relations.push({
          type: 'supersedes',
          from: ordered[0].id,
          to: ordered[1].id,
          reason: `a newer ${a.kind} (${ordered[0].value}) replaces ${ordered[1].value}`,
        });
      } else {
        const values = a.unit === b.unit ? `${a.value} vs ${b.value} ${a.unit}` : `${a.value} ${a.unit} vs ${b.value} ${b.unit}`;
        relations.push({ type: 'conflicts', from: a.id, to: b.id, reason: `${values}, ${a.kind} ${describePeriod(a.period)}` });
      }
    }
  }
  const representatives = [...scopes.values()].map((members) => members[0]!);
  for (let i = 0; i < representatives.length; i++) {
    for (let j = i + 1; j < representatives.length; j++) {
      const a = representatives[i]!;
      const b = representatives[j]!;
      const neighbours = a.kind === b.kind && j === nextOfKind(representatives, i);
      const samePeriodOtherKind = a.kind !== b.kind && a.period === b.period;
      if (neighbours || samePeriodOtherKind)
        relations.push({ type: 'different-scope', from: a.id, to: b.id, reason: scopeDifference(a, b) });
    }
  }
  return relations;
}

function nextOfKind(facts: FactSummary[], index: number): number {
  for (let k = index + 1; k < facts.length; k++) if (facts[k]!.kind === facts[index]!.kind) return k;
  return -1;
}
