// The DynamoDB adapter of the ApiKeyStore port (shared/watches/api-key.ts); keys in keys.ts ("API keys").
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { FactlineError } from '../errors.js';
import { KEY_USE_RECORD_INTERVAL_MS, type ApiKeyStore, type StoredApiKey } from '../watches/api-key.js';
import type { ApiKey } from '../watches/watch.js';
import { processCursorSecret, type CursorSecret } from './cursor.js';
import { indexPartitionPage } from './fan-out.js';
import { apiKeyKeys } from './keys.js';
import { INDEXES } from './schema.js';
import { TableAccess, type CapacityListener, type Item } from './table-access.js';

const LIST_INDEX = INDEXES.byType;
const KEY_FIELDS = ['id', 'name', 'scopes', 'createdAt', 'lastUsedAt', 'revokedAt'] as const satisfies ReadonlyArray<keyof ApiKey>;

export interface ApiKeyStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  cursorSecret?: CursorSecret;
  /** Receives the consumed capacity of every call (used by scripts/measure-capacity.ts). */
  onConsumedCapacity?: CapacityListener;
}

export function createDynamoApiKeyStore({ client, tableName, cursorSecret, onConsumedCapacity }: ApiKeyStoreOptions): ApiKeyStore {
  const table = new TableAccess(client, tableName, onConsumedCapacity);
  const signingKey = cursorSecret ?? processCursorSecret();

  return {
    async createKey(key) {
      const listed = apiKeyKeys.byCreation(key.createdAt, key.id);
      try {
        await table.put(
          {
            ...apiKeyKeys.item(key.id),
            entity: 'api-key',
            ...key,
            [LIST_INDEX.partition]: listed.partition,
            [LIST_INDEX.sort]: listed.sort,
          },
          { expression: 'attribute_not_exists(PK)' },
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException)
          throw new FactlineError('invalid', `an API key with id ${key.id} already exists`);
        throw error;
      }
    },

    async getKey(id) {
      const item = await table.get(apiKeyKeys.item(id));
      return item ? ({ ...keyOf(item), secretHash: String(item.secretHash) } satisfies StoredApiKey) : null;
    },

    async listKeys(page) {
      const list = { operation: 'listKeys', parameters: {}, index: LIST_INDEX, partition: apiKeyKeys.listPartition };
      return indexPartitionPage(table, signingKey, list, page, keyOf);
    },

    async revokeKey(id, now) {
      // The first revocation's time stays: a second one changes nothing.
      await table.updateIf(
        apiKeyKeys.item(id),
        { expression: 'SET revokedAt = :now', values: { ':now': now.toISOString(), ':null': null } },
        'attribute_exists(PK) AND (attribute_not_exists(revokedAt) OR revokedAt = :null)',
      );
      const item = await table.get(apiKeyKeys.item(id), true);
      return item ? keyOf(item) : null;
    },

    async recordKeyUse(id, now) {
      const recentEnough = new Date(now.getTime() - KEY_USE_RECORD_INTERVAL_MS).toISOString();
      // Conditional, so that containers racing on one key write it once a minute between them.
      await table.updateIf(
        apiKeyKeys.item(id),
        { expression: 'SET lastUsedAt = :now', values: { ':now': now.toISOString(), ':recent': recentEnough, ':null': null } },
        'attribute_exists(PK) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt = :null OR lastUsedAt < :recent)',
      );
    },
  };
}

function keyOf(item: Item): ApiKey {
  const key = {} as Record<string, unknown>;
  for (const field of KEY_FIELDS) key[field] = item[field] ?? null;
  return key as unknown as ApiKey;
}
