// Runs the feed poll on a fixed rate; the target receives EventBridge's "Scheduled Event".
import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export interface FeedPollScheduleProps {
  readonly poller: IFunction;
  readonly every: Duration;
}

export class FeedPollSchedule extends Construct {
  readonly rule: Rule;

  constructor(scope: Construct, id: string, { poller, every }: FeedPollScheduleProps) {
    super(scope, id);
    this.rule = new Rule(this, 'Rule', {
      description: 'Polls the configured news feeds',
      schedule: Schedule.rate(every),
      // A poll that could not be delivered before the next one is due is dropped, not queued behind it.
      targets: [new LambdaFunction(poller, { maxEventAge: every })],
    });
  }
}
