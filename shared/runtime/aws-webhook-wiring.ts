// Wiring for the notifier, deliverer and sweeper functions: the table's stores, the deliveries queue and the
// function's dead-letter queue, from the environment the CDK stack sets. One SQS client sends to both queues. The
// notifier carries no poster, the deliverer no fact store; the sweeper only the delivery store and the queue.
import { SQSClient } from '@aws-sdk/client-sqs';
import { createSafePoster } from '../ingestion/safe-fetch.js';
import type { DeadLetters } from '../queue/dead-letters.js';
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
import type { SweeperDeps } from '../watches/unqueued-sweeper.js';
import { tableOf } from './aws-table-wiring.js';
import { ENV, readLambdaConfig, requireEnv } from './config.js';
import { logger } from './logger.js';
import { watchEmailChannelOf } from './sns-watch-email.js';
import { sqsDeadLetters } from './sqs-dead-letters.js';

function tableAndQueues(env: NodeJS.ProcessEnv) {
  const config = readLambdaConfig(env);
  const table = tableOf(config);
  const sqs = new SQSClient({});
  return {
    config,
    table,
    queue: sqsDeliveryQueue(sqs, requireEnv(ENV.deliveryQueueUrl, env)),
    deadLetters: sqsDeadLetters(requireEnv(ENV.deadLetterQueueUrl, env), sqs),
  };
}

export function wireNotifierOnAws(env: NodeJS.ProcessEnv = process.env): { deps: NotifierDeps; deadLetters: DeadLetters } {
  const { config, table, queue, deadLetters } = tableAndQueues(env);
  const email = watchEmailChannelOf(config.watchEmailTopicArn);
  const deps: NotifierDeps = {
    ...(email ? { email } : {}),
    watches: createDynamoWatchStore(table),
    // No cursor leaves this function: the store's process-local cursor key is enough.
    facts: createDynamoStore(table),
    deliveries: createDynamoDeliveryStore(table),
    queue,
    publicBaseUrl: requireEnv(ENV.publicBaseUrl, env),
  };
  return { deps, deadLetters };
}

export function wireDelivererOnAws(env: NodeJS.ProcessEnv = process.env): { deps: DelivererDeps; deadLetters: DeadLetters } {
  const { config, table, queue, deadLetters } = tableAndQueues(env);
  const deps: DelivererDeps = {
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
  return { deps, deadLetters };
}

export function wireSweeperOnAws(env: NodeJS.ProcessEnv = process.env): SweeperDeps {
  return {
    deliveries: createDynamoDeliveryStore(tableOf(readLambdaConfig(env))),
    queue: sqsDeliveryQueue(new SQSClient({}), requireEnv(ENV.deliveryQueueUrl, env)),
    log: logger,
  };
}
