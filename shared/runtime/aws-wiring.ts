// Wiring for the Lambda functions: configuration from the environment the CDK stack sets, validated
// once at init, and SDK clients created once per container. Secrets are read on first use.
import { SQSClient } from '@aws-sdk/client-sqs';
import { sqsExtractionQueue } from '../queue/sqs-extraction-queue.js';
import { createDynamoDbClient } from '../store/client.js';
import { apiTokenResolver } from './api-token.js';
import { ConfigError, ENV, readLambdaConfig } from './config.js';
import { cachedSecret } from './secrets.js';
import { wireFactline } from './wiring.js';

export function wireFactlineOnAws(env: NodeJS.ProcessEnv = process.env) {
  const config = readLambdaConfig(env);
  const hasToken = Boolean(config.apiToken || config.apiTokenSecretArn);
  const queue = config.queueUrl ? sqsExtractionQueue(new SQSClient({}), config.queueUrl) : undefined;
  const refuse = (message: string) => () => Promise.reject(new ConfigError(message));
  return wireFactline({
    client: createDynamoDbClient(config.dynamoDbEndpoint),
    tableName: config.tableName,
    unsafeAllowLoopback: config.unsafeAllowLoopback,
    // Only the ingest function holds the token and the queue; the read-only api function never needs them.
    apiToken: hasToken ? apiTokenResolver(config) : refuse('this function serves no write routes'),
    // Every container signs and checks cursors with the one deployed key; a function without it pages nothing.
    cursorSecret: config.cursorSecretArn ? cachedSecret(config.cursorSecretArn) : refuse(`${ENV.cursorSecretArn} is not set: this function cannot page`),
    queue: () => {
      if (!queue) throw new ConfigError(`${ENV.queueUrl} is not set: this function cannot queue articles`);
      return queue;
    },
  });
}
