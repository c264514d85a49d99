// The notifier and deliverer in process (npm start, tests): the same notifyChanges and deliverEvent the
// Lambdas run, fed by the local table's stream and an in-process deliveries queue. At least once: the
// stream position is checkpointed in a file after each handled batch, so a restart resumes there (a batch
// cut short is read again, and its event ids make that harmless). Pending deliveries reach the queue through
// the sweeper alone, as on AWS: a start marks those the run before left (their messages died with it) and sends
// the marks once (up to its limit); then the sweeper runs on a timer, as on AWS on its schedule.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createSafePoster, type HostResolver } from '../ingestion/safe-fetch.js';
import { createInProcessDeliveryQueue, type InProcessDeliveryQueue } from '../queue/in-process-delivery-queue.js';
import { createDynamoDeliveryStore } from '../store/delivery-store.js';
import { createLocalStreamReader, createLocalStreamsClient, fileCheckpoint } from '../store/local-stream.js';
import type { FactStore } from '../store/port.js';
import { ensureTableStream } from '../store/table-stream.js';
import { createDynamoWatchStore } from '../store/watch-store.js';
import {
  deadLetterMetricLine,
  DEFAULT_DELIVERY_POLICY,
  DELIVERY_CLAIM_MS,
  deliverEvent,
  WEBHOOK_TIMEOUT_MS,
  WEBHOOK_USER_AGENT,
  type DeliveryPolicy,
} from '../watches/deliverer.js';
import type { WatchEmailChannel } from '../watches/email.js';
import { notifyChanges } from '../watches/notifier.js';
import { markPendingDeliveries, sweepUnqueuedDeliveries, UNQUEUED_SWEEP_INTERVAL_MS } from '../watches/unqueued-sweeper.js';
import { logger } from './logger.js';

export interface LocalNotifierOptions {
  client: DynamoDBClient;
  /** DynamoDB Local's endpoint (its streams API answers there too). */
  endpoint: string;
  tableName: string;
  facts: Pick<FactStore, 'getFact' | 'listFacts'>;
  /** The stream position file (under the data folder). */
  checkpointPath: string;
  publicBaseUrl: string;
  policy?: DeliveryPolicy;
  pollIntervalMs?: number;
  /** Per POST: connect, send and answer. */
  timeoutMs?: number;
  /** UNSAFE, tests only: webhooks on loopback (the configuration's FACTLINE_UNSAFE_ALLOW_PRIVATE_ADDRESSES). */
  unsafeAllowLoopback?: boolean;
  /** Tests: a DNS that answers what the test says (a name turned internal after the watch was made). */
  resolveHost?: HostResolver;
  /** Where the dead-letter metric goes; stdout (an EMF line) by default. */
  countDeadLetter?: (fields: { watchId: string; eventId: string }) => void;
  /** Tests: records the e-mails the notifier publishes (npm start has no SNS topic, so it mails nothing). */
  email?: Pick<WatchEmailChannel, 'publish'>;
}

export interface LocalNotifier {
  /** Reads the stream once and queues what it finds; answers how many records it read. */
  pollOnce(): Promise<number>;
  queue: InProcessDeliveryQueue;
  stop(): Promise<void>;
}

export async function startLocalNotifier(options: LocalNotifierOptions): Promise<LocalNotifier> {
  const streams = createLocalStreamsClient(options.endpoint);
  const streamArn = await ensureTableStream(options.client, streams, options.tableName);
  const table = { client: options.client, tableName: options.tableName };
  const watches = createDynamoWatchStore(table);
  const deliveries = createDynamoDeliveryStore(table);
  const post = createSafePoster({
    timeoutMs: options.timeoutMs ?? WEBHOOK_TIMEOUT_MS,
    unsafeAllowLoopback: options.unsafeAllowLoopback ?? false,
    userAgent: WEBHOOK_USER_AGENT,
    ...(options.resolveHost ? { resolveHost: options.resolveHost } : {}),
  });
  const policy = options.policy ?? DEFAULT_DELIVERY_POLICY;
  const queue: InProcessDeliveryQueue = createInProcessDeliveryQueue(
    (message) =>
      deliverEvent(message, {
        watches,
        deliveries,
        queue,
        post,
        policy,
        log: logger,
        countDeadLetter: options.countDeadLetter ?? ((fields) => process.stdout.write(`${deadLetterMetricLine(fields)}\n`)),
      }),
    {
      // As SQS's visibility timeout: a run that failed holding a claim has let it end when its message comes back.
      redeliveryDelayMs: DELIVERY_CLAIM_MS,
      onDropped: (message, error) =>
        logger.error('webhook delivery could not be handled; it stays pending until the next start', { ...message, error }),
    },
  );
  const reader = createLocalStreamReader({
    streams,
    streamArn,
    checkpoint: fileCheckpoint(options.checkpointPath),
    handle: async (records) => {
      const report = await notifyChanges(records, {
        watches,
        facts: options.facts,
        deliveries,
        queue,
        publicBaseUrl: options.publicBaseUrl,
        ...(options.email ? { email: options.email } : {}),
      });
      if (report.queued || report.repeats) logger.info('changes notified', { ...report });
    },
  });
  // The messages of the run before died with it (the in-process queue): its pending records are marked, due when
  // their next try may go, and since no run is left to clear a mark, the marks are sent now, delayed until they are
  // due (up to UNQUEUED_SWEEP_LIMIT; the timer's sweeps send the rest once due). One path, the sweeper's: each mark
  // is sent once and cleared, so the timer's sweeps send it no second time.
  const sweeperDeps = { deliveries, queue, log: logger };
  const marks = await markPendingDeliveries({ deliveries, policy });
  const sweepReport = await sweepUnqueuedDeliveries(sweeperDeps, { includeNotYetDue: true });
  if (marks.pending) logger.info('pending deliveries of the run before queued', { ...marks, ...sweepReport });

  // One poll at a time: a poll started while another runs waits for it.
  let current: Promise<number> = Promise.resolve(0);
  const pollOnce = () => (current = current.catch(() => 0).then(() => reader.pollOnce()));
  const sweeper = setInterval(() => {
    sweepUnqueuedDeliveries(sweeperDeps).catch((error: unknown) =>
      logger.error('sweeping the unqueued deliveries failed; the next sweep tries again', { error }),
    );
  }, UNQUEUED_SWEEP_INTERVAL_MS);
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const loop = () => {
    timer = setTimeout(() => {
      pollOnce()
        .catch((error: unknown) => logger.error('reading the table stream failed; the next poll reads the batch again', { error }))
        .finally(() => !stopped && loop());
    }, options.pollIntervalMs ?? 1000);
  };
  loop();
  return {
    pollOnce,
    queue,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      clearInterval(sweeper);
      await current.catch(() => 0);
      queue.stop();
    },
  };
}
