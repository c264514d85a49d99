// Scores extracted quantities against golden annotations: the matching rules of the golden sets' READMEs.
import type { ClaimKind, ClaimTime, Quantity } from './types.js';
import { singularize } from './units.js';
import { canonicalSubject, findEntities } from './entities.js';
import { sentenceAround } from './sentences.js';

export interface GoldQuantity {
  mention: string;
  occurrence?: number;
  value: number;
  low?: number;
  high?: number;
  unit: string;
  counted?: string;
  /** Attribution, in real-copy sets (test/golden/realnews-*.jsonl): null where the text names none. */
  subject?: string | null;
  speaker?: string | null;
  kind?: ClaimKind;
  time?: ClaimTime | null;
}

/** One record of a golden set: a sentence, or (with `article`) one paragraph of an article, in order. */
export interface GoldRecord {
  id: string;
  domain?: string;
  text: string;
  publishedAt?: string;
  article?: string;
  quantities: GoldQuantity[];
  notQuantities?: string[];
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
    return (
      extracted.low !== undefined &&
      extracted.high !== undefined &&
      close(gold.low, extracted.low, tolerance) &&
      close(gold.high, extracted.high, tolerance)
    );
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

export interface MatchedPair {
  gold: GoldQuantity;
  extracted: Quantity;
}

/** One-to-one matching of gold to extracted quantities in one sentence record, at one level. */
export function matchRecord(text: string, gold: readonly GoldQuantity[], extracted: readonly Quantity[], level: MatchLevel): Counts {
  const truePositives = matchPairs(text, gold, extracted, level).length;
  return { truePositives, falsePositives: extracted.length - truePositives, falseNegatives: gold.length - truePositives };
}

/** The gold quantities of one record matched one to one to extracted ones (same value and level; same span preferred). */
export function matchPairs(text: string, gold: readonly GoldQuantity[], extracted: readonly Quantity[], level: MatchLevel): MatchedPair[] {
  const used = new Set<number>();
  const pairs: MatchedPair[] = [];
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
      pairs.push({ gold: expected, extracted: extracted[chosen]! });
    }
  }
  return pairs;
}

/** What the extractor runs on once: one sentence record, or all the records of one article joined by blank lines. */
export interface ExtractionUnit {
  records: GoldRecord[];
  text: string;
  /** Where each record's text starts in `text`. */
  offsets: number[];
  publishedAt?: string;
}

const PARAGRAPH_BREAK = '\n\n';

/** Consecutive records of one `article` form one unit (as the pipeline stores the article); other records stand alone. */
export function extractionUnits(records: readonly GoldRecord[]): ExtractionUnit[] {
  const units: ExtractionUnit[] = [];
  let current: ExtractionUnit | null = null;
  for (const record of records) {
    if (record.article !== undefined && current !== null && current.records[0]!.article === record.article) {
      current.offsets.push(current.text.length + PARAGRAPH_BREAK.length);
      current.text += PARAGRAPH_BREAK + record.text;
      current.records.push(record);
      current.publishedAt ??= record.publishedAt;
      continue;
    }
    current = { records: [record], text: record.text, offsets: [0], ...(record.publishedAt ? { publishedAt: record.publishedAt } : {}) };
    units.push(current);
  }
  return units;
}

function shifted(quantity: Quantity, by: number): Quantity {
  if (by === 0) return quantity;
  return {
    ...quantity,
    start: quantity.start - by,
    end: quantity.end - by,
    sentence: { start: quantity.sentence.start - by, end: quantity.sentence.end - by },
  };
}

/** The unit's quantities assigned back to its records by where they start, with offsets made relative to the record's text. */
export function quantitiesByRecord(unit: ExtractionUnit, quantities: readonly Quantity[]): Quantity[][] {
  const byRecord = unit.records.map((): Quantity[] => []);
  let index = 0;
  for (const quantity of quantities) {
    while (index + 1 < unit.offsets.length && quantity.start >= unit.offsets[index + 1]!) index += 1;
    byRecord[index]!.push(shifted(quantity, unit.offsets[index]!));
  }
  return byRecord;
}

export const ATTRIBUTE_FIELDS = ['subject', 'speaker', 'kind', 'time'] as const;
export type AttributeField = (typeof ATTRIBUTE_FIELDS)[number];
/**
 * Per field: `right` of `of` matched quantities; for the name fields (subject, speaker), also `givenRight` of
 * `given`, the quantities that got a name at all: the precision of the names given, where null ("unknown") is
 * neither right nor wrong.
 */
export type AttributeTally = Record<AttributeField, { right: number; of: number; given: number; givenRight: number }>;
/** The fields whose null means "unknown", so that giving none can be scored apart from giving a wrong one. */
export const NAME_FIELDS: readonly AttributeField[] = ['subject', 'speaker'];

export function emptyTally(): AttributeTally {
  const field = () => ({ right: 0, of: 0, given: 0, givenRight: 0 });
  return { subject: field(), speaker: field(), kind: field(), time: field() };
}

function sameTimeOrNone(expected: ClaimTime | null, actual: ClaimTime): boolean {
  return sameTime(expected ?? undefined, actual);
}

/**
 * Adds one matched quantity's attribution to the tally: each field the gold quantity labels (null meaning "the text
 * names none", which an extracted null matches) is compared; fields it leaves out are not counted. A subject or
 * speaker the extractor gives (not null) also counts towards that field's precision.
 */
export function tallyAttribution(tally: AttributeTally, gold: GoldQuantity, extracted: Pick<Quantity, AttributeField>): AttributeField[] {
  const wrong: AttributeField[] = [];
  const count = (field: AttributeField, right: boolean, given = false) => {
    const entry = tally[field];
    entry.of += 1;
    if (right) entry.right += 1;
    else wrong.push(field);
    if (given) {
      entry.given += 1;
      if (right) entry.givenRight += 1;
    }
  };
  if (gold.subject !== undefined) count('subject', sameName(gold.subject ?? undefined, extracted.subject), extracted.subject !== null);
  if (gold.speaker !== undefined) count('speaker', sameName(gold.speaker ?? undefined, extracted.speaker), extracted.speaker !== null);
  if (gold.kind !== undefined) count('kind', gold.kind === extracted.kind);
  if (gold.time !== undefined) count('time', sameTimeOrNone(gold.time, extracted.time));
  return wrong;
}

const SAID_BEFORE = /\b(?:said|says|according to)[ \u00a0]+$/;

/**
 * The naive baselines the issue measures against, for the same matched quantity: the subject is the first named
 * entity of the sentence, the speaker the name right after "said" / "according to" (else null).
 */
export function baselineAttribution(text: string, quantity: Quantity): Pick<Quantity, 'subject' | 'speaker'> {
  const sentence = sentenceAround(text, quantity.start);
  const entities = findEntities(text, sentence.start, sentence.end);
  const afterSaid = entities.find((entity) => SAID_BEFORE.test(text.slice(Math.max(sentence.start, entity.start - 20), entity.start)));
  return { subject: entities[0]?.name ?? null, speaker: afterSaid?.name ?? null };
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
    const found = claims.find(
      (candidate) =>
        !used.has(candidate) &&
        places.some((place) => overlaps(place, candidate)) &&
        valuesAgree(claim, candidate) &&
        unitsAgree(claim, candidate),
    );
    if (found) {
      used.add(found);
      matched.push({ gold: claim, extracted: found });
    } else {
      missed.push(claim);
    }
  }
  const notClaimsEmitted = notQuantitiesIn(text, gold.notClaims, quantities);
  const falsePositives = claims.filter(
    (claim) => !used.has(claim) && (notClaimsEmitted.includes(claim) || !grayPlaces.some((place) => overlaps(place, claim))),
  );
  return {
    counts: { truePositives: matched.length, falsePositives: falsePositives.length, falseNegatives: missed.length },
    falsePositives,
    missed,
    notClaimsEmitted,
    matched,
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
