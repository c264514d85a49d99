// Ingest and extraction, decoupled by a queue: a message that keeps failing ends in the dead-letter queue.
import { CfnOutput, Duration, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { FactlineFunction } from './factline-function.js';

/** Receives before a message is dead-lettered: enough to ride out a throttled or timed-out batch or two. */
export const MAX_RECEIVE_COUNT = 5;
/** Concurrent extract invocations the queue may drive; the rest waits in the queue, not in throttles. */
export const EXTRACT_MAX_CONCURRENCY = 5;

export interface PipelineProps {
  /** Sends each stored article on the queue. */
  readonly producer: FactlineFunction;
  /** Consumes the queue in batches and reports the messages it failed on. */
  readonly consumer: FactlineFunction;
  /** Also the concurrency reserved for the consumer, so the mapping never drives it into throttles. */
  readonly maxConcurrency?: number;
}

export class Pipeline extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, { producer, consumer, maxConcurrency = EXTRACT_MAX_CONCURRENCY }: PipelineProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'Serverless-SQSRedrivePolicy',
      reason: 'This is the dead-letter queue; its messages are replayed by hand (docs/operations.md), not redriven further.',
    });
    const batchingWindow = Duration.seconds(1);
    this.queue = new Queue(this, 'ArticleQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS's advice for Lambda consumers: a throttled batch is retried before its messages become visible again.
      visibilityTimeout: Duration.seconds(consumer.timeout.toSeconds() * 6 + batchingWindow.toSeconds()),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });
    producer.bindQueue(this.queue);
    consumer.consumeQueue(this.queue, { maxBatchingWindow: batchingWindow, maxConcurrency });
    consumer.bindDeadLetterQueue(this.deadLetterQueue);
    new CfnOutput(this, 'DeadLetterQueueArn', {
      key: 'DeadLetterQueueArn',
      value: this.deadLetterQueue.queueArn,
      description: 'Articles that failed extraction; move them back with `aws sqs start-message-move-task`',
    });
    new CfnOutput(this, 'DeadLetterQueueUrl', {
      key: 'DeadLetterQueueUrl',
      value: this.deadLetterQueue.queueUrl,
      description: 'For npm run replay-dead-letters (docs/operations.md)',
    });
    new CfnOutput(this, 'ArticleQueueUrl', { key: 'ArticleQueueUrl', value: this.queue.queueUrl, description: 'The extraction queue' });
  }
}
