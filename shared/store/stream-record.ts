// A stream record as Lambda's event source mapping and the local reader both deliver it (images in
// DynamoDB's attribute-value form), unmarshalled into a ChangeRecord.
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { ChangeRecord } from './item-shapes.js';

export interface RawStreamRecord {
  eventName?: string;
  dynamodb?: { OldImage?: Record<string, unknown>; NewImage?: Record<string, unknown> };
}

export function changeRecordOf(record: RawStreamRecord): ChangeRecord {
  const image = (attributes: Record<string, unknown> | undefined) =>
    attributes ? unmarshall(attributes as Record<string, AttributeValue>) : undefined;
  const oldImage = image(record.dynamodb?.OldImage);
  const newImage = image(record.dynamodb?.NewImage);
  return { eventName: record.eventName as ChangeRecord['eventName'], ...(oldImage ? { oldImage } : {}), ...(newImage ? { newImage } : {}) };
}
