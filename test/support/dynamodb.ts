// Each test file gets its own table in the shared DynamoDB Local started by global-setup.ts.
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoDbClient } from '../../shared/store/client.js';
import { createTableIfMissing } from '../../shared/store/table.js';

export interface TestTable {
  client: DynamoDBClient;
  tableName: string;
  endpoint: string;
}

export async function createTestTable(): Promise<TestTable> {
  const endpoint = inject('dynamoEndpoint');
  const client = createDynamoDbClient(endpoint);
  const tableName = `test-${randomUUID().slice(0, 8)}`;
  // No stream: DynamoDB Local writes slower with one; the tests that read it enable it (ensureTableStream).
  await createTableIfMissing(client, tableName, { stream: false });
  return { client, tableName, endpoint };
}
