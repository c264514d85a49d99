// The cold-start proxy of each Lambda: its bundle, built exactly as the CDK stack builds it, and the time a
// fresh Node process takes to import it (what Lambda's init phase does before the first invocation).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { LAMBDA_ENTRIES, LAMBDA_NODE_OPTIONS, LAMBDA_RUNTIME, PROJECT_ROOT, lambdaEsbuildOptions } from '../../infra/lambda-bundling.js';
import { ENV } from '../../shared/runtime/config.js';
import { median } from '../statistics.js';

const IMPORTS_PER_FUNCTION = 7;
const LARGEST_PARTS_SHOWN = 6;

// What the stack sets, as dummy values: importing a handler must not need AWS.
const LAMBDA_ENVIRONMENT = {
  [ENV.tableName]: 'factline-bench',
  [ENV.queueUrl]: 'https://sqs.us-east-1.amazonaws.com/123456789012/factline-bench',
  [ENV.apiTokenSecretArn]: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:factline-bench',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_SERVICE_NAME: 'factline',
  POWERTOOLS_LOG_LEVEL: 'SILENT',
  NODE_OPTIONS: LAMBDA_NODE_OPTIONS,
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

interface ImportTime {
  wallMs: number;
  cpuMs: number;
}

interface ColdStart {
  name: string;
  bundleBytes: number;
  gzipBytes: number;
  imports: ImportTime[];
  /** Minified bytes by npm package (or by shared/ folder), largest first. */
  largestParts: Array<[string, number]>;
}

function timeImport(bundle: string): ImportTime {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', IMPORT_TIMER, pathToFileURL(bundle).href], {
    env: { PATH: process.env.PATH, ...LAMBDA_ENVIRONMENT },
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

async function measure(name: string, entry: string, outDir: string): Promise<ColdStart> {
  // Lambda's ESM handler file is index.mjs, as NodejsFunction writes it.
  const bundle = join(outDir, name, 'index.mjs');
  const { metafile } = await build({ ...lambdaEsbuildOptions(join(PROJECT_ROOT, entry), bundle), metafile: true });
  const imports = Array.from({ length: IMPORTS_PER_FUNCTION }, () => timeImport(bundle));
  return {
    name,
    bundleBytes: statSync(bundle).size,
    gzipBytes: gzipSync(readFileSync(bundle)).length,
    imports,
    largestParts: largestParts(metafile),
  };
}

/** The floor: a fresh process importing a module that only exports a handler. */
function measureEmptyHandler(outDir: string): ColdStart {
  const module = join(outDir, 'empty', 'index.mjs');
  mkdirSync(join(outDir, 'empty'));
  writeFileSync(module, 'export const handler = async () => {};\n');
  const imports = Array.from({ length: IMPORTS_PER_FUNCTION }, () => timeImport(module));
  const bundleBytes = statSync(module).size;
  return { name: '(empty handler, for reference)', bundleBytes, gzipBytes: gzipSync(readFileSync(module)).length, imports, largestParts: [] };
}

const kilobytes = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(0)} kB`);

export async function run(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'factline-cold-start-'));
  try {
    const results: ColdStart[] = [];
    for (const [name, entry] of Object.entries(LAMBDA_ENTRIES)) results.push(await measure(name, entry, outDir));
    results.push(measureEmptyHandler(outDir));
    return [
      '## Lambda cold-start proxy',
      '',
      `Each function bundled with the stack's esbuild options (infra/lambda-bundling.ts: ESM, minified, AWS SDK`,
      `bundled, source map without sources beside it), then imported by ${IMPORTS_PER_FUNCTION} fresh \`node ${LAMBDA_NODE_OPTIONS}\` processes`,
      `with dummy configuration. Import time is measured inside the process (node's own start-up excluded).`,
      `Measured on this machine's Node ${process.version} (${process.arch}); Lambda runs ${LAMBDA_RUNTIME.name} on arm64.`,
      '',
      '| function | bundle (minified) | gzip | import, wall median | wall min–max | import, CPU median | largest parts |',
      '|---|---:|---:|---:|---:|---:|---|',
      ...results.map((result) => {
        const wall = result.imports.map((time) => time.wallMs);
        const cpu = result.imports.map((time) => time.cpuMs);
        return (
          `| ${result.name} | ${kilobytes(result.bundleBytes)} | ${kilobytes(result.gzipBytes)} | ${median(wall).toFixed(0)} ms | ` +
          `${Math.min(...wall).toFixed(0)}–${Math.max(...wall).toFixed(0)} ms | ${median(cpu).toFixed(0)} ms | ` +
          `${result.largestParts.map(([part, bytes]) => `${part} ${kilobytes(bytes)}`).join(', ')} |`
        );
      }),
    ].join('\n');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
