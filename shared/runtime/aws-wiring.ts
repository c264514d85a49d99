// Wiring for the ingest and poll functions: configuration from the environment the CDK stack sets,
// validated once at init, and SDK clients created once per container. Secrets are read on first use.
import { SQSClient } from '@aws-sdk/client-sqs';
import { sqsExtractionQueue } from '../queue/sqs-extraction-queue.js';
import { apiTokenResolver } from './api-token.js';
import { tableOnAws } from './aws-store-wiring.js';
import { ConfigError, ENV, readLambdaConfig } from './config.js';
import { watchEmailChannelOf } from './sns-watch-email.js';
import { wireFactline } from './wiring.js';

export function wireFactlineOnAws(env: NodeJS.ProcessEnv = process.env) {
  const config = readLambdaConfig(env);
  const hasToken = Boolean(config.apiToken || config.apiTokenSecretArn);
  const queue = config.queueUrl ? sqsExtractionQueue(new SQSClient({}), config.queueUrl) : undefined;
  const watchEmails = watchEmailChannelOf(config.watchEmailTopicArn);
  return wireFactline({
    ...(watchEmails ? { watchEmails } : {}),
    ...tableOnAws(env),
    unsafeAllowLoopback: config.unsafeAllowLoopback,
    // Only the ingest function holds the token and the queue.
    apiToken: hasToken ? apiTokenResolver(config) : () => Promise.reject(new ConfigError('this function serves no write routes')),
    queue: () => {
      if (!queue) throw new ConfigError(`${ENV.queueUrl} is not set: this function cannot queue articles`);
      return queue;
    },
  });
}
