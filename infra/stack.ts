// factline on AWS: the table, three functions, the HTTP API, the queue pipeline, the feed poll and the alarms.
import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Alarms } from './constructs/alarms.js';
import { Api } from './constructs/api.js';
import { FactlineFunction } from './constructs/factline-function.js';
import { FeedPollSchedule } from './constructs/feed-poll-schedule.js';
import { Pipeline } from './constructs/pipeline.js';
import { Storage } from './constructs/storage.js';
import { LAMBDA_ENTRIES } from './lambda-bundling.js';

export const FEED_POLL_INTERVAL = Duration.minutes(5);

export class FactlineStack extends Stack {
  readonly storage: Storage;
  readonly apiFunction: FactlineFunction;
  readonly ingestFunction: FactlineFunction;
  readonly extractFunction: FactlineFunction;
  readonly api: Api;
  readonly pipeline: Pipeline;
  readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.storage = new Storage(this, 'Storage');
    const { table } = this.storage;

    this.apiFunction = new FactlineFunction(this, 'ApiFunction', {
      entry: LAMBDA_ENTRIES.api,
      description: 'Serves the read routes of the factline HTTP API',
      timeout: Duration.seconds(10),
    });
    this.apiFunction.bindTable({ table, accessMode: 'RO' });

    this.ingestFunction = new FactlineFunction(this, 'IngestFunction', {
      entry: LAMBDA_ENTRIES.ingest,
      description: 'Stores articles and feeds from the API and polls the feeds on a schedule',
      // A poll may fetch up to 50 feeds and their new pages (15 s limit each, 4 at a time): give it the
      // interval between polls. API requests are still cut off by API Gateway at 30 s.
      timeout: FEED_POLL_INTERVAL,
    });
    this.ingestFunction.bindTable({ table, accessMode: 'RW' });

    this.extractFunction = new FactlineFunction(this, 'ExtractFunction', {
      entry: LAMBDA_ENTRIES.extract,
      description: 'Extracts numeric claims from queued articles and stores them',
      timeout: Duration.seconds(30),
    });
    this.extractFunction.bindTable({ table, accessMode: 'RW' });

    this.api = new Api(this, 'Api', { readFunction: this.apiFunction, writeFunction: this.ingestFunction });
    this.pipeline = new Pipeline(this, 'Pipeline', { producer: this.ingestFunction, consumer: this.extractFunction });
    new FeedPollSchedule(this, 'FeedPoll', { poller: this.ingestFunction, every: FEED_POLL_INTERVAL });
    this.alarms = new Alarms(this, 'Alarms', {
      functions: { Api: this.apiFunction, Ingest: this.ingestFunction, Extract: this.extractFunction },
      deadLetterQueue: this.pipeline.deadLetterQueue,
      table,
    });
  }
}
