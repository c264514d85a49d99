// A stream record as Lambda's event source mapping and the local reader both deliver it (images in
// DynamoDB's attribute-value form), unmarshalled and decoded into the change the notifier reads.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { ItemChange } from '../watches/change-events.js';
import { itemChangeOfImages, type ChangeRecord } from './item-shapes.js';

export interface RawStreamRecord {
  eventName?: string;
  dynamodb?: { OldImage?: Record<string, unknown>; NewImage?: Record<string, unknown> };
}

export function itemChangeOf(record: RawStreamRecord): ItemChange {
  const image = (attributes: Record<string, unknown> | undefined) =>
    attributes ? unmarshall(attributes as Record<string, AttributeValue>) : undefined;
  const oldImage = image(record.dynamodb?.OldImage);
  const newImage = image(record.dynamodb?.NewImage);
  return itemChangeOfImages({
    eventName: record.eventName as ChangeRecord['eventName'],
    ...(oldImage ? { oldImage } : {}),
    ...(newImage ? { newImage } : {}),
  });
}
