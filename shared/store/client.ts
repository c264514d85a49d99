// One DynamoDB client per process, created at module scope by the caller; endpoint override for DynamoDB Local.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Where DynamoDB Local answers, with the placeholder credentials and region it accepts (its streams API too). */
export function localEndpoint(endpoint: string) {
  return { endpoint, region: process.env.AWS_REGION ?? 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
}

export function createDynamoDbClient(endpoint?: string): DynamoDBClient {
  return new DynamoDBClient({ ...(endpoint ? localEndpoint(endpoint) : {}), maxAttempts: 6 });
}
