// A watch with one pending delivery never tried, on a fresh DynamoDB Local table: the set-up the deliverer's tests share.
import { createDynamoDeliveryStore } from '../../shared/store/delivery-store.js';
import { newDelivery } from '../../shared/watches/delivery.js';
import { createDynamoWatchStore } from '../../shared/store/watch-store.js';
import { createTestTable } from './dynamodb.js';

/** A delivery record as the notifier first writes it: pending, never tried. */
export function pendingRecord(watchId: string, eventId: string, createdAt: string, body = '{}') {
  return newDelivery({ watchId, eventId, eventType: 'fact.created', createdAt, body });
}

export async function seedPendingDelivery(watchId: string, eventId: string, webhookUrl: string, createdAt: string) {
  const table = await createTestTable();
  const watches = createDynamoWatchStore(table);
  const deliveries = createDynamoDeliveryStore(table);
  await watches.createWatch({
    id: watchId,
    ownerKeyId: 'k',
    target: {},
    events: ['fact.created'],
    webhookUrl,
    status: 'active',
    createdAt,
    updatedAt: createdAt,
    signingSecret: 's',
  });
  const record = pendingRecord(watchId, eventId, createdAt);
  await deliveries.recordOnce(record);
  return { watches, deliveries, record };
}
