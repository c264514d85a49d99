// The consuming functions, bundled as the stack bundles them, run in a fresh node process each: an unreadable
// message reaches the function's dead-letter queue (the test SQS server). Extract sends it through the sender
// bundle beside its index.mjs, imported on the first such message, not at init; deliver, built without that
// bundle, sends it with the SQS client its index.mjs already holds for the deliveries queue.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAMBDA_ENTRIES, LAMBDA_LAZY_MODULES, PROJECT_ROOT, lambdaEsbuildOptions } from '../../infra/lambda-bundling.js';
import { ENV } from '../../shared/runtime/config.js';
import { DEAD_LETTER_SENDER_BUNDLE } from '../../shared/runtime/aws-dead-letter-wiring.js';
import { startSqsServer, type SqsServer } from '../support/sqs-server.js';

const DEAD_LETTER_QUEUE = 'factline-extraction-dead-letters';
const DELIVERY_DEAD_LETTER_QUEUE = 'factline-delivery-dead-letters';

// Imports the bundle, then gives the handler two messages of the body given it can never read, in one batch.
// Lambda would see the batch response, or the error thrown when every message failed.
const INVOKE = `
const { handler } = await import(process.argv[1]);
const records = ['m-1', 'm-2'].map((messageId) => ({ messageId, body: process.argv[2], attributes: { ApproximateReceiveCount: '1' } }));
try {
  process.stdout.write(JSON.stringify(await handler({ Records: records }, { awsRequestId: 'r-1', getRemainingTimeInMillis: () => 30000 })));
} catch (error) {
  process.stdout.write(JSON.stringify({ thrown: error.message }));
}
`;

let sqs: SqsServer;
let outDir: string;
let bundle: string;
let deliverBundle: string;

/** The handler's answer and the WARN lines it logged. */
async function invoke(
  bundleFile = bundle,
  body = '{"articleId":"not-an-id"}',
  environment: Record<string, string> = { [ENV.deadLetterQueueUrl]: sqs.queueUrl(DEAD_LETTER_QUEUE) },
): Promise<{
  answer: unknown;
  warnings: Array<{ message: string; messageId?: string; error?: { message?: string } }>;
}> {
  // Asynchronous: the SQS server answers from this process.
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', INVOKE, pathToFileURL(bundleFile).href, body],
    {
      env: {
        PATH: process.env.PATH,
        [ENV.tableName]: 'factline-dead-letter-bundle',
        ...environment,
        AWS_ENDPOINT_URL_SQS: sqs.endpoint,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      encoding: 'utf8',
    },
  );
  return {
    answer: JSON.parse(stdout),
    warnings: stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line)),
  };
}

beforeAll(async () => {
  sqs = await startSqsServer();
  outDir = mkdtempSync(join(tmpdir(), 'factline-dead-letter-bundle-'));
  bundle = join(outDir, 'index.mjs');
  await build(lambdaEsbuildOptions(join(PROJECT_ROOT, LAMBDA_ENTRIES.extract), bundle));
  for (const [file, entry] of Object.entries(LAMBDA_LAZY_MODULES))
    await build(lambdaEsbuildOptions(join(PROJECT_ROOT, entry), join(outDir, file)));
  // In a folder of its own, as the stack builds it: no lazy module beside it.
  deliverBundle = join(outDir, 'deliver', 'index.mjs');
  await build(lambdaEsbuildOptions(join(PROJECT_ROOT, LAMBDA_ENTRIES.deliver), deliverBundle));
}, 60_000);

afterAll(async () => {
  await sqs.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('the bundled extract function', () => {
  it('imports without the SQS sender, and sends unreadable messages to its dead-letter queue through the bundle beside index.mjs', async () => {
    // Without the sender bundle the function still starts (it is not imported at init), and the messages it cannot
    // dead-letter fail (retried, not lost): the sender comes from that file, not from index.mjs.
    const sender = join(outDir, DEAD_LETTER_SENDER_BUNDLE);
    renameSync(sender, `${sender}.away`);
    let withoutSender: Awaited<ReturnType<typeof invoke>>;
    try {
      withoutSender = await invoke();
    } finally {
      renameSync(`${sender}.away`, sender);
    }
    expect(withoutSender.answer).toEqual({ thrown: expect.stringContaining('All records failed processing') });
    const notSent = withoutSender.warnings.filter(
      (line) => line.message === 'an unreadable message could not be dead-lettered; it fails and is retried',
    );
    expect(notSent.map((line) => line.messageId).sort()).toEqual(['m-1', 'm-2']);
    expect(notSent[0]!.error?.message).toContain(DEAD_LETTER_SENDER_BUNDLE);
    expect(sqs.messages(DEAD_LETTER_QUEUE)).toEqual([]);

    // With it beside index.mjs, as the stack deploys it, both are dead-lettered whole with their reason.
    const { answer, warnings } = await invoke();
    expect(answer).toEqual({ batchItemFailures: [] });
    const deadLettered = sqs.messages(DEAD_LETTER_QUEUE).map(({ body, attributes }) => ({ body, attributes }));
    expect(deadLettered).toHaveLength(2);
    // In either order: the batch's records are handled concurrently.
    expect(deadLettered).toEqual(
      expect.arrayContaining(
        ['m-1', 'm-2'].map((messageId) => ({
          body: '{"articleId":"not-an-id"}',
          attributes: {
            'factline-unreadable-reason': 'the extraction message is invalid: articleId must be a_ and 24 hex digits',
            'factline-source-id': messageId,
          },
        })),
      ),
    );
    expect(
      warnings
        .filter((line) => line.message === 'unreadable message dead-lettered without retries')
        .map((line) => line.messageId)
        .sort(),
    ).toEqual(['m-1', 'm-2']);
  }, 60_000);
});

describe('the bundled deliver function', () => {
  it('sends unreadable messages to its dead-letter queue with the SQS client of its index.mjs, no sender bundle beside it', async () => {
    expect(existsSync(join(outDir, 'deliver', DEAD_LETTER_SENDER_BUNDLE))).toBe(false);
    const { answer, warnings } = await invoke(deliverBundle, '{"watchId":42}', {
      [ENV.deadLetterQueueUrl]: sqs.queueUrl(DELIVERY_DEAD_LETTER_QUEUE),
      [ENV.deliveryQueueUrl]: sqs.queueUrl('factline-deliveries'),
    });
    expect(answer).toEqual({ batchItemFailures: [] });
    const deadLettered = sqs.messages(DELIVERY_DEAD_LETTER_QUEUE);
    expect(deadLettered.map(({ body, attributes }) => [body, attributes['factline-source-id']]).sort()).toEqual([
      ['{"watchId":42}', 'm-1'],
      ['{"watchId":42}', 'm-2'],
    ]);
    expect(warnings.filter((line) => line.message === 'unreadable message dead-lettered without retries')).toHaveLength(2);
  }, 60_000);
});
