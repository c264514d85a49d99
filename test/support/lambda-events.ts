// Event shapes as API Gateway (REST API, Lambda proxy integration: payload 1.0), SQS and EventBridge deliver them.
import { randomUUID } from 'node:crypto';
import type { Context, SQSEvent } from 'aws-lambda';
import type { LambdaEvent } from 'hono/aws-lambda';
import { API_STAGE_NAME } from '../../infra/constructs/api.js';
import { TOKEN_ROUTES } from '../../shared/http/token-routes.js';

export type RestApiEvent = Extract<LambdaEvent, { httpMethod: string; resource: string }>;

/**
 * A request as the REST API hands it to the function: the path without the stage (requestContext.path has
 * it), the query decoded into maps (null when there is none), every header also as a list, and the body
 * base64-encoded, since the API's binary media types are every type.
 */
export function restApiEvent(
  method: string,
  path: string,
  options: { query?: string; headers?: Record<string, string>; body?: string; clientPath?: string; sourceIp?: string } = {},
): RestApiEvent {
  const headers: Record<string, string> = {
    Host: 'abc123.execute-api.eu-west-1.amazonaws.com',
    'User-Agent': 'curl/8.5.0',
    'X-Forwarded-For': options.sourceIp ?? '203.0.113.7',
    ...options.headers,
  };
  const query = new URLSearchParams(options.query ?? '');
  const multiValueQuery: Record<string, string[]> = {};
  for (const [name, value] of query) (multiValueQuery[name] ??= []).push(value);
  const hasQuery = Object.keys(multiValueQuery).length > 0;
  const resource = path === '/' ? '/' : TOKEN_ROUTES.some((route) => route.path === path) ? path : '/{proxy+}';
  const requestId = randomUUID();
  return {
    version: '1.0',
    resource,
    path,
    httpMethod: method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, [value]])),
    queryStringParameters: hasQuery ? Object.fromEntries(query) : null,
    multiValueQueryStringParameters: hasQuery ? multiValueQuery : null,
    pathParameters: resource === '/{proxy+}' ? { proxy: path.slice(1) } : null,
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      domainPrefix: 'abc123',
      extendedRequestId: 'Xyz1AbCdIAMEbQw=',
      httpMethod: method,
      identity: { sourceIp: options.sourceIp ?? '203.0.113.7', userAgent: headers['User-Agent'] },
      path: options.clientPath ?? `/${API_STAGE_NAME}${path}`,
      protocol: 'HTTP/1.1',
      requestId,
      requestTime: '23/Nov/2026:01:00:00 +0000',
      requestTimeEpoch: 1795395600000,
      resourceId: 'a1b2c3',
      resourcePath: resource,
      stage: API_STAGE_NAME,
    },
    body: options.body === undefined ? null : Buffer.from(options.body).toString('base64'),
    isBase64Encoded: options.body !== undefined,
  } as unknown as RestApiEvent;
}

/** A header of a REST API answer (the adapter answers a payload 1.0 event with multiValueHeaders). */
export function answerHeader(result: { multiValueHeaders?: Record<string, unknown[]> }, name: string): string | undefined {
  const values = result.multiValueHeaders?.[name];
  return values === undefined ? undefined : values.map(String).join(', ');
}

export function sqsEvent(records: Array<{ messageId: string; body: string }>): SQSEvent {
  return {
    Records: records.map(({ messageId, body }) => ({
      messageId,
      receiptHandle: `rh-${messageId}`,
      body,
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: '1795395600000',
        SenderId: 'AROAEXAMPLE',
        ApproximateFirstReceiveTimestamp: '1795395600100',
      },
      messageAttributes: {},
      md5OfBody: '',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:factline-extraction',
      awsRegion: 'eu-west-1',
    })),
  };
}

export function scheduledEvent() {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event' as const,
    source: 'aws.events' as const,
    account: '123456789012',
    time: '2026-11-23T01:00:00Z',
    region: 'eu-west-1',
    resources: ['arn:aws:events:eu-west-1:123456789012:rule/factline-feed-poll'],
    detail: {},
  };
}

export function lambdaContext(functionName: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-west-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/11/23/[$LATEST]abc',
    getRemainingTimeInMillis: () => 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
