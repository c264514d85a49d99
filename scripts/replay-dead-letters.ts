// `npm run replay-dead-letters -- --from DLQ_URL --to QUEUE_URL [--max N] [--dry-run]`: moves the
// dead-lettered extraction messages back to the article queue, after the cause is fixed. Each message
// is sent to the queue first and deleted from the dead-letter queue only once SQS took it; a message
// whose body is no extraction message stays where it is. Replays are harmless: extraction is idempotent.
// Uses the AWS credentials and region of the environment (AWS_ENDPOINT_URL_SQS for a local SQS).
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DeleteMessageBatchCommand, ReceiveMessageCommand, SendMessageBatchCommand, SQSClient, type Message } from '@aws-sdk/client-sqs';
import { messageOf } from '../shared/errors.js';
import { decodeExtractionMessage } from '../shared/queue/extraction-message.js';

export interface ReplayOptions {
  client: SQSClient;
  from: string;
  to: string;
  /** Messages moved at most (the rest stay for another run). */
  max: number;
  /** Only count and list what would move. */
  dryRun: boolean;
  /** How long a received message stays hidden from other readers while it is moved. */
  visibilitySeconds?: number;
}

export interface ReplayReport {
  moved: number;
  /** Bodies that are no extraction message: left in the dead-letter queue for a person to read. */
  unreadable: Array<{ messageId: string; error: string }>;
  /** SQS refused the send: left in the dead-letter queue, visible again after the visibility timeout. */
  failed: Array<{ messageId: string; error: string }>;
  articleIds: string[];
}

export async function replayDeadLetters({ client, from, to, max, dryRun, visibilitySeconds = 60 }: ReplayOptions): Promise<ReplayReport> {
  const report: ReplayReport = { moved: 0, unreadable: [], failed: [], articleIds: [] };
  const seen = new Set<string>();
  while (seen.size < max) {
    const { Messages: received = [] } = await client.send(
      new ReceiveMessageCommand({
        QueueUrl: from,
        MaxNumberOfMessages: Math.min(10, max - seen.size),
        WaitTimeSeconds: 1,
        VisibilityTimeout: visibilitySeconds,
      }),
    );
    // A message seen twice means the queue went round (dry run, or messages left behind): stop.
    const fresh = received.filter((message) => !seen.has(message.MessageId!));
    if (fresh.length === 0) break;
    const readable: Array<{ message: Message; articleId: string }> = [];
    for (const message of fresh) {
      seen.add(message.MessageId!);
      try {
        readable.push({ message, articleId: decodeExtractionMessage(message.Body ?? '').articleId });
      } catch (error) {
        report.unreadable.push({ messageId: message.MessageId!, error: messageOf(error) });
      }
    }
    report.articleIds.push(...readable.map((entry) => entry.articleId));
    if (dryRun || readable.length === 0) continue;
    const sent = await client.send(
      new SendMessageBatchCommand({
        QueueUrl: to,
        Entries: readable.map(({ message }, index) => ({ Id: String(index), MessageBody: message.Body! })),
      }),
    );
    for (const failure of sent.Failed ?? []) {
      report.failed.push({
        messageId: readable[Number(failure.Id)]!.message.MessageId!,
        error: failure.Message ?? failure.Code ?? 'refused',
      });
    }
    const delivered = (sent.Successful ?? []).map((success) => readable[Number(success.Id)]!.message);
    if (delivered.length === 0) continue;
    const deleted = await client.send(
      new DeleteMessageBatchCommand({
        QueueUrl: from,
        Entries: delivered.map((message, index) => ({ Id: String(index), ReceiptHandle: message.ReceiptHandle! })),
      }),
    );
    // A message sent but not deleted comes back and is sent twice: harmless, extraction is idempotent.
    report.moved += deleted.Successful?.length ?? 0;
  }
  return report;
}

const USAGE = 'usage: npm run replay-dead-letters -- --from DEAD_LETTER_QUEUE_URL --to ARTICLE_QUEUE_URL [--max N] [--dry-run]';

/** The region an SQS queue URL names (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME): the client needs no other setting. */
function regionOfQueueUrl(url: string): string | undefined {
  return /^https:\/\/sqs\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\//.exec(url)?.[1];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      max: { type: 'string', default: '1000' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const max = Number(values.max);
  if (!values.from || !values.to || !Number.isSafeInteger(max) || max < 1) {
    console.error(USAGE);
    return 2;
  }
  for (const url of [values.from, values.to]) {
    if (!URL.canParse(url)) {
      console.error(`not a queue URL: ${url} (the URLs look like https://sqs.REGION.amazonaws.com/ACCOUNT/NAME)\n${USAGE}`);
      return 2;
    }
  }
  const region = regionOfQueueUrl(values.from);
  const client = new SQSClient(region ? { region } : {});
  const report = await replayDeadLetters({ client, from: values.from, to: values.to, max, dryRun: values['dry-run'] });
  const verb = values['dry-run'] ? 'would move' : 'moved';
  console.log(
    `${verb} ${values['dry-run'] ? report.articleIds.length : report.moved} messages (articles: ${report.articleIds.join(' ') || 'none'})`,
  );
  for (const { messageId, error } of report.unreadable) console.log(`left ${messageId}: not an extraction message (${error})`);
  for (const { messageId, error } of report.failed) console.log(`left ${messageId}: the queue refused it (${error})`);
  return report.failed.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`replay failed: ${messageOf(error)}`);
      process.exit(1);
    },
  );
}
