// Watches (issue 12) on AWS: the table's stream feeds the notifier, which records deliveries and queues
// them; the deliverer POSTs them; the sweeper, on a schedule, queues those whose message was never known
// queued. Each function has its own role with only the table actions and index it uses; each failure path
// ends in a queue or a function error an alarm watches, and so does the dead-letter metric.
import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type CfnElement } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../shared/runtime/config.js';
import { streamItemKinds } from '../../shared/store/keys.js';
import { INDEXES } from '../../shared/store/schema.js';
import { DEAD_LETTER_METRIC, DEFAULT_DELIVERY_POLICY } from '../../shared/watches/deliverer.js';
import { UNQUEUED_SWEEP_INTERVAL_MS } from '../../shared/watches/unqueued-sweeper.js';
import type { Alarms } from './alarms.js';
import { FactlineFunction } from './factline-function.js';

/** Stream batches retried this often (bisected on error) before they go to the notifier's failure queue. */
export const NOTIFY_RETRY_ATTEMPTS = 5;
/** A change older than this is no news any more: it goes to the failure queue instead. */
export const NOTIFY_MAX_RECORD_AGE = Duration.hours(6);
/** The notifier has fallen behind the table when its oldest record waits this long. */
export const NOTIFY_ITERATOR_AGE_ALARM = Duration.minutes(5);
/** Receives of one delivery message before SQS dead-letters it: only storage failures count (retries are re-sent messages). */
export const DELIVERY_MAX_RECEIVE_COUNT = 5;
export const DELIVER_MAX_CONCURRENCY = 5;

/** How often the sweeper runs (shared/watches/unqueued-sweeper.ts). */
const SWEEP_INTERVAL = Duration.millis(UNQUEUED_SWEEP_INTERVAL_MS);

/** The indexes the notifier reads: a fact's appearances and a subject's facts (getFact, listFacts), and active watches by subject (watchesFor). */
const NOTIFIER_INDEXES = [INDEXES.byFact.name, INDEXES.bySubject.name];

export interface WebhooksProps {
  readonly table: ITable;
  readonly notifyEntry: string;
  readonly deliverEntry: string;
  readonly sweepEntry: string;
  /** Payloads link to factline's page here (`cdk deploy -c publicBaseUrl=https://…`; the API URL by default). */
  readonly publicBaseUrl: string;
  readonly reservedConcurrency?: { notify: number; deliver: number; sweep: number };
}

export class Webhooks extends Construct {
  readonly notifier: FactlineFunction;
  readonly deliverer: FactlineFunction;
  readonly sweeper: FactlineFunction;
  readonly sweepRule: Rule;
  /** Stream batches the notifier failed on after its retries (the mapping's on-failure destination). */
  readonly notifierFailures: Queue;
  readonly deliveryQueue: Queue;
  readonly deliveryDeadLetterQueue: Queue;
  /** Watch events by e-mail: one topic, a subscription per watch filtered on the message attribute watchId. */
  readonly emailTopic: Topic;

  constructor(scope: Construct, id: string, props: WebhooksProps) {
    super(scope, id);
    const deadLetterQueue = (queueId: string, reason: string) => {
      const queue = new Queue(this, queueId, {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      for (const rule of ['Serverless-SQSRedrivePolicy', 'AwsSolutions-SQS3']) Validations.of(queue).acknowledge({ id: rule, reason });
      return queue;
    };
    this.notifierFailures = deadLetterQueue(
      'NotifierFailures',
      "This queue is the notifier's dead letter (the stream mapping's on-failure destination): it holds the failed batch's stream positions for an operator, nothing consumes it.",
    );
    this.deliveryDeadLetterQueue = deadLetterQueue(
      'DeliveryDeadLetterQueue',
      "This is the deliveries queue's dead-letter queue; an operator reads it (docs/operations.md), nothing consumes it.",
    );

    this.notifier = new FactlineFunction(this, 'NotifyFunction', {
      entry: props.notifyEntry,
      description: 'Turns table changes into queued webhook deliveries for matching watches',
      timeout: Duration.seconds(60),
      invocation: { kind: 'stream' },
      ...(props.reservedConcurrency ? { reservedConcurrency: props.reservedConcurrency.notify } : {}),
    });
    this.deliverer = new FactlineFunction(this, 'DeliverFunction', {
      entry: props.deliverEntry,
      description: 'POSTs signed webhook events, with retries and a dead-letter record',
      // A batch's POSTs run side by side, each cut off at 10 s.
      timeout: Duration.seconds(30),
      invocation: { kind: 'queue' },
      ...(props.reservedConcurrency ? { reservedConcurrency: props.reservedConcurrency.deliver } : {}),
    });

    this.deliveryQueue = new Queue(this, 'DeliveryQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(this.deliverer.timeout.toSeconds() * 6),
      deadLetterQueue: { queue: this.deliveryDeadLetterQueue, maxReceiveCount: DELIVERY_MAX_RECEIVE_COUNT },
    });

    // Notifier: reads watches, facts and their appearances (one index), reads article heads (BatchGetItem:
    // the pointer check), puts delivery records (GetItem when one exists) and clears their unqueued mark once
    // the first message is sent (UpdateItem).
    this.notifier.bindTableActions({
      table: props.table,
      actions: ['GetItem', 'BatchGetItem', 'PutItem', 'UpdateItem'],
      queriedIndexes: NOTIFIER_INDEXES,
    });
    this.notifier.addEnvironment(ENV.deliveryQueueUrl, this.deliveryQueue.queueUrl);
    this.notifier.addEnvironment(ENV.publicBaseUrl, props.publicBaseUrl);
    this.deliveryQueue.grantSendMessages(this.notifier);
    const inserted = (kind: keyof typeof streamItemKinds) => ({
      eventName: FilterRule.isEqual('INSERT'),
      dynamodb: {
        Keys: { PK: { S: FilterRule.beginsWith(streamItemKinds[kind].partitionPrefix) } },
        NewImage: { entity: { S: FilterRule.isEqual(streamItemKinds[kind].entity) } },
      },
    });
    this.notifier.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: NOTIFY_RETRY_ATTEMPTS,
        maxRecordAge: NOTIFY_MAX_RECORD_AGE,
        onFailure: new SqsDlq(this.notifierFailures),
        // Only new facts and relations, and claims carrying superseded values (a correction), invoke it.
        filters: [
          FilterCriteria.filter(inserted('fact')),
          FilterCriteria.filter(inserted('relation')),
          FilterCriteria.filter({
            eventName: FilterRule.or('INSERT', 'MODIFY'),
            dynamodb: {
              Keys: { PK: { S: FilterRule.beginsWith(streamItemKinds.claim.partitionPrefix) } },
              NewImage: {
                entity: { S: FilterRule.isEqual(streamItemKinds.claim.entity) },
                claim: { M: { supersedes: { L: { M: { supersededAt: { S: FilterRule.exists() } } } } } },
              },
            },
          }),
        ],
      }),
    );

    // Records that can never be decoded go to the same failure queue at once, whole (the mapping's entries only point into the stream).
    this.notifier.bindDeadLetterQueue(this.notifierFailures);

    const emailKey = new Key(this, 'EmailTopicKey', {
      description: 'Encrypts the factline watch e-mail topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.emailTopic = new Topic(this, 'EmailTopic', { displayName: 'factline watches', masterKey: emailKey, enforceSSL: true });
    // Publish only (with the key's data-key grant); subscriptions are the ingest function's (allowEmailSubscriptions).
    this.emailTopic.grantPublish(this.notifier);
    this.notifier.addEnvironment(ENV.watchEmailTopicArn, this.emailTopic.topicArn);
    Validations.of(this.notifier.role).acknowledge({
      id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      reason: "Publishing to a KMS-encrypted topic needs a data key; the grant is on the e-mail topic's own key only.",
    });

    // Deliverer: reads the delivery record and the watch, settles the record and counts the minute's POSTs (UpdateItem).
    this.deliverer.bindTableActions({ table: props.table, actions: ['GetItem', 'UpdateItem'] });
    this.deliverer.addEnvironment(ENV.deliveryQueueUrl, this.deliveryQueue.queueUrl);
    // Retries are the same message sent again with a delay.
    this.deliveryQueue.grantSendMessages(this.deliverer);
    this.deliverer.consumeQueue(this.deliveryQueue, { maxConcurrency: DELIVER_MAX_CONCURRENCY });
    this.deliverer.bindDeadLetterQueue(this.deliveryDeadLetterQueue);

    // Sweeper: lists the unqueued deliveries (their sparse index), sends their messages and clears their marks (UpdateItem).
    this.sweeper = new FactlineFunction(this, 'SweepFunction', {
      entry: props.sweepEntry,
      description: 'Queues the webhook deliveries whose message was never known to be queued',
      timeout: Duration.seconds(60),
      invocation: { kind: 'schedule' },
      ...(props.reservedConcurrency ? { reservedConcurrency: props.reservedConcurrency.sweep } : {}),
    });
    this.sweeper.bindTableActions({ table: props.table, actions: ['UpdateItem'], queriedIndexes: [INDEXES.bySubject.name] });
    this.sweeper.addEnvironment(ENV.deliveryQueueUrl, this.deliveryQueue.queueUrl);
    this.deliveryQueue.grantSendMessages(this.sweeper);
    this.sweepRule = new Rule(this, 'SweepRule', {
      description: 'Queues webhook deliveries whose message was never known to be queued',
      schedule: Schedule.rate(SWEEP_INTERVAL),
      // A run not started before the next is due is dropped: the next one sweeps the same marks.
      targets: [new LambdaFunction(this.sweeper, { maxEventAge: SWEEP_INTERVAL, retryAttempts: 0 })],
    });
    Validations.of(this.sweepRule).acknowledge({
      id: 'Serverless-EventBusDLQ',
      reason: `A sweep event carries nothing to redrive: the next run, ${SWEEP_INTERVAL.toMinutes()} minutes later, sweeps the same marks (the marks are the sweeper's queue).`,
    });

    new CfnOutput(this, 'DeliveryDeadLetterQueueUrl', {
      key: 'DeliveryDeadLetterQueueUrl',
      value: this.deliveryDeadLetterQueue.queueUrl,
      description: 'Webhook deliveries whose handling failed five times (storage errors, not receiver failures)',
    });
    new CfnOutput(this, 'NotifierFailuresUrl', {
      key: 'NotifierFailuresUrl',
      value: this.notifierFailures.queueUrl,
      description: 'Stream batches the notifier failed on after its retries',
    });
  }

  /** Lets the function serving the watch routes subscribe a watch's address to the e-mail topic, and unsubscribe it. */
  allowEmailSubscriptions(watchRoutes: FactlineFunction): void {
    watchRoutes.addEnvironment(ENV.watchEmailTopicArn, this.emailTopic.topicArn);
    watchRoutes.addToRolePolicy(
      new PolicyStatement({
        actions: ['sns:Subscribe', 'sns:Unsubscribe'],
        // Unsubscribe names a subscription: the topic's ARN followed by ":<id>".
        resources: [this.emailTopic.topicArn, `${this.emailTopic.topicArn}:*`],
      }),
    );
    const topicId = Stack.of(this).getLogicalId(this.emailTopic.node.defaultChild as CfnElement);
    Validations.of(watchRoutes.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${topicId}>:*]`,
      reason: "Unsubscribe names a subscription, whose ARN is the topic's followed by its id: the subscriptions of this one topic only.",
    });
  }

  /** The notifier's failures, iterator age, both dead-letter queues and the dead-letter metric, on the stack's alarm topic. */
  addAlarms(alarms: Alarms): void {
    const minute = Duration.minutes(1);
    alarms.add(
      'NotifyIteratorAge',
      this.notifier.metric('IteratorAge', { statistic: 'Maximum', period: Duration.minutes(5) }),
      NOTIFY_ITERATOR_AGE_ALARM.toMilliseconds(),
      `The notifier is more than ${NOTIFY_ITERATOR_AGE_ALARM.toMinutes()} minutes behind the table's changes`,
    );
    alarms.add(
      'NotifierFailures',
      this.notifierFailures.metricApproximateNumberOfMessagesVisible({ period: minute, statistic: 'Maximum' }),
      0,
      'The notifier gave up on a batch of table changes (their watches were not told)',
    );
    alarms.add(
      'DeliveryDeadLetters',
      this.deliveryDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: minute, statistic: 'Maximum' }),
      0,
      'Webhook delivery messages failed five times (storage errors)',
    );
    alarms.add(
      'WebhookDeadLetters',
      new Metric({
        namespace: DEAD_LETTER_METRIC.namespace,
        metricName: DEAD_LETTER_METRIC.name,
        statistic: 'Sum',
        period: Duration.minutes(5),
      }),
      0,
      `A webhook event failed all ${DEFAULT_DELIVERY_POLICY.retryDelaysMs.length + 1} tries and is dead-lettered on its delivery record`,
    );
  }
}
