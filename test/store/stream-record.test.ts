// The notifier's decoder of stream records: a record it cannot read throws UnreadableMessageError, the one error
// for which the notify function dead-letters it (shared/queue/dead-letters.ts); a record it reads is decoded.
import { marshall } from '@aws-sdk/util-dynamodb';
import { describe, expect, it } from 'vitest';
import { UnreadableMessageError } from '../../shared/errors.js';
import { factKeys } from '../../shared/store/keys.js';
import { itemChangeOf, type RawStreamRecord } from '../../shared/store/stream-record.js';

const fact = { PK: factKeys.item('f_1').PK, SK: 'F', entity: 'fact', fact: { id: 'f_1', value: 5 }, saidOn: new Set(['2025-06-20']) };
const inserted = (newImage: Record<string, unknown>): RawStreamRecord => ({
  eventName: 'INSERT',
  dynamodb: { NewImage: marshall(newImage, { convertClassInstanceToMap: false }) },
});

describe('itemChangeOf', () => {
  it('decodes a stored fact, and ignores an item the notifier does not read', () => {
    expect(itemChangeOf(inserted(fact)).after).toMatchObject({ kind: 'fact', fact: { id: 'f_1', value: 5, firstSaid: '2025-06-20' } });
    expect(itemChangeOf(inserted({ PK: 'ART#a_1', SK: 'A', entity: 'article' }))).toEqual({ before: null, after: null });
  });

  it('throws UnreadableMessageError, saying why, for every record it cannot read', () => {
    const cases: Array<[RawStreamRecord, RegExp]> = [
      [{ ...inserted(fact), eventName: 'UPSERT' }, /event name UPSERT is unknown/],
      [{ eventName: 'INSERT', dynamodb: { NewImage: { PK: { X: 'FCT#f_1' } } } }, /new image is no DynamoDB item: Unsupported type/],
      [{ eventName: 'MODIFY', dynamodb: { OldImage: { PK: 'FCT#f_1' }, NewImage: marshall(fact) } }, /old image is no DynamoDB item/],
      [inserted({ ...fact, saidOn: 5 }), /fact item FCT#f_1: saidOn is not a set of strings/],
      [inserted({ ...fact, speakers: ['Mark Carney'] }), /speakers is not a set of strings/],
      [inserted({ ...fact, fact: 'f_1' }), /fact is not a map/],
    ];
    for (const [record, reason] of cases) {
      const thrown = (() => {
        try {
          itemChangeOf(record);
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(thrown, String(reason)).toBeInstanceOf(UnreadableMessageError);
      expect((thrown as Error).message).toMatch(reason);
    }
  });
});
