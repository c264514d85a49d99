// The synthesized CloudFormation template: what the stack promises about data safety, least privilege,
// the queue pipeline, routing and alarms. Bundling is off except in the one test that proves it works.
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { App, Stack, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { FactlineStack } from '../../infra/stack.js';
import type { FactlineFunction } from '../../infra/constructs/factline-function.js';
import { API_5XX_THRESHOLD, QUEUE_AGE_THRESHOLD, WAF_BLOCKED_THRESHOLD } from '../../infra/constructs/alarms.js';
import { API_STAGE_NAME, API_THROTTLE, WRITE_METHODS, WRITE_ROUTE_THROTTLE } from '../../infra/constructs/api.js';
import { LOCAL_RATE_LIMITS, WAF_RATE_LIMITS, WAF_RETRY_AFTER_SECONDS, WAF_WINDOW_SECONDS } from '../../shared/http/rate-limit.js';
import { EXTRACT_MAX_CONCURRENCY, MAX_RECEIVE_COUNT } from '../../infra/constructs/pipeline.js';
import { DELIVERY_MAX_RECEIVE_COUNT, NOTIFY_MAX_RECORD_AGE, NOTIFY_RETRY_ATTEMPTS } from '../../infra/constructs/webhooks.js';
import { DEAD_LETTER_METRIC, DELIVERY_CLAIM_MS } from '../../shared/watches/deliverer.js';
import { POLL_FINISH_MARGIN_MS } from '../../shared/pipeline/poll-feeds.js';
import { TOKEN_ROUTES } from '../../shared/http/token-routes.js';
import { createApp } from '../../shared/http/app.js';
import { HTML_WORKER_BUNDLE } from '../../shared/ingestion/html-parsing.js';
import { DEAD_LETTER_SENDER_BUNDLE } from '../../shared/runtime/aws-dead-letter-wiring.js';
import { ENV } from '../../shared/runtime/config.js';
import { GLOBAL_INDEXES, INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from '../../shared/store/schema.js';

type Resources = Record<string, { Properties: Record<string, any> }>;

// The feature flags `cdk synth` runs with, so the tests see the template that is deployed.
const CDK_JSON_CONTEXT = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')).context;

function synthesize({ bundling, context = {} }: { bundling: boolean; context?: Record<string, unknown> }): {
  app: App;
  stack: FactlineStack;
} {
  const app = new App({ context: { ...CDK_JSON_CONTEXT, ...(bundling ? {} : { 'aws:cdk:bundling-stacks': [] }), ...context } });
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

/** The stack's seven functions. */
function everyFunction(): FactlineFunction[] {
  return [
    stack.apiFunction,
    stack.ingestFunction,
    stack.extractFunction,
    stack.pollFunction,
    stack.webhooks.notifier,
    stack.webhooks.deliverer,
    stack.webhooks.sweeper,
  ];
}

interface PolicyStatement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

/** Every statement of the policies attached to one role. */
function roleStatements(roleLogicalId: string): PolicyStatement[] {
  const policies = template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleLogicalId }] } }) as Resources;
  return Object.values(policies).flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

function roleActions(roleLogicalId: string): string[] {
  return roleStatements(roleLogicalId).flatMap((statement) => [statement.Action].flat());
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
  it('are seven ESM bundles on Node.js 24 and arm64 with JSON logs, X-Ray tracing and no --enable-source-maps (maps read on the first stack)', () => {
    template.resourceCountIs('AWS::Lambda::Function', 7);
    const functions = template.findResources('AWS::Lambda::Function') as Resources;
    for (const lambda of Object.values(functions)) {
      expect(lambda.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        LoggingConfig: { LogFormat: 'JSON' },
        Environment: { Variables: { POWERTOOLS_SERVICE_NAME: 'factline' } },
        TracingConfig: { Mode: 'Active' },
      });
      expect(lambda.Properties.Environment.Variables).not.toHaveProperty('NODE_OPTIONS');
    }
  });

  it('each reserve their concurrency, so one cannot starve another; the queue drives extraction no harder than its reservation', () => {
    const reserved = (fn: typeof stack.apiFunction) =>
      (template.toJSON().Resources as Resources)[logicalId(fn)]!.Properties.ReservedConcurrentExecutions;
    expect([stack.apiFunction, stack.ingestFunction, stack.extractFunction, stack.pollFunction].map(reserved)).toEqual([
      50,
      10,
      EXTRACT_MAX_CONCURRENCY,
      1,
    ]);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', { ScalingConfig: { MaximumConcurrency: EXTRACT_MAX_CONCURRENCY } });
    // Accounts still at the default limit of 10 cannot reserve any: the context switch leaves it out.
    const small = Template.fromStack(synthesize({ bundling: false, context: { reservedConcurrency: 'false' } }).stack);
    for (const lambda of Object.values(small.findResources('AWS::Lambda::Function') as Resources)) {
      expect(lambda.Properties.ReservedConcurrentExecutions).toBeUndefined();
    }
  });

  it('poll the feeds in their own function: no async retries, failures to a queue, a timeout the poll budget fits in', () => {
    const pollId = logicalId(stack.pollFunction);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: pollId },
      MaximumRetryAttempts: 0,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(stack.feedPoll.failures), 'Arn'] } } },
    });
    // The poll's, and the sweeper's (no retries, no destination: SweepFunction below).
    template.resourceCountIs('AWS::Lambda::EventInvokeConfig', 2);
    expect(stack.pollFunction.timeout.toMilliseconds()).toBeGreaterThan(POLL_FINISH_MARGIN_MS);
    // The write API no longer waits for polls: it times out when API Gateway stops waiting (29 s), not after.
    expect(stack.ingestFunction.timeout.toSeconds()).toBe(29);
    const proxyMethods = Object.values(template.findResources('AWS::ApiGateway::Method') as Resources).filter(
      (method) => method.Properties.Integration?.Type === 'AWS_PROXY',
    );
    expect(proxyMethods.length).toBeGreaterThan(0);
    for (const method of proxyMethods) expect(method.Properties.Integration.TimeoutInMillis).toBe(29_000);
  });

  it('each log to their own log group, kept for a month; the API access log is kept 90 days', () => {
    template.resourceCountIs('AWS::Logs::LogGroup', 8);
    const retention = Object.values(template.findResources('AWS::Logs::LogGroup') as Resources).map(
      (group) => group.Properties.RetentionInDays,
    );
    expect(retention.sort()).toEqual([30, 30, 30, 30, 30, 30, 30, 90]);
    for (const fn of everyFunction()) {
      const logGroupId = logicalId(fn.logGroup);
      template.hasResourceProperties('AWS::Lambda::Function', {
        LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: logGroupId } },
      });
    }
  });

  it('all name the table; ingest and poll know the queue, only ingest the token secret', () => {
    const environments = Object.fromEntries(
      (['apiFunction', 'ingestFunction', 'extractFunction', 'pollFunction'] as const).map((name) => [
        name,
        functionEnvironment(logicalId(stack[name])),
      ]),
    );
    for (const environment of Object.values(environments)) {
      expect(environment[ENV.tableName]).toEqual({ Ref: logicalId(stack.storage.table) });
      expect(environment).not.toHaveProperty(ENV.apiToken);
    }
    expect(environments.ingestFunction).toHaveProperty(ENV.queueUrl);
    expect(environments.pollFunction).toHaveProperty(ENV.queueUrl);
    expect(environments.ingestFunction).toHaveProperty(ENV.apiTokenSecretArn);
    for (const name of ['apiFunction', 'extractFunction', 'pollFunction'])
      expect(environments[name]).not.toHaveProperty(ENV.apiTokenSecretArn);
    for (const name of ['apiFunction', 'extractFunction']) expect(environments[name]).not.toHaveProperty(ENV.queueUrl);
  });
});

describe('least privilege', () => {
  const tableWrites = /^dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem|PartiQL(Insert|Update|Delete)|\*)$/;

  it('the api function can read the table but not write it', () => {
    const actions = roleActions(logicalId(stack.apiFunction.role));
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
    expect(actions.filter((action) => tableWrites.test(action))).toEqual([]);
  });

  it('the ingest, extract and poll functions can write the table', () => {
    for (const fn of [stack.ingestFunction, stack.extractFunction, stack.pollFunction]) {
      expect(roleActions(logicalId(fn.role))).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem']));
    }
  });

  it('grant only the table actions the store uses, on the table and the three indexes by name', () => {
    const tableArn = { 'Fn::GetAtt': [logicalId(stack.storage.table), 'Arn'] };
    const indexArns = GLOBAL_INDEXES.map((index) => ({ 'Fn::Join': ['', [tableArn, `/index/${index.name}`]] }));
    const statements = Object.values(template.findResources('AWS::IAM::Policy') as Resources)
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
      .filter((statement: { Action: string | string[] }) => [statement.Action].flat().some((action) => action.startsWith('dynamodb:')));
    expect(statements.length).toBeGreaterThan(0);
    const allowed = new Set(
      ['GetItem', 'BatchGetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem'].map((a) => `dynamodb:${a}`),
    );
    const streamActions = new Set(['DescribeStream', 'GetRecords', 'GetShardIterator', 'ListStreams'].map((a) => `dynamodb:${a}`));
    for (const statement of statements.filter(
      (each: { Action: string | string[] }) => ![each.Action].flat().some((action) => streamActions.has(action)),
    )) {
      for (const action of [statement.Action].flat()) expect(allowed).toContain(action);
      for (const resource of [statement.Resource].flat()) expect([tableArn, ...indexArns]).toContainEqual(resource);
    }
    const everyResource = statements.flatMap((statement: { Resource: unknown }) => [statement.Resource].flat());
    for (const indexArn of indexArns) expect(everyResource).toContainEqual(indexArn);
    expect(JSON.stringify(template.toJSON())).not.toMatch(/index\/\*|dynamodb:(Scan|DescribeTable)/);
    // Only the notifier reads the stream, and only the table's stream.
    const streamStatements = Object.values(template.findResources('AWS::IAM::Policy') as Resources).filter((policy) =>
      JSON.stringify(policy).includes('dynamodb:GetRecords'),
    );
    expect(streamStatements.map((policy) => policy.Properties.Roles)).toEqual([[{ Ref: logicalId(stack.webhooks.notifier.role) }]]);
  });

  it('only the ingest function reads the token secret; ingest and poll send on the queue', () => {
    const tokenSecretId = logicalId(stack.api.tokenSecret);
    const readsSecret = (fn: typeof stack.apiFunction) =>
      JSON.stringify(roleStatements(logicalId(fn.role))).includes(`"Ref":"${tokenSecretId}"`);
    const sendsMessages = (fn: typeof stack.apiFunction) => roleActions(logicalId(fn.role)).includes('sqs:SendMessage');
    const all = [stack.apiFunction, stack.ingestFunction, stack.extractFunction, stack.pollFunction];
    expect(all.map(readsSecret)).toEqual([false, true, false, false]);
    // The poll also sends its own failures to its destination queue, extract only to its dead-letter queue (next test).
    expect(all.map(sendsMessages)).toEqual([false, true, true, true]);
  });

  it('extract, deliver and notify may send to their own dead-letter queue (what they can never read), named in their environment', () => {
    const queueArn = (queue: { node: { defaultChild?: unknown } }) => ({ 'Fn::GetAtt': [logicalId(queue), 'Arn'] });
    const sendsTo = (fn: FactlineFunction) =>
      roleStatements(logicalId(fn.role))
        .filter((statement) => [statement.Action].flat().includes('sqs:SendMessage'))
        .flatMap((statement) => [statement.Resource].flat())
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const { pipeline, webhooks } = stack;
    expect(sendsTo(stack.extractFunction)).toEqual([queueArn(pipeline.deadLetterQueue)]);
    expect(sendsTo(webhooks.deliverer)).toEqual([queueArn(webhooks.deliveryDeadLetterQueue), queueArn(webhooks.deliveryQueue)]);
    expect(sendsTo(webhooks.notifier)).toEqual([queueArn(webhooks.deliveryQueue), queueArn(webhooks.notifierFailures)]);
    for (const [fn, queue] of [
      [stack.extractFunction, pipeline.deadLetterQueue],
      [webhooks.deliverer, webhooks.deliveryDeadLetterQueue],
      [webhooks.notifier, webhooks.notifierFailures],
    ] as const) {
      expect(functionEnvironment(logicalId(fn))[ENV.deadLetterQueueUrl]).toEqual({ Ref: logicalId(queue) });
    }
    for (const fn of [stack.apiFunction, stack.ingestFunction, stack.pollFunction])
      expect(functionEnvironment(logicalId(fn))).not.toHaveProperty(ENV.deadLetterQueueUrl);
  });

  it('functions write logs to their own log group only, with no AWS managed policy', () => {
    const roles = template.findResources('AWS::IAM::Role') as Resources;
    for (const role of Object.values(roles)) expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    const logStatements = Object.values(template.findResources('AWS::IAM::Policy') as Resources)
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
      .filter((statement: { Action: string[] }) => [statement.Action].flat().some((action) => action.startsWith('logs:')));
    expect(logStatements).toHaveLength(7);
    for (const statement of logStatements) expect(statement.Resource).toEqual({ 'Fn::GetAtt': [expect.any(String), 'Arn'] });
  });
});

describe('the pipeline', () => {
  it('has an encrypted, TLS-only queue whose messages end in a dead-letter queue after five receives', () => {
    expect(MAX_RECEIVE_COUNT).toBe(5);
    template.resourceCountIs('AWS::SQS::Queue', 6);
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
          Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
        },
      });
    }
  });

  it('keeps a message invisible for at least six times the extract timeout', () => {
    const queue = (template.toJSON().Resources as Resources)[logicalId(stack.pipeline.queue)]!;
    expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * stack.extractFunction.timeout.toSeconds());
  });

  it('feeds the extract function in batches that report their failed items', () => {
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 3);
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.pipeline.queue), 'Arn'] },
      FunctionName: { Ref: logicalId(stack.extractFunction) },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumBatchingWindowInSeconds: Match.anyValue(),
      ScalingConfig: { MaximumConcurrency: EXTRACT_MAX_CONCURRENCY },
    });
  });

  it('polls the feeds every five minutes through the poll function, with a dead-letter queue on the target', () => {
    // The poll's and the sweeper's.
    template.resourceCountIs('AWS::Events::Rule', 2);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [logicalId(stack.pollFunction), 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [logicalId(stack.feedPoll.failures), 'Arn'] } },
          RetryPolicy: Match.objectLike({ MaximumEventAgeInSeconds: 300 }),
        }),
      ],
    });
    // EventBridge may put undeliverable events in it, for this rule only.
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: logicalId(stack.feedPoll.failures) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'events.amazonaws.com' },
            Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': [logicalId(stack.feedPoll.rule), 'Arn'] } } },
          }),
        ]),
      },
    });
  });
});

describe('the REST API', () => {
  /** Each method of the REST API, as "METHOD /path", to the logical id of the function it invokes. */
  function routeTargets(): Record<string, string> {
    const resources = template.toJSON().Resources as Resources;
    const pathOf = (resourceId: unknown): string => {
      if (typeof resourceId === 'object' && resourceId && 'Fn::GetAtt' in resourceId) return '';
      const resource = resources[(resourceId as { Ref: string }).Ref]!;
      return `${pathOf(resource.Properties.ParentId)}/${resource.Properties.PathPart}`;
    };
    return Object.fromEntries(
      Object.values(template.findResources('AWS::ApiGateway::Method') as Resources).map((method) => {
        const uri = method.Properties.Integration.Uri['Fn::Join'][1] as unknown[];
        const target = uri.find(
          (part): part is { 'Fn::GetAtt': string[] } => typeof part === 'object' && part !== null && 'Fn::GetAtt' in part,
        )!;
        return [`${method.Properties.HttpMethod} ${pathOf(method.Properties.ResourceId) || '/'}`, target['Fn::GetAtt'][0]!];
      }),
    );
  }

  /**
   * The function API Gateway invokes for a request: the resource whose path is the request's, else the deepest
   * {proxy+} above it; on that resource the method itself, else ANY. Every resource here has ANY, and every
   * literal resource a {proxy+} child, so the search needs no backtracking.
   */
  function targetOf(method: string, path: string): string | undefined {
    const targets = routeTargets();
    const resourcePaths = new Set(Object.keys(targets).map((routeKey) => routeKey.split(' ')[1]!));
    const segments = path.split('/').filter(Boolean);
    let resource = resourcePaths.has(path) ? path : undefined;
    for (let depth = segments.length - 1; resource === undefined && depth >= 0; depth--) {
      const proxy = `/${[...segments.slice(0, depth), '{proxy+}'].join('/')}`;
      if (resourcePaths.has(proxy)) resource = proxy;
    }
    return targets[`${method.toUpperCase()} ${resource}`] ?? targets[`ANY ${resource}`];
  }

  it("sends the token routes (the app's own list) to the ingest function and everything else to the api function", () => {
    const ingest = logicalId(stack.ingestFunction);
    const api = logicalId(stack.apiFunction);
    expect(routeTargets()).toEqual({
      'ANY /': api,
      'ANY /{proxy+}': api,
      ...Object.fromEntries(TOKEN_ROUTES.map((route) => [`${route.method} ${route.path}`, ingest])),
      // What the token routes' resources also take: other methods, the paths below, a bare /admin.
      'ANY /articles': api,
      'ANY /articles/{proxy+}': api,
      'ANY /admin': api,
    });
    expect(Object.keys(routeTargets())).toEqual(
      expect.arrayContaining([
        'POST /articles',
        'ANY /feeds',
        'ANY /feeds/{proxy+}',
        'ANY /watches',
        'ANY /watches/{proxy+}',
        'ANY /admin/{proxy+}',
      ]),
    );
    expect(targetOf('GET', '/articles/abc')).toBe(api);
    expect(targetOf('GET', '/articles')).toBe(api);
    expect(targetOf('POST', '/articles')).toBe(ingest);
    expect(targetOf('DELETE', '/feeds/f1')).toBe(ingest);
    expect(targetOf('GET', '/static/page-1.js')).toBe(api);
    expect(targetOf('GET', '/')).toBe(api);
  });

  it("routes each of the app's write or token-protected operations to the ingest function, and its public reads to the api function", async () => {
    const unused = () => Promise.reject(new Error('not called while documenting the API'));
    const app = createApp({ store: {} as never, feeds: {} as never, apiToken: unused, ingest: unused, articleInputFromUrl: unused });
    const openApi = (await (await app.request('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const operations = Object.entries(openApi.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method,
        // A sample path: each {name} one segment.
        path: path.replace(/\{[^}]+\}/g, 'x1'),
        needsIngest: method !== 'get' || (operation.security?.length ?? 0) > 0,
      })),
    );
    expect(operations.filter((operation) => operation.needsIngest).length).toBeGreaterThan(0);
    const misrouted = operations.filter(
      ({ method, path, needsIngest }) => targetOf(method, path) !== logicalId(needsIngest ? stack.ingestFunction : stack.apiFunction),
    );
    expect(misrouted).toEqual([]);
  });

  it('sends the watch and key routes to the ingest function, which can do what their stores do: item writes, Query on the indexes, the token secret', () => {
    const ingest = logicalId(stack.ingestFunction);
    const targets = routeTargets();
    for (const routeKey of ['ANY /watches', 'ANY /watches/{proxy+}', 'ANY /admin/{proxy+}'])
      expect(targets[routeKey], routeKey).toBe(ingest);
    const tableArn = { 'Fn::GetAtt': [logicalId(stack.storage.table), 'Arn'] };
    const statements = roleStatements(logicalId(stack.ingestFunction.role));
    const allowedOn = (resource: unknown) =>
      statements
        .filter((statement) => [statement.Resource].flat().some((entry) => JSON.stringify(entry) === JSON.stringify(resource)))
        .flatMap((statement) => [statement.Action].flat());
    // TransactWriteItems (watch + counter, delete + counter) is authorized item by item: Put, Update, Delete.
    expect(allowedOn(tableArn)).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Query']),
    );
    for (const index of GLOBAL_INDEXES)
      expect(allowedOn({ 'Fn::Join': ['', [tableArn, `/index/${index.name}`]] }), index.name).toContain('dynamodb:Query');
    expect(JSON.stringify(statements)).toContain(`"Ref":"${logicalId(stack.api.tokenSecret)}"`);
  });

  it('throttles the stage, and the methods of the token routes (writes) to a fraction of it', () => {
    const stage = Object.values(template.findResources('AWS::ApiGateway::Stage') as Resources)[0]!;
    const throttles = Object.fromEntries(
      (stage.Properties.MethodSettings as Array<Record<string, unknown>>).map((setting) => [
        `${setting.HttpMethod} ${setting.ResourcePath}`,
        { rateLimit: setting.ThrottlingRateLimit, burstLimit: setting.ThrottlingBurstLimit },
      ]),
    );
    expect(throttles).toEqual({
      '* /*': API_THROTTLE,
      'POST /~1articles': WRITE_ROUTE_THROTTLE,
      '* /~1feeds': WRITE_ROUTE_THROTTLE,
      '* /~1feeds~1{proxy+}': WRITE_ROUTE_THROTTLE,
      '* /~1watches': WRITE_ROUTE_THROTTLE,
      '* /~1watches~1{proxy+}': WRITE_ROUTE_THROTTLE,
      '* /~1admin~1{proxy+}': WRITE_ROUTE_THROTTLE,
    });
    expect(Object.keys(throttles)).toHaveLength(TOKEN_ROUTES.length + 1);
    expect(WRITE_ROUTE_THROTTLE.rateLimit).toBeLessThan(API_THROTTLE.rateLimit);
  });

  it('is a regional REST API whose stage is traced and logged; every answer type is binary to it, so base64 bodies are decoded', () => {
    template.resourceCountIs('AWS::ApiGateway::RestApi', 1);
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 0);
    template.hasResourceProperties('AWS::ApiGateway::RestApi', {
      EndpointConfiguration: { Types: ['REGIONAL'] },
      BinaryMediaTypes: ['*/*'],
    });
    template.resourceCountIs('AWS::ApiGateway::Stage', 1);
    template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: API_STAGE_NAME,
      TracingEnabled: true,
      AccessLogSetting: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('\\$context\\.requestId') },
    });
  });

  it("logs the error message, integration status and latency, user agent and the function's request id of every request", () => {
    const stage = Object.values(template.findResources('AWS::ApiGateway::Stage') as Resources)[0]!;
    expect(JSON.parse(stage.Properties.AccessLogSetting.Format)).toMatchObject({
      requestId: '$context.requestId',
      functionRequestId: '$context.integration.requestId',
      status: '$context.status',
      userAgent: '$context.identity.userAgent',
      errorMessage: '$context.error.message',
      integrationStatus: '$context.integration.status',
      integrationLatency: '$context.integration.latency',
      integrationError: '$context.integrationErrorMessage',
      waf: '$context.wafResponseCode',
    });
    const accessLogGroup = stage.Properties.AccessLogSetting.DestinationArn['Fn::Join'][1].find(
      (part: { Ref?: string }) => part.Ref && !part.Ref.startsWith('AWS::'),
    ).Ref;
    expect((template.toJSON().Resources as Resources)[accessLogGroup]!.Properties.RetentionInDays).toBe(90);
  });

  it("answers API Gateway's own refusals as problem+json, its throttle as 429 with Retry-After", () => {
    for (const responseType of ['DEFAULT_4XX', 'DEFAULT_5XX', 'THROTTLED']) {
      template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
        ResponseType: responseType,
        ResponseParameters: Match.objectLike({ 'gatewayresponse.header.content-type': "'application/problem+json'" }),
      });
    }
    template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'THROTTLED',
      StatusCode: '429',
      ResponseParameters: Match.objectLike({ 'gatewayresponse.header.retry-after': "'1'" }),
    });
  });
});

describe('the web ACL (per-client rate limits)', () => {
  const webAcl = () => Object.values(template.findResources('AWS::WAFv2::WebACL') as Resources)[0]!.Properties;
  const rule = (name: string) => (webAcl().Rules as Array<Record<string, any>>).find((each) => each.Name === name)!;
  const writeMethods = {
    OrStatement: {
      Statements: WRITE_METHODS.map((method) => ({
        ByteMatchStatement: {
          FieldToMatch: { Method: {} },
          PositionalConstraint: 'EXACTLY',
          SearchString: method,
          TextTransformations: [{ Priority: 0, Type: 'NONE' }],
        },
      })),
    },
  };

  it('is a regional web ACL associated with the API stage', () => {
    template.resourceCountIs('AWS::WAFv2::WebACL', 1);
    expect(webAcl()).toMatchObject({ Scope: 'REGIONAL', DefaultAction: { Allow: {} } });
    const stageId = logicalId(stack.api.restApi.deploymentStage);
    template.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      WebACLArn: { 'Fn::GetAtt': [stack.getLogicalId(stack.api.webAcl), 'Arn'] },
      ResourceArn: {
        'Fn::Join': ['', Match.arrayWith([`::/restapis/`, { Ref: logicalId(stack.api.restApi) }, '/stages/', { Ref: stageId }])],
      },
    });
  });

  it('limits reads per IP, writes per Authorization header, and writes without the header per IP, at the local limiter rates', () => {
    expect(WRITE_METHODS).toEqual(['POST', 'PUT', 'PATCH', 'DELETE']);
    expect(rule('ReadsPerIp').Statement.RateBasedStatement).toEqual({
      AggregateKeyType: 'IP',
      Limit: LOCAL_RATE_LIMITS.read.perSecond * WAF_WINDOW_SECONDS,
      EvaluationWindowSec: WAF_WINDOW_SECONDS,
      ScopeDownStatement: { NotStatement: { Statement: writeMethods } },
    });
    expect(rule('WritesPerAuthorization').Statement.RateBasedStatement).toEqual({
      AggregateKeyType: 'CUSTOM_KEYS',
      CustomKeys: [{ Header: { Name: 'authorization', TextTransformations: [{ Priority: 0, Type: 'NONE' }] } }],
      Limit: LOCAL_RATE_LIMITS.write.perSecond * WAF_WINDOW_SECONDS,
      EvaluationWindowSec: WAF_WINDOW_SECONDS,
      ScopeDownStatement: writeMethods,
    });
    expect(rule('WritesPerIpWithoutAuthorization').Statement.RateBasedStatement).toEqual({
      AggregateKeyType: 'IP',
      Limit: WAF_RATE_LIMITS.writesPerIpWithoutAuthorization,
      EvaluationWindowSec: WAF_WINDOW_SECONDS,
      ScopeDownStatement: {
        AndStatement: {
          Statements: [
            writeMethods,
            {
              NotStatement: {
                Statement: {
                  SizeConstraintStatement: {
                    FieldToMatch: { SingleHeader: { Name: 'authorization' } },
                    ComparisonOperator: 'GT',
                    Size: 0,
                    TextTransformations: [{ Priority: 0, Type: 'NONE' }],
                  },
                },
              },
            },
          ],
        },
      },
    });
    expect((webAcl().Rules as unknown[]).length).toBe(3);
    // WAF refuses limits under 10 and windows other than 60, 120, 300, 600 s.
    for (const limit of Object.values(WAF_RATE_LIMITS)) expect(limit).toBeGreaterThanOrEqual(10);
  });

  it('answers a client over its limit 429 with a problem body (application/json: WAF allows no other JSON type) and Retry-After', () => {
    const bodies = webAcl().CustomResponseBodies as Record<string, { ContentType: string; Content: string }>;
    for (const name of ['ReadsPerIp', 'WritesPerAuthorization', 'WritesPerIpWithoutAuthorization']) {
      const { CustomResponse } = rule(name).Action.Block;
      expect(CustomResponse).toEqual({
        ResponseCode: 429,
        CustomResponseBodyKey: expect.any(String),
        ResponseHeaders: [{ Name: 'retry-after', Value: String(WAF_RETRY_AFTER_SECONDS) }],
      });
      const body = bodies[CustomResponse.CustomResponseBodyKey]!;
      expect(body.ContentType).toBe('APPLICATION_JSON');
      expect(JSON.parse(body.Content)).toMatchObject({ type: 'about:blank', title: 'Too Many Requests', status: 429 });
      expect(rule(name).VisibilityConfig).toMatchObject({ CloudWatchMetricsEnabled: true, MetricName: name });
    }
  });
});

describe('the secrets', () => {
  it('generates the token in Secrets Manager, so no token is in the repository or the template', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 48 }),
      SecretString: Match.absent(),
    });
  });

  it('generates the cursor-signing key in Secrets Manager at deploy, for the functions that page (api, ingest) only', () => {
    const cursorSecretId = logicalId(stack.api.cursorSecret);
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: 64 }),
      SecretString: Match.absent(),
    });
    const all = {
      apiFunction: stack.apiFunction,
      ingestFunction: stack.ingestFunction,
      extractFunction: stack.extractFunction,
      pollFunction: stack.pollFunction,
    };
    const named = Object.entries(all)
      .filter(([, fn]) => functionEnvironment(logicalId(fn))[ENV.cursorSecretArn] !== undefined)
      .map(([name]) => name);
    expect(named).toEqual(['apiFunction', 'ingestFunction']);
    expect(functionEnvironment(logicalId(stack.apiFunction))[ENV.cursorSecretArn]).toEqual({ Ref: cursorSecretId });
    // The read-only api function may read this secret, not the token's.
    const apiStatements = roleStatements(logicalId(stack.apiFunction.role)).filter((statement) =>
      [statement.Action].flat().includes('secretsmanager:GetSecretValue'),
    );
    expect(apiStatements.map((statement) => statement.Resource)).toEqual([{ Ref: cursorSecretId }]);
  });
});

describe('alarms and outputs', () => {
  const alarmProperties = () =>
    Object.values(template.findResources('AWS::CloudWatch::Alarm') as Resources).map((alarm) => alarm.Properties);
  /** A dimension's value as written, or the logical id it refers to. */
  const dimensionValue = ({ Value }: { Value: any }) =>
    typeof Value === 'string' ? Value : (Value.Ref ?? Value['Fn::GetAtt']?.[0] ?? JSON.stringify(Value));

  it('alarm on lost, failing and held-back work, to an encrypted topic, and say so when it recovers', () => {
    const topicId = logicalId(stack.alarms.topic);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    const alarms = alarmProperties();
    for (const alarm of alarms) {
      expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
      expect(alarm.OKActions).toEqual([{ Ref: topicId }]);
    }
    const watched = alarms.map((alarm) =>
      alarm.MetricName
        ? `${alarm.Namespace}/${alarm.MetricName} ${(alarm.Dimensions ?? []).map(dimensionValue).join(' ')}`.trim()
        : alarm.Metrics.filter((metric: any) => metric.MetricStat)
            .map((metric: any) => metric.MetricStat.Metric.MetricName)
            .join('+'),
    );
    const functions = {
      Api: stack.apiFunction,
      Ingest: stack.ingestFunction,
      Extract: stack.extractFunction,
      Poll: stack.pollFunction,
      Notify: stack.webhooks.notifier,
      Deliver: stack.webhooks.deliverer,
      Sweep: stack.webhooks.sweeper,
    };
    const apiStage = `${stack.stackName} ${logicalId(stack.api.restApi.deploymentStage)}`;
    expect(watched.sort()).toEqual(
      [
        `AWS/SQS/ApproximateNumberOfMessagesVisible ${logicalId(stack.pipeline.deadLetterQueue)}`,
        `AWS/SQS/ApproximateNumberOfMessagesVisible ${logicalId(stack.feedPoll.failures)}`,
        `AWS/SQS/ApproximateAgeOfOldestMessage ${logicalId(stack.pipeline.queue)}`,
        `AWS/ApiGateway/5XXError ${apiStage}`,
        `AWS/ApiGateway/Latency ${apiStage}`,
        `AWS/WAFV2/BlockedRequests AWS::Region ALL ${stack.stackName}Api`,
        ...Object.entries(functions).flatMap(([name, fn]) => [
          `AWS/Lambda/Errors ${logicalId(fn)}`,
          `AWS/Lambda/Throttles ${logicalId(fn)}`,
          `factline/${name}ErrorLogLines`,
        ]),
        'ReadThrottleEvents+WriteThrottleEvents',
        `AWS/Lambda/IteratorAge ${logicalId(stack.webhooks.notifier)}`,
        `AWS/SQS/ApproximateNumberOfMessagesVisible ${logicalId(stack.webhooks.notifierFailures)}`,
        `AWS/SQS/ApproximateNumberOfMessagesVisible ${logicalId(stack.webhooks.deliveryDeadLetterQueue)}`,
        'Factline/WebhookDeadLetters',
      ].sort(),
    );
  });

  it('alarm on 5xx answers (a handled error is no Lambda error), p99 latency, and the age of the oldest queued article', () => {
    const alarms = alarmProperties();
    expect(alarms).toContainEqual(
      expect.objectContaining({
        MetricName: '5XXError',
        Dimensions: [
          { Name: 'ApiName', Value: stack.stackName },
          { Name: 'Stage', Value: { Ref: logicalId(stack.api.restApi.deploymentStage) } },
        ],
        Statistic: 'Sum',
        Threshold: API_5XX_THRESHOLD - 1,
        ComparisonOperator: 'GreaterThanThreshold',
      }),
    );
    expect(alarms).toContainEqual(expect.objectContaining({ MetricName: 'Latency', ExtendedStatistic: 'p99', EvaluationPeriods: 3 }));
    expect(alarms).toContainEqual(
      expect.objectContaining({ MetricName: 'ApproximateAgeOfOldestMessage', Threshold: QUEUE_AGE_THRESHOLD.toSeconds() }),
    );
  });

  it("alarm when the web ACL refuses many requests: its metrics are named by the ACL's and the rules' metric names", () => {
    const webAcl = Object.values(template.findResources('AWS::WAFv2::WebACL') as Resources)[0]!.Properties;
    expect(webAcl.VisibilityConfig).toMatchObject({ CloudWatchMetricsEnabled: true, MetricName: `${stack.stackName}Api` });
    expect(alarmProperties()).toContainEqual(
      expect.objectContaining({
        Namespace: 'AWS/WAFV2',
        MetricName: 'BlockedRequests',
        Dimensions: expect.arrayContaining([
          { Name: 'WebACL', Value: webAcl.VisibilityConfig.MetricName },
          { Name: 'Rule', Value: 'ALL' },
        ]),
        Statistic: 'Sum',
        Threshold: WAF_BLOCKED_THRESHOLD,
      }),
    );
  });

  it('count ERROR log lines of each function with a metric filter on its own log group', () => {
    template.resourceCountIs('AWS::Logs::MetricFilter', 7);
    for (const fn of everyFunction()) {
      template.hasResourceProperties('AWS::Logs::MetricFilter', {
        LogGroupName: { Ref: logicalId(fn.logGroup as never) },
        FilterPattern: '{ $.level = "ERROR" }',
        MetricTransformations: [Match.objectLike({ MetricNamespace: 'factline', MetricValue: '1' })],
      });
    }
  });

  it("let only this account's CloudWatch alarms publish to the topic and use its key", () => {
    const fromOurAlarms = {
      StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
      ArnLike: { 'aws:SourceArn': Match.anyValue() },
    };
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
            Condition: fromOurAlarms,
          }),
        ]),
      },
    });
    const key = Object.entries(template.findResources('AWS::KMS::Key') as Resources).find(([id]) => id.startsWith('AlarmsTopicKey'))![1];
    const cloudWatchStatements = key.Properties.KeyPolicy.Statement.filter(
      (statement: any) => statement.Principal?.Service === 'cloudwatch.amazonaws.com',
    );
    expect(cloudWatchStatements).toHaveLength(1);
    expect(cloudWatchStatements[0].Condition).toMatchObject({
      StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
      ArnLike: expect.anything(),
    });
    expect(JSON.stringify(cloudWatchStatements[0].Condition.ArnLike)).toContain(':alarm:*');
  });

  it('are each explained in docs/operations.md, at the anchor their description links to', () => {
    const guide = readFileSync(new URL('../../docs/operations.md', import.meta.url), 'utf8');
    // A heading's anchor as GitHub makes it (lower case, spaces to dashes), or an explicit <a id>.
    const anchors = new Set([
      ...[...guide.matchAll(/^#{2,4} (.+)$/gm)].map(([, heading]) =>
        heading!
          .trim()
          .toLowerCase()
          .replace(/[^\w\- ]/g, '')
          .replace(/ /g, '-'),
      ),
      ...[...guide.matchAll(/<a id="([^"]+)">/g)].map(([, id]) => id!),
    ]);
    const alarms = alarmProperties();
    expect(alarms.length).toBeGreaterThan(0);
    expect(alarms.length).toBe(stack.alarms.alarms.length);
    const linked = alarms.map((alarm) => /\(docs\/operations\.md#([\w-]+)\)$/.exec(alarm.AlarmDescription)?.[1] ?? alarm.AlarmDescription);
    expect(linked.filter((anchor) => !anchors.has(anchor))).toEqual([]);
  });

  it('subscribe an e-mail address to the topic only when the context gives one', () => {
    template.resourceCountIs('AWS::SNS::Subscription', 0);
    const withEmail = Template.fromStack(synthesize({ bundling: false, context: { alarmEmail: 'ops@example.com' } }).stack);
    withEmail.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
  });

  it('put the API, the functions, the queues and the table on one dashboard', () => {
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    const body = JSON.stringify(
      Object.values(template.findResources('AWS::CloudWatch::Dashboard') as Resources)[0]!.Properties.DashboardBody,
    );
    for (const metric of [
      '5XXError',
      'Latency',
      'BlockedRequests',
      ...stack.api.rateRuleNames,
      'Invocations',
      'ConcurrentExecutions',
      'ApproximateAgeOfOldestMessage',
      'ConsumedReadCapacityUnits',
      'WriteThrottleEvents',
    ]) {
      expect(body).toContain(metric);
    }
  });

  it('output the API URL, the token secret ARN, the alarm topic ARN and the queues', () => {
    expect(Object.keys(template.toJSON().Outputs).sort()).toEqual(
      [
        'AlarmTopicArn',
        'ApiTokenSecretArn',
        'ApiUrl',
        'ArticleQueueUrl',
        'DeadLetterQueueArn',
        'DeadLetterQueueUrl',
        'DeliveryDeadLetterQueueUrl',
        'NotifierFailuresUrl',
      ].sort(),
    );
  });
});

describe('webhooks (issue 12)', () => {
  const tableId = () => logicalId(stack.storage.table);

  it('the table streams new and old images', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' } });
  });

  it('the stream feeds the notifier: bisected retries from the failed record, a record age limit, failures to a queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [tableId(), 'StreamArn'] },
      FunctionName: { Ref: logicalId(stack.webhooks.notifier) },
      StartingPosition: 'LATEST',
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: NOTIFY_RETRY_ATTEMPTS,
      MaximumRecordAgeInSeconds: NOTIFY_MAX_RECORD_AGE.toSeconds(),
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalId(stack.webhooks.notifierFailures), 'Arn'] } } },
    });
  });

  it('only new facts and relations, and claims with superseded values, invoke the notifier', () => {
    const mapping = Object.values(
      template.findResources('AWS::Lambda::EventSourceMapping', {
        Properties: { FunctionName: { Ref: logicalId(stack.webhooks.notifier) } },
      }) as Resources,
    )[0]!;
    const patterns = mapping.Properties.FilterCriteria.Filters.map((filter: { Pattern: string }) => JSON.parse(filter.Pattern));
    expect(patterns).toHaveLength(3);
    const [fact, relation, claim] = patterns;
    expect(fact).toEqual({
      eventName: ['INSERT'],
      dynamodb: { Keys: { PK: { S: [{ prefix: 'FCT#' }] } }, NewImage: { entity: { S: ['fact'] } } },
    });
    expect(relation).toEqual({
      eventName: ['INSERT'],
      dynamodb: { Keys: { PK: { S: [{ prefix: 'SER#' }] } }, NewImage: { entity: { S: ['relation'] } } },
    });
    expect(claim.dynamodb.NewImage.entity).toEqual({ S: ['claim'] });
    expect(claim.dynamodb.NewImage.claim.M.supersedes.L.M.supersededAt.S).toEqual([{ exists: true }]);
  });

  it('the notifier may read the two indexes it queries, batch-read heads, put delivery records and clear their unqueued mark; nothing else on the table', () => {
    const actions = roleActions(logicalId(stack.webhooks.notifier.role));
    expect(actions.filter((action) => action.startsWith('dynamodb:') && !/Stream|GetRecords|GetShardIterator/.test(action)).sort()).toEqual(
      ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem'].sort(),
    );
    const policies = JSON.stringify(roleStatements(logicalId(stack.webhooks.notifier.role)));
    for (const read of [INDEXES.byFact, INDEXES.bySubject]) expect(policies).toContain(`/index/${read.name}`);
    expect(policies).not.toContain(`/index/${INDEXES.byType.name}`);
    expect(actions).toContain('sqs:SendMessage');
    expect(functionEnvironment(logicalId(stack.webhooks.notifier))).toMatchObject({
      [ENV.deliveryQueueUrl]: { Ref: logicalId(stack.webhooks.deliveryQueue) },
      [ENV.publicBaseUrl]: expect.anything(),
    });
  });

  it('the sweeper runs every five minutes, no retries (the next run is the retry), one at a time, and its failures raise SweepErrors', () => {
    const sweeperId = logicalId(stack.webhooks.sweeper);
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [sweeperId, 'Arn'] },
          RetryPolicy: { MaximumEventAgeInSeconds: 300, MaximumRetryAttempts: 0 },
        }),
      ],
    });
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { FunctionName: { Ref: sweeperId }, MaximumRetryAttempts: 0 });
    const sweeper = (template.toJSON().Resources as Resources)[sweeperId]!;
    expect(sweeper.Properties.ReservedConcurrentExecutions).toBe(1);
    expect(sweeper.Properties.Timeout).toBe(60);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: Match.absent(),
      MetricName: 'Errors',
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: sweeperId } }],
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmDescription: Match.stringLikeRegexp('docs/operations.md#sweeperrors'),
    });
  });

  it('the sweeper may query the unqueued index, clear marks and send to the deliveries queue; nothing else', () => {
    const sweeper = stack.webhooks.sweeper;
    const actions = roleActions(logicalId(sweeper.role));
    expect(actions.filter((action) => action.startsWith('dynamodb:')).sort()).toEqual(['dynamodb:Query', 'dynamodb:UpdateItem']);
    const policies = JSON.stringify(roleStatements(logicalId(sweeper.role)));
    expect(policies).toContain(`/index/${INDEXES.bySubject.name}`);
    for (const other of [INDEXES.byFact, INDEXES.byType]) expect(policies).not.toContain(`/index/${other.name}`);
    const sends = roleStatements(logicalId(sweeper.role)).filter((statement) => [statement.Action].flat().includes('sqs:SendMessage'));
    expect(sends.flatMap((statement) => [statement.Resource].flat())).toEqual([
      { 'Fn::GetAtt': [logicalId(stack.webhooks.deliveryQueue), 'Arn'] },
    ]);
    expect(actions.filter((action) => action.startsWith('sqs:') && action !== 'sqs:SendMessage')).not.toContain('sqs:ReceiveMessage');
    expect(functionEnvironment(logicalId(sweeper))).toMatchObject({
      [ENV.deliveryQueueUrl]: { Ref: logicalId(stack.webhooks.deliveryQueue) },
    });
    expect(functionEnvironment(logicalId(sweeper))).not.toHaveProperty(ENV.deadLetterQueueUrl);
  });

  it('the deliverer may read and update items, query nothing, and consume and re-send on its own queue', () => {
    const actions = roleActions(logicalId(stack.webhooks.deliverer.role));
    expect(actions.filter((action) => action.startsWith('dynamodb:')).sort()).toEqual(['dynamodb:GetItem', 'dynamodb:UpdateItem']);
    expect(actions).toEqual(expect.arrayContaining(['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage']));
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.webhooks.deliveryQueue), 'Arn'] },
      FunctionName: { Ref: logicalId(stack.webhooks.deliverer) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(stack.webhooks.deliveryDeadLetterQueue), 'Arn'] },
        maxReceiveCount: DELIVERY_MAX_RECEIVE_COUNT,
      },
      VisibilityTimeout: 6 * stack.webhooks.deliverer.timeout.toSeconds(),
      SqsManagedSseEnabled: true,
    });
  });

  it("a try's claim outlasts a deliver run and ends before SQS redelivers a crashed run's message", () => {
    expect(stack.webhooks.deliverer.timeout.toMilliseconds()).toBeLessThan(DELIVERY_CLAIM_MS);
    const queue = template.findResources('AWS::SQS::Queue')[logicalId(stack.webhooks.deliveryQueue)] as {
      Properties: { VisibilityTimeout: number };
    };
    expect(DELIVERY_CLAIM_MS).toBeLessThan(queue.Properties.VisibilityTimeout * 1000);
  });

  it('one KMS-encrypted, TLS-only e-mail topic: ingest may only subscribe and unsubscribe on it, the notifier only publish', () => {
    const topicId = logicalId(stack.webhooks.emailTopic);
    const topicArn = { Ref: topicId };
    template.hasResourceProperties('AWS::SNS::Topic', {
      DisplayName: 'factline watches',
      KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^WebhooksEmailTopicKey'), 'Arn'] },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [topicArn],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } }, Action: 'sns:Publish' }),
        ]),
      },
    });
    const snsStatements = (fn: typeof stack.apiFunction) =>
      roleStatements(logicalId(fn.role)).filter((statement) => [statement.Action].flat().some((action) => action.startsWith('sns:')));
    expect(snsStatements(stack.ingestFunction)).toEqual([
      {
        Effect: 'Allow',
        Action: ['sns:Subscribe', 'sns:Unsubscribe'],
        Resource: [{ 'Fn::Join': ['', [topicArn, ':*']] }, topicArn],
      },
    ]);
    expect(snsStatements(stack.webhooks.notifier)).toEqual([{ Effect: 'Allow', Action: 'sns:Publish', Resource: topicArn }]);
    for (const fn of [stack.apiFunction, stack.extractFunction, stack.pollFunction, stack.webhooks.deliverer]) {
      expect(snsStatements(fn)).toEqual([]);
      expect(functionEnvironment(logicalId(fn))).not.toHaveProperty(ENV.watchEmailTopicArn);
    }
    for (const fn of [stack.ingestFunction, stack.webhooks.notifier])
      expect(functionEnvironment(logicalId(fn))[ENV.watchEmailTopicArn]).toEqual(topicArn);
    // The notifier can encrypt with the topic's key (publishing to a KMS-encrypted topic needs it).
    expect(roleActions(logicalId(stack.webhooks.notifier.role))).toEqual(expect.arrayContaining(['kms:GenerateDataKey*', 'kms:Decrypt']));
  });

  it('alarm on the dead-letter metric the deliverer emits', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: DEAD_LETTER_METRIC.namespace,
      MetricName: DEAD_LETTER_METRIC.name,
      Statistic: 'Sum',
      Threshold: 0,
    });
  });
});

describe('cdk-nag', () => {
  it.each([
    ['AwsSolutions', () => new AwsSolutionsChecks()],
    ['Serverless', () => new ServerlessChecks()],
  ])('%s finds nothing that is not acknowledged with a reason', (_name, pack) => {
    const report = pack().validateScope(stack);
    expect(
      report.violations.map((violation) => `${violation.ruleName}: ${violation.violatingResources.map((r) => r.constructPath).join(', ')}`),
    ).toEqual([]);
    expect(report.success).toBe(true);
  });
});

describe('bundling', () => {
  it('builds each handler into an ESM bundle with the AWS SDK inside and a source map without sources, the parser worker beside ingest and poll only, and the dead-letter sender beside extract only', () => {
    const { app, stack: bundled } = synthesize({ bundling: true });
    const assembly = app.synth();
    try {
      const bundles = readdirSync(assembly.directory)
        .filter((name) => name.startsWith('asset.'))
        .map((name) => join(assembly.directory, name, 'index.mjs'))
        .filter((bundle) => existsSync(bundle));
      expect(bundles).toHaveLength(7);
      // Only extract imports the sender; deliver and notify send with the SQS client they hold.
      const resources = (assembly.getStackByName(bundled.stackName).template as { Resources: Record<string, any> }).Resources;
      const bundleOf = (fn: FactlineFunction) =>
        join(assembly.directory, `asset.${String(resources[logicalId(fn)].Properties.Code.S3Key).replace(/\.zip$/, '')}`, 'index.mjs');
      const withSender = bundles.filter((bundle) => existsSync(join(dirname(bundle), DEAD_LETTER_SENDER_BUNDLE)));
      expect(withSender).toEqual([bundleOf(bundled.extractFunction)]);
      // The parser worker beside the functions that start it (their code names its file), and no other.
      const withWorker = bundles.filter((bundle) => existsSync(join(dirname(bundle), HTML_WORKER_BUNDLE)));
      expect(withWorker.sort()).toEqual([bundleOf(bundled.ingestFunction), bundleOf(bundled.pollFunction)].sort());
      expect(bundles.filter((bundle) => readFileSync(bundle, 'utf8').includes(HTML_WORKER_BUNDLE)).sort()).toEqual(withWorker);
      for (const bundle of bundles) {
        const code = readFileSync(bundle, 'utf8');
        expect(code.startsWith("import{createRequire}from'module';")).toBe(true);
        expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
        const sourceMap = JSON.parse(readFileSync(`${bundle}.map`, 'utf8'));
        expect(sourceMap.mappings.length).toBeGreaterThan(0);
        expect(sourceMap.sourcesContent).toBeUndefined();
        // No handler carries the DOM: the worker html-parsing.ts starts does.
        expect(code).not.toContain('Readability');
        const files: [string, string][] = [[bundle, code]];
        if (withWorker.includes(bundle)) {
          const worker = readFileSync(join(dirname(bundle), HTML_WORKER_BUNDLE), 'utf8');
          expect(worker).toContain('Readability');
          files.push([join(dirname(bundle), HTML_WORKER_BUNDLE), worker]);
        }
        // All map their stack traces themselves (shared/runtime/bundle-stack-traces.ts), with the map beside them.
        for (const [file, content] of files) {
          expect(content).toContain('prepareStackTrace');
          expect(existsSync(`${file}.map`)).toBe(true);
        }
      }
      // The dead-letter sender aws-dead-letter-wiring.ts imports on the first unreadable message, source-mapped too.
      const sender = join(dirname(bundleOf(bundled.extractFunction)), DEAD_LETTER_SENDER_BUNDLE);
      expect(readFileSync(sender, 'utf8')).toContain('"SendMessage"');
      expect(readFileSync(sender, 'utf8')).toContain('prepareStackTrace');
      expect(existsSync(`${sender}.map`)).toBe(true);
    } finally {
      rmSync(assembly.directory, { recursive: true, force: true });
    }
  }, 240_000); // six functions, ingest and poll with the parser worker, extract with the dead-letter sender: tens of seconds on a loaded 2-core machine
});
