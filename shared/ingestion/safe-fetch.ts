// Fetches pages and feeds from the open web without becoming a way into the network factline runs in.
// Every hop: http(s) on ports 80 and 443 only, every address the name resolves to must be public, and the connection is
// pinned to the address that was checked (a second DNS answer cannot switch it). Every response: a
// size cap, one overall time limit, text and feed content types only, and decoding by its charset.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { logger } from '../runtime/logger.js';
import { checkAddress, ipLiteralOf } from './address-policy.js';
import { messageOf } from '../errors.js';
import { SourceRefusedError } from './errors.js';

/** Resolves a host name to every address it has (a port, so tests can play a hostile DNS). */
export type HostResolver = (hostname: string) => Promise<string[]>;

export interface SafeFetchOptions {
  /** Largest decoded body accepted; beyond it the download is aborted. */
  maxBytes?: number;
  /** One limit for the whole fetch: DNS, connects, redirects and body. */
  timeoutMs?: number;
  maxRedirects?: number;
  /**
   * UNSAFE, tests and local experiments only: lets the fetcher reach loopback addresses (127/8, ::1),
   * on any port, so a fixture server on this machine can play the web. Every other non-public range
   * stays refused, and public addresses stay limited to ports 80 and 443.
   */
  unsafeAllowLoopback?: boolean;
  resolveHost?: HostResolver;
  userAgent?: string;
}

export interface ConditionalHeaders {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchResult =
  | { status: 'not-modified'; url: string }
  | {
      status: 'ok';
      /** The URL after redirects. */
      url: string;
      /** Media type without parameters, lower case ("text/html"). */
      mediaType: string;
      text: string;
      etag: string | null;
      lastModified: string | null;
    };

export type SourceFetcher = (url: string, conditional?: ConditionalHeaders) => Promise<FetchResult>;

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;

const ACCEPTED_MEDIA_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/plain',
  'text/xml',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json',
]);
const ACCEPT_HEADER =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** The web's ports: any other would make the fetcher a port scanner (a refused connect tells the port is closed). */
const ALLOWED_PORTS = new Set(['', '80', '443']);

export const resolveAllAddresses: HostResolver = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses: LookupAddress[]) =>
      error ? reject(error) : resolve(addresses.map((entry) => entry.address)),
    );
  });

/**
 * How a refusal names the URL it is about, decided where the refusal is made. A page or feed is named in full
 * (the caller's logs and answers name it anyway). A webhook is named by its scheme and host alone: its path and
 * query are often its credential (Slack, Discord and Teams hooks), and the deliverer logs and records refusals.
 */
interface UrlNaming {
  /** A parsed URL, in a message or the error's `url`. */
  of(url: URL): string;
  /** A string that is no URL, in a message. */
  unparsed(raw: string): string;
  /** The URL asked for, as the error's `url`. */
  requested(raw: string): string;
}

const NAMED_IN_FULL: UrlNaming = { of: (url) => url.toString(), unparsed: (raw) => JSON.stringify(raw), requested: (raw) => raw };

const namedByHost = (url: URL) => `${url.protocol}//${url.host}/…`;
const NAMED_BY_HOST: UrlNaming = {
  of: namedByHost,
  unparsed: () => 'the webhook URL',
  requested: (raw) => (URL.canParse(raw) ? namedByHost(new URL(raw)) : 'the webhook URL'),
};

/** What is fetched or posted to: the URL and its name in refusals, one value, so no helper names the URL otherwise. */
interface FetchTarget {
  url: URL;
  /** The URL as refusals and their messages name it (UrlNaming.of). */
  named: string;
}

type Settings = ReturnType<typeof settingsOf>;

function settingsOf(options: SafeFetchOptions, naming: UrlNaming = NAMED_IN_FULL) {
  return {
    naming,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    allowLoopback: options.unsafeAllowLoopback ?? false,
    resolveHost: options.resolveHost ?? resolveAllAddresses,
    userAgent: options.userAgent ?? 'factline-ingest/0.1',
  };
}

/**
 * Refuses up front (when a feed is added) a URL that is not http(s) or whose host is, or resolves to,
 * a non-public address. A name that does not resolve now passes: every fetch checks it again anyway.
 */
export function createSourceVetter(options: SafeFetchOptions = {}): (url: string) => Promise<void> {
  const settings = settingsOf(options);
  return async (rawUrl) => {
    const target = parseTarget(rawUrl, rawUrl, settings.naming);
    try {
      await withTimeout(vetAddress(target, settings), AbortSignal.timeout(settings.timeoutMs), target);
    } catch (error) {
      if (error instanceof SourceRefusedError && (error.reason === 'dns-failed' || error.reason === 'timeout')) return;
      throw error;
    }
  };
}

export function createSafeFetcher(options: SafeFetchOptions = {}): SourceFetcher {
  const settings = settingsOf(options);

  return async function fetchSource(rawUrl, conditional = {}) {
    const signal = AbortSignal.timeout(settings.timeoutMs);
    let target = parseTarget(rawUrl, rawUrl, settings.naming);
    for (let hop = 0; ; hop++) {
      const address = await withTimeout(vetAddress(target, settings), signal, target);
      const response = await withTimeout(
        requestPinned(target, address, getHeaders(conditional, settings.userAgent), signal),
        signal,
        target,
      );
      const status = response.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status) && response.headers.location) {
        response.destroy();
        if (hop >= settings.maxRedirects) {
          throw new SourceRefusedError('too-many-redirects', `${rawUrl} redirects more than ${settings.maxRedirects} times`, rawUrl);
        }
        target = parseTarget(new URL(response.headers.location, target.url).toString(), rawUrl, settings.naming);
        continue;
      }
      if (status === 304) {
        response.destroy();
        return { status: 'not-modified', url: target.url.toString() };
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new SourceRefusedError('http-status', `${target.named} answered HTTP ${status}`, target.named);
      }
      const contentType = response.headers['content-type'] ?? '';
      const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
      if (!ACCEPTED_MEDIA_TYPES.has(mediaType)) {
        response.destroy();
        throw new SourceRefusedError(
          'content-type',
          `${target.named} is ${mediaType || 'of no content type'}, not a page or a feed`,
          target.named,
        );
      }
      const body = await readCapped(response, settings.maxBytes, signal, target);
      return {
        status: 'ok',
        url: target.url.toString(),
        mediaType,
        text: decodeText(body, contentType),
        etag: response.headers.etag ?? null,
        lastModified: response.headers['last-modified'] ?? null,
      };
    }
  };
}

/** What a webhook receiver answered to a POST. */
export interface PostResult {
  status: number;
  /** The start of the answer's body, for the delivery record's error. */
  bodyStart: string;
}

export type SafePoster = (url: string, body: string, headers: Record<string, string>) => Promise<PostResult>;

/** Bytes of a receiver's answer read (and kept for the record); the rest is not waited for. */
const POST_ANSWER_BYTES = 1024;

/**
 * POSTs to a URL under the same address and port policy as fetches: every address the name resolves to
 * must be public, the connection is pinned to the checked address, one time limit covers it all. A
 * redirect is answered like any other non-2xx status: never followed (a POST's redirect could point
 * anywhere, including inside).
 */
export function createSafePoster(options: SafeFetchOptions = {}): SafePoster {
  const settings = settingsOf(options, NAMED_BY_HOST);
  return async (rawUrl, body, headers) => {
    const signal = AbortSignal.timeout(settings.timeoutMs);
    const target = parseTarget(rawUrl, rawUrl, settings.naming);
    const address = await withTimeout(vetAddress(target, settings), signal, target);
    const requestHeaders = { 'user-agent': settings.userAgent, 'content-length': String(Buffer.byteLength(body)), ...headers };
    const response = await withTimeout(requestPinned(target, address, requestHeaders, signal, body), signal, target);
    const answer = await readAnswerStart(response, signal, target);
    return { status: response.statusCode ?? 0, bodyStart: answer };
  };
}

async function readAnswerStart(response: IncomingMessage, signal: AbortSignal, target: FetchTarget): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const abort = () => response.destroy(networkError(signal.reason, target, signal));
  signal.addEventListener('abort', abort, { once: true });
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= POST_ANSWER_BYTES) break;
    }
  } catch {
    // The status is the answer; a body cut short does not change it.
  } finally {
    signal.removeEventListener('abort', abort);
    response.destroy();
  }
  return Buffer.concat(chunks).subarray(0, POST_ANSWER_BYTES).toString('utf8');
}

/** The candidate URL as a target named by `naming`, or the refusal of it (naming the URL first asked for). */
function parseTarget(candidate: string, requested: string, naming: UrlNaming): FetchTarget {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new SourceRefusedError('bad-url', `${naming.unparsed(candidate)} is not a URL`, naming.requested(requested));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SourceRefusedError('bad-url', `${url.protocol} URLs are not fetched, only http and https`, naming.requested(requested));
  }
  if (url.username || url.password)
    throw new SourceRefusedError('bad-url', 'URLs with credentials are not fetched', naming.requested(requested));
  return { url, named: naming.of(url) };
}

interface VettedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves the host and checks EVERY address; one non-public answer refuses the whole name. */
async function vetAddress(target: FetchTarget, settings: Pick<Settings, 'allowLoopback' | 'resolveHost'>): Promise<VettedAddress> {
  const { url, named } = target;
  // Before DNS: another port is refused outright unless the unsafe switch lets a loopback fixture play the web.
  if (!ALLOWED_PORTS.has(url.port) && !settings.allowLoopback) throw portRefusal(target);
  const literal = ipLiteralOf(url.hostname);
  let addresses: string[];
  if (literal) addresses = [literal];
  else {
    try {
      addresses = await settings.resolveHost(url.hostname);
    } catch (error) {
      throw new SourceRefusedError('dns-failed', `${url.hostname} does not resolve`, named, { cause: error });
    }
    if (addresses.length === 0) throw new SourceRefusedError('dns-failed', `${url.hostname} has no addresses`, named);
  }
  for (const address of addresses) {
    const verdict = checkAddress(address);
    if (!verdict.allowed && !(settings.allowLoopback && verdict.range === 'loopback')) {
      const found = literal ? `${address} is` : `${url.hostname} resolves to ${address},`;
      const range = `${/^[aeiou]/i.test(verdict.range) ? 'an' : 'a'} ${verdict.range}`;
      throw new SourceRefusedError('blocked-address', `${found} ${range} address; only public addresses are fetched`, named);
    }
  }
  if (!ALLOWED_PORTS.has(url.port) && !addresses.every((address) => checkAddress(address).range === 'loopback')) throw portRefusal(target);
  const address = addresses[0]!;
  return { address, family: isIP(address) === 6 ? 6 : 4 };
}

function portRefusal({ url, named }: FetchTarget): SourceRefusedError {
  return new SourceRefusedError('blocked-port', `port ${url.port} is not fetched, only 80 and 443`, named);
}

function getHeaders(conditional: ConditionalHeaders, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': userAgent, accept: ACCEPT_HEADER, 'accept-encoding': 'gzip, deflate, br' };
  if (conditional.etag) headers['if-none-match'] = conditional.etag;
  if (conditional.lastModified) headers['if-modified-since'] = conditional.lastModified;
  return headers;
}

function requestPinned(
  target: FetchTarget,
  vetted: VettedAddress,
  headers: Record<string, string>,
  signal: AbortSignal,
  body?: string,
): Promise<IncomingMessage> {
  const transport = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(target.url, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      signal,
      // A fresh connection per request: no pooled socket from another name, and no second DNS lookup.
      agent: false,
      lookup: (_hostname, options, callback) => {
        if ((options as { all?: boolean }).all) callback(null, [vetted] as never, undefined as never);
        else callback(null, vetted.address, vetted.family);
      },
    });
    request.once('response', resolve);
    request.once('error', (error) => reject(networkError(error, target, signal)));
    request.end(body);
  });
}

async function readCapped(response: IncomingMessage, maxBytes: number, signal: AbortSignal, target: FetchTarget): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new SourceRefusedError('too-large', `${target.named} is ${declared} bytes, more than the ${maxBytes} accepted`, target.named);
  }
  const body = decodedStream(response, target);
  const abort = () => body.destroy(networkError(signal.reason, target, signal));
  signal.addEventListener('abort', abort, { once: true });
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) {
        throw new SourceRefusedError('too-large', `${target.named} is larger than the ${maxBytes} bytes accepted`, target.named);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    throw error instanceof SourceRefusedError ? error : networkError(error, target, signal);
  } finally {
    signal.removeEventListener('abort', abort);
    response.destroy();
    body.destroy();
  }
  return Buffer.concat(chunks);
}

/** The body with its content encoding undone; the size cap applies to what comes out (no zip bombs). */
function decodedStream(response: IncomingMessage, target: FetchTarget): Readable {
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : encoding === 'identity' || encoding === ''
            ? null
            : undefined;
  if (decoder === undefined) {
    response.destroy();
    throw new SourceRefusedError('unreadable', `${target.named} uses the unsupported content encoding ${encoding}`, target.named);
  }
  if (!decoder) return response;
  response.on('error', (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

/** The client hears only that the fetch failed; the socket's own words (address, port, errno) go to the log. */
function networkError(error: unknown, { url, named }: FetchTarget, signal: AbortSignal): SourceRefusedError {
  if (signal.aborted) return new SourceRefusedError('timeout', `${named} did not answer completely in time`, named, { cause: error });
  // The host alone: a webhook URL's path may be its credential; the caller's own logs name a page's URL.
  logger.warn('source fetch failed', { host: url.host, error: messageOf(error) });
  return new SourceRefusedError('network', `${named} could not be fetched (connection failed)`, named, { cause: error });
}

/** DNS lookups cannot be aborted: race them (and the connect) against the overall deadline. */
function withTimeout<T>(work: Promise<T>, signal: AbortSignal, target: FetchTarget): Promise<T> {
  if (signal.aborted) return Promise.reject(networkError(signal.reason, target, signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(networkError(signal.reason, target, signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Bytes -> text by the first charset found in: byte-order mark, Content-Type header, the document's
 * own declaration (<meta charset>, <?xml encoding?>). Unknown labels fall back to UTF-8, whose
 * decoder replaces invalid bytes instead of failing: a wrong charset gives odd letters, not an error.
 */
export function decodeText(body: Uint8Array, contentType = ''): string {
  const label = charsetFromBom(body) ?? charsetFromContentType(contentType) ?? charsetFromDocument(body) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const text = decoder.decode(body);
  return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c) : text;
}

// Node 20 decodes windows-1252 (the label behind latin1 and iso-8859-1 too) as ISO-8859-1, which
// turns its curly quotes and dashes in 0x80-0x9F into control characters; this maps them back.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function charsetFromBom(body: Uint8Array): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

function charsetFromContentType(contentType: string): string | null {
  return /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] ?? null;
}

function charsetFromDocument(body: Uint8Array): string | null {
  const head = Buffer.from(body.subarray(0, 2048)).toString('latin1');
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? null
  );
}
