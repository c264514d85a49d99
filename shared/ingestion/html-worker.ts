// The worker thread of html-parsing.ts: page and feed parsing, which hostile markup can keep busy for
// long, on a thread the caller can terminate. On Lambda it is its own bundle beside index.mjs.
import { parentPort } from 'node:worker_threads';
import { messageOf } from '../errors.js';
import { parseArticlePage } from './article-page.js';
import { SourceRefusedError } from './errors.js';
import { parseFeedItems } from './feed-parse.js';
import type { ParseReply, ParseRequest } from './html-parsing.js';

function run({ task }: ParseRequest): unknown {
  return task.kind === 'article-page' ? parseArticlePage(task.html, task.url) : parseFeedItems(task.body, task.url, task.maxItems);
}

parentPort?.on('message', (request: ParseRequest) => {
  parentPort?.postMessage({ id: request.id, started: true } satisfies ParseReply);
  let reply: ParseReply;
  try {
    reply = { id: request.id, result: run(request) };
  } catch (error) {
    reply =
      error instanceof SourceRefusedError
        ? { id: request.id, refusal: { reason: error.reason, message: error.message } }
        : { id: request.id, failure: messageOf(error) };
  }
  parentPort?.postMessage(reply);
});
