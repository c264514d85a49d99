// Tells the operator when something is lost, failing or held back, to one encrypted topic that only
// this account's CloudWatch alarms may publish to. docs/operations.md says what each alarm means.
import { Aws, CfnOutput, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Api } from './api.js';
import type { FactlineFunction } from './factline-function.js';

export interface AlarmsProps {
  /** Watched for errors, throttles and ERROR log lines, named as they appear in the alarm names. */
  readonly functions: Record<string, FactlineFunction>;
  /** The REST API's stage and its web ACL. */
  readonly api: Api;
  readonly articleQueue: IQueue;
  readonly deadLetterQueue: IQueue;
  /** Failed feed polls and undeliverable schedule events. */
  readonly pollFailures: IQueue;
  readonly table: ITable;
  /** Subscribed to the topic when given (`cdk deploy -c alarmEmail=ops@example.com`); AWS asks it to confirm. */
  readonly email?: string;
}

const PERIOD = Duration.minutes(5);
/** Where the ERROR log line counts are published. */
export const LOG_METRIC_NAMESPACE = 'factline';
/** 5xx answers in five minutes that raise the alarm: one is a blip, five mean something is down. */
export const API_5XX_THRESHOLD = 5;
export const API_P99_LATENCY_MS = 3000;
/**
 * Requests the web ACL refused in five minutes that raise the alarm: a client over its limit for most of
 * that time (a read client at WAF_RATE_LIMITS.readsPerIp a minute is refused about this many times).
 */
export const WAF_BLOCKED_THRESHOLD = 1000;
/** Extraction takes seconds: an article waiting this long means the consumer is stuck or starved. */
export const QUEUE_AGE_THRESHOLD = Duration.minutes(15);

export class Alarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];
  private readonly notify: SnsAction;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const { functions, api, articleQueue, deadLetterQueue, pollFailures, table } = props;
    // Only this account's alarms may use the key and the topic (no confused deputy).
    const fromOurAlarms = {
      StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
      ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:cloudwatch:${Aws.REGION}:${Aws.ACCOUNT_ID}:alarm:*` },
    };
    const cloudWatch = new ServicePrincipal('cloudwatch.amazonaws.com');
    // A key of our own: CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key.
    const topicKey = new Key(this, 'TopicKey', {
      description: 'Encrypts the factline alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    topicKey.addToResourcePolicy(
      new PolicyStatement({
        principals: [cloudWatch],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: fromOurAlarms,
      }),
    );
    this.topic = new Topic(this, 'Topic', { displayName: 'factline alarms', masterKey: topicKey, enforceSSL: true });
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [cloudWatch],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: fromOurAlarms,
      }),
    );
    if (props.email) this.topic.addSubscription(new EmailSubscription(props.email));
    this.notify = new SnsAction(this.topic);
    const alarm = this.add.bind(this);

    alarm(
      'DeadLetters',
      deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      0,
      'Articles failed extraction five times, or a message could never be read, and wait in the dead-letter queue',
    );
    alarm(
      'PollFailures',
      pollFailures.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum' }),
      0,
      'A feed poll failed as a whole, or EventBridge could not start it',
    );
    alarm(
      'QueueAge',
      articleQueue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: 'Maximum' }),
      QUEUE_AGE_THRESHOLD.toSeconds(),
      `An article has waited more than ${QUEUE_AGE_THRESHOLD.toMinutes()} minutes for extraction`,
    );
    // Unexpected errors become 500 answers, so the invocation succeeds: the API's own 5xx count sees them.
    const stage = api.restApi.deploymentStage;
    alarm(
      'Api5xx',
      stage.metricServerError({ statistic: 'Sum', period: PERIOD }),
      API_5XX_THRESHOLD - 1,
      `The API answered ${API_5XX_THRESHOLD} or more 5xx in five minutes`,
    );
    alarm(
      'ApiLatencyP99',
      stage.metricLatency({ statistic: 'p99', period: PERIOD }),
      API_P99_LATENCY_MS,
      `The API's p99 latency stayed above ${API_P99_LATENCY_MS} ms for 15 minutes`,
      3,
    );
    alarm(
      'ApiRateLimited',
      api.metricBlockedRequests({ statistic: 'Sum', period: PERIOD }),
      WAF_BLOCKED_THRESHOLD,
      `The web ACL refused more than ${WAF_BLOCKED_THRESHOLD} requests in five minutes (429, a client over its rate limit)`,
    );
    for (const [name, fn] of Object.entries(functions)) {
      alarm(`${name}Errors`, fn.metricErrors({ period: PERIOD }), 0, `The ${name} function failed`);
      alarm(`${name}Throttles`, fn.metricThrottles({ period: PERIOD }), 0, `The ${name} function was throttled`);
      // Handled failures (a 500 answer, a failed extraction that is retried) log at ERROR without failing the invocation.
      const errorLines = new MetricFilter(this, `${name}ErrorLogLines`, {
        logGroup: fn.logGroup,
        filterPattern: FilterPattern.stringValue('$.level', '=', 'ERROR'),
        metricNamespace: LOG_METRIC_NAMESPACE,
        metricName: `${name}ErrorLogLines`,
        metricValue: '1',
      });
      alarm(`${name}ErrorLogs`, errorLines.metric({ statistic: 'Sum', period: PERIOD }), 0, `The ${name} function logged an ERROR line`);
    }
    alarm(
      'TableThrottles',
      new MathExpression({
        expression: 'reads + writes',
        label: 'Throttled reads and writes',
        period: PERIOD,
        usingMetrics: {
          reads: table.metric('ReadThrottleEvents', { statistic: 'Sum', period: PERIOD }),
          writes: table.metric('WriteThrottleEvents', { statistic: 'Sum', period: PERIOD }),
        },
      }),
      0,
      'DynamoDB throttled factline requests (the SDK retries them; sustained throttling delays ingestion)',
    );

    new CfnOutput(this, 'TopicArn', {
      key: 'AlarmTopicArn',
      value: this.topic.topicArn,
      description: 'Subscribe to this topic to receive factline alarms',
    });
  }

  /** An alarm on the topic: raised above `threshold`, and said again when it recovers. */
  add(alarmId: string, metric: IMetric, threshold: number, description: string, evaluationPeriods = 1): Alarm {
    const created = new Alarm(this, alarmId, {
      metric,
      threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `${description} (docs/operations.md#${alarmId.toLowerCase()})`,
    });
    created.addAlarmAction(this.notify);
    created.addOkAction(this.notify);
    this.alarms.push(created);
    return created;
  }
}
