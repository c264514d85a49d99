// The feed poll: its own function on a fixed rate, invoked asynchronously with no retries (the next
// run is the retry). A run that fails, or an event EventBridge could not deliver, lands in one queue.
import { Duration, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Queue, QueueEncryption, type IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { FactlineFunction } from './factline-function.js';

export interface FeedPollProps {
  readonly entry: string;
  readonly every: Duration;
  readonly table: ITable;
  /** Where new articles go for extraction. */
  readonly articleQueue: IQueue;
  /** One poll at a time: a second would only wait for the first's leases. */
  readonly reservedConcurrency?: number;
}

export class FeedPoll extends Construct {
  readonly poller: FactlineFunction;
  readonly rule: Rule;
  /** Failed poll invocations (Lambda's on-failure destination) and undeliverable schedule events (EventBridge's DLQ). */
  readonly failures: Queue;

  constructor(scope: Construct, id: string, { entry, every, table, articleQueue, reservedConcurrency }: FeedPollProps) {
    super(scope, id);
    this.failures = new Queue(this, 'Failures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    for (const rule of ['Serverless-SQSRedrivePolicy', 'AwsSolutions-SQS3']) {
      Validations.of(this.failures).acknowledge({
        id: rule,
        reason:
          "This queue is itself the poll's dead letter (Lambda on-failure destination, EventBridge DLQ); an operator reads it (docs/operations.md), nothing consumes it.",
      });
    }
    this.poller = new FactlineFunction(this, 'Function', {
      entry,
      description: 'Polls the followed news feeds and ingests their new items',
      // One interval: the poll's budget is the invocation's remaining time less a margin (pollBudgetMs).
      timeout: every,
      invocation: { kind: 'async', onFailure: this.failures },
      readsPages: true,
      ...(reservedConcurrency === undefined ? {} : { reservedConcurrency }),
    });
    this.poller.bindTable({ table, accessMode: 'RW' });
    this.poller.bindQueue(articleQueue);
    this.rule = new Rule(this, 'Rule', {
      description: 'Polls the configured news feeds',
      schedule: Schedule.rate(every),
      // A poll that could not be delivered before the next one is due is dropped, not queued behind it;
      // one that could not be delivered at all is kept in the failures queue.
      targets: [new LambdaFunction(this.poller, { maxEventAge: every, retryAttempts: 2, deadLetterQueue: this.failures })],
    });
  }
}
