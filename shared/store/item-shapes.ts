// How stored items read back as domain objects: query results, and the table's stream images (unmarshalled)
// decoded into the changes the notifier reads.
import { UnreadableMessageError } from '../errors.js';
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

/**
 * A stored item the notifier reads, or null for every other item. One of its kinds whose attributes have not the
 * stored shape (a map where one is kept, a set of strings where one is) cannot be read: UnreadableMessageError.
 */
function watchedItemOf(image: Item | undefined): WatchedItem | null {
  if (!image || typeof image.PK !== 'string') return null;
  const is = (kind: keyof typeof streamItemKinds) =>
    image.entity === streamItemKinds[kind].entity && (image.PK as string).startsWith(streamItemKinds[kind].partitionPrefix);
  const unreadable = (what: string) => new UnreadableMessageError(`the ${image.entity} item ${image.PK as string}: ${what}`);
  if (is('fact') && image.fact) {
    if (!isMap(image.fact)) throw unreadable('fact is not a map');
    for (const set of ['saidOn', 'speakers'] as const)
      if (image[set] !== undefined && !isStringSet(image[set])) throw unreadable(`${set} is not a set of strings`);
    return { kind: 'fact', fact: factSummaryFromItem(image) };
  }
  if (is('relation') && image.relation) {
    if (!isMap(image.relation)) throw unreadable('relation is not a map');
    return { kind: 'relation', relation: image.relation as unknown as SourcedRelation };
  }
  if (is('claim') && image.claim) {
    if (!isMap(image.claim)) throw unreadable('claim is not a map');
    return { kind: 'claim', claim: image.claim as unknown as Omit<Claim, 'alsoAt'> };
  }
  return null;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Set);
const isStringSet = (value: unknown) => value instanceof Set && [...value].every((member) => typeof member === 'string');
