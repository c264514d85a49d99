// EventBridge schedule -> the messages of webhook deliveries whose next try was never known queued, sent
// (shared/watches/unqueued-sweeper.ts). Invoked asynchronously with no retries: the next run is the retry,
// and a run that fails raises the SweepErrors alarm.
import type { Context, EventBridgeEvent } from 'aws-lambda';
import { logger, withLogKeys } from '../../shared/runtime/logger.js';
import { wireSweeperOnAws } from '../../shared/runtime/aws-webhook-wiring.js';
import { sweepUnqueuedDeliveries, type SweepReport } from '../../shared/watches/unqueued-sweeper.js';

const deps = wireSweeperOnAws();

export const handler = (event: EventBridgeEvent<'Scheduled Event', unknown>, context: Context): Promise<SweepReport> =>
  // The schedule's event id under its own name: `eventId` names the webhook event on each swept delivery's line.
  withLogKeys({ scheduleEventId: event.id, requestId: context.awsRequestId }, async () => {
    const report = await sweepUnqueuedDeliveries(deps);
    logger.info('unqueued deliveries swept', { ...report });
    return report;
  });
