// The hono app on Node's HTTP server (npm start): with rate limits per client, and problem+json for the
// refusals Node makes itself before the app sees a request (headers over 16 KB: 431; a malformed request: 400).
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { logger } from '../runtime/logger.js';
import { problem, PROBLEM_CONTENT_TYPE } from './problem.js';
import { createRateLimiter, LOCAL_RATE_LIMITS, type RateLimits } from './rate-limit.js';

interface FetchApp {
  fetch(request: Request, env: HttpBindings | Http2Bindings): Response | Promise<Response>;
}

export interface LocalServerOptions {
  port: number;
  hostname: string;
  limits?: RateLimits;
}

/** Node answers these itself with an empty body unless a clientError listener writes the answer. */
function refuseMalformed(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const headerTooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = headerTooLarge ? 431 : 400;
  const requestId = randomUUID();
  const detail = headerTooLarge ? 'the request headers are larger than 16 KB' : 'the request could not be read as HTTP';
  logger.info('request refused', { requestId, status, error: detail });
  const body = JSON.stringify(problem(status, detail, { requestId }));
  const reason = headerTooLarge ? 'Request Header Fields Too Large' : 'Bad Request';
  const head = [
    `HTTP/1.1 ${status} ${reason}`,
    `content-type: ${PROBLEM_CONTENT_TYPE}`,
    `content-length: ${Buffer.byteLength(body)}`,
    `x-request-id: ${requestId}`,
    'connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

/** Resolves once the server listens; rejects with why it cannot (the port in use, a host that does not resolve). */
export function listening(server: Server): Promise<void> {
  if (server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
}

export function serveLocally(app: FetchApp, options: LocalServerOptions): Server {
  const refuseOverLimit = createRateLimiter(options.limits ?? LOCAL_RATE_LIMITS);
  const server = serve({
    fetch: (request: Request, env: HttpBindings | Http2Bindings) =>
      refuseOverLimit(request, env.incoming.socket.remoteAddress ?? 'unknown') ?? app.fetch(request, env),
    port: options.port,
    hostname: options.hostname,
  }) as Server;
  server.on('clientError', refuseMalformed);
  return server;
}
