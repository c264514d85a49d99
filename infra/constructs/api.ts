// The HTTP API: reads go to the read-only api function, writes to the ingest function, which alone holds the token.
import { CfnOutput, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, LogGroupLogDestination, type CfnStage, type HttpRoute, type HttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { TOKEN_ROUTES } from '../../shared/http/token-routes.js';
import type { FactlineFunction } from './factline-function.js';

/** Access logs answer "who called what, and what failed" for a quarter. */
export const ACCESS_LOG_RETENTION = RetentionDays.THREE_MONTHS;

/**
 * Requests per second across all clients (HTTP APIs throttle per stage and route, not per client: per-client
 * limits would need a REST API's usage plans, or WAF in front). Writes cost a fetch, an extraction and many
 * table writes, so their routes get a fraction of the read budget.
 */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 };
export const WRITE_ROUTE_THROTTLE = { rateLimit: 5, burstLimit: 10 };

export interface ApiProps {
  /** Serves every route not in TOKEN_ROUTES (shared/http/token-routes.ts), as the `$default` route. */
  readonly readFunction: FactlineFunction;
  /** Serves TOKEN_ROUTES and is the only reader of the token secret. */
  readonly writeFunction: FactlineFunction;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
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
      const methods = [route.method === 'ANY' ? HttpMethod.ANY : HttpMethod.POST];
      for (const tokenRoute of this.httpApi.addRoutes({ path: route.path, methods, integration: writeIntegration })) {
        tokenRoutes.push(tokenRoute);
        Validations.of(tokenRoute).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason:
            'The write function authorizes every request (the admin token in Secrets Manager, or a client API key checked against its stored hash) before it touches anything.',
        });
      }
    }

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: ACCESS_LOG_RETENTION });
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
            userAgent: '$context.identity.userAgent',
            errorMessage: '$context.error.message',
            integrationStatus: '$context.integration.status',
            integrationLatency: '$context.integration.latency',
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
      description: 'Secret holding the admin bearer token (writes, watches, /admin/keys)',
    });
  }
}
