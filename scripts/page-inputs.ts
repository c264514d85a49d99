// Whether the built web page (shared/http/page/dist) is what its sources would build now, judged by the
// size and modification time of every file it may be built from: everything under shared/ (the page's
// TypeScript and the route declarations /openapi.json is written from), the build script, and
// package-lock.json (the libraries). `npm start` and `npm test` skip the build when nothing changed (the
// build is about 1 to 2 s of their start: esbuild, and loading the routes for the OpenAPI document).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPENAPI_DOCUMENT_FILE, PAGE_MANIFEST_FILE, PAGE_STATIC_FOLDER } from '../shared/http/routes/page.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PAGE_DIST_DIR = join(ROOT, 'shared/http/page/dist');
const INPUT_FILES = ['scripts/build-page.ts', 'scripts/page-inputs.ts', 'package-lock.json'];
/** Outside dist/, so it is not copied beside the api bundle. */
export const PAGE_STAMP_FILE = join(ROOT, 'node_modules/.cache/factline/page-build-stamp');

/** One digest of the path, size and modification time of every input file. */
export function pageInputsStamp(): string {
  const sharedFiles = (readdirSync(join(ROOT, 'shared'), { recursive: true }) as string[])
    .map((file) => join('shared', file))
    .filter((file) => !join(ROOT, file).startsWith(PAGE_DIST_DIR));
  const hash = createHash('sha256');
  for (const file of [...sharedFiles, ...INPUT_FILES].sort()) {
    const stat = statSync(join(ROOT, file));
    // Rounded to whole milliseconds: a time set through utimes comes back a float rounding away.
    if (stat.isFile()) hash.update(`${file}\0${stat.size}\0${Math.round(stat.mtimeMs)}\n`);
  }
  return hash.digest('hex');
}

/** Written by buildPage with the stamp taken before it read its inputs. */
export function recordPageBuild(stamp: string): void {
  mkdirSync(dirname(PAGE_STAMP_FILE), { recursive: true });
  writeFileSync(PAGE_STAMP_FILE, stamp);
}

/** The last build's stamp equals today's, and every file it wrote is still there. */
export function pageBuildIsCurrent(): boolean {
  if (!existsSync(PAGE_STAMP_FILE) || readFileSync(PAGE_STAMP_FILE, 'utf8') !== pageInputsStamp()) return false;
  const manifestPath = join(PAGE_DIST_DIR, PAGE_MANIFEST_FILE);
  if (!existsSync(manifestPath) || !existsSync(join(PAGE_DIST_DIR, OPENAPI_DOCUMENT_FILE))) return false;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, { file: string }>;
  return Object.values(manifest).every(({ file }) => existsSync(join(PAGE_DIST_DIR, PAGE_STATIC_FOLDER, file)));
}
