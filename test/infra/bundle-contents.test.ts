// What each Lambda bundle carries, built as the stack builds it: code a function never runs still costs
// its cold start (compiled and source-mapped at import), so the read-only api function must not carry the
// write routes, the store's write side (shared/store/read-store.ts), the JSON Schema writer behind /openapi.json
// (it serves the document as built), zod (it checks requests with the checks generated from the declarations),
// or a logger library.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { LAMBDA_ENTRIES, PROJECT_ROOT, lambdaEsbuildOptions } from '../../infra/lambda-bundling.js';

/** The modules in a function's index.mjs, its size in bytes, and the characters in it outside ASCII. */
interface Bundled {
  inputs: string[];
  bytes: number;
  nonAscii: string[];
}
const builds = new Map<keyof typeof LAMBDA_ENTRIES, Promise<Bundled>>();

/** Each function built once for the whole file, as the stack builds it (the sources do not change under the tests). */
function bundled(name: keyof typeof LAMBDA_ENTRIES): Promise<Bundled> {
  let pending = builds.get(name);
  if (!pending) {
    pending = buildBundle(name);
    builds.set(name, pending);
  }
  return pending;
}

async function buildBundle(name: keyof typeof LAMBDA_ENTRIES): Promise<Bundled> {
  const outfile = `cdk.out/bundle-contents/${name}/index.mjs`;
  const { metafile, outputFiles } = await build({
    ...lambdaEsbuildOptions(join(PROJECT_ROOT, LAMBDA_ENTRIES[name]), join(PROJECT_ROOT, outfile)),
    write: false,
    metafile: true,
  });
  return {
    inputs: Object.values(metafile.outputs).flatMap((output) => Object.keys(output.inputs)),
    bytes: metafile.outputs[outfile]!.bytes,
    nonAscii: [...new Set(outputFiles.find((file) => file.path.endsWith('/index.mjs'))!.text.match(/[^\0-\x7f]/gu))],
  };
}

const bundledInputs = async (name: keyof typeof LAMBDA_ENTRIES) => (await bundled(name)).inputs;

const WRITE_ROUTE_MODULES = [
  'shared/http/write-routes.ts',
  'shared/http/routes/ingest.ts',
  'shared/http/routes/feeds.ts',
  'shared/http/routes/watches.ts',
  'shared/http/routes/admin-keys.ts',
];
const DOCUMENT_WRITER = ['shared/http/openapi.ts', 'node_modules/zod/v4/core/to-json-schema.js'];
const STORE_WRITE_MODULES = [
  'shared/store/dynamo-store.ts',
  'shared/store/articles.ts',
  'shared/store/claim-sets.ts',
  'shared/store/facts.ts',
  'shared/facts/corrections.ts',
];
/** What the extract function writes: the claim set, and the facts derived from it. */
const CLAIM_WRITE_MODULES = ['shared/store/claim-sets.ts', 'shared/store/facts.ts', 'shared/facts/corrections.ts'];
const ROUTE_DECLARATIONS = ['shared/http/router.ts', 'shared/http/routes/read-routes.ts', 'shared/http/routes/fact-schemas.ts'];

describe('the Lambda bundles', () => {
  it('api carries the read routes only, and no JSON Schema writer', async () => {
    const inputs = await bundledInputs('api');
    expect(inputs).toEqual(
      expect.arrayContaining(['shared/http/routes/claims.ts', 'shared/http/routes/subjects.ts', 'shared/http/app-core.ts']),
    );
    expect(inputs.filter((input) => [...WRITE_ROUTE_MODULES, ...DOCUMENT_WRITER].includes(input))).toEqual([]);
  }, 60_000);

  it('api checks requests without zod: the generated checks, no route declaration', async () => {
    const inputs = await bundledInputs('api');
    expect(inputs).toEqual(expect.arrayContaining(['shared/http/routes/read-checks.generated.ts', 'shared/http/request-checks.ts']));
    expect(inputs.filter((input) => input.startsWith('node_modules/zod/') || ROUTE_DECLARATIONS.includes(input))).toEqual([]);
  }, 60_000);

  it("api carries the store's reads only: no article or claim-set writes, no derivation of facts", async () => {
    const inputs = await bundledInputs('api');
    expect(inputs).toEqual(
      expect.arrayContaining(['shared/store/read-store.ts', 'shared/store/article-reads.ts', 'shared/store/reads.ts']),
    );
    expect(inputs.filter((input) => STORE_WRITE_MODULES.includes(input))).toEqual([]);
    expect(
      inputs.filter((input) =>
        /client-dynamodb\/dist-es\/commands\/(Put|Update|Delete|BatchWrite|TransactWrite)\w*Command\.js$/.test(input),
      ),
    ).toEqual([]);
  }, 60_000);

  it("extract carries the store writes it runs (an article's claims and what derives from them), no article writes, no read side", async () => {
    const inputs = await bundledInputs('extract');
    expect(inputs).toEqual(expect.arrayContaining(CLAIM_WRITE_MODULES));
    const unused = STORE_WRITE_MODULES.filter((input) => !CLAIM_WRITE_MODULES.includes(input));
    expect(inputs.filter((input) => [...unused, 'shared/store/reads.ts', 'shared/store/read-store.ts'].includes(input))).toEqual([]);
  }, 60_000);

  it("extract carries no SQS client (the dead-letter sender is imported on the first unreadable message) and stays under issue 13's 500 KiB", async () => {
    const { inputs, bytes } = await bundled('extract');
    expect(inputs.filter((input) => input.startsWith('node_modules/@aws-sdk/client-sqs/'))).toEqual([]);
    expect(bytes).toBeLessThan(500 * 1024);
  }, 60_000);

  // One character outside ASCII (esbuild prints regex literals as written) makes node hold the whole bundle as a
  // two-byte string, decoded and compiled more slowly at import (docs/extraction.md, sixteenth cold start).
  it('extract is ASCII: its patterns write other characters as escapes', async () => {
    expect((await bundled('extract')).nonAscii).toEqual([]);
  }, 60_000);

  it('deliver and notify carry the dead-letter sender in index.mjs and send with the SQS client they hold: no lazy import of a second one', async () => {
    for (const name of ['deliver', 'notify'] as const) {
      const inputs = await bundledInputs(name);
      expect(inputs, name).toEqual(expect.arrayContaining(['shared/runtime/sqs-dead-letters.ts', 'shared/runtime/aws-webhook-wiring.ts']));
      expect(
        inputs.filter((input) => input === 'shared/runtime/aws-dead-letter-wiring.ts'),
        name,
      ).toEqual([]);
    }
    // Extract imports it from the bundle beside index.mjs (infra/lambda-bundling.ts), built beside extract alone.
    expect((await bundledInputs('extract')).filter((input) => input === 'shared/runtime/sqs-dead-letters.ts')).toEqual([]);
  }, 120_000);

  it('ingest carries the write routes it serves', async () => {
    expect(await bundledInputs('ingest')).toEqual(expect.arrayContaining(WRITE_ROUTE_MODULES));
  }, 60_000);

  it("no function carries the SDK's event-stream code, and no SDK client they carry has an event-stream operation", async () => {
    const clients = new Set<string>();
    for (const name of Object.keys(LAMBDA_ENTRIES) as Array<keyof typeof LAMBDA_ENTRIES>) {
      const inputs = await bundledInputs(name);
      expect(
        inputs.filter((input) => input.startsWith('node_modules/@smithy/core/dist-es/submodules/event-streams/')),
        name,
      ).toEqual([]);
      for (const input of inputs) clients.add(/^node_modules\/@aws-sdk\/client-[\w-]+/.exec(input)?.[0] ?? '');
    }
    clients.delete('');
    expect([...clients].sort()).toEqual(
      ['client-dynamodb', 'client-secrets-manager', 'client-sns', 'client-sqs'].map((client) => `node_modules/@aws-sdk/${client}`),
    );
    // An event stream is a union with the streaming trait, which a client's schemas name by this string.
    for (const client of clients)
      expect(readFileSync(join(PROJECT_ROOT, client, 'dist-es/schemas/schemas_0.js'), 'utf8'), client).not.toContain('"streaming"');
  }, 120_000);

  it("no function carries the SDK's endpoint cache or the LRU library under it: the Map stand-in instead", async () => {
    for (const name of Object.keys(LAMBDA_ENTRIES) as Array<keyof typeof LAMBDA_ENTRIES>) {
      const inputs = await bundledInputs(name);
      expect(
        inputs.filter((input) => /^node_modules\/(mnemonist|obliterator|@aws-sdk\/endpoint-cache)\//.test(input)),
        name,
      ).toEqual([]);
      if (inputs.some((input) => input.startsWith('node_modules/@aws-sdk/client-dynamodb/')))
        expect(inputs, name).toContain('shared/runtime/endpoint-cache.ts');
    }
  }, 120_000);

  it('ingest and poll alone start the page and feed parser, the worker the stack builds beside them only', async () => {
    const starting = [];
    for (const name of Object.keys(LAMBDA_ENTRIES) as Array<keyof typeof LAMBDA_ENTRIES>)
      if ((await bundledInputs(name)).includes('shared/ingestion/html-parsing.ts')) starting.push(name);
    // infra/stack.ts and infra/constructs/feed-poll.ts set readsPages for these (test/infra/stack.test.ts checks the assets).
    expect(starting).toEqual(['ingest', 'poll']);
  }, 120_000);

  it('no function carries a logger library', async () => {
    for (const name of Object.keys(LAMBDA_ENTRIES) as Array<keyof typeof LAMBDA_ENTRIES>) {
      expect(
        (await bundledInputs(name)).filter((input) => input.includes('@aws-lambda-powertools/logger')),
        name,
      ).toEqual([]);
    }
  }, 120_000);
});
