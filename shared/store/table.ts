// Creates the table locally (npm start, tests) from the same schema the CDK stack uses.
import {
  CreateTableCommand,
  QueryCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { GLOBAL_INDEXES, TABLE_KEYS, TABLE_STREAM, TTL_ATTRIBUTE } from './schema.js';

/** The table exists but was made by an older factline, with other indexes (its items are laid out for those). */
export class OutdatedTableError extends Error {
  constructor(tableName: string, missingIndexes: string[], dataDir?: string) {
    super(
      `the table ${tableName}${dataDir ? ` in ${dataDir}` : ''} was made by an older factline: ` +
        `it lacks the indexes ${missingIndexes.join(', ')} ` +
        '(the indexes were GSI1 to GSI3 before, and relations were stored under another name), so this version cannot read it. ' +
        (dataDir
          ? `Start on a new data folder: move it aside (mv ${dataDir} ${dataDir}.old) or set FACTLINE_DATA_DIR to another folder, ` +
            'then start again; the seeds load again, and articles and feeds added by hand must be added again.'
          : 'Create a new table.'),
    );
    this.name = 'OutdatedTableError';
  }
}

/**
 * Creates the table, or finds it there (CreateTable answers ResourceInUse) and checks that it has this
 * version's indexes (OutdatedTableError otherwise). No DescribeTable: DynamoDB Local counts every item
 * to answer it, about a second on a 41 MB data folder; a Query on each index names a missing one at once.
 * With the change stream the notifier reads, unless `stream: false` (tests that read no stream: DynamoDB
 * Local writes slower with one; median of 1,000 batched puts 358 -> 650 ms with the tests' JVM settings,
 * 2,166 -> 2,331 ms with npm start's quick-start JVM, both on a loaded machine).
 */
export async function createTableIfMissing(
  client: DynamoDBClient,
  tableName: string,
  options: {
    stream?: boolean;
    /** Where a local table keeps its data, named in the error if the table is outdated. */
    dataDir?: string;
  } = {},
): Promise<'created' | 'existed'> {
  const keyAttributes = [TABLE_KEYS.partition, TABLE_KEYS.sort, ...GLOBAL_INDEXES.flatMap((index) => [index.partition, index.sort])];
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: TABLE_KEYS.partition, KeyType: 'HASH' },
          { AttributeName: TABLE_KEYS.sort, KeyType: 'RANGE' },
        ],
        ...(options.stream === false ? {} : { StreamSpecification: TABLE_STREAM }),
        GlobalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partition, KeyType: 'HASH' },
            { AttributeName: index.sort, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    await checkIndexes(client, tableName, options.dataDir);
    return 'existed';
  }
  await client.send(
    new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true } }),
  );
  return 'created';
}

async function checkIndexes(client: DynamoDBClient, tableName: string, dataDir: string | undefined): Promise<void> {
  const missing: string[] = [];
  await Promise.all(
    GLOBAL_INDEXES.map((index) =>
      client
        .send(
          new QueryCommand({
            TableName: tableName,
            IndexName: index.name,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': index.partition },
            ExpressionAttributeValues: { ':pk': { S: 'index-check' } },
            Limit: 1,
          }),
        )
        .catch((error: unknown) => {
          // "The table does not have the specified index", or a key attribute the index does not have.
          if (error instanceof Error && error.name === 'ValidationException') missing.push(index.name);
          else throw error;
        }),
    ),
  );
  if (missing.length) throw new OutdatedTableError(tableName, missing.sort(), dataDir);
}
