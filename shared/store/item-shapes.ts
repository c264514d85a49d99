// How stored items read back as domain objects. No AWS import: the notifier's pure code reads the
// table's stream images (unmarshalled) with it, as the store reads query results.
import type { Claim } from '../facts/claim.js';
import type { SourcedRelation } from '../facts/derivation.js';
import type { FactSummary } from '../facts/fact.js';
import { streamItemKinds } from './keys.js';

export type Item = Record<string, unknown>;

/** One record of the table's stream, its images unmarshalled (NEW_AND_OLD_IMAGES). */
export interface ChangeRecord {
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  oldImage?: Item;
  newImage?: Item;
}

export function factSummaryFromItem(item: Item): FactSummary {
  const dates = [...((item.saidOn as Set<string> | undefined) ?? [])].sort();
  return {
    ...(item.fact as Omit<FactSummary, 'speakers' | 'firstSaid' | 'lastSaid'>),
    speakers: [...((item.speakers as Set<string> | undefined) ?? [])].sort(),
    firstSaid: dates[0] ?? null,
    lastSaid: dates[dates.length - 1] ?? null,
  };
}

/** A stored item the notifier reads, or null for every other item. */
export type StreamItem =
  | { kind: 'fact'; fact: FactSummary }
  /** A stored conflict or supersedes, with both facts and their sources. */
  | { kind: 'relation'; relation: SourcedRelation }
  /** A claim as stored (without the article's other URLs). */
  | { kind: 'claim'; claim: Omit<Claim, 'alsoAt'> };

export function streamItemOf(image: Item | undefined): StreamItem | null {
  if (!image || typeof image.PK !== 'string') return null;
  const is = (kind: keyof typeof streamItemKinds) =>
    image.entity === streamItemKinds[kind].entity && (image.PK as string).startsWith(streamItemKinds[kind].partitionPrefix);
  if (is('fact') && image.fact) return { kind: 'fact', fact: factSummaryFromItem(image) };
  if (is('relation') && image.relation) return { kind: 'relation', relation: image.relation as SourcedRelation };
  if (is('claim') && image.claim) return { kind: 'claim', claim: image.claim as Omit<Claim, 'alsoAt'> };
  return null;
}
