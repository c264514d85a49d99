// EventBridge schedule -> poll the due feeds. Its own function, so a long poll cannot take the write
// API's concurrency; invoked asynchronously with no retries (the next schedule is the retry), and an
// invocation that fails goes to the on-failure destination queue.
import type { Context } from 'aws-lambda';
import { DEFAULT_POLL_LIMITS, pollBudgetMs, pollDueFeeds } from '../../shared/pipeline/poll-feeds.js';
import { logger, withLogKeys } from '../../shared/runtime/logger.js';
import { wireFactlineOnAws } from '../../shared/runtime/aws-wiring.js';

const factline = wireFactlineOnAws();

export interface ScheduledEvent {
  'detail-type': 'Scheduled Event';
  source: 'aws.events';
  id: string;
}

export interface PollSummary {
  feeds: number;
  failed: number;
  created: number;
  budgetMs: number;
}

export const handler = (event: ScheduledEvent, context: Context): Promise<PollSummary> =>
  withLogKeys({ eventId: event.id, requestId: context.awsRequestId }, () => pollDueFeedsFor(event, context));

async function pollDueFeedsFor(event: ScheduledEvent, context: Context): Promise<PollSummary> {
  const budgetMs = pollBudgetMs(context.getRemainingTimeInMillis());
  const reports = await pollDueFeeds({ feeds: factline.feeds, fetchSource: factline.fetchSource, ingest: factline.ingest }, new Date(), {
    ...DEFAULT_POLL_LIMITS,
    timeBudgetMs: budgetMs,
  });
  for (const report of reports) logger.info('feed polled', { eventId: event.id, requestId: context.awsRequestId, ...report });
  const failed = reports.filter((report) => report.outcome === 'failed').length;
  return { feeds: reports.length, failed, created: reports.reduce((sum, report) => sum + report.created, 0), budgetMs };
}
