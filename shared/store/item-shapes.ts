// How stored items read back as domain objects: query results, and the table's stream images (unmarshalled)
// decoded into the changes the notifier reads.
import type { Claim } from '../facts/claim.js';
import type { SourcedRelation } from '../facts/derivation.js';
import type { FactSummary } from '../facts/fact.js';
import type { ItemChange, WatchedItem } from '../watches/change-events.js';
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

/** What one stream record changed among the items a watch reads. */
export function itemChangeOfImages(record: ChangeRecord): ItemChange {
  return {
    before: record.eventName === 'MODIFY' ? watchedItemOf(record.oldImage) : null,
    after: record.eventName === 'REMOVE' ? null : watchedItemOf(record.newImage),
  };
}

/** A stored item the notifier reads, or null for every other item. */
function watchedItemOf(image: Item | undefined): WatchedItem | null {
  if (!image || typeof image.PK !== 'string') return null;
  const is = (kind: keyof typeof streamItemKinds) =>
    image.entity === streamItemKinds[kind].entity && (image.PK as string).startsWith(streamItemKinds[kind].partitionPrefix);
  if (is('fact') && image.fact) return { kind: 'fact', fact: factSummaryFromItem(image) };
  if (is('relation') && image.relation) return { kind: 'relation', relation: image.relation as SourcedRelation };
  if (is('claim') && image.claim) return { kind: 'claim', claim: image.claim as Omit<Claim, 'alsoAt'> };
  return null;
}
