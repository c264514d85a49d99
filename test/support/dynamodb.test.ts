import { describe, expect, it } from 'vitest';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { createTestTable } from './dynamodb.js';
import { createTableIfMissing } from '../../shared/store/table.js';

describe('test table on DynamoDB Local', () => {
  it('creates the table with its indexes once, and a second create finds it', async () => {
    const { client, tableName } = await createTestTable();
    const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(described.Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(['GSI1', 'GSI2', 'GSI3']);
    expect(await createTableIfMissing(client, tableName)).toBe('existed');
  });
});
