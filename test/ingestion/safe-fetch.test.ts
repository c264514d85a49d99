import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '../../scripts/dynamodb-local.js';
import { logger } from '../../shared/runtime/logger.js';
import { SourceRefusedError, type RefusalReason } from '../../shared/ingestion/errors.js';
import { createSafeFetcher, decodeText, type HostResolver } from '../../shared/ingestion/safe-fetch.js';
import { serveBody, serveOversized, startFixtureServer, type FixtureServer } from './fixture-server.js';

let server: FixtureServer;

/** A hostile DNS: "news.test" is the fixture server playing a public site, the others point inside. */
const resolver: HostResolver = async (hostname) => {
  const table: Record<string, string[]> = {
    'news.test': ['127.0.0.1'],
    'intranet.test': ['10.1.2.3'],
    'metadata.test': ['169.254.169.254'],
    'mixed.test': ['127.0.0.1', '192.168.0.10'],
  };
  const addresses = table[hostname];
  if (!addresses) throw new Error(`ENOTFOUND ${hostname}`);
  return addresses;
};

const fetchLoopbackAllowed = () => createSafeFetcher({ unsafeAllowLoopback: true, resolveHost: resolver });

async function refusal(work: Promise<unknown>): Promise<{ reason: RefusalReason; message: string }> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(SourceRefusedError);
    const refused = error as SourceRefusedError;
    expect(refused.kind).toBe('refused');
    return { reason: refused.reason, message: refused.message };
  }
  throw new Error('expected the fetch to be refused');
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/page', serveBody('<html><body><p>Hello</p></body></html>', 'text/html; charset=utf-8'));
  server.route('/to-metadata', (_request, response) => {
    response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
  });
  server.route('/to-intranet-name', (_request, response) => {
    response.writeHead(301, { location: 'http://intranet.test/admin' }).end();
  });
  server.route('/to-ula', (_request, response) => {
    response.writeHead(307, { location: 'http://[fd00::1]/' }).end();
  });
  server.route('/to-file', (_request, response) => {
    response.writeHead(302, { location: 'file:///etc/passwd' }).end();
  });
  server.route('/loop', (_request, response) => {
    response.writeHead(302, { location: '/loop' }).end();
  });
  server.route('/hop', (_request, response) => {
    response.writeHead(302, { location: `http://news.test:${server.port}/page` }).end();
  });
  server.route('/huge', serveOversized('text/html', 20, 'a'));
  server.route('/huge-declared', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(20 * 1024 * 1024) });
    response.write('<html>');
  });
  server.route('/endless', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => response.write('<p>more</p>'), 20);
    response.on('close', () => clearInterval(timer));
  });
  server.route('/zip-bomb', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(8 * 1024 * 1024, ' ')));
  });
  server.route('/gzipped', (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }).end(gzipSync('<p>Zürich</p>'));
  });
  server.route('/image', serveBody(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'));
  server.route('/latin1', serveBody(Buffer.from('<p>Montréal</p>', 'latin1'), 'text/html; charset=ISO-8859-1'));
  server.route(
    '/meta-charset',
    serveBody(
      Buffer.concat([
        Buffer.from('<html><head><meta charset="windows-1252"></head><p>'),
        Buffer.from([0x93, 0x71, 0x94]),
        Buffer.from('</p>'),
      ]),
      'text/html',
    ),
  );
  server.route('/gone', (_request, response) => {
    response.writeHead(410, { 'content-type': 'text/plain' }).end('gone');
  });
});

afterAll(() => server.close());

describe('address checks refuse, with the reason, before anything is fetched', () => {
  const fetchSafely = createSafeFetcher({ resolveHost: resolver });

  it.each([
    ['loopback', 'http://127.0.0.1/', 'loopback'],
    ['loopback written in hex', 'http://0x7f.1/', 'loopback'],
    ['10/8', 'http://10.0.0.7/', 'private'],
    ['172.16/12', 'http://172.20.1.1/', 'private'],
    ['192.168/16', 'http://192.168.1.1/', 'private'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/', 'linkLocal'],
    ['CGNAT', 'http://100.64.0.1/', 'carrierGradeNat'],
    ['IPv6 loopback', 'http://[::1]/', 'loopback'],
    ['IPv6 unique local', 'http://[fd00::1]/', 'uniqueLocal'],
    ['IPv6 link-local', 'http://[fe80::1]/', 'linkLocal'],
    ['IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]/', 'loopback'],
    ['IPv4-mapped IPv6 to 10/8', 'http://[::ffff:10.0.0.1]/', 'private'],
    ['unspecified', 'http://0.0.0.0/', 'unspecified'],
    ['multicast', 'http://224.0.0.1/', 'multicast'],
    ['a name resolving to a private address', 'http://intranet.test/', 'private'],
    ['a name with one private address among others', 'http://mixed.test/', 'loopback'],
  ])('%s', async (_name, url, range) => {
    const { reason, message } = await refusal(fetchSafely(url));
    expect(reason).toBe('blocked-address');
    expect(message).toContain(`${/^[aeiou]/i.test(range) ? 'an' : 'a'} ${range} address`);
  });

  it('refuses schemes other than http and https, and URLs with credentials', async () => {
    expect((await refusal(fetchSafely('file:///etc/passwd'))).reason).toBe('bad-url');
    expect((await refusal(fetchSafely('ftp://news.test/'))).reason).toBe('bad-url');
    expect((await refusal(fetchSafely('http://user:secret@news.test/'))).reason).toBe('bad-url');
    expect((await refusal(fetchSafely('not a url'))).reason).toBe('bad-url');
  });

  it('refuses ports other than 80 and 443 before asking DNS', async () => {
    const noDns: HostResolver = async (hostname) => {
      throw new Error(`DNS asked for ${hostname}`);
    };
    const strict = createSafeFetcher({ resolveHost: noDns });
    for (const url of ['http://news.test:9/', 'https://news.test:8443/', 'http://93.184.216.34:22/']) {
      const { reason, message } = await refusal(strict(url));
      expect(reason).toBe('blocked-port');
      expect(message).toContain('only 80 and 443');
    }
  });

  it('refuses the loopback fixture server itself while the unsafe switch is off', async () => {
    // Its random port is refused before DNS; on port 80 its loopback address would be.
    const hitsBefore = server.hits('/page');
    expect((await refusal(fetchSafely(`${server.origin}/page`))).reason).toBe('blocked-port');
    expect((await refusal(fetchSafely('http://news.test/page'))).reason).toBe('blocked-address');
    expect(server.hits('/page')).toBe(hitsBefore);
  });
});

describe('with the unsafe loopback switch on (the fixture server plays a public site)', () => {
  it('fetches a page from a name, pinned to the address that was checked', async () => {
    const result = await fetchLoopbackAllowed()(`http://news.test:${server.port}/page`);
    expect(result).toMatchObject({ status: 'ok', mediaType: 'text/html', text: '<html><body><p>Hello</p></body></html>' });
  });

  it('still refuses every non-loopback private range', async () => {
    expect((await refusal(fetchLoopbackAllowed()('http://10.0.0.7/'))).reason).toBe('blocked-address');
    expect((await refusal(fetchLoopbackAllowed()('http://metadata.test/'))).reason).toBe('blocked-address');
  });

  it('re-checks every redirect hop: a public page redirecting inside is refused', async () => {
    const fetchSource = fetchLoopbackAllowed();
    for (const path of ['/to-metadata', '/to-intranet-name', '/to-ula']) {
      const { reason } = await refusal(fetchSource(`http://news.test:${server.port}${path}`));
      expect(reason).toBe('blocked-address');
    }
    expect((await refusal(fetchSource(`http://news.test:${server.port}/to-file`))).reason).toBe('bad-url');
  });

  it('tells the client only that the connection failed; the socket error (address, port, errno) goes to the log', async () => {
    const closedPort = await freePort();
    const warn = vi.spyOn(logger, 'warn');
    try {
      const { reason, message } = await refusal(fetchLoopbackAllowed()(`http://news.test:${closedPort}/page`));
      expect(reason).toBe('network');
      expect(message).toBe(`http://news.test:${closedPort}/page could not be fetched (connection failed)`);
      expect(message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
      expect(warn).toHaveBeenCalledWith('source fetch failed', expect.objectContaining({ error: expect.stringContaining('ECONNREFUSED') }));
    } finally {
      warn.mockRestore();
    }
  });

  it('follows a few redirects and reports where it ended', async () => {
    const result = await fetchLoopbackAllowed()(`${server.origin}/hop`);
    expect(result).toMatchObject({ status: 'ok', url: `http://news.test:${server.port}/page` });
  });

  it('stops a redirect loop after 5 hops', async () => {
    const before = server.hits('/loop');
    expect((await refusal(fetchLoopbackAllowed()(`${server.origin}/loop`))).reason).toBe('too-many-redirects');
    expect(server.hits('/loop') - before).toBe(6);
  });

  it('aborts a 20 MB page at the size cap', async () => {
    const { reason, message } = await refusal(fetchLoopbackAllowed()(`${server.origin}/huge`));
    expect(reason).toBe('too-large');
    expect(message).toContain('5242880 bytes');
    expect((await refusal(fetchLoopbackAllowed()(`${server.origin}/huge-declared`))).reason).toBe('too-large');
  });

  it('applies the size cap to the decompressed body', async () => {
    const fetchSmall = createSafeFetcher({ unsafeAllowLoopback: true, maxBytes: 1024 * 1024 });
    expect((await refusal(fetchSmall(`${server.origin}/zip-bomb`))).reason).toBe('too-large');
    expect(await fetchSmall(`${server.origin}/gzipped`)).toMatchObject({ status: 'ok', text: '<p>Zürich</p>' });
  });

  it('gives up on a page that never ends at the time limit', async () => {
    const fetchImpatient = createSafeFetcher({ unsafeAllowLoopback: true, timeoutMs: 300 });
    expect((await refusal(fetchImpatient(`${server.origin}/endless`))).reason).toBe('timeout');
  });

  it('refuses content that is not a page or a feed, and error statuses', async () => {
    expect((await refusal(fetchLoopbackAllowed()(`${server.origin}/image`))).reason).toBe('content-type');
    const gone = await refusal(fetchLoopbackAllowed()(`${server.origin}/gone`));
    expect(gone).toMatchObject({ reason: 'http-status', message: expect.stringContaining('HTTP 410') });
  });

  it('decodes by the charset of the header or of the document', async () => {
    expect(await fetchLoopbackAllowed()(`${server.origin}/latin1`)).toMatchObject({ text: '<p>Montréal</p>' });
    const meta = await fetchLoopbackAllowed()(`${server.origin}/meta-charset`);
    expect(meta.status === 'ok' && meta.text).toContain('<p>“q”</p>');
  });
});

describe('decodeText', () => {
  it('falls back to UTF-8 for an unknown charset label, replacing bytes it cannot read', () => {
    expect(decodeText(Buffer.from('plain ascii'), 'text/html; charset=x-no-such-charset')).toBe('plain ascii');
    expect(decodeText(Buffer.from([0x61, 0xff, 0x62]), 'text/html; charset=utf-8')).toBe('a\uFFFDb');
  });

  it('prefers a byte-order mark over a wrong header', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('déjà', 'utf16le')]);
    expect(decodeText(utf16, 'text/html; charset=iso-8859-1')).toBe('déjà');
  });
});
