// How every factline Lambda is built: the one source for the CDK functions and the cold-start benchmark,
// so that what is measured is what is deployed.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions, Format } from 'esbuild';
import { PAGE_FOLDER_BESIDE_BUNDLE } from '../shared/http/routes/page.js';
import { HTML_WORKER_BUNDLE } from '../shared/ingestion/html-parsing.js';
import { DEAD_LETTER_SENDER_BUNDLE } from '../shared/runtime/aws-dead-letter-wiring.js';

export const LAMBDA_RUNTIME = Runtime.NODEJS_24_X;

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Each function's handler file (exporting `handler`), relative to the project root. */
export const LAMBDA_ENTRIES = {
  api: 'functions/api/handler.ts',
  ingest: 'functions/ingest/handler.ts',
  poll: 'functions/poll/handler.ts',
  extract: 'functions/extract/handler.ts',
  notify: 'functions/notify/handler.ts',
  deliver: 'functions/deliver/handler.ts',
  sweep: 'functions/sweep/handler.ts',
} as const;

/**
 * Worker threads the functions start (file beside index.mjs -> entry): the page and feed parser of
 * shared/ingestion/html-parsing.ts, built beside the functions that read pages or feeds only
 * (FactlineFunctionProps.readsPages: 621 kB the others would ship and never start).
 */
export const LAMBDA_WORKERS = { [HTML_WORKER_BUNDLE]: 'shared/ingestion/html-worker.ts' } as const;

/**
 * Modules a function imports on first use rather than at init (file beside index.mjs -> entry): the SQS
 * dead-letter sender of the extract function, which holds no SQS client of its own
 * (shared/runtime/aws-dead-letter-wiring.ts). Built beside the functions that import them only
 * (FactlineFunctionProps.importsLazily); deliver and notify send their dead letters with the client they hold.
 */
export const LAMBDA_LAZY_MODULES = { [DEAD_LETTER_SENDER_BUNDLE]: 'shared/runtime/sqs-dead-letters.ts' } as const;

/**
 * Source-mapped stack traces in the logs, injected into every bundle: it reads the map beside the bundle on
 * the first stack formatted. Not node --enable-source-maps, which reads and parses it at every cold start.
 */
const STACK_TRACES_MODULE = join(PROJECT_ROOT, 'shared/runtime/bundle-stack-traces.ts');

// CommonJS dependencies call require(), which an ES module does not have.
const ESM_REQUIRE_BANNER = "import{createRequire}from'module';const require=createRequire(import.meta.url);";

/**
 * Credentials on Lambda come from the environment: the default chain's other providers stay out of the bundles. No
 * client the functions use has an event-stream operation: the SDK's event-stream code stays out too. DynamoDB's
 * endpoint cache is the same class on a Map, without the LRU library under the SDK's.
 */
const LAMBDA_ALIASES = {
  '@aws-sdk/credential-provider-node': join(PROJECT_ROOT, 'shared/runtime/lambda-credentials.ts'),
  '@smithy/core/event-streams': join(PROJECT_ROOT, 'shared/runtime/no-event-streams.ts'),
  '@aws-sdk/endpoint-cache': join(PROJECT_ROOT, 'shared/runtime/endpoint-cache.ts'),
};

const LAMBDA_BUNDLING = {
  format: OutputFormat.ESM,
  target: `node${LAMBDA_RUNTIME.name.replace(/^nodejs(\d+)\.x$/, '$1')}`,
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  // The bundled SDK loads about twice as fast as the runtime's copy from node_modules (INFRA.md).
  bundleAwsSDK: true,
  minify: true,
  sourceMap: true,
  // Stack traces need only the mappings; without the sources the map is a fraction of the size.
  sourcesContent: false,
  inject: [STACK_TRACES_MODULE],
  commandHooks: {
    beforeBundling: () => [],
    beforeInstall: () => [],
    afterBundling: () => [],
  },
  esbuildArgs: { '--alias': Object.entries(LAMBDA_ALIASES).map(([module, replacement]) => `${module}=${replacement}`) },
} as const satisfies BundlingOptions;

/** The built web page (scripts/build-page.ts: manifest.json and static/), relative to the project root. */
export const PAGE_DIST = 'shared/http/page/dist';

/**
 * LAMBDA_BUNDLING and what one function needs beside its index.mjs: the parser worker for a function that reads pages
 * or feeds, the lazy modules for a function that imports them, and for the function that serves the web page the
 * page's files, copied into the asset (shared/http/routes/page.ts reads them there), not embedded in the JavaScript.
 */
export function lambdaBundling({
  readsPages = false,
  importsLazily = false,
  servesPage = false,
}: {
  readsPages?: boolean;
  importsLazily?: boolean;
  servesPage?: boolean;
}): BundlingOptions {
  return {
    ...LAMBDA_BUNDLING,
    commandHooks: {
      ...LAMBDA_BUNDLING.commandHooks,
      afterBundling: (inputDir: string, outputDir: string) => [
        ...(readsPages ? sideBundleCommands(LAMBDA_WORKERS, inputDir, outputDir) : []),
        ...(importsLazily ? sideBundleCommands(LAMBDA_LAZY_MODULES, inputDir, outputDir) : []),
        ...(servesPage ? [`cp -R "${join(inputDir, PAGE_DIST)}" "${join(outputDir, PAGE_FOLDER_BESIDE_BUNDLE)}"`] : []),
      ],
    },
  };
}

const ESBUILD_FORMAT = { [OutputFormat.ESM]: 'esm', [OutputFormat.CJS]: 'cjs' } as const satisfies Record<OutputFormat, Format>;

/** The esbuild options NodejsFunction derives from LAMBDA_BUNDLING, for bundling outside CDK. */
export function lambdaEsbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: LAMBDA_BUNDLING.target,
    format: ESBUILD_FORMAT[LAMBDA_BUNDLING.format],
    mainFields: [...LAMBDA_BUNDLING.mainFields],
    banner: { js: LAMBDA_BUNDLING.banner },
    minify: LAMBDA_BUNDLING.minify,
    sourcemap: LAMBDA_BUNDLING.sourceMap,
    sourcesContent: LAMBDA_BUNDLING.sourcesContent,
    alias: LAMBDA_ALIASES,
    inject: [...LAMBDA_BUNDLING.inject],
    // bundleAwsSDK: nothing is external, so there is no `external` list.
    logLevel: 'warning',
  };
}

/** Builds each module (file beside index.mjs -> entry) with the handler's options. */
function sideBundleCommands(modules: Readonly<Record<string, string>>, inputDir: string, outputDir: string): string[] {
  return Object.entries(modules).map(([file, entry]) =>
    esbuildCommand(join(inputDir, 'node_modules/.bin/esbuild'), join(inputDir, entry), join(outputDir, file)),
  );
}

/** The esbuild command line for the same options, for bundling in NodejsFunction's command hooks. */
function esbuildCommand(esbuild: string, entry: string, outfile: string): string {
  const options = lambdaEsbuildOptions(entry, outfile);
  return [
    `"${esbuild}" "${entry}" --bundle --platform=node --target=${options.target} --format=${options.format}`,
    `--main-fields=${LAMBDA_BUNDLING.mainFields.join(',')} --banner:js="${LAMBDA_BUNDLING.banner}" --minify --sourcemap --sources-content=false`,
    ...Object.entries(LAMBDA_ALIASES).map(([module, replacement]) => `--alias:${module}="${replacement}"`),
    ...LAMBDA_BUNDLING.inject.map((file) => `--inject:"${file}"`),
    `--log-level=warning --outfile="${outfile}"`,
  ].join(' ');
}
