// One CloudWatch dashboard with what the operator watches (docs/operations.md#dashboards): the API's
// traffic, errors and latency; each function's invocations, errors, duration and concurrency; the
// queues; the table's capacity and throttles.
import { Duration, Stack } from 'aws-cdk-lib';
import { Dashboard as CloudWatchDashboard, GraphWidget, TextWidget, type Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Api } from './api.js';

export interface DashboardProps {
  readonly functions: Record<string, IFunction>;
  readonly api: Api;
  readonly articleQueue: IQueue;
  readonly deadLetterQueue: IQueue;
  readonly pollFailures: IQueue;
  readonly table: ITable;
}

const PERIOD = Duration.minutes(5);

export class Dashboard extends Construct {
  readonly dashboard: CloudWatchDashboard;

  constructor(scope: Construct, id: string, { functions, api, articleQueue, deadLetterQueue, pollFailures, table }: DashboardProps) {
    super(scope, id);
    const stage = (metricName: string, statistic: string, label: string) =>
      api.restApi.deploymentStage.metric(metricName, { statistic, period: PERIOD, label });
    const perFunction = (metric: (fn: IFunction) => Metric) =>
      Object.entries(functions).map(([name, fn]) => metric(fn).with({ label: name }));
    // Named after the stack, so the operator finds it by name (docs/operations.md#dashboards).
    this.dashboard = new CloudWatchDashboard(this, 'Dashboard', {
      dashboardName: Stack.of(this).stackName,
      defaultInterval: Duration.hours(24),
    });
    this.dashboard.addWidgets(
      new TextWidget({ markdown: '# factline\nWhat each alarm means and what to do: docs/operations.md', width: 24, height: 2 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'API requests and errors',
        left: [stage('Count', 'Sum', 'requests')],
        right: [stage('4XXError', 'Sum', '4xx'), stage('5XXError', 'Sum', '5xx')],
      }),
      new GraphWidget({
        title: 'API latency (ms)',
        left: [stage('Latency', 'p50', 'p50'), stage('Latency', 'p99', 'p99'), stage('IntegrationLatency', 'p99', 'integration p99')],
      }),
      new GraphWidget({
        title: 'Rate limits: requests refused (429) by the web ACL, per rule',
        left: api.rateRuleNames.map((rule) => api.metricBlockedRequests({ statistic: 'Sum', period: PERIOD, label: rule }, rule)),
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({ title: 'Invocations', left: perFunction((fn) => fn.metricInvocations({ period: PERIOD })) }),
      new GraphWidget({
        title: 'Errors and throttles',
        left: perFunction((fn) => fn.metricErrors({ period: PERIOD })),
        right: perFunction((fn) => fn.metricThrottles({ period: PERIOD })),
      }),
      new GraphWidget({ title: 'Duration p99 (ms)', left: perFunction((fn) => fn.metricDuration({ period: PERIOD, statistic: 'p99' })) }),
      new GraphWidget({
        title: 'Concurrent executions',
        left: perFunction((fn) => fn.metric('ConcurrentExecutions', { period: PERIOD, statistic: 'Maximum' })),
      }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Extraction queue',
        left: [articleQueue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, label: 'waiting' })],
        right: [articleQueue.metricApproximateAgeOfOldestMessage({ period: PERIOD, label: 'oldest (s)' })],
      }),
      new GraphWidget({
        title: 'Dead letters',
        left: [
          deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum', label: 'extraction' }),
          pollFailures.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum', label: 'feed poll' }),
        ],
      }),
      new GraphWidget({
        title: 'Table capacity and throttles',
        left: [
          table.metricConsumedReadCapacityUnits({ period: PERIOD, label: 'read units' }),
          table.metricConsumedWriteCapacityUnits({ period: PERIOD, label: 'write units' }),
        ],
        right: [
          table.metric('ReadThrottleEvents', { statistic: 'Sum', period: PERIOD, label: 'read throttles' }),
          table.metric('WriteThrottleEvents', { statistic: 'Sum', period: PERIOD, label: 'write throttles' }),
        ],
      }),
    );
  }
}
