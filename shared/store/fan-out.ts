// One page of a query over several partitions (the shards of a hot key), merged in sort-key order,
// with one opaque cursor holding each partition's position.
import { ValidationError } from '../errors.js';
import type { Page, PageRequest } from './port.js';
import { onIndex, type GlobalIndex } from './schema.js';
import { cursorKey, decodeCursor, encodeCursor, INVALID_CURSOR, queryBinding, type CursorSecret, type ShardPosition } from './cursor.js';
import type { Expression, Item, TableReads } from './table-access.js';

export interface FanOutQuery {
  /** Operation name and parameters the cursor is bound to. */
  operation: string;
  parameters: unknown;
  index?: string;
  partitionAttribute: string;
  sortAttribute: string;
  partitions: string[];
  sortPrefix?: string;
  filter?: Expression;
}

/** A filtered query that keeps finding few matches reads more per partition each round, up to this. */
const MAX_READ_PER_PARTITION = 1000;

/**
 * One page: `page.limit` items, or fewer only when nothing more matches (then no cursor). A round reads
 * each open partition's share; a filter can leave a round short, so rounds repeat from the positions
 * reached until the page is full or every partition is read to its end.
 */
export async function fanOutPage(
  table: TableReads,
  cursorSecret: CursorSecret,
  query: FanOutQuery,
  page: PageRequest,
): Promise<{ items: Item[]; cursor?: string }> {
  const secret = await cursorKey(cursorSecret);
  const binding = queryBinding(query.operation, [query.parameters, query.partitions, query.sortPrefix ?? null]);
  const keyAttributes = keyAttributesOf(query);
  let positions: ShardPosition[] = page.cursor
    ? decodeCursor(secret, binding, page.cursor, query.partitions.length)
    : query.partitions.map(() => ({ done: false }));
  positions.forEach((position, index) => {
    if (position.done || !position.after) return;
    const keys = Object.keys(position.after);
    const sameKeys = keys.length === keyAttributes.length && keyAttributes.every((name) => keys.includes(name));
    if (!sameKeys || position.after[query.partitionAttribute] !== query.partitions[index])
      throw new ValidationError(INVALID_CURSOR, 'cursor');
  });
  const items: Item[] = [];
  // Each partition reads its share of a page (plus one, so a partition ending exactly there reports no LastEvaluatedKey).
  let readPerPartition = Math.ceil(page.limit / query.partitions.length) + 1;
  while (items.length < page.limit && positions.some((position) => !position.done)) {
    const round = await fanOutRound(table, query, positions, page.limit - items.length, readPerPartition);
    items.push(...round.items);
    positions = round.positions;
    if (round.items.length < readPerPartition) readPerPartition = Math.min(MAX_READ_PER_PARTITION, readPerPartition * 2);
  }
  const more = positions.some((position) => !position.done);
  return { items, ...(more ? { cursor: encodeCursor(secret, binding, positions) } : {}) };
}

/** One page of a list kept in a single partition of an index (a key's watches, every feed, every API key), each item read by `itemOf`. */
export async function indexPartitionPage<T>(
  table: TableReads,
  cursorSecret: CursorSecret,
  list: { operation: string; parameters: unknown; index: GlobalIndex; partition: string },
  page: PageRequest,
  itemOf: (item: Item) => T,
): Promise<Page<T>> {
  const { operation, parameters, index, partition } = list;
  const listed = await fanOutPage(table, cursorSecret, { operation, parameters, ...onIndex(index), partitions: [partition] }, page);
  return { ...listed, items: listed.items.map(itemOf) };
}

/** One round: up to `limit` items in sort-key order from the open partitions, and the positions after them. */
async function fanOutRound(
  table: TableReads,
  query: FanOutQuery,
  positions: ShardPosition[],
  limit: number,
  readPerPartition: number,
): Promise<{ items: Item[]; positions: ShardPosition[] }> {
  const keyAttributes = keyAttributesOf(query);
  const results = await Promise.all(
    query.partitions.map((partition, index) => {
      const position = positions[index]!;
      if (position.done) return null;
      return table.query({
        ...(query.index ? { index: query.index } : {}),
        partitionAttribute: query.partitionAttribute,
        partition,
        sortAttribute: query.sortAttribute,
        ...(query.sortPrefix ? { sortPrefix: query.sortPrefix } : {}),
        ...(query.filter ? { filter: query.filter } : {}),
        limit: readPerPartition,
        ...(position.after ? { exclusiveStartKey: position.after } : {}),
      });
    }),
  );

  // Only items below every open partition's last-read key are certainly in order.
  const sortKey = (item: Item) => String(item[query.sortAttribute]);
  const openBounds = results.flatMap((result) => {
    if (!result?.lastKey) return [];
    const last = result.items[result.items.length - 1];
    return [last ? sortKey(last) : sortKey(result.lastKey)];
  });
  const bound = openBounds.length ? openBounds.reduce((lowest, key) => (key < lowest ? key : lowest)) : null;
  const candidates = results.flatMap((result, shard) => (result ? result.items.map((item) => ({ item, shard })) : []));
  candidates.sort((a, b) => compare(sortKey(a.item), sortKey(b.item)) || a.shard - b.shard);
  const taken = candidates.filter((candidate) => bound === null || sortKey(candidate.item) <= bound).slice(0, limit);

  const next = positions.map((position, shard): ShardPosition => {
    const result = results[shard];
    if (position.done || !result) return position;
    const fromShard = taken.filter((candidate) => candidate.shard === shard);
    if (fromShard.length < result.items.length) {
      const last = fromShard[fromShard.length - 1];
      return last ? { done: false, after: pick(last.item, keyAttributes) } : position;
    }
    return result.lastKey ? { done: false, after: pick(result.lastKey, keyAttributes) } : { done: true };
  });
  return { items: taken.map((candidate) => candidate.item), positions: next };
}

function keyAttributesOf(query: FanOutQuery): string[] {
  return query.index ? ['PK', 'SK', query.partitionAttribute, query.sortAttribute] : ['PK', 'SK'];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pick(item: Item, attributes: string[]): Record<string, string> {
  return Object.fromEntries(attributes.map((name) => [name, String(item[name])]));
}
