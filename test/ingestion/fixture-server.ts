// A real HTTP server on loopback that plays the web for ingestion tests: pages and feeds written for
// the tests, and hostile answers (endless bodies, huge bodies, redirects). Counts requests per path.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FixtureHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface FixtureServer {
  origin: string;
  port: number;
  /** Serve this path with this handler (replaces an earlier one). */
  route(path: string, handler: FixtureHandler): void;
  /** How many requests reached this path. */
  hits(path: string): number;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, FixtureHandler>();
  const hitCounts = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    hitCounts.set(path, (hitCounts.get(path) ?? 0) + 1);
    const handler = routes.get(path);
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    route: (path, handler) => routes.set(path, handler),
    hits: (path) => hitCounts.get(path) ?? 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering a fixed body, with an ETag, and 304 when the client already has it. */
export function serveWithEtag(body: string, contentType: string, etag: string): FixtureHandler {
  return (request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentType, etag }).end(body);
  };
}

export function serveBody(body: string | Buffer, contentType: string): FixtureHandler {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': contentType }).end(body);
  };
}

/** A handler streaming `megabytes` of one repeated byte with no declared length (an oversized page). */
export function serveOversized(contentType: string, megabytes: number, fill: string): FixtureHandler {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': contentType });
    const chunk = Buffer.alloc(1024 * 1024, fill);
    let sent = 0;
    const pump = () => {
      while (sent < megabytes && response.write(chunk)) sent++;
      if (sent >= megabytes) response.end();
      else response.once('drain', pump);
    };
    pump();
  };
}
