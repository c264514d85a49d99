// One DynamoDB client per process, created at module scope by the caller; endpoint override for DynamoDB Local.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export function createDynamoDbClient(endpoint?: string): DynamoDBClient {
  return new DynamoDBClient({
    ...(endpoint
      ? { endpoint, region: process.env.AWS_REGION ?? 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    maxAttempts: 6,
  });
}
