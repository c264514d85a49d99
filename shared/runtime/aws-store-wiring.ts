// Wiring for the read API on Lambda: the table alone. Each function has its own wiring module, because
// a bundle carries every module its entry imports: the read API carries no queue, secret, extractor or HTML stack.
import { createDynamoDbClient } from '../store/client.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { ENV, requireEnv } from './config.js';

export function tableOnAws(env: NodeJS.ProcessEnv = process.env) {
  return { client: createDynamoDbClient(env[ENV.dynamoDbEndpoint]), tableName: requireEnv(ENV.tableName, env) };
}

/** functions/api: the read routes need the store alone. */
export function wireReadsOnAws(env: NodeJS.ProcessEnv = process.env) {
  return { appDeps: { store: createDynamoStore(tableOnAws(env)) } };
}
