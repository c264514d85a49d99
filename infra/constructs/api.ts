// The HTTP API: reads go to the read-only api function, writes to the ingest function, which alone holds the token.
import { CfnOutput, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, LogGroupLogDestination, type CfnStage, type HttpRoute, type HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { LOG_RETENTION, type FactlineFunction } from './factline-function.js';

/**
 * The routes behind the bearer token: posting articles and everything under /feeds (listing included),
 * so a request that needs the token always reaches the one function that can read it.
 */
export const TOKEN_ROUTES: ReadonlyArray<{ method: HttpMethod; path: string }> = [
  { method: HttpMethod.POST, path: '/articles' },
  { method: HttpMethod.ANY, path: '/feeds' },
  { method: HttpMethod.ANY, path: '/feeds/{proxy+}' },
];

/**
 * Requests per second across all clients (HTTP APIs throttle per stage and route, not per client: per-client
 * limits would need a REST API's usage plans, or WAF in front). Writes cost a fetch, an extraction and many
 * table writes, so their routes get a fraction of the read budget.
 */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 };
export const WRITE_ROUTE_THROTTLE = { rateLimit: 5, burstLimit: 10 };

export interface ApiProps {
  /** Serves every route not in TOKEN_ROUTES (the `$default` route). */
  readonly readFunction: IFunction;
  /** Serves TOKEN_ROUTES and is the only reader of the token secret. */
  readonly writeFunction: FactlineFunction;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly tokenSecret: Secret;

  constructor(scope: Construct, id: string, { readFunction, writeFunction }: ApiProps) {
    super(scope, id);
    // Generated at deploy time, so the token never exists in the repository or the template.
    this.tokenSecret = new Secret(this, 'TokenSecret', {
      description: "Bearer token for factline's write routes",
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(this.tokenSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'API clients hold this token; an unannounced automatic rotation would lock them out. The operator rotates it by hand (docs/deploy.md).',
    });
    writeFunction.bindApiTokenSecret(this.tokenSecret);

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'factline: numeric claims from the news',
      defaultIntegration: new HttpLambdaIntegration('ReadIntegration', readFunction),
      // Created below with access logging; a named stage would put its name in rawPath and break routing.
      createDefaultStage: false,
    });
    const writeIntegration = new HttpLambdaIntegration('WriteIntegration', writeFunction);
    Validations.of(this.httpApi.node.findChild('DefaultRoute')).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'The read routes are public by design: factline serves claims from published news.',
    });
    const tokenRoutes: HttpRoute[] = [];
    for (const route of TOKEN_ROUTES) {
      for (const tokenRoute of this.httpApi.addRoutes({ path: route.path, methods: [route.method], integration: writeIntegration })) {
        tokenRoutes.push(tokenRoute);
        Validations.of(tokenRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: 'The write function authorizes every request against the bearer token in Secrets Manager before it touches anything.',
        });
      }
    }

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: LOG_RETENTION });
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
          }),
        ),
      },
    });
    const stageResource = this.stage.node.defaultChild as CfnStage;
    // A map of CloudFormation's own shape: CDK passes it through without renaming keys.
    stageResource.routeSettings = Object.fromEntries(
      TOKEN_ROUTES.map((route) => [
        `${route.method} ${route.path}`,
        { ThrottlingRateLimit: WRITE_ROUTE_THROTTLE.rateLimit, ThrottlingBurstLimit: WRITE_ROUTE_THROTTLE.burstLimit },
      ]),
    );
    // Route settings name routes: the routes must exist before the stage.
    for (const route of tokenRoutes) this.stage.node.addDependency(route);
    new CfnOutput(this, 'Url', { key: 'ApiUrl', value: this.stage.url, description: 'Base URL of the factline HTTP API' });
    new CfnOutput(this, 'TokenSecretArn', {
      key: 'ApiTokenSecretArn',
      value: this.tokenSecret.secretArn,
      description: 'Secret holding the bearer token for POST /articles and /feeds',
    });
  }
}
