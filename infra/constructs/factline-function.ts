// The one place that decides how a factline Lambda runs; the stack only says what each function is for.
import { join } from 'node:path';
import { Validations, type Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, SystemLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ENV } from '../../shared/runtime/config.js';
import { GLOBAL_INDEXES } from '../../shared/store/schema.js';
import { lambdaBundling, LAMBDA_RUNTIME, PROJECT_ROOT } from '../lambda-bundling.js';

export const LOG_RETENTION = RetentionDays.ONE_MONTH;

export const SERVICE_NAME = 'factline';

/** Why a scheduled function has no failure destination and no dead-letter queue (both cdk-nag rules ask for one). */
const SCHEDULED_RUN_NEEDS_NO_REDRIVE =
  'A scheduled run carries nothing to redrive: the next run is the retry, and the Errors alarm reports a failed run.';

export interface FactlineFunctionProps {
  /** The handler file, relative to the project root; it exports `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly timeout: Duration;
  /** More memory also buys CPU, which shortens cold starts. */
  readonly memorySize?: number;
  /**
   * Concurrent executions kept for this function and never exceeded, so one function cannot starve
   * another; undefined draws from the account's unreserved pool (accounts whose limit is 10 cannot reserve).
   */
  readonly reservedConcurrency?: number;
  /**
   * How the function is invoked. 'async' (EventBridge): no retries, a failed event goes to the
   * destination queue. 'schedule' (EventBridge, a run whose event carries nothing to redrive): no retries,
   * the next run is the retry and the Errors alarm says one failed. 'sync' (API Gateway) and 'queue' (an
   * SQS event source with its own redrive policy) have no asynchronous failures to catch.
   */
  readonly invocation: { kind: 'sync' | 'queue' | 'stream' | 'schedule' } | { kind: 'async'; onFailure: IQueue };
  /** The function reads pages or feeds (shared/ingestion/html-parsing.ts): the parser worker is built beside its handler. */
  readonly readsPages?: boolean;
  /** The function serves the web page: its built files go into the asset beside the handler. */
  readonly servesPage?: boolean;
  /** The function imports LAMBDA_LAZY_MODULES on first use (extract's dead-letter sender): they are built beside its handler. */
  readonly importsLazily?: boolean;
}

/** The actions the store uses (shared/store); no Scan, no streams, no DescribeTable (the stack creates the table). */
const TABLE_READS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
const TABLE_WRITES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

export interface TableBinding {
  readonly table: ITable;
  /** RO grants reads only: a function that only serves data cannot change it. */
  readonly accessMode: 'RO' | 'RW';
}

export class FactlineFunction extends NodejsFunction {
  // Narrowed from optional: always set here, and the queue's visibility timeout is sized from it.
  override readonly timeout: Duration;
  override readonly role: Role;

  constructor(scope: Construct, id: string, props: FactlineFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: LOG_RETENTION });
    // Our own role instead of AWSLambdaBasicExecutionRole: it may write to this function's log group only.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the factline ${id} function`,
    });
    super(scope, id, {
      entry: join(PROJECT_ROOT, props.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      description: props.description,
      runtime: LAMBDA_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout,
      bundling: lambdaBundling({ readsPages: props.readsPages, servesPage: props.servesPage, importsLazily: props.importsLazily }),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      environment: { POWERTOOLS_SERVICE_NAME: SERVICE_NAME },
      tracing: Tracing.ACTIVE,
      ...(props.reservedConcurrency === undefined ? {} : { reservedConcurrentExecutions: props.reservedConcurrency }),
      ...(props.invocation.kind === 'async' ? { retryAttempts: 0, onFailure: new SqsDestination(props.invocation.onFailure) } : {}),
      ...(props.invocation.kind === 'schedule' ? { retryAttempts: 0 } : {}),
    });
    if (props.invocation.kind === 'schedule') {
      Validations.of(this).acknowledge({
        id: 'Serverless-LambdaAsyncFailureDestination',
        reason: SCHEDULED_RUN_NEEDS_NO_REDRIVE,
      });
    }
    this.timeout = props.timeout;
    this.role = role;
    logGroup.grantWrite(role);
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray tracing: xray:PutTraceSegments and PutTelemetryRecords support no resource-level permissions.',
    });
    Validations.of(this).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        props.invocation.kind === 'async'
          ? 'Asynchronous failures go to an on-failure destination (SQS), which keeps the event and the error; a dead-letter config would duplicate it.'
          : props.invocation.kind === 'sync'
            ? 'Invoked synchronously by API Gateway: the caller gets the error; a function DLQ only applies to asynchronous invocations.'
            : props.invocation.kind === 'stream'
              ? "Invoked by a DynamoDB stream event source mapping: failed batches go to the mapping's on-failure destination (SQS)."
              : props.invocation.kind === 'schedule'
                ? SCHEDULED_RUN_NEEDS_NO_REDRIVE
                : "Invoked by an SQS event source mapping: failed messages go to the queue's own dead-letter queue (redrive policy).",
    });
  }

  /**
   * Names the table in the function's environment and grants the store's reads (RO) or reads and
   * writes (RW): on the table, and Query on each index by name (no /index/* wildcard).
   */
  bindTable({ table, accessMode }: TableBinding): void {
    this.addEnvironment(ENV.tableName, table.tableName);
    const indexArns = GLOBAL_INDEXES.map((index) => `${table.tableArn}/index/${index.name}`);
    this.addToRolePolicy(new PolicyStatement({ actions: TABLE_READS, resources: [table.tableArn] }));
    this.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: indexArns }));
    if (accessMode === 'RW') this.addToRolePolicy(new PolicyStatement({ actions: TABLE_WRITES, resources: [table.tableArn] }));
  }

  /**
   * Names the table and grants exactly these actions on it, and Query on these indexes only: for the
   * functions that use a few store operations (the notifier and the deliverer), not all of them.
   */
  bindTableActions({ table, actions, queriedIndexes = [] }: { table: ITable; actions: string[]; queriedIndexes?: string[] }): void {
    this.addEnvironment(ENV.tableName, table.tableName);
    if (actions.length)
      this.addToRolePolicy(new PolicyStatement({ actions: actions.map((action) => `dynamodb:${action}`), resources: [table.tableArn] }));
    if (queriedIndexes.length) {
      this.addToRolePolicy(
        new PolicyStatement({ actions: ['dynamodb:Query'], resources: queriedIndexes.map((index) => `${table.tableArn}/index/${index}`) }),
      );
    }
  }

  /**
   * Consumes the queue in batches of ten and reports the messages it failed on; a message that keeps
   * failing goes to the queue's own dead-letter queue, as SQS sources take no on-failure destination.
   */
  consumeQueue(queue: IQueue, options: { maxConcurrency: number; maxBatchingWindow?: Duration }): void {
    this.addEventSource(new SqsEventSource(queue, { batchSize: 10, reportBatchItemFailures: true, ...options }));
    Validations.of(this).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        "Lambda supports no on-failure destination for SQS sources; the queue's redrive policy sends failed messages to its dead-letter queue.",
    });
  }

  /** Lets the function send what it can never read straight to its own dead-letter queue (shared/queue/dead-letters.ts). */
  bindDeadLetterQueue(queue: IQueue): void {
    this.addEnvironment(ENV.deadLetterQueueUrl, queue.queueUrl);
    queue.grantSendMessages(this);
  }

  /** Lets the function send to the queue it finds in its environment. */
  bindQueue(queue: IQueue): void {
    this.addEnvironment(ENV.queueUrl, queue.queueUrl);
    queue.grantSendMessages(this);
  }

  /** Lets the function sign and check pagination cursors with the deployed key. */
  bindCursorSecret(secret: ISecret): void {
    this.addEnvironment(ENV.cursorSecretArn, secret.secretArn);
    secret.grantRead(this);
  }

  /** Lets the function read the API token; no other function gets this grant. */
  bindApiTokenSecret(secret: ISecret): void {
    this.addEnvironment(ENV.apiTokenSecretArn, secret.secretArn);
    secret.grantRead(this);
  }
}
