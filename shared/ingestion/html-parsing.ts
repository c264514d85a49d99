// Page and feed parsing with bounded time and memory: the parsers run in a worker thread
// (html-worker.ts) that is terminated when a task takes longer than PARSE_TIMEOUT_MS, or runs out of
// its heap, and replaced for the next task. The main thread never loads the DOM stack.
import { Worker } from 'node:worker_threads';
import { logger } from '../runtime/logger.js';
import type { ArticlePage } from './article-page.js';
import { SourceRefusedError, type RefusalReason } from './errors.js';
import type { ParsedFeed } from './feed-parse.js';

/** A news page parses in well under a second; a page that takes this long is not one. */
export const PARSE_TIMEOUT_MS = 10_000;
const WORKER_HEAP_MB = 384;
/** The worker's bundle, written beside each Lambda's index.mjs (infra/lambda-bundling.ts). */
export const HTML_WORKER_BUNDLE = 'html-worker.mjs';

type ParseTask = { kind: 'article-page'; html: string; url: string } | { kind: 'feed'; body: string; url: string; maxItems: number };

export interface ParseRequest {
  id: number;
  task: ParseTask;
}

export interface ParseReply {
  id: number;
  /** Sent when the worker takes the task up: the time limit counts from here, not from the worker's start-up. */
  started?: true;
  result?: unknown;
  refusal?: { reason: RefusalReason; message: string };
  failure?: string;
}

/**
 * The worker's code: the bundle beside this one on Lambda; from source (tsx, vitest), the TypeScript
 * module behind tsx's loader (node 20 does not apply `--import tsx` to a worker's own entry).
 */
function spawnWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL(`./${HTML_WORKER_BUNDLE}`, import.meta.url), { execArgv: [], resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = new URL('./html-worker.ts', import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`, {
    eval: true,
    resourceLimits,
  });
}

class ParseWorker {
  constructor(private readonly timeoutMs: number) {}

  private worker: Worker | null = null;
  private nextId = 0;
  /** One task at a time, so that a task's time limit counts its own parsing only. */
  private queue: Promise<unknown> = Promise.resolve();

  run(task: ParseTask): Promise<unknown> {
    const result = this.queue.then(() => this.runNow(task));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private runNow(task: ParseTask): Promise<unknown> {
    const worker = (this.worker ??= spawnWorker());
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      const finish = (outcome: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        worker.unref();
        outcome();
      };
      const refuse = (detail: string, cause?: unknown) => {
        logger.warn('parsing refused', { url: task.url, kind: task.kind, detail, error: cause });
        this.discard(worker);
        finish(() => reject(new SourceRefusedError('unreadable', `${task.url} ${detail}; not a readable page or feed`, task.url)));
      };
      const onMessage = (reply: ParseReply) => {
        if (reply.id !== id) return;
        if (reply.started) timer = setTimeout(() => refuse(`took longer than ${this.timeoutMs / 1000} s to parse`), this.timeoutMs);
        else if (reply.refusal) finish(() => reject(new SourceRefusedError(reply.refusal!.reason, reply.refusal!.message, task.url)));
        else if (reply.failure !== undefined)
          finish(() => reject(new SourceRefusedError('unreadable', `${task.url} could not be parsed (${reply.failure})`, task.url)));
        else finish(() => resolve(reply.result));
      };
      const onError = (error: Error) => refuse('could not be parsed (the parser failed)', error);
      const onExit = (code: number) => refuse(`could not be parsed (the parser stopped with code ${code})`);
      let timer: NodeJS.Timeout | undefined;
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.ref();
      worker.postMessage({ id, task } satisfies ParseRequest);
    });
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) this.worker = null;
    void worker.terminate();
  }
}

export interface BoundedParser {
  parseArticlePage(html: string, url: string): Promise<ArticlePage>;
  parseFeedItems(body: string, url: string, maxItems: number): Promise<ParsedFeed>;
}

export function createBoundedParser(timeoutMs = PARSE_TIMEOUT_MS): BoundedParser {
  const worker = new ParseWorker(timeoutMs);
  return {
    parseArticlePage: async (html, url) => (await worker.run({ kind: 'article-page', html, url })) as ArticlePage,
    parseFeedItems: async (body, url, maxItems) => (await worker.run({ kind: 'feed', body, url, maxItems })) as ParsedFeed,
  };
}

/** The process's parser: one worker, started on first use. */
export const boundedParser = createBoundedParser();
