// factline on AWS: the table, seven functions, the REST API and its web ACL, the queue pipeline, the feed poll, the
// webhooks (stream notifier, deliverer and their sweeper), the alarms and the dashboard.
import { Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Alarms } from './constructs/alarms.js';
import { API_INTEGRATION_TIMEOUT, Api } from './constructs/api.js';
import { Dashboard } from './constructs/dashboard.js';
import { FactlineFunction } from './constructs/factline-function.js';
import { FeedPoll } from './constructs/feed-poll.js';
import { EXTRACT_MAX_CONCURRENCY, Pipeline } from './constructs/pipeline.js';
import { Storage } from './constructs/storage.js';
import { DELIVER_MAX_CONCURRENCY, Webhooks } from './constructs/webhooks.js';
import { LAMBDA_ENTRIES } from './lambda-bundling.js';

export const FEED_POLL_INTERVAL = Duration.minutes(5);

/**
 * Concurrency reserved per function: the API's 50 requests/s at tens of milliseconds each need a few;
 * writes fetch pages (up to 15 s); extraction matches the queue's maximum concurrency; one poll at a time;
 * the notifier reads the stream's shards (few); the deliverer matches its queue's maximum concurrency; one sweep at a time.
 * `cdk deploy -c reservedConcurrency=false` leaves them out, for accounts whose limit is still 10.
 */
export const RESERVED_CONCURRENCY = {
  api: 50,
  ingest: 10,
  extract: EXTRACT_MAX_CONCURRENCY,
  poll: 1,
  notify: 2,
  deliver: DELIVER_MAX_CONCURRENCY,
  sweep: 1,
} as const;

export class FactlineStack extends Stack {
  readonly storage: Storage;
  readonly apiFunction: FactlineFunction;
  readonly ingestFunction: FactlineFunction;
  readonly extractFunction: FactlineFunction;
  readonly pollFunction: FactlineFunction;
  readonly api: Api;
  readonly pipeline: Pipeline;
  readonly feedPoll: FeedPoll;
  readonly webhooks: Webhooks;
  readonly alarms: Alarms;
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const reserve = String(this.node.tryGetContext('reservedConcurrency') ?? 'true') !== 'false';
    const reserved = (name: keyof typeof RESERVED_CONCURRENCY) => (reserve ? { reservedConcurrency: RESERVED_CONCURRENCY[name] } : {});
    this.storage = new Storage(this, 'Storage');
    const { table } = this.storage;

    this.apiFunction = new FactlineFunction(this, 'ApiFunction', {
      entry: LAMBDA_ENTRIES.api,
      description: 'Serves the read routes of the factline HTTP API',
      timeout: Duration.seconds(10),
      invocation: { kind: 'sync' },
      servesPage: true,
      ...reserved('api'),
    });
    this.apiFunction.bindTable({ table, accessMode: 'RO' });

    this.ingestFunction = new FactlineFunction(this, 'IngestFunction', {
      entry: LAMBDA_ENTRIES.ingest,
      description: 'Stores articles and feeds posted to the API',
      // API Gateway stops waiting at API_INTEGRATION_TIMEOUT: past it a client would get 504 for a write still running.
      timeout: API_INTEGRATION_TIMEOUT,
      invocation: { kind: 'sync' },
      readsPages: true,
      ...reserved('ingest'),
    });
    this.ingestFunction.bindTable({ table, accessMode: 'RW' });

    this.extractFunction = new FactlineFunction(this, 'ExtractFunction', {
      entry: LAMBDA_ENTRIES.extract,
      description: 'Extracts numeric claims from queued articles and stores them',
      timeout: Duration.seconds(30),
      invocation: { kind: 'queue' },
      importsLazily: true,
      ...reserved('extract'),
    });
    this.extractFunction.bindTable({ table, accessMode: 'RW' });

    this.api = new Api(this, 'Api', { readFunction: this.apiFunction, writeFunction: this.ingestFunction });
    this.pipeline = new Pipeline(this, 'Pipeline', {
      producer: this.ingestFunction,
      consumer: this.extractFunction,
      maxConcurrency: EXTRACT_MAX_CONCURRENCY,
    });
    this.feedPoll = new FeedPoll(this, 'FeedPoll', {
      entry: LAMBDA_ENTRIES.poll,
      every: FEED_POLL_INTERVAL,
      table,
      articleQueue: this.pipeline.queue,
      ...reserved('poll'),
    });
    this.pollFunction = this.feedPoll.poller;

    this.webhooks = new Webhooks(this, 'Webhooks', {
      table,
      notifyEntry: LAMBDA_ENTRIES.notify,
      deliverEntry: LAMBDA_ENTRIES.deliver,
      sweepEntry: LAMBDA_ENTRIES.sweep,
      publicBaseUrl: (this.node.tryGetContext('publicBaseUrl') as string | undefined) ?? this.api.restApi.url,
      ...(reserve
        ? {
            reservedConcurrency: {
              notify: RESERVED_CONCURRENCY.notify,
              deliver: RESERVED_CONCURRENCY.deliver,
              sweep: RESERVED_CONCURRENCY.sweep,
            },
          }
        : {}),
    });

    this.webhooks.allowEmailSubscriptions(this.ingestFunction);

    const functions = {
      Api: this.apiFunction,
      Ingest: this.ingestFunction,
      Extract: this.extractFunction,
      Poll: this.pollFunction,
      Notify: this.webhooks.notifier,
      Deliver: this.webhooks.deliverer,
      Sweep: this.webhooks.sweeper,
    };
    const watched = {
      functions,
      api: this.api,
      articleQueue: this.pipeline.queue,
      deadLetterQueue: this.pipeline.deadLetterQueue,
      pollFailures: this.feedPoll.failures,
      table,
    };
    const email = this.node.tryGetContext('alarmEmail') as string | undefined;
    this.alarms = new Alarms(this, 'Alarms', { ...watched, ...(email ? { email } : {}) });
    this.webhooks.addAlarms(this.alarms);
    this.dashboard = new Dashboard(this, 'Dashboard', watched);
  }
}
