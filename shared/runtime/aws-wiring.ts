// Wiring for the ingest function (write routes and the feed poll): configuration from the environment
// the CDK stack sets, validated once at init, and SDK clients created once per container.
import { SQSClient } from '@aws-sdk/client-sqs';
import { sqsExtractionQueue } from '../queue/sqs-extraction-queue.js';
import { apiTokenResolver } from './api-token.js';
import { tableOnAws } from './aws-store-wiring.js';
import { ConfigError, ENV } from './config.js';
import { wireFactline } from './wiring.js';

export function wireFactlineOnAws(env: NodeJS.ProcessEnv = process.env) {
  const queueUrl = env[ENV.queueUrl];
  const hasToken = Boolean(env[ENV.apiToken] || env[ENV.apiTokenSecretArn]);
  const queue = queueUrl ? sqsExtractionQueue(new SQSClient({}), queueUrl) : undefined;
  return wireFactline({
    ...tableOnAws(env),
    apiToken: hasToken ? apiTokenResolver(env) : () => Promise.reject(new ConfigError('this function serves no write routes')),
    queue: () => {
      if (!queue) throw new ConfigError(`${ENV.queueUrl} is not set: this function cannot queue articles`);
      return queue;
    },
  });
}
