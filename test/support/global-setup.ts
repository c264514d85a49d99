// One DynamoDB Local for the whole run; each test file makes its own table (test/support/dynamodb.ts).
// The web page is built first, so `npx vitest run` serves the page from the current sources too.
import type { TestProject } from 'vitest/node';
import { buildPage } from '../../scripts/build-page.js';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../scripts/dynamodb-local.js';

let dynamo: DynamoDbLocal | undefined;

export async function setup(project: TestProject): Promise<void> {
  buildPage();
  dynamo = await startDynamoDbLocal({ heapMb: 1024 });
  project.provide('dynamoEndpoint', dynamo.endpoint);
}

export async function teardown(): Promise<void> {
  await dynamo?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
