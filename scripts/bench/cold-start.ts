// The cold-start proxy of each Lambda: its bundle, built exactly as the CDK stack builds it, and the time a
// fresh Node process takes to import it (what Lambda's init phase does before the first invocation).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import {
  LAMBDA_ENTRIES,
  LAMBDA_LAZY_MODULES,
  LAMBDA_RUNTIME,
  LAMBDA_WORKERS,
  PAGE_DIST,
  PROJECT_ROOT,
  lambdaEsbuildOptions,
} from '../../infra/lambda-bundling.js';
import { PAGE_FOLDER_BESIDE_BUNDLE, PAGE_STATIC_FOLDER } from '../../shared/http/routes/page.js';
import { ENV } from '../../shared/runtime/config.js';
import { median } from '../statistics.js';

// More imports than the 11 of the first round: steadier medians on this shared machine (the ratios of
// three runs in a row still spread by up to 0.17).
const IMPORTS_PER_FUNCTION = 21;

/** The peer: the smallest useful API handler, hono and a DynamoDB read, bundled with the same options. */
const REFERENCE_HANDLER = `
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
const app = new Hono();
app.get('/items/:id', async (c) => c.json((await client.send(new GetItemCommand({ TableName: 't', Key: { PK: { S: c.req.param('id') } } }))).Item ?? null));
export const handler = handle(app);
`;
const LARGEST_PARTS_SHOWN = 6;

// What the stack sets, as dummy values: importing a handler must not need AWS.
const LAMBDA_ENVIRONMENT = {
  [ENV.tableName]: 'factline-bench',
  [ENV.queueUrl]: 'https://sqs.us-east-1.amazonaws.com/123456789012/factline-bench',
  [ENV.apiTokenSecretArn]: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:factline-bench',
  [ENV.cursorSecretArn]: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:factline-bench-cursor',
  [ENV.deliveryQueueUrl]: 'https://sqs.us-east-1.amazonaws.com/123456789012/factline-bench-delivery',
  [ENV.deadLetterQueueUrl]: 'https://sqs.us-east-1.amazonaws.com/123456789012/factline-bench-dead-letters',
  [ENV.publicBaseUrl]: 'https://factline.example',
  [ENV.watchEmailTopicArn]: 'arn:aws:sns:us-east-1:123456789012:factline-bench-watch-email',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_SERVICE_NAME: 'factline',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
};

// Runs in the fresh process: times the import alone, not node's own start-up. CPU time (all threads)
// is reported beside wall time because it barely moves when other work shares the machine.
const IMPORT_TIMER = `
const started = performance.now();
const cpuAtStart = process.cpuUsage();
const module = await import(process.argv[1]);
if (typeof module.handler !== 'function') throw new Error('the module exports no handler');
const cpu = process.cpuUsage(cpuAtStart);
process.stdout.write(JSON.stringify({ wallMs: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 }));
`;

export interface ImportTime {
  wallMs: number;
  cpuMs: number;
}

export interface Bundle {
  name: string;
  /** The file imported; absent for a worker or a lazy module, which is loaded on first use rather than imported at init. */
  module?: string;
  bundleBytes: number;
  gzipBytes: number;
  /** Minified bytes by npm package (or by shared/ folder), largest first. */
  largestParts: Array<[string, number]>;
  /** The issue's bars for this function. */
  bar?: { kilobytes: number; importMs?: number };
}

interface ColdStart extends Bundle {
  imports: ImportTime[];
}

const BARS: Record<string, Bundle['bar']> = {
  api: { kilobytes: 400, importMs: 80 },
  extract: { kilobytes: 500, importMs: 100 },
  ingest: { kilobytes: 700 },
};
/**
 * The import-time bars were set on a machine where the peer imported in this many ms (issue 13): elsewhere
 * a bar is its ratio to the peer, compared with the CPU medians of the same run (CPU time barely moves when
 * other work shares the machine; wall time does).
 */
const PEER_MS_WHERE_BARS_WERE_SET = 70;
const REFERENCE = '(reference: hono + DynamoDB client)';
const EMPTY = '(empty handler)';

/** Imports `bundle` in a fresh node process with the stack's environment (which sets no NODE_OPTIONS), or these options. */
export function timeImport(bundle: string, nodeOptions = ''): ImportTime {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', IMPORT_TIMER, pathToFileURL(bundle).href], {
    env: { PATH: process.env.PATH, ...LAMBDA_ENVIRONMENT, NODE_OPTIONS: nodeOptions },
    encoding: 'utf8',
  });
  return JSON.parse(output) as ImportTime;
}

/** What the bundle is made of: where to look first when a function's cold start grows. */
function largestParts(metafile: Metafile): Array<[string, number]> {
  const bytesByPart = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const part = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split('/').slice(0, 2).join('/');
      bytesByPart.set(part, (bytesByPart.get(part) ?? 0) + bytesInOutput);
    }
  }
  return [...bytesByPart].sort((a, b) => b[1] - a[1]).slice(0, LARGEST_PARTS_SHOWN);
}

async function bundle(name: string, entry: string, outFile: string, imported = true): Promise<Bundle> {
  // nodePaths: the peer's entry is written outside the project.
  const { metafile } = await build({
    ...lambdaEsbuildOptions(entry, outFile),
    nodePaths: [join(PROJECT_ROOT, 'node_modules')],
    metafile: true,
  });
  return {
    name,
    ...(imported ? { module: outFile } : {}),
    bundleBytes: statSync(outFile).size,
    gzipBytes: gzipSync(readFileSync(outFile)).length,
    largestParts: largestParts(metafile),
    ...(BARS[name] ? { bar: BARS[name] } : {}),
  };
}

/** Every bundle: the peer, the functions as the stack builds them (index.mjs, as NodejsFunction writes it), the floor, the workers, the lazy modules. */
export async function bundleAll(outDir: string): Promise<Bundle[]> {
  const referenceEntry = join(outDir, 'reference.ts');
  writeFileSync(referenceEntry, REFERENCE_HANDLER);
  const bundles = [await bundle(REFERENCE, referenceEntry, join(outDir, 'reference', 'index.mjs'))];
  for (const [name, entry] of Object.entries(LAMBDA_ENTRIES))
    bundles.push(await bundle(name, join(PROJECT_ROOT, entry), join(outDir, name, 'index.mjs')));
  const empty = join(outDir, 'empty', 'index.mjs');
  mkdirSync(dirname(empty), { recursive: true });
  writeFileSync(empty, 'export const handler = async () => {};\n');
  bundles.push({
    name: EMPTY,
    module: empty,
    bundleBytes: statSync(empty).size,
    gzipBytes: gzipSync(readFileSync(empty)).length,
    largestParts: [],
  });
  const besideHandlers: { modules: Record<string, string>; folder: string; role: string }[] = [
    { modules: LAMBDA_WORKERS, folder: 'workers', role: 'worker beside the ingest and poll handlers, started on the first parse' },
    { modules: LAMBDA_LAZY_MODULES, folder: 'lazy', role: 'beside the extract handler, imported on its first unreadable message' },
  ];
  for (const { modules, folder, role } of besideHandlers)
    for (const [file, entry] of Object.entries(modules))
      bundles.push(await bundle(`${file} (${role})`, join(PROJECT_ROOT, entry), join(outDir, folder, file), false));
  bundles.push(pageFiles());
  return bundles;
}

/** The web page's files (npm run bench builds them first), shipped beside the api handler and read on their first request. */
function pageFiles(): Bundle {
  const staticDir = join(PROJECT_ROOT, PAGE_DIST, PAGE_STATIC_FOLDER);
  const files = readdirSync(staticDir).map((name) => ({ name, content: readFileSync(join(staticDir, name)) }));
  return {
    name: `${PAGE_FOLDER_BESIDE_BUNDLE}/ (the web page's files beside the api handler, read on their first request)`,
    bundleBytes: files.reduce((sum, file) => sum + file.content.length, 0),
    gzipBytes: files.reduce((sum, file) => sum + gzipSync(file.content).length, 0),
    largestParts: files
      .map((file): [string, number] => [file.name, file.content.length])
      .sort((a, b) => b[1] - a[1])
      .slice(0, LARGEST_PARTS_SHOWN),
  };
}

const kilobytes = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} kB`);

function verdict(result: ColdStart, cpuRatioToPeer: number): string {
  if (!result.bar) return '';
  const maxRatio = result.bar.importMs === undefined ? undefined : result.bar.importMs / PEER_MS_WHERE_BARS_WERE_SET;
  const size = result.bundleBytes / 1024 <= result.bar.kilobytes;
  const time = maxRatio === undefined || cpuRatioToPeer <= maxRatio;
  const bar = `<= ${result.bar.kilobytes} kB${maxRatio === undefined ? '' : `, <= ${result.bar.importMs} ms (${maxRatio.toFixed(2)}x the peer)`}`;
  return `${bar}: ${size && time ? 'met' : `NOT met (${[size ? '' : 'size', time ? '' : 'time'].filter(Boolean).join(', ')})`}`;
}

export async function run(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'factline-cold-start-'));
  try {
    const bundles = await bundleAll(outDir);
    const results: ColdStart[] = bundles.map((bundled) => ({ ...bundled, imports: [] }));
    // Rounds over every bundle in turn, so that load from other processes falls on all of them alike.
    for (let round = 0; round < IMPORTS_PER_FUNCTION; round++) {
      for (const result of results) if (result.module) result.imports.push(timeImport(result.module));
    }
    const reference = results.find((result) => result.name === REFERENCE)!;
    const referenceWall = median(reference.imports.map((time) => time.wallMs));
    const referenceCpu = median(reference.imports.map((time) => time.cpuMs));
    return [
      '## Lambda cold-start proxy',
      '',
      `Each function bundled with the stack's esbuild options (infra/lambda-bundling.ts: ESM, minified, AWS SDK`,
      `bundled, source map without sources beside it, read on the first stack trace), then imported by ${IMPORTS_PER_FUNCTION} fresh \`node\` processes`,
      `(no NODE_OPTIONS: the stack sets none) with dummy configuration, in rounds over all bundles. The peer is the smallest useful API handler (hono and a`,
      `DynamoDB GetItem) bundled with the same options, and the floor a module that only exports a handler.`,
      `Import time is measured inside the process (node's own start-up excluded).`,
      `Measured on this machine's Node ${process.version} (${process.arch}); Lambda runs ${LAMBDA_RUNTIME.name} on arm64.`,
      `The import-time bars were set where the peer took ${PEER_MS_WHERE_BARS_WERE_SET} ms: here each is that ratio to the peer's CPU median.`,
      '',
      '| function | bundle (minified) | gzip | import, wall median | wall min–max | import, CPU median | CPU / peer | wall / peer | bar | largest parts |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---|---|',
      ...results.map((result) => {
        const wall = result.imports.map((time) => time.wallMs);
        const cpu = result.imports.map((time) => time.cpuMs);
        const timed = wall.length > 0;
        const wallMedian = timed ? median(wall) : 0;
        const cpuMedian = timed ? median(cpu) : 0;
        return (
          `| ${result.name} | ${kilobytes(result.bundleBytes)} | ${kilobytes(result.gzipBytes)} | ` +
          (timed
            ? `${wallMedian.toFixed(0)} ms | ${Math.min(...wall).toFixed(0)}–${Math.max(...wall).toFixed(0)} ms | ${cpuMedian.toFixed(0)} ms | ` +
              `${(cpuMedian / referenceCpu).toFixed(2)} | ${(wallMedian / referenceWall).toFixed(2)} | `
            : 'not imported at init | | | | | ') +
          `${verdict(result, cpuMedian / referenceCpu)} | ${result.largestParts.map(([part, bytes]) => `${part} ${kilobytes(bytes)}`).join(', ')} |`
        );
      }),
    ].join('\n');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
