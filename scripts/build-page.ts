// Builds the web page into static files: shared/http/page/src (browser TypeScript, the chart library
// from node_modules) bundled by esbuild into shared/http/page/dist/static/, and dist/manifest.json (URL
// path -> file, content type, ETag) that the page route reads. `npm start`, `npm test`, `npm run bench`
// and the CDK app (so `npm run synth` and `cdk deploy`) run it first; the CDK bundling copies dist/ beside
// the api function's bundle: the Lambda, the local server and the tests serve identical files. It also
// writes dist/openapi.json from the route declarations, which the api function serves as built.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { openApiDocument } from '../shared/http/openapi.js';
import {
  OPENAPI_DOCUMENT_FILE,
  PAGE_MANIFEST_FILE,
  PAGE_STATIC_FOLDER,
  type PageFile,
  type PageManifest,
} from '../shared/http/routes/page.js';
import { PAGE_DIST_DIR, pageInputsStamp, recordPageBuild } from './page-inputs.js';

const PAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../shared/http/page');
const PAGE_STATIC_DIR = join(PAGE_DIST_DIR, PAGE_STATIC_FOLDER);
// The module earlier builds wrote with every body in it: removed, so it is neither imported nor copied beside the api bundle.
const EMBEDDED_ASSETS_MODULE = join(PAGE_DIST_DIR, 'assets.js');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function pageFileOf(file: string, body: string, immutable: boolean): PageFile {
  const extension = file.slice(file.lastIndexOf('.'));
  const digest = createHash('sha256').update(body).digest('base64url');
  return { file, contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream', etag: `"${digest}"`, immutable };
}

/** Writes through a temporary file and a rename, so a reader (another test, a running server) never sees half a file. */
function writeAtomically(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

/** Bundles the page; returns its manifest. Synchronous so the CDK app can call it before bundling. */
export function buildPage(): PageManifest {
  const stamp = pageInputsStamp();
  const result = buildSync({
    entryPoints: { page: join(PAGE_DIR, 'src/main.ts'), style: join(PAGE_DIR, 'src/page.css') },
    outdir: PAGE_STATIC_DIR,
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const files = new Map(result.outputFiles.map((file) => [basename(file.path), file.text]));
  const entryFile = (prefix: string) => {
    const name = [...files.keys()].find((file) => file.startsWith(`${prefix}-`));
    if (!name) throw new Error(`page build: no ${prefix} output`);
    return name;
  };
  const html = readFileSync(join(PAGE_DIR, 'src/index.html'), 'utf8')
    // Relative, like every URL the page asks for: behind a REST API stage the page is at /<stage>/, not at /.
    .replace('{{page.js}}', `static/${entryFile('page')}`)
    .replace('{{page.css}}', `static/${entryFile('style')}`);
  files.set('index.html', html);

  mkdirSync(PAGE_STATIC_DIR, { recursive: true });
  const manifest: PageManifest = {};
  for (const [name, content] of files) {
    writeAtomically(join(PAGE_STATIC_DIR, name), content);
    manifest[name === 'index.html' ? '/' : `/static/${name}`] = pageFileOf(name, content, name !== 'index.html');
  }
  writeAtomically(join(PAGE_DIST_DIR, PAGE_MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  writeAtomically(join(PAGE_DIST_DIR, OPENAPI_DOCUMENT_FILE), JSON.stringify(openApiDocument()));
  for (const stale of readdirSync(PAGE_STATIC_DIR).filter((name) => !files.has(name)))
    rmSync(join(PAGE_STATIC_DIR, stale), { force: true });
  rmSync(EMBEDDED_ASSETS_MODULE, { force: true });
  recordPageBuild(stamp);
  return manifest;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const manifest = buildPage();
  const sizes = Object.entries(manifest).map(
    ([path, { file }]) => `${path} ${(statSync(join(PAGE_STATIC_DIR, file)).size / 1024).toFixed(1)} kB`,
  );
  console.log(`page built into ${PAGE_DIST_DIR}: ${sizes.join(', ')}`);
}
