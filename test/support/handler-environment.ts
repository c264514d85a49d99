// The configuration the queue and stream handlers read at import (as on a cold start), pointed at DynamoDB Local
// and the loopback SQS server. Set it before importing a handler; each handler's own dead-letter queue after it.
import type { TestTable } from './dynamodb.js';
import type { SqsServer } from './sqs-server.js';

export function setHandlerEnvironment(table: TestTable, sqs: SqsServer, deliveryQueue: string): void {
  Object.assign(process.env, {
    FACTLINE_TABLE_NAME: table.tableName,
    FACTLINE_DYNAMODB_ENDPOINT: table.endpoint,
    FACTLINE_DELIVERY_QUEUE_URL: sqs.queueUrl(deliveryQueue),
    AWS_ENDPOINT_URL_SQS: sqs.endpoint,
    FACTLINE_PUBLIC_BASE_URL: 'https://factline.example',
  });
}
