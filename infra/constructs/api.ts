// The REST API: reads go to the read-only api function, writes to the ingest function, which alone holds the
// token. A REST API rather than an HTTP API because only REST API stages take an AWS WAF web ACL, whose
// rate-based rules give each client its own limit (HTTP APIs throttle per stage and route only).
import { Aws, CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import { Metric, type MetricOptions } from 'aws-cdk-lib/aws-cloudwatch';
import {
  AccessLogFormat,
  EndpointType,
  LambdaIntegration,
  LogGroupLogDestination,
  ResponseType,
  RestApi,
  type IResource,
  type MethodDeploymentOptions,
  type Resource,
} from 'aws-cdk-lib/aws-apigateway';
import { CfnWebACL, CfnWebACLAssociation } from 'aws-cdk-lib/aws-wafv2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { WAF_RATE_LIMITS, WAF_RETRY_AFTER_SECONDS, WAF_WINDOW_SECONDS } from '../../shared/http/rate-limit.js';
import { TOKEN_ROUTES } from '../../shared/http/token-routes.js';
import type { FactlineFunction } from './factline-function.js';

/** Access logs answer "who called what, and what failed" for a quarter. */
export const ACCESS_LOG_RETENTION = RetentionDays.THREE_MONTHS;

/** The stage, the first segment of every path of the execute-api URL (`https://<id>.execute-api.<region>.amazonaws.com/prod/`). */
export const API_STAGE_NAME = 'prod';
/** How long API Gateway waits for a function (a REST API's default and most): a write must finish inside it. */
export const API_INTEGRATION_TIMEOUT = Duration.seconds(29);

/**
 * Requests per second across all clients, beside the per-client limits of the web ACL. Writes cost a fetch,
 * an extraction and many table writes, so their methods get a fraction of the read budget.
 */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 };
export const WRITE_ROUTE_THROTTLE = { rateLimit: 5, burstLimit: 10 };

/** The methods the web ACL counts as writes; every other method is a read. */
export const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** The web ACL's answer to a client over its limit; WAF lets a custom body be text/plain, text/html or application/json only. */
export const RATE_LIMITED_BODY = {
  type: 'about:blank',
  title: 'Too Many Requests',
  status: 429,
  detail: `too many requests from this client; retry after ${WAF_RETRY_AFTER_SECONDS} s`,
};

export interface ApiProps {
  /** Serves every route not in TOKEN_ROUTES (shared/http/token-routes.ts). */
  readonly readFunction: FactlineFunction;
  /** Serves TOKEN_ROUTES and is the only reader of the token secret. */
  readonly writeFunction: FactlineFunction;
}

const NO_TRANSFORMATION = [{ priority: 0, type: 'NONE' }];

const writeMethodStatement: CfnWebACL.StatementProperty = {
  orStatement: {
    statements: WRITE_METHODS.map((method) => ({
      byteMatchStatement: {
        fieldToMatch: { method: {} },
        positionalConstraint: 'EXACTLY',
        searchString: method,
        textTransformations: NO_TRANSFORMATION,
      },
    })),
  },
};

const hasAuthorizationStatement: CfnWebACL.StatementProperty = {
  sizeConstraintStatement: {
    fieldToMatch: { singleHeader: { Name: 'authorization' } },
    comparisonOperator: 'GT',
    size: 0,
    textTransformations: NO_TRANSFORMATION,
  },
};

export class Api extends Construct {
  readonly restApi: RestApi;
  readonly webAcl: CfnWebACL;
  /** The web ACL's rate-based rules, by the names its metrics carry. */
  readonly rateRuleNames: string[];
  private readonly webAclMetricName: string;
  readonly tokenSecret: Secret;
  readonly cursorSecret: Secret;

  constructor(scope: Construct, id: string, { readFunction, writeFunction }: ApiProps) {
    super(scope, id);
    // Generated at deploy time, so the token never exists in the repository or the template.
    this.tokenSecret = new Secret(this, 'TokenSecret', {
      description: "Bearer token for factline's write routes",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(this.tokenSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'API clients hold this token; an unannounced automatic rotation would lock them out. The operator rotates it by hand (docs/deploy.md).',
    });
    writeFunction.bindApiTokenSecret(this.tokenSecret);

    // Signs pagination cursors, so no one can forge one (a key derived from a public value could be).
    this.cursorSecret = new Secret(this, 'CursorSecret', {
      description: 'Key that signs factline pagination cursors',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(this.cursorSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotating the key ends every open cursor (clients restart their paging); the operator rotates it by hand when needed (docs/operations.md).',
    });
    readFunction.bindCursorSecret(this.cursorSecret);
    writeFunction.bindCursorSecret(this.cursorSecret);

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: ACCESS_LOG_RETENTION });
    const writeThrottle = { throttlingRateLimit: WRITE_ROUTE_THROTTLE.rateLimit, throttlingBurstLimit: WRITE_ROUTE_THROTTLE.burstLimit };
    this.restApi = new RestApi(this, 'RestApi', {
      restApiName: Stack.of(this).stackName,
      description: 'factline: numeric claims from the news',
      endpointTypes: [EndpointType.REGIONAL],
      // An answer the adapter base64-encodes (a binary type, a compressed body) is decoded by API Gateway only
      // if its type is binary to the API: every type is. Request bodies then arrive base64-encoded too, and the
      // adapter decodes them (isBase64Encoded). Text answers pass through as they are.
      binaryMediaTypes: ['*/*'],
      cloudWatchRole: false,
      deployOptions: {
        stageName: API_STAGE_NAME,
        throttlingRateLimit: API_THROTTLE.rateLimit,
        throttlingBurstLimit: API_THROTTLE.burstLimit,
        // ANY on a write resource is throttled through `*`, every method of the resource.
        methodOptions: Object.fromEntries(
          TOKEN_ROUTES.map((route) => [`${route.path}/${route.method === 'ANY' ? '*' : route.method}`, writeThrottle]),
        ) as Record<string, MethodDeploymentOptions>,
        tracingEnabled: true,
        accessLogDestination: new LogGroupLogDestination(accessLogs),
        accessLogFormat: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            // The Lambda invocation's request id: the one the function logs and puts in problem bodies.
            functionRequestId: '$context.integration.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            method: '$context.httpMethod',
            resourcePath: '$context.resourcePath',
            path: '$context.path',
            status: '$context.status',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            userAgent: '$context.identity.userAgent',
            errorMessage: '$context.error.message',
            errorType: '$context.error.responseType',
            integrationStatus: '$context.integration.status',
            integrationLatency: '$context.integration.latency',
            integrationError: '$context.integrationErrorMessage',
            waf: '$context.wafResponseCode',
          }),
        ),
      },
    });
    // The stack's own ApiUrl output below says the same.
    this.restApi.node.tryRemoveChild('Endpoint');
    const readIntegration = new LambdaIntegration(readFunction, { allowTestInvoke: false, timeout: API_INTEGRATION_TIMEOUT });
    const writeIntegration = new LambdaIntegration(writeFunction, { allowTestInvoke: false, timeout: API_INTEGRATION_TIMEOUT });
    const { root } = this.restApi;
    const publicRead = (resource: IResource) => {
      const method = resource.addMethod('ANY', readIntegration);
      Validations.of(method).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason: 'The read routes are public by design: factline serves claims from published news.',
      });
      Validations.of(method).acknowledge({
        id: 'AwsSolutions-COG4',
        reason: 'The read routes are public by design: there is no user to sign in.',
      });
    };
    publicRead(root);
    publicRead(root.addResource('{proxy+}'));
    // The token routes take precedence over the greedy {proxy+} above: API Gateway matches the most specific resource.
    const tokenResources = new Set<IResource>();
    for (const route of TOKEN_ROUTES) {
      const resource = root.resourceForPath(route.path);
      tokenResources.add(resource);
      const method = resource.addMethod(route.method, writeIntegration);
      for (const nagId of ['AwsSolutions-APIG4', 'AwsSolutions-COG4'])
        Validations.of(method).acknowledge({
          id: nagId,
          reason:
            'The write function authorizes every request (the admin token in Secrets Manager, or a client API key checked against its stored hash) before it touches anything.',
        });
    }
    // A resource made for a token route answers its other methods (GET /articles), the paths below it
    // (GET /articles/{id}) and paths with no method of their own (/admin) from the read function, as the
    // root's {proxy+} would: API Gateway's own 403 otherwise.
    for (const resource of new Set([...tokenResources].flatMap(withAncestors))) {
      if (resource === root) continue;
      if (!resource.node.tryFindChild('ANY')) publicRead(resource);
      if (!resource.path.endsWith('{proxy+}') && !resource.getResource('{proxy+}')) publicRead(resource.addResource('{proxy+}'));
    }

    // API Gateway's own refusals (a body over 10 MB, a failed integration...) as problem+json too.
    for (const type of [ResponseType.DEFAULT_4XX, ResponseType.DEFAULT_5XX]) {
      this.restApi.addGatewayResponse(type.responseType, {
        type,
        responseHeaders: { 'content-type': "'application/problem+json'" },
        templates: {
          'application/json':
            '{"type":"about:blank","detail":$context.error.messageString,"errorType":"$context.error.responseType","requestId":"$context.requestId"}',
        },
      });
    }
    this.restApi.addGatewayResponse('Throttled', {
      type: ResponseType.THROTTLED,
      statusCode: '429',
      responseHeaders: { 'content-type': "'application/problem+json'", 'retry-after': "'1'" },
      templates: {
        'application/json':
          '{"type":"about:blank","title":"Too Many Requests","status":429,"detail":"the API is over its request rate for all clients; retry after 1 s","requestId":"$context.requestId"}',
      },
    });

    const stage = this.restApi.deploymentStage;
    Validations.of(stage).acknowledge({
      id: 'AwsSolutions-APIG6',
      reason:
        'Execution logs need the account-wide API Gateway CloudWatch role, which one stack should not own; the access log has each request status, error, integration status and latency.',
    });
    Validations.of(this.restApi).acknowledge({
      id: 'AwsSolutions-APIG2',
      reason:
        'Requests are validated by the app, from the same route declarations that write /openapi.json; a 400/422 problem+json names the field.',
    });

    const rules = [
      rateRule('ReadsPerIp', 0, {
        aggregateKeyType: 'IP',
        limit: WAF_RATE_LIMITS.readsPerIp,
        scopeDownStatement: { notStatement: { statement: writeMethodStatement } },
      }),
      // Requests without the header are left out of this rule's counts (WAF skips a request missing an aggregation key).
      rateRule('WritesPerAuthorization', 1, {
        aggregateKeyType: 'CUSTOM_KEYS',
        customKeys: [{ header: { name: 'authorization', textTransformations: NO_TRANSFORMATION } }],
        limit: WAF_RATE_LIMITS.writesPerAuthorization,
        scopeDownStatement: writeMethodStatement,
      }),
      rateRule('WritesPerIpWithoutAuthorization', 2, {
        aggregateKeyType: 'IP',
        limit: WAF_RATE_LIMITS.writesPerIpWithoutAuthorization,
        scopeDownStatement: {
          andStatement: { statements: [writeMethodStatement, { notStatement: { statement: hasAuthorizationStatement } }] },
        },
      }),
    ];
    this.rateRuleNames = rules.map((rule) => rule.name);
    // WAF's metrics carry the metric names below as their WebACL and Rule dimensions: the stack's name keeps two stacks apart.
    this.webAclMetricName = `${Stack.of(this).stackName}Api`;
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      description: 'Per-client rate limits for the factline API',
      defaultAction: { allow: {} },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: this.webAclMetricName, sampledRequestsEnabled: true },
      customResponseBodies: { rateLimited: { contentType: 'APPLICATION_JSON', content: JSON.stringify(RATE_LIMITED_BODY) } },
      rules,
    });
    new CfnWebACLAssociation(this, 'WebAclAssociation', { resourceArn: stage.stageArn, webAclArn: this.webAcl.attrArn });

    new CfnOutput(this, 'Url', { key: 'ApiUrl', value: this.restApi.url, description: 'Base URL of the factline API (the stage)' });
    new CfnOutput(this, 'TokenSecretArn', {
      key: 'ApiTokenSecretArn',
      value: this.tokenSecret.secretArn,
      description: 'Secret holding the admin bearer token (writes, watches, /admin/keys)',
    });
  }

  /** Requests the web ACL blocked (answered 429): all its rules, or one. */
  metricBlockedRequests(options: MetricOptions, rule = 'ALL'): Metric {
    return new Metric({
      namespace: 'AWS/WAFV2',
      metricName: 'BlockedRequests',
      dimensionsMap: { WebACL: this.webAclMetricName, Region: Aws.REGION, Rule: rule },
      ...options,
    });
  }
}

/** A rate-based rule over WAF_WINDOW_SECONDS whose block answers 429 problem JSON with Retry-After. */
function rateRule(
  name: string,
  priority: number,
  statement: Omit<CfnWebACL.RateBasedStatementProperty, 'evaluationWindowSec'>,
): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    statement: { rateBasedStatement: { ...statement, evaluationWindowSec: WAF_WINDOW_SECONDS } },
    action: {
      block: {
        customResponse: {
          responseCode: 429,
          customResponseBodyKey: 'rateLimited',
          // Response headers keep their names (WAF prefixes x-amzn-waf- to headers it inserts into requests only).
          responseHeaders: [{ name: 'retry-after', value: String(WAF_RETRY_AFTER_SECONDS) }],
        },
      },
    },
    visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: true },
  };
}

function withAncestors(resource: IResource): IResource[] {
  const parent = (resource as Resource).parentResource;
  return parent ? [resource, ...withAncestors(parent)] : [resource];
}
