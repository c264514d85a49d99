// The page route serves the built files from disk: read on the first request, kept after; found beside a
// Lambda bundle or in the source tree; mounted only where the page is served.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/http/app.js';
import { locatePageDirectory, PAGE_MANIFEST_FILE, pageRoutes, type PageManifest } from '../../shared/http/routes/page.js';

const DIST = new URL('../../shared/http/page/dist/', import.meta.url);
const scratch = mkdtempSync(join(tmpdir(), 'factline-page-route-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A page directory as build-page writes it, with one file. */
function pageDirectory(parent: string, body: string): string {
  const directory = join(parent, 'page');
  mkdirSync(join(directory, 'static'), { recursive: true });
  writeFileSync(join(directory, 'static', 'index.html'), body);
  const manifest: PageManifest = { '/': { file: 'index.html', contentType: 'text/html; charset=utf-8', etag: '"v1"', immutable: false } };
  writeFileSync(join(directory, PAGE_MANIFEST_FILE), JSON.stringify(manifest));
  return directory;
}

describe('the page route', () => {
  it('serves every built file byte for byte, with its type and ETag, and 304 when the ETag matches', async () => {
    const app = createApp({ store: {} as never, servesPage: true });
    const manifest = JSON.parse(readFileSync(new URL(PAGE_MANIFEST_FILE, DIST), 'utf8')) as PageManifest;
    expect(Object.keys(manifest)).toContain('/');
    for (const [path, file] of Object.entries(manifest)) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(file.contentType);
      expect(response.headers.get('etag'), path).toBe(file.etag);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(new URL(`static/${file.file}`, DIST))), path).toBe(true);
      const again = await app.request(path, { headers: { 'if-none-match': file.etag } });
      expect(again.status, path).toBe(304);
    }
    for (const path of ['/static/nope.js', '/static/__proto__', '/static/manifest.json'])
      expect((await app.request(path)).status, path).toBe(404);
  });

  it('is not mounted in an app that does not serve the page (the ingest function)', async () => {
    const response = await createApp({ store: {} as never }).request('/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
  });

  it('reads a body on its first request and keeps it in memory', async () => {
    const directory = pageDirectory(mkdtempSync(join(scratch, 'cache-')), '<p>first</p>');
    const routes = pageRoutes(() => pathToFileURL(`${directory}/`));
    expect(await (await routes.request('/')).text()).toBe('<p>first</p>');
    writeFileSync(join(directory, 'static', 'index.html'), '<p>second</p>');
    expect(await (await routes.request('/')).text()).toBe('<p>first</p>');
  });

  it('finds the page beside a Lambda bundle, in the source tree, or says how to build it', () => {
    const bundleDir = mkdtempSync(join(scratch, 'asset-'));
    pageDirectory(bundleDir, '<p>bundled</p>');
    const bundle = pathToFileURL(join(bundleDir, 'index.mjs')).href;
    expect(locatePageDirectory(bundle).href).toBe(pathToFileURL(join(bundleDir, 'page/')).href);
    expect(locatePageDirectory().href).toBe(DIST.href);
    const empty = pathToFileURL(join(mkdtempSync(join(scratch, 'empty-')), 'index.mjs')).href;
    expect(() => locatePageDirectory(empty)).toThrow(/the web page is not built: no manifest\.json in .* \(npm run build:page\)/);
  });
});
