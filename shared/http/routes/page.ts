// GET / (the web page) and GET /page.js (its script, compiled with the server code).
import { Hono } from 'hono';
import { PAGE_HTML } from '../page/page-html.js';
import { factlinePage } from '../page/page-script.js';
import type { AppEnv } from '../router.js';

const PAGE_SCRIPT = `(${factlinePage.toString()})();\n`;

// The page loads only its own script and talks only to this API.
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function pageRoutes() {
  return new Hono<AppEnv>()
    .get('/', (c) => c.html(PAGE_HTML, 200, { ...SECURITY_HEADERS, 'cache-control': 'public, max-age=300' }))
    .get('/favicon.ico', (c) => c.body(null, 204))
    .get('/page.js', (c) =>
      c.body(PAGE_SCRIPT, 200, { ...SECURITY_HEADERS, 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=300' }),
    );
}
