// `npm run replay-dead-letters` as an operator runs it: the real command and SQS client against a
// loopback server speaking SQS's JSON protocol.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeExtractionMessage } from '../../shared/queue/extraction-message.js';
import { startSqsServer, type SqsServer } from '../support/sqs-server.js';

let sqs: SqsServer;
const article = (n: number) => `a_${n.toString(16).padStart(24, '0')}`;

beforeAll(async () => {
  sqs = await startSqsServer();
});
afterAll(() => sqs.close());

async function replay(...args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '-s', 'replay-dead-letters', '--', ...args], {
      env: {
        ...process.env,
        AWS_ENDPOINT_URL_SQS: sqs.endpoint,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
      },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('npm run replay-dead-letters', () => {
  it('lists what it would move on --dry-run, and moves nothing', async () => {
    for (let n = 1; n <= 13; n++) sqs.put('dlq', encodeExtractionMessage(article(n)));
    sqs.put('dlq', 'not json');
    const from = sqs.queueUrl('dlq');
    const to = sqs.queueUrl('articles');

    const dry = await replay('--from', from, '--to', to, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.output).toContain('would move 13 messages');
    expect(sqs.bodies('dlq')).toHaveLength(14);
    expect(sqs.bodies('articles')).toHaveLength(0);
  });

  it('moves messages in batches, deletes only what the queue took, and honours --max', async () => {
    for (let n = 1; n <= 13; n++) sqs.put('dlq2', encodeExtractionMessage(article(n)));
    sqs.put('dlq2', 'not json');
    const from = sqs.queueUrl('dlq2');
    const to = sqs.queueUrl('articles2');

    const some = await replay('--from', from, '--to', to, '--max', '5');
    expect(some).toMatchObject({ code: 0 });
    expect(some.output).toContain('moved 5 messages');
    expect(sqs.bodies('articles2')).toHaveLength(5);

    const rest = await replay('--from', from, '--to', to);
    expect(rest.output).toContain('moved 8 messages');
    expect(rest.output).toMatch(/left .*: not an extraction message/);
    expect(sqs.bodies('articles2').sort()).toEqual(Array.from({ length: 13 }, (_, i) => encodeExtractionMessage(article(i + 1))).sort());
    expect(sqs.bodies('dlq2')).toEqual(['not json']);
  });

  it('leaves messages in the dead-letter queue when the queue refuses them, and says so with exit code 1', async () => {
    sqs.put('dlq3', encodeExtractionMessage(article(99)));
    sqs.refuse('articles3');
    const result = await replay('--from', sqs.queueUrl('dlq3'), '--to', sqs.queueUrl('articles3'));
    expect(result.code).toBe(1);
    expect(result.output).toContain('the queue refused it');
    expect(sqs.bodies('dlq3')).toHaveLength(1);
  });

  it('prints its usage for missing queues', async () => {
    const result = await replay('--from', sqs.queueUrl('dlq'));
    expect(result.code).toBe(2);
    expect(result.output).toContain('usage: npm run replay-dead-letters');
  });

  it('says which argument is not a queue URL (exit 2), before asking SQS anything', async () => {
    const result = await replay('--from', 'dlq', '--to', sqs.queueUrl('articles'));
    expect(result.code).toBe(2);
    expect(result.output).toContain('not a queue URL: dlq (the URLs look like https://sqs.REGION.amazonaws.com/ACCOUNT/NAME)');
  });
});
