// The dead-letter queue a consuming function (extract, deliver, notify) sends what it can never read to, from
// the environment the CDK stack sets: each function's own, and a missing one stops the cold start.
import { SQSClient } from '@aws-sdk/client-sqs';
import { sqsDeadLetters, type DeadLetters } from '../queue/dead-letters.js';
import { ENV, requireEnv } from './config.js';

export function wireDeadLettersOnAws(env: NodeJS.ProcessEnv = process.env): DeadLetters {
  return sqsDeadLetters(new SQSClient({}), requireEnv(ENV.deadLetterQueueUrl, env));
}
