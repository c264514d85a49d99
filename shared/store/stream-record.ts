// A stream record as Lambda's event source mapping and the local reader both deliver it (images in
// DynamoDB's attribute-value form), unmarshalled and decoded into the change the notifier reads. A record that
// cannot be read so throws UnreadableMessageError (the notify function dead-letters it).
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { messageOf, UnreadableMessageError } from '../errors.js';
import type { ItemChange } from '../watches/change-events.js';
import { itemChangeOfImages, type ChangeRecord } from './item-shapes.js';

const EVENT_NAMES: ReadonlyArray<string | undefined> = ['INSERT', 'MODIFY', 'REMOVE'] satisfies Array<ChangeRecord['eventName']>;

export interface RawStreamRecord {
  eventName?: string;
  dynamodb?: { OldImage?: Record<string, unknown>; NewImage?: Record<string, unknown> };
}

export function itemChangeOf(record: RawStreamRecord): ItemChange {
  if (!EVENT_NAMES.includes(record.eventName))
    throw new UnreadableMessageError(`the stream record's event name ${record.eventName} is unknown`);
  const image = (attributes: Record<string, unknown> | undefined, which: string) => {
    if (!attributes) return undefined;
    try {
      return unmarshall(attributes as Record<string, AttributeValue>);
    } catch (error) {
      throw new UnreadableMessageError(`the stream record's ${which} is no DynamoDB item: ${messageOf(error)}`, { cause: error });
    }
  };
  const oldImage = image(record.dynamodb?.OldImage, 'old image');
  const newImage = image(record.dynamodb?.NewImage, 'new image');
  return itemChangeOfImages({
    eventName: record.eventName as ChangeRecord['eventName'],
    ...(oldImage ? { oldImage } : {}),
    ...(newImage ? { newImage } : {}),
  });
}
