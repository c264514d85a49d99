// The table on Lambda: its client and name, for every function's wiring. Apart from aws-store-wiring.ts (the
// read API's), so that a function importing the table alone does not import the read store with it.
import { createDynamoDbClient } from '../store/client.js';
import { readLambdaConfig, type LambdaConfig } from './config.js';

/** The table alone: its client and name. */
export function tableOf(config: LambdaConfig) {
  return { client: createDynamoDbClient(config.dynamoDbEndpoint), tableName: config.tableName };
}

export function tableAccessOnAws(env: NodeJS.ProcessEnv = process.env) {
  return tableOf(readLambdaConfig(env));
}
