// GET / (the web page) and GET /static/* (its script, style and chart chunk): the files scripts/build-page.ts
// built from shared/http/page/src, served byte for byte as built.
import { Hono } from 'hono';
import { PAGE_ASSETS, type PageAsset } from '../page/dist/assets.js';
import type { AppEnv } from '../router.js';

// The page loads only its own files and talks only to this API (the chart library writes inline SVG styles).
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function headersOf(asset: PageAsset): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'content-type': asset.contentType,
    etag: asset.etag,
    'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=60',
  };
}

export function pageRoutes() {
  const serve = (asset: PageAsset | undefined, ifNoneMatch: string | undefined) => {
    if (!asset) return null;
    if (ifNoneMatch === asset.etag) return new Response(null, { status: 304, headers: headersOf(asset) });
    return new Response(asset.body, { status: 200, headers: headersOf(asset) });
  };
  return new Hono<AppEnv>()
    .get('/', (c) => serve(PAGE_ASSETS['/'], c.req.header('if-none-match'))!)
    .get('/favicon.ico', (c) => c.body(null, 204))
    .get('/static/:file', (c) => serve(PAGE_ASSETS[`/static/${c.req.param('file')}`], c.req.header('if-none-match')) ?? c.notFound());
}
