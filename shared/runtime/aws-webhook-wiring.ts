// Wiring for the notifier and deliverer functions: the table's stores and the deliveries queue, from the
// environment the CDK stack sets. The notifier carries no poster, the deliverer no fact store.
import { SQSClient } from '@aws-sdk/client-sqs';
import { createSafePoster } from '../ingestion/safe-fetch.js';
import { sqsDeliveryQueue } from '../queue/sqs-delivery-queue.js';
import { createDynamoDeliveryStore } from '../store/delivery-store.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { createDynamoWatchStore } from '../store/watch-store.js';
import {
  deadLetterMetricLine,
  DEFAULT_DELIVERY_POLICY,
  WEBHOOK_TIMEOUT_MS,
  WEBHOOK_USER_AGENT,
  type DelivererDeps,
} from '../watches/deliverer.js';
import type { NotifierDeps } from '../watches/notifier.js';
import { tableOf } from './aws-store-wiring.js';
import { ENV, readLambdaConfig, requireEnv } from './config.js';
import { logger } from './logger.js';
import { watchEmailChannelOf } from './sns-watch-email.js';

function tableAndQueue(env: NodeJS.ProcessEnv) {
  const config = readLambdaConfig(env);
  const table = tableOf(config);
  return { config, table, queue: sqsDeliveryQueue(new SQSClient({}), requireEnv(ENV.deliveryQueueUrl, env)) };
}

export function wireNotifierOnAws(env: NodeJS.ProcessEnv = process.env): NotifierDeps {
  const { config, table, queue } = tableAndQueue(env);
  const email = watchEmailChannelOf(config.watchEmailTopicArn);
  return {
    ...(email ? { email } : {}),
    watches: createDynamoWatchStore(table),
    // No cursor leaves this function: the store's process-local cursor key is enough.
    facts: createDynamoStore(table),
    deliveries: createDynamoDeliveryStore(table),
    queue,
    publicBaseUrl: requireEnv(ENV.publicBaseUrl, env),
  };
}

export function wireDelivererOnAws(env: NodeJS.ProcessEnv = process.env): DelivererDeps {
  const { config, table, queue } = tableAndQueue(env);
  return {
    watches: createDynamoWatchStore(table),
    deliveries: createDynamoDeliveryStore(table),
    queue,
    post: createSafePoster({
      timeoutMs: WEBHOOK_TIMEOUT_MS,
      unsafeAllowLoopback: config.unsafeAllowLoopback,
      userAgent: WEBHOOK_USER_AGENT,
    }),
    policy: DEFAULT_DELIVERY_POLICY,
    log: logger,
    // Straight to stdout: with the JSON log format, console lines are wrapped, and CloudWatch reads EMF only unwrapped.
    countDeadLetter: (fields) => process.stdout.write(`${deadLetterMetricLine(fields)}\n`),
  };
}
