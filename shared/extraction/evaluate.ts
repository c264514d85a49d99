// Scores extracted quantities against golden annotations: the matching rules of the golden sets' READMEs.
import type { ClaimTime, Quantity } from './types.js';
import { singularize } from './units.js';
import { canonicalSubject } from './entities.js';

export interface GoldQuantity {
  mention: string;
  occurrence?: number;
  value: number;
  low?: number;
  high?: number;
  unit: string;
  counted?: string;
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export type MatchLevel = 'value' | 'value+unit' | 'value+unit+span';
export const MATCH_LEVELS: readonly MatchLevel[] = ['value', 'value+unit', 'value+unit+span'];

export function emptyCounts(): Counts {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

export function addCounts(total: Counts, part: Counts): void {
  total.truePositives += part.truePositives;
  total.falsePositives += part.falsePositives;
  total.falseNegatives += part.falseNegatives;
}

export function scoresOf(counts: Counts): Scores {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function close(expected: number, actual: number, tolerance: number): boolean {
  if (expected === actual) return true;
  return Math.abs(expected - actual) <= tolerance * Math.max(Math.abs(expected), Math.abs(actual));
}

/** Values agree within 0.1% (1% for fractions); a gold range needs both bounds to agree. */
export function valuesAgree(gold: { value: number; low?: number; high?: number; unit: string }, extracted: Quantity): boolean {
  const tolerance = gold.unit === 'fraction' ? 0.01 : 0.001;
  if (gold.low !== undefined && gold.high !== undefined) {
    return extracted.low !== undefined && extracted.high !== undefined
      && close(gold.low, extracted.low, tolerance) && close(gold.high, extracted.high, tolerance);
  }
  return close(gold.value, extracted.value, tolerance);
}

/** Same unit; for counts with a gold counted noun, the same noun in the singular, any case. */
export function unitsAgree(gold: { unit: string; counted?: string }, extracted: Quantity): boolean {
  if (gold.unit !== extracted.unit) return false;
  if (gold.unit !== 'count' || !gold.counted) return true;
  return extracted.counted !== null && singularize(gold.counted) === singularize(extracted.counted);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Where the `occurrence`-th raw match of `mention` stands in `text` (indexOf stepping by one character). */
export function locateMention(text: string, mention: string, occurrence = 0): { start: number; end: number } | null {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    at = text.indexOf(mention, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + mention.length };
}

/** One-to-one matching of gold to extracted quantities in one sentence record, at one level. */
export function matchRecord(text: string, gold: readonly GoldQuantity[], extracted: readonly Quantity[], level: MatchLevel): Counts {
  const used = new Set<number>();
  let truePositives = 0;
  for (const expected of gold) {
    const place = locateMention(text, expected.mention, expected.occurrence ?? 0);
    let chosen = -1;
    for (let index = 0; index < extracted.length; index += 1) {
      const candidate = extracted[index];
      if (!candidate || used.has(index) || !valuesAgree(expected, candidate)) continue;
      if (level !== 'value' && !unitsAgree(expected, candidate)) continue;
      const spanAgrees = place !== null && overlaps(place, candidate);
      if (level === 'value+unit+span' && !spanAgrees) continue;
      if (chosen < 0 || spanAgrees) chosen = index;
      if (spanAgrees) break;
    }
    if (chosen >= 0) {
      used.add(chosen);
      truePositives += 1;
    }
  }
  return { truePositives, falsePositives: extracted.length - truePositives, falseNegatives: gold.length - truePositives };
}

export interface GoldClaim {
  quote: string;
  value: number;
  unit: string;
  of?: string;
  subject?: string;
  time?: ClaimTime;
  kind?: string;
  speaker?: string;
}

export interface GoldArticle {
  file: string;
  publishedAt: string;
  claims: GoldClaim[];
  gray: string[];
  notClaims: string[];
}

export interface ArticleScore {
  counts: Counts;
  /** Extracted claims that match no gold claim and overlap no gray phrase. */
  falsePositives: Quantity[];
  missed: GoldClaim[];
  /** Any extracted quantity (claim or not) overlapping a notClaims phrase. */
  notClaimsEmitted: Quantity[];
  matched: { gold: GoldClaim; extracted: Quantity }[];
}

function placesOf(text: string, phrase: string): { start: number; end: number }[] {
  const places: { start: number; end: number }[] = [];
  for (let at = text.indexOf(phrase); at >= 0 && places.length < 100; at = text.indexOf(phrase, at + 1)) {
    places.push({ start: at, end: at + phrase.length });
  }
  return places;
}

/** The extracted quantities that overlap a phrase that must never be a quantity (a year, a date, an identifier). */
export function notQuantitiesIn(text: string, phrases: readonly string[], quantities: readonly Quantity[]): Quantity[] {
  const places = phrases.flatMap((phrase) => placesOf(text, phrase));
  return quantities.filter((quantity) => places.some((place) => overlaps(place, quantity)));
}

/** Scores one seed article: claims (claimScore at the threshold) against gold claims, gray phrases and notClaims. */
export function scoreArticle(text: string, gold: GoldArticle, quantities: readonly Quantity[], threshold: number): ArticleScore {
  const claims = quantities.filter((quantity) => quantity.claimScore >= threshold);
  const grayPlaces = gold.gray.flatMap((phrase) => placesOf(text, phrase));
  const used = new Set<Quantity>();
  const matched: ArticleScore['matched'] = [];
  const missed: GoldClaim[] = [];
  for (const claim of gold.claims) {
    const places = placesOf(text, claim.quote);
    const found = claims.find((candidate) => !used.has(candidate) && places.some((place) => overlaps(place, candidate))
      && valuesAgree(claim, candidate) && unitsAgree(claim, candidate));
    if (found) {
      used.add(found);
      matched.push({ gold: claim, extracted: found });
    } else {
      missed.push(claim);
    }
  }
  const notClaimsEmitted = notQuantitiesIn(text, gold.notClaims, quantities);
  const falsePositives = claims.filter((claim) => !used.has(claim)
    && (notClaimsEmitted.includes(claim) || !grayPlaces.some((place) => overlaps(place, claim))));
  return {
    counts: { truePositives: matched.length, falsePositives: falsePositives.length, falseNegatives: missed.length },
    falsePositives, missed, notClaimsEmitted, matched,
  };
}

export interface AttributeAgreement {
  subject: boolean;
  time: boolean;
  kind: boolean;
  speaker: boolean;
}

function sameTime(expected: ClaimTime | undefined, actual: ClaimTime): boolean {
  const gold = expected ?? {};
  return gold.year === actual.year && gold.by === actual.by;
}

function sameName(expected: string | undefined, actual: string | null): boolean {
  if (!expected) return actual === null;
  return actual !== null && canonicalSubject(expected).toLowerCase() === canonicalSubject(actual).toLowerCase();
}

/** Whether a matched claim's subject (aliases allowed), time, kind and speaker agree with the gold claim. */
export function attributeAgreement(gold: GoldClaim, extracted: Quantity): AttributeAgreement {
  return {
    subject: sameName(gold.subject, extracted.subject),
    time: sameTime(gold.time, extracted.time),
    kind: (gold.kind ?? 'actual') === extracted.kind,
    speaker: sameName(gold.speaker, extracted.speaker),
  };
}
