import { describe, expect, it } from 'vitest';
import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { createTestTable } from './dynamodb.js';
import { createTableIfMissing, OutdatedTableError } from '../../shared/store/table.js';

describe('test table on DynamoDB Local', () => {
  it('creates the table with its indexes once, and a second create finds it', async () => {
    const { client, tableName } = await createTestTable();
    const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(described.Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(['byFact', 'bySubject', 'byType']);
    expect(await createTableIfMissing(client, tableName)).toBe('existed');
  });
});

describe('a table made with the indexes of an older version', () => {
  it('is refused by name, with the indexes it lacks', async () => {
    const { client } = await createTestTable();
    const tableName = `old-shape-${Date.now()}`;
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: ['PK', 'SK', 'GSI1PK', 'GSI1SK'].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: 'PK', KeyType: 'HASH' },
          { AttributeName: 'SK', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'GSI1',
            KeySchema: [
              { AttributeName: 'GSI1PK', KeyType: 'HASH' },
              { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );
    const refusal = await createTableIfMissing(client, tableName, { dataDir: '/data/here' }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(OutdatedTableError);
    expect((refusal as Error).message).toContain('lacks the indexes byFact, bySubject, byType');
    expect((refusal as Error).message).toContain('mv /data/here /data/here.old');
  });
});
