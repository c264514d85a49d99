// A cursor that is correctly signed but holds a start key that does not fit its query (forged with a
// leaked key, or made by an older key design) is the request's fault: a ValidationError on the cursor.
import { beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../shared/errors.js';
import { encodeCursor, queryBinding } from '../../shared/store/cursor.js';
import { fanOutPage, type FanOutQuery } from '../../shared/store/fan-out.js';
import { INDEXES, onIndex } from '../../shared/store/schema.js';
import { TableAccess } from '../../shared/store/table-access.js';
import { createTestTable } from '../support/dynamodb.js';

const SECRET = 'fan-out-test';
const { partition: IPK, sort: ISK } = INDEXES.bySubject;
let table: TableAccess;

const query: FanOutQuery = {
  operation: 'test',
  parameters: {},
  ...onIndex(INDEXES.bySubject),
  partitions: ['P#0', 'P#1'],
};
const signed = (afters: Array<Record<string, string>>) =>
  encodeCursor(
    SECRET,
    queryBinding(query.operation, [query.parameters, query.partitions, null]),
    afters.map((after) => ({ done: false, after })),
  );

beforeAll(async () => {
  const { client, tableName } = await createTestTable();
  table = new TableAccess(client, tableName);
  for (let i = 0; i < 6; i++) await table.put({ PK: `ITEM#${i}`, SK: 'A', [IPK]: `P#${i % 2}`, [ISK]: `S#${i}` });
});

describe('fanOutPage with a signed but malformed start key', () => {
  it('pages through every item with the cursors it makes itself', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await fanOutPage(table, SECRET, query, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => String(item.PK)));
      cursor = page.cursor;
    } while (cursor);
    expect(seen.sort()).toEqual(['ITEM#0', 'ITEM#1', 'ITEM#2', 'ITEM#3', 'ITEM#4', 'ITEM#5']);
  });

  it.each([
    ['a key attribute missing', { PK: 'ITEM#0', [IPK]: 'P#0', [ISK]: 'S#0' }],
    ['an attribute that is no key', { PK: 'ITEM#0', SK: 'A', [IPK]: 'P#0', [ISK]: 'S#0', other: 'x' }],
    ['an empty key value', { PK: 'ITEM#0', SK: '', [IPK]: 'P#0', [ISK]: 'S#0' }],
    ['another partition', { PK: 'ITEM#1', SK: 'A', [IPK]: 'P#1', [ISK]: 'S#1' }],
  ])('refuses %s with a ValidationError on the cursor', async (_name, after) => {
    const cursor = signed([after, { PK: 'ITEM#1', SK: 'A', [IPK]: 'P#1', [ISK]: 'S#1' }]);
    const refusal = await fanOutPage(table, SECRET, query, { limit: 2, cursor }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ details: { field: 'cursor' } });
  });

  it('maps DynamoDB refusing a start key (ValidationException) to the cursor, and lets other errors through', async () => {
    // Keys of the right names whose sort key lies outside the queried prefix: DynamoDB itself refuses it.
    const outside = { PK: 'ITEM#0', SK: 'A', [IPK]: 'P#0', [ISK]: 'OTHER#0' };
    const refusal = await table
      .query({ ...onIndex(INDEXES.bySubject), partition: 'P#0', sortPrefix: 'S#', exclusiveStartKey: outside })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    const missingIndex = await table
      .query({ ...onIndex(INDEXES.bySubject), index: 'NO-SUCH-INDEX', partition: 'P#0' })
      .catch((error: unknown) => error);
    expect(missingIndex).not.toBeInstanceOf(ValidationError);
  });
});
