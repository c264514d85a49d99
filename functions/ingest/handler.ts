// Two triggers: the API's write routes (POST /articles, feeds) through the same hono app, and the
// EventBridge schedule that polls the feeds.
import type { Context } from 'aws-lambda';
import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { createApp } from '../../shared/http/app.js';
import { pollDueFeeds } from '../../shared/ingestion/poll-feeds.js';
import { logger } from '../../shared/runtime/logger.js';
import { wireFactlineOnAws } from '../../shared/runtime/aws-wiring.js';

const factline = wireFactlineOnAws();
const serveHttp = handle(createApp(factline.appDeps));

interface ScheduledEvent {
  'detail-type': 'Scheduled Event';
  source: 'aws.events';
  id: string;
}

function isScheduledEvent(event: unknown): event is ScheduledEvent {
  return typeof event === 'object' && event !== null && (event as Partial<ScheduledEvent>)['detail-type'] === 'Scheduled Event';
}

interface PollSummary {
  feeds: number;
  failed: number;
  created: number;
}

type HttpResult = Awaited<ReturnType<typeof serveHttp>>;

export async function handler(event: ScheduledEvent, context: Context): Promise<PollSummary>;
export async function handler(event: LambdaEvent, context: Context): Promise<HttpResult>;
export async function handler(event: LambdaEvent | ScheduledEvent, context: Context): Promise<PollSummary | HttpResult> {
  if (!isScheduledEvent(event)) return serveHttp(event, context);
  const reports = await pollDueFeeds({ feeds: factline.feeds, fetchSource: factline.fetchSource, ingest: factline.ingest });
  for (const report of reports) logger.info('feed polled', { eventId: event.id, requestId: context.awsRequestId, ...report });
  const failed = reports.filter((report) => report.outcome === 'failed').length;
  return { feeds: reports.length, failed, created: reports.reduce((sum, report) => sum + report.created, 0) };
}
