// The one place that decides how a factline Lambda runs; the stack only says what each function is for.
import { join } from 'node:path';
import { Stack, Validations, type Duration } from 'aws-cdk-lib';
import type { CfnTable, ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, SystemLogLevel } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ENV } from '../../shared/runtime/config.js';
import { LAMBDA_BUNDLING, LAMBDA_NODE_OPTIONS, LAMBDA_RUNTIME, PROJECT_ROOT } from '../lambda-bundling.js';

export const LOG_RETENTION = RetentionDays.ONE_MONTH;

export const SERVICE_NAME = 'factline';

export interface FactlineFunctionProps {
  /** The handler file, relative to the project root; it exports `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly timeout: Duration;
  /** More memory also buys CPU, which shortens cold starts. */
  readonly memorySize?: number;
}

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
      bundling: LAMBDA_BUNDLING,
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      environment: { NODE_OPTIONS: LAMBDA_NODE_OPTIONS, POWERTOOLS_SERVICE_NAME: SERVICE_NAME },
    });
    this.timeout = props.timeout;
    this.role = role;
    logGroup.grantWrite(role);
  }

  /** Names the table in the function's environment and grants exactly the access mode asked for. */
  bindTable({ table, accessMode }: TableBinding): void {
    this.addEnvironment(ENV.tableName, table.tableName);
    if (accessMode === 'RW') table.grantReadWriteData(this);
    else table.grantReadData(this);
    const tableLogicalId = Stack.of(table).getLogicalId(table.node.defaultChild as CfnTable);
    Validations.of(this.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
      reason: "Queries use the table's global secondary indexes; the wildcard covers this table's indexes only.",
    });
  }

  /** Lets the function send to the queue it finds in its environment. */
  bindQueue(queue: IQueue): void {
    this.addEnvironment(ENV.queueUrl, queue.queueUrl);
    queue.grantSendMessages(this);
  }

  /** Lets the function read the API token; no other function gets this grant. */
  bindApiTokenSecret(secret: ISecret): void {
    this.addEnvironment(ENV.apiTokenSecretArn, secret.secretArn);
    secret.grantRead(this);
  }
}
