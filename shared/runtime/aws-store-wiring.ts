// Wiring for the read API on Lambda: the table alone. Each function has its own wiring module, because
// a bundle carries every module its entry imports: the read API carries no queue, extractor or HTML stack.
import { createDynamoReadStore } from '../store/read-store.js';
import { tableOf } from './aws-table-wiring.js';
import { ConfigError, ENV, readLambdaConfig } from './config.js';
import { cachedSecret } from './secrets.js';

/** The table, and the one deployed key every container signs and checks cursors with (read on first use). */
export function tableOnAws(env: NodeJS.ProcessEnv = process.env) {
  const config = readLambdaConfig(env);
  return {
    ...tableOf(config),
    cursorSecret: config.cursorSecretArn
      ? cachedSecret(config.cursorSecretArn)
      : () => Promise.reject(new ConfigError(`${ENV.cursorSecretArn} is not set: this function cannot page`)),
  };
}

/** functions/api: the read routes need the store's reads alone. */
export function wireReadsOnAws(env: NodeJS.ProcessEnv = process.env) {
  return { appDeps: { store: createDynamoReadStore(tableOnAws(env)) } };
}
