// The functions' stack traces name the TypeScript sources without node --enable-source-maps: the extract
// function, bundled as the stack bundles it, is imported in a fresh node process (no NODE_OPTIONS, as the stack
// sets none) and given a message it refuses. The map beside the bundle is read on the first stack, not at import.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAMBDA_ENTRIES, PROJECT_ROOT, lambdaEsbuildOptions } from '../../infra/lambda-bundling.js';
import { ENV } from '../../shared/runtime/config.js';

// Imports the bundle, optionally takes its source map away, then gives the handler one message it refuses and
// cannot dead-letter (no SQS answers at the endpoint): the handler logs the decoder's error (WARN, stderr) and
// throws when the whole batch failed, as Lambda would see it.
const INVOKE = `
import { renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const bundle = process.argv[1];
const { handler } = await import(bundle);
if (process.argv[2] === 'map-removed-after-import') renameSync(fileURLToPath(bundle) + '.map', fileURLToPath(bundle) + '.map.away');
const record = { messageId: 'm-1', body: '{"articleId":"not-an-id"}', attributes: { ApproximateReceiveCount: '1' } };
try {
  await handler({ Records: [record] }, { awsRequestId: 'r-1', getRemainingTimeInMillis: () => 30000 });
} catch (error) {
  process.stdout.write(JSON.stringify({ unhandledStack: error.stack }));
}
`;

const REFUSAL = 'articleId must be a_ and 24 hex digits';

interface Invocation {
  /** The failure line's messageId: the handler's log scope (withLogKeys) gives it. */
  loggedMessageId: unknown;
  loggedStack: string;
  unhandledStack: string;
}

let outDir: string;
let bundle: string;

function invoke(mode = ''): Invocation {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', INVOKE, pathToFileURL(bundle).href, mode], {
    env: {
      PATH: process.env.PATH,
      [ENV.tableName]: 'factline-stack-traces',
      [ENV.deadLetterQueueUrl]: 'http://127.0.0.1:9/000000000000/nowhere',
      AWS_ENDPOINT_URL_SQS: 'http://127.0.0.1:9',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`the bundle failed: ${child.stderr}`);
  const failure = child.stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { message: string; messageId?: unknown; error?: { stack?: string } })
    .find((entry) => entry.message === 'extraction failed');
  return {
    loggedMessageId: failure?.messageId,
    loggedStack: failure?.error?.stack ?? '',
    unhandledStack: (JSON.parse(child.stdout) as { unhandledStack: string }).unhandledStack,
  };
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'factline-stack-traces-'));
  bundle = join(outDir, 'index.mjs');
  await build(lambdaEsbuildOptions(join(PROJECT_ROOT, LAMBDA_ENTRIES.extract), bundle));
}, 60_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('stack traces of a bundled function', () => {
  it('name the TypeScript file and line, in the log and in the error Lambda reports', () => {
    const source = readFileSync(join(PROJECT_ROOT, 'shared/queue/extraction-message.ts'), 'utf8').split('\n');
    const refusalLine = source.findIndex((line) => line.includes(REFUSAL)) + 1;
    const { loggedMessageId, loggedStack, unhandledStack } = invoke();
    expect(loggedMessageId).toBe('m-1');
    expect(loggedStack).toContain(`(${join(PROJECT_ROOT, 'shared/queue/extraction-message.ts')}:${refusalLine}:`);
    expect(loggedStack).not.toContain('index.mjs');
    expect(unhandledStack).toMatch(/node_modules\/@aws-lambda-powertools\/batch\/.*\.js:\d+:\d+\)/);
    expect(unhandledStack).not.toContain('index.mjs');
  }, 30_000);

  it('read the source map on the first stack, not at import', () => {
    let loggedStack: string;
    try {
      ({ loggedStack } = invoke('map-removed-after-import'));
    } finally {
      renameSync(`${bundle}.map.away`, `${bundle}.map`);
    }
    expect(loggedStack).toMatch(/index\.mjs:\d+:\d+/);
    expect(loggedStack).not.toContain('extraction-message.ts');
  }, 30_000);
});
