// The table's change stream on DynamoDB Local: new tables have one, an older table without one gets it.
import { createLocalStreamsClient } from '../../shared/store/local-stream.js';
import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject, describe, expect, it } from 'vitest';
import { TABLE_KEYS } from '../../shared/store/schema.js';
import { ensureTableStream } from '../../shared/store/table-stream.js';
import { createTableIfMissing } from '../../shared/store/table.js';
import { createTestTable } from '../support/dynamodb.js';

const streamSpecificationOf = async (client: DynamoDBClient, tableName: string) =>
  (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table?.StreamSpecification;

describe('table stream', () => {
  const streams = () => createLocalStreamsClient(inject('dynamoEndpoint'));

  it('is created with the table, with both images, and found again without another', async () => {
    const { client } = await createTestTable();
    const tableName = `new-${Date.now()}`;
    expect(await createTableIfMissing(client, tableName)).toBe('created');
    expect(await streamSpecificationOf(client, tableName)).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
    const arn = await ensureTableStream(client, streams(), tableName);
    expect(await ensureTableStream(client, streams(), tableName)).toBe(arn);
  });

  it('is enabled on a table created without one', async () => {
    const { client } = await createTestTable();
    const tableName = `old-${Date.now()}`;
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: TABLE_KEYS.partition, AttributeType: 'S' },
          { AttributeName: TABLE_KEYS.sort, AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: TABLE_KEYS.partition, KeyType: 'HASH' },
          { AttributeName: TABLE_KEYS.sort, KeyType: 'RANGE' },
        ],
      }),
    );
    expect(await streamSpecificationOf(client, tableName)).toBeUndefined();
    const arn = await ensureTableStream(client, streams(), tableName);
    expect(arn).toContain(tableName);
    expect(await streamSpecificationOf(client, tableName)).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
  });
});
