// GET / (the web page) and GET /static/* (its script, style and chart chunk): the files scripts/build-page.ts
// built from shared/http/page/src, served byte for byte as built. The bodies stay on disk, out of the
// JavaScript (the chart chunk alone is 255 kB): each is read on its first request and kept in memory.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import type { AppEnv } from '../router.js';

/** The file of one URL path, as written to the page directory's manifest. */
export interface PageFile {
  /** The file's name in the page directory's static/ folder. */
  file: string;
  contentType: string;
  /** Strong ETag: the body's SHA-256. */
  etag: string;
  /** Hashed file names never change content, so they may be cached for good. */
  immutable: boolean;
}

/** URL path ("/", "/static/<name>-<hash>.(js|css)") -> its file. */
export type PageManifest = Record<string, PageFile>;

export const PAGE_MANIFEST_FILE = 'manifest.json';
export const PAGE_STATIC_FOLDER = 'static';
/**
 * /openapi.json as scripts/build-page.ts writes it from the route declarations (shared/http/openapi.ts), in the
 * page directory: the api function serves this file and so carries no JSON Schema writer nor the write routes' code.
 */
export const OPENAPI_DOCUMENT_FILE = 'openapi.json';
/** The folder beside a Lambda bundle's index.mjs that holds the page (infra/lambda-bundling.ts copies it there). */
export const PAGE_FOLDER_BESIDE_BUNDLE = 'page';

// Where the page is: beside the bundle on Lambda, or in the source tree under tsx (npm start, the tests).
const PAGE_DIRECTORY_CANDIDATES = [`./${PAGE_FOLDER_BESIDE_BUNDLE}/`, '../page/dist/'];

export function locatePageDirectory(from: string = import.meta.url): URL {
  for (const candidate of PAGE_DIRECTORY_CANDIDATES) {
    const directory = new URL(candidate, from);
    if (existsSync(new URL(PAGE_MANIFEST_FILE, directory))) return directory;
  }
  const looked = PAGE_DIRECTORY_CANDIDATES.map((candidate) => new URL(candidate, from).pathname).join(' or ');
  throw new Error(`the web page is not built: no ${PAGE_MANIFEST_FILE} in ${looked} (npm run build:page)`);
}

/** The built /openapi.json, read on its first request. */
export async function builtOpenApiDocument(locate: () => URL = locatePageDirectory): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(new URL(OPENAPI_DOCUMENT_FILE, locate()), 'utf8')) as Record<string, unknown>;
}

// The page loads only its own files and talks only to this API (the chart library writes inline SVG styles).
const SECURITY_HEADERS = {
  'content-security-policy': [
    "default-src 'none'",
    "script-src 'self'",
    "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function headersOf(file: PageFile): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'content-type': file.contentType,
    etag: file.etag,
    'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
  };
}

/** The page's routes; `locate` finds the page directory on the first request (not at import: cold start). */
export function pageRoutes(locate: () => URL = locatePageDirectory) {
  let page: { directory: URL; manifest: PageManifest } | undefined;
  const bodies = new Map<string, Uint8Array<ArrayBuffer>>();
  const pageFiles = () => {
    if (!page) {
      const directory = locate();
      page = { directory, manifest: JSON.parse(readFileSync(new URL(PAGE_MANIFEST_FILE, directory), 'utf8')) as PageManifest };
    }
    return page;
  };
  const serve = (path: string, ifNoneMatch: string | undefined) => {
    const { directory, manifest } = pageFiles();
    const file = Object.hasOwn(manifest, path) ? manifest[path] : undefined;
    if (!file) return null;
    if (ifNoneMatch === file.etag) return new Response(null, { status: 304, headers: headersOf(file) });
    let body = bodies.get(path);
    if (!body) {
      body = new Uint8Array(readFileSync(new URL(`${PAGE_STATIC_FOLDER}/${file.file}`, directory)));
      bodies.set(path, body);
    }
    return new Response(body, { status: 200, headers: headersOf(file) });
  };
  return new Hono<AppEnv>()
    .get('/', (c) => {
      // The page's links are relative to its folder: /prod must become /prod/, or they would leave the stage.
      const basePath = c.get('basePath');
      if (basePath && c.get('clientPath') === basePath) return c.redirect(`${basePath}/`, 308);
      return serve('/', c.req.header('if-none-match')) ?? c.notFound();
    })
    .get('/favicon.ico', (c) => c.body(null, 204))
    .get('/static/:file', (c) => serve(`/static/${c.req.param('file')}`, c.req.header('if-none-match')) ?? c.notFound());
}
