// Tells the operator when something is lost or held back: dead letters, function errors and throttles.
import { CfnOutput, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface AlarmsProps {
  /** Watched for errors and throttles, named as they appear in the alarm names. */
  readonly functions: Record<string, IFunction>;
  readonly deadLetterQueue: IQueue;
  readonly table: ITable;
}

const PERIOD = Duration.minutes(5);

export class Alarms extends Construct {
  readonly topic: Topic;

  constructor(scope: Construct, id: string, { functions, deadLetterQueue, table }: AlarmsProps) {
    super(scope, id);
    // A key of our own: CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key.
    const topicKey = new Key(this, 'TopicKey', {
      description: 'Encrypts the factline alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    topicKey.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'Topic', { displayName: 'factline alarms', masterKey: topicKey, enforceSSL: true });
    const notify = new SnsAction(this.topic);

    const alarmWhenAboveZero = (alarmId: string, metric: IMetric, description: string) => {
      const alarm = new Alarm(this, alarmId, {
        metric,
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      alarm.addAlarmAction(notify);
      alarm.addOkAction(notify);
    };

    alarmWhenAboveZero(
      'DeadLetters',
      deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      'Articles failed extraction three times and wait in the dead-letter queue',
    );
    for (const [name, fn] of Object.entries(functions)) {
      alarmWhenAboveZero(`${name}Errors`, fn.metricErrors({ period: PERIOD }), `The ${name} function failed`);
      alarmWhenAboveZero(`${name}Throttles`, fn.metricThrottles({ period: PERIOD }), `The ${name} function was throttled`);
    }
    alarmWhenAboveZero(
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
      'DynamoDB throttled factline requests (the SDK retries them; sustained throttling delays ingestion)',
    );

    new CfnOutput(this, 'TopicArn', {
      key: 'AlarmTopicArn',
      value: this.topic.topicArn,
      description: 'Subscribe to this topic to receive factline alarms',
    });
  }
}
