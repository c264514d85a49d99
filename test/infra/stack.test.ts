// The synthesized CloudFormation template: what the stack promises about data safety, least privilege,
// the queue pipeline, routing and alarms. Bundling is off except in the one test that proves it works.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { App, Stack, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { FactlineStack } from '../../infra/stack.js';
import { API_THROTTLE, WRITE_ROUTE_THROTTLE } from '../../infra/constructs/api.js';
import { MAX_RECEIVE_COUNT } from '../../infra/constructs/pipeline.js';
import { createApp } from '../../shared/http/app.js';
import { HTML_WORKER_BUNDLE } from '../../shared/ingestion/html-parsing.js';
import { ENV } from '../../shared/runtime/config.js';
import { GLOBAL_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from '../../shared/store/schema.js';

type Resources = Record<string, { Properties: Record<string, any> }>;

// The feature flags `cdk synth` runs with, so the tests see the template that is deployed.
const CDK_JSON_CONTEXT = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')).context;

function synthesize({ bundling }: { bundling: boolean }): { app: App; stack: FactlineStack } {
  const app = new App({ context: { ...CDK_JSON_CONTEXT, ...(bundling ? {} : { 'aws:cdk:bundling-stacks': [] }) } });
  return { app, stack: new FactlineStack(app, 'Factline') };
}

function logicalId(construct: { node: { defaultChild?: unknown } }): string {
  return Stack.of(construct as never).getLogicalId(construct.node.defaultChild as CfnElement);
}

let stack: FactlineStack;
let template: Template;

beforeAll(() => {
  ({ stack } = synthesize({ bundling: false }));
  template = Template.fromStack(stack);
});

function roleActions(roleLogicalId: string): string[] {
  const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleLogicalId }] } }) as Resources;
  return Object.values(policies).flatMap((policy) =>
    policy.Properties.PolicyDocument.Statement.flatMap((statement: { Action: string | string[] }) => [statement.Action].flat()),
  );
}

function functionEnvironment(functionLogicalId: string): Record<string, unknown> {
  const lambda = (template.toJSON().Resources as Resources)[functionLogicalId]!;
  return lambda.Properties.Environment.Variables;
}

describe('the table', () => {
  it('has the keys and global indexes of shared/store/schema.ts, on demand, with TTL and encryption', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: TABLE_KEYS.partition, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sort, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: GLOBAL_INDEXES.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partition, KeyType: 'HASH' },
          { AttributeName: index.sort, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('keeps its data: point-in-time recovery, retained when the stack is deleted or the table replaced', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      }),
    });
  });
});

describe('the functions', () => {
  it('are three ESM bundles on Node.js 24 and arm64 with JSON logs and source maps', () => {
    template.resourceCountIs('AWS::Lambda::Function', 3);
    const functions = template.findResources('AWS::Lambda::Function') as Resources;
    for (const lambda of Object.values(functions)) {
      expect(lambda.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        LoggingConfig: { LogFormat: 'JSON' },
        Environment: { Variables: { NODE_OPTIONS: '--enable-source-maps', POWERTOOLS_SERVICE_NAME: 'factline' } },
      });
    }
  });

  it('each log to their own log group, kept for a month, as does the API access log', () => {
    template.resourceCountIs('AWS::Logs::LogGroup', 4);
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    for (const fn of [stack.apiFunction, stack.ingestFunction, stack.extractFunction]) {
      const logGroupId = logicalId(fn.logGroup);
      template.hasResourceProperties('AWS::Lambda::Function', {
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: logGroupId } },
      });
    }
  });

  it('all name the table; only ingest knows the queue and the token secret', () => {
    const environments = Object.fromEntries(
      (['apiFunction', 'ingestFunction', 'extractFunction'] as const).map((name) => [name, functionEnvironment(logicalId(stack[name]))]),
    );
    for (const environment of Object.values(environments)) {
      expect(environment[ENV.tableName]).toEqual({ Ref: logicalId(stack.storage.table) });
    }
    expect(environments.ingestFunction).toHaveProperty(ENV.queueUrl);
    expect(environments.ingestFunction).toHaveProperty(ENV.apiTokenSecretArn);
    for (const name of ['apiFunction', 'extractFunction']) {
      expect(environments[name]).not.toHaveProperty(ENV.queueUrl);
      expect(environments[name]).not.toHaveProperty(ENV.apiTokenSecretArn);
      expect(environments[name]).not.toHaveProperty(ENV.apiToken);
    }
  });
});

describe('least privilege', () => {
  const tableWrites = /^dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem|PartiQL(Insert|Update|Delete)|\*)$/;

  it('the api function can read the table but not write it', () => {
    const actions = roleActions(logicalId(stack.apiFunction.role));
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
    expect(actions.filter((action) => tableWrites.test(action))).toEqual([]);
  });

  it('the ingest and extract functions can write the table', () => {
    for (const fn of [stack.ingestFunction, stack.extractFunction]) {
      expect(roleActions(logicalId(fn.role))).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem']));
    }
  });

  it('only the ingest function reads the token secret, and only it sends on the queue', () => {
    const readsSecret = (fn: typeof stack.apiFunction) => roleActions(logicalId(fn.role)).includes('secretsmanager:GetSecretValue');
    const sendsMessages = (fn: typeof stack.apiFunction) => roleActions(logicalId(fn.role)).includes('sqs:SendMessage');
    expect([stack.apiFunction, stack.ingestFunction, stack.extractFunction].map(readsSecret)).toEqual([false, true, false]);
    expect([stack.apiFunction, stack.ingestFunction, stack.extractFunction].map(sendsMessages)).toEqual([false, true, false]);
  });

  it('functions write logs to their own log group only, with no AWS managed policy', () => {
    const roles = template.findResources('AWS::IAM::Role') as Resources;
    for (const role of Object.values(roles)) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    const logStatements = Object.values(template.findResources('AWS::IAM::Policy') as Resources)
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
      .filter((statement: { Action: string[] }) => [statement.Action].flat().some((action) => action.startsWith('logs:')));
    expect(logStatements).toHaveLength(3);
    for (const statement of logStatements) expect(statement.Resource).toEqual({ 'Fn::GetAtt': [expect.any(String), 'Arn'] });
  });
});

describe('the pipeline', () => {
  it('has an encrypted, TLS-only queue whose messages end in a dead-letter queue after a few receives', () => {
    template.resourceCountIs('AWS::SQS::Queue', 2);
    const queueId = logicalId(stack.pipeline.queue);
    const deadLetterId = logicalId(stack.pipeline.deadLetterQueue);
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [deadLetterId, 'Arn'] }, maxReceiveCount: MAX_RECEIVE_COUNT },
      SqsManagedSseEnabled: true,
    });
    for (const id of [queueId, deadLetterId]) {
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('keeps a message invisible for at least six times the extract timeout', () => {
    const queue = (template.toJSON().Resources as Resources)[logicalId(stack.pipeline.queue)]!;
    expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * stack.extractFunction.timeout.toSeconds());
  });

  it('feeds the extract function in batches that report their failed items', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.pipeline.queue), 'Arn'] },
      FunctionName: { Ref: logicalId(stack.extractFunction) },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumBatchingWindowInSeconds: Match.anyValue(),
    });
  });

  it('polls the feeds every five minutes through the ingest function', () => {
    template.resourceCountIs('AWS::Events::Rule', 1);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalId(stack.ingestFunction), 'Arn'] } })],
    });
  });
});

describe('the HTTP API', () => {
  function routeTargets(): Record<string, string> {
    const resources = template.toJSON().Resources as Resources;
    const integrationFunction = (integrationId: string) => resources[integrationId]!.Properties.IntegrationUri['Fn::GetAtt'][0];
    return Object.fromEntries(
      Object.values(template.findResources('AWS::ApiGatewayV2::Route') as Resources).map((route) => {
        const integrationId = route.Properties.Target['Fn::Join'][1][1].Ref;
        return [route.Properties.RouteKey, integrationFunction(integrationId)];
      }),
    );
  }

  it('sends the token routes to the ingest function and everything else to the api function', () => {
    const ingest = logicalId(stack.ingestFunction);
    expect(routeTargets()).toEqual({
      $default: logicalId(stack.apiFunction),
      'POST /articles': ingest,
      'ANY /feeds': ingest,
      'ANY /feeds/{proxy+}': ingest,
    });
  });

  it("routes each of the app's write or token-protected operations to the ingest function", async () => {
    const unused = () => Promise.reject(new Error('not called while documenting the API'));
    const app = createApp({ store: {} as never, feeds: {} as never, apiToken: unused, ingest: unused, articleInputFromUrl: unused });
    const openApi = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const ingestRouteKeys = Object.entries(routeTargets())
      .filter(([, target]) => target === logicalId(stack.ingestFunction))
      .map(([routeKey]) => routeKey);
    // API Gateway's matching: ANY takes every method, {proxy+} the rest of the path, {name} one segment.
    const takenByIngest = (method: string, path: string) =>
      ingestRouteKeys.some((routeKey) => {
        const [routeMethod, routePath] = routeKey.split(' ') as [string, string];
        const pattern = new RegExp(`^${routePath.replace('{proxy+}', '.+').replace(/\{[^}]+\}/g, '[^/]+')}$`);
        return (routeMethod === 'ANY' || routeMethod === method.toUpperCase()) && pattern.test(path);
      });
    const needingIngest = Object.entries(openApi.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([method, operation]) => method !== 'get' || (operation.security?.length ?? 0) > 0)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(needingIngest.length).toBeGreaterThan(0);
    expect(needingIngest.filter((operation) => !takenByIngest(...(operation.split(' ') as [string, string])))).toEqual([]);
  });

  it('throttles the stage, and the token routes (writes) to a fraction of it', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: API_THROTTLE.rateLimit, ThrottlingBurstLimit: API_THROTTLE.burstLimit },
      RouteSettings: Object.fromEntries(
        ['POST /articles', 'ANY /feeds', 'ANY /feeds/{proxy+}'].map((routeKey) => [
          routeKey,
          { ThrottlingRateLimit: WRITE_ROUTE_THROTTLE.rateLimit, ThrottlingBurstLimit: WRITE_ROUTE_THROTTLE.burstLimit },
        ]),
      ),
    });
    expect(WRITE_ROUTE_THROTTLE.rateLimit).toBeLessThan(API_THROTTLE.rateLimit);
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0] as { DependsOn?: string[] };
    const routeIds = Object.entries(template.findResources('AWS::ApiGatewayV2::Route') as Resources)
      .filter(([, route]) => route.Properties.RouteKey !== '$default')
      .map(([id]) => id);
    expect(stage.DependsOn).toEqual(expect.arrayContaining(routeIds));
  });

  it('serves on the $default stage, so rawPath carries no stage name, with access logging', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.anyValue(), 'Arn'] },
        Format: Match.stringLikeRegexp('\\$context\\.requestId'),
      },
    });
  });

  it('generates the token in Secrets Manager, so no token is in the repository or the template', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
      SecretString: Match.absent(),
    });
  });
});

describe('alarms and outputs', () => {
  it('alarm on dead letters, function errors and throttles, and table throttles, to an encrypted topic', () => {
    const topicId = logicalId(stack.alarms.topic);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm') as Resources).map((alarm) => alarm.Properties);
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);

    const watched = alarms.map((alarm) =>
      alarm.MetricName
        ? `${alarm.MetricName} ${alarm.Dimensions[0].Value.Ref ?? alarm.Dimensions[0].Value['Fn::GetAtt'][0]}`
        : alarm.Metrics.filter((metric: any) => metric.MetricStat).map((metric: any) => metric.MetricStat.Metric.MetricName).join('+'),
    );
    const functions = [stack.apiFunction, stack.ingestFunction, stack.extractFunction].map(logicalId);
    expect(watched.sort()).toEqual(
      [
        `ApproximateNumberOfMessagesVisible ${logicalId(stack.pipeline.deadLetterQueue)}`,
        ...functions.flatMap((fn) => [`Errors ${fn}`, `Throttles ${fn}`]),
        'ReadThrottleEvents+WriteThrottleEvents',
      ].sort(),
    );
  });

  it('output the API URL, the token secret ARN, the alarm topic ARN and the dead-letter queue ARN', () => {
    expect(Object.keys(template.toJSON().Outputs).sort()).toEqual(['AlarmTopicArn', 'ApiTokenSecretArn', 'ApiUrl', 'DeadLetterQueueArn']);
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing that is not acknowledged with a reason', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(report.violations.map((violation) => `${violation.ruleName}: ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`)).toEqual([]);
    expect(report.success).toBe(true);
  });
});

describe('bundling', () => {
  it('builds each handler into an ESM bundle with the AWS SDK inside and a source map without sources, the parser worker beside it', () => {
    const { app } = synthesize({ bundling: true });
    const assembly = app.synth();
    try {
      const bundles = readdirSync(assembly.directory)
        .filter((name) => name.startsWith('asset.'))
        .map((name) => join(assembly.directory, name, 'index.mjs'))
        .filter((bundle) => existsSync(bundle));
      expect(bundles).toHaveLength(3);
      for (const bundle of bundles) {
        const code = readFileSync(bundle, 'utf8');
        expect(code.startsWith("import{createRequire}from'module';")).toBe(true);
        expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
        const sourceMap = JSON.parse(readFileSync(`${bundle}.map`, 'utf8'));
        expect(sourceMap.mappings.length).toBeGreaterThan(0);
        expect(sourceMap.sourcesContent).toBeUndefined();
        // The worker html-parsing.ts starts, bundled beside the handler; the handler itself carries no DOM.
        expect(readFileSync(join(dirname(bundle), HTML_WORKER_BUNDLE), 'utf8')).toContain('Readability');
        expect(code).not.toContain('Readability');
      }
    } finally {
      rmSync(assembly.directory, { recursive: true, force: true });
    }
  }, 120_000); // three functions, each bundled twice (handler and worker), on a shared machine
});
