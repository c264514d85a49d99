// Ingest and extraction, decoupled by a queue: a message that keeps failing ends in the dead-letter queue.
import { CfnOutput, Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { FactlineFunction } from './factline-function.js';

export const MAX_RECEIVE_COUNT = 3;

export interface PipelineProps {
  /** Sends each stored article on the queue. */
  readonly producer: FactlineFunction;
  /** Consumes the queue in batches and reports the messages it failed on. */
  readonly consumer: FactlineFunction;
}

export class Pipeline extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, { producer, consumer }: PipelineProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
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
    consumer.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        maxBatchingWindow: batchingWindow,
        reportBatchItemFailures: true,
      }),
    );
    new CfnOutput(this, 'DeadLetterQueueArn', {
      key: 'DeadLetterQueueArn',
      value: this.deadLetterQueue.queueArn,
      description: 'Articles that failed extraction; move them back with `aws sqs start-message-move-task`',
    });
  }
}
