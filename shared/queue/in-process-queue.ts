// The extraction queue when running locally: the same at-least-once contract as SQS (retries with
// back-off, then a dead-letter list), in memory, so `npm start` needs no AWS.
import type { ExtractionQueue } from '../pipeline/ingest-article.js';

export interface InProcessQueueOptions {
  /** Attempts before a message goes to the dead-letter list, as SQS's maxReceiveCount. */
  maxAttempts?: number;
  /** First retry delay; doubles on each attempt. */
  retryDelayMs?: number;
  /** Messages processed at once. */
  concurrency?: number;
  onDeadLetter?: (articleId: string, error: unknown) => void;
}

export interface InProcessQueue extends ExtractionQueue {
  /** Resolves when every queued message is processed or dead-lettered. */
  drained(): Promise<void>;
  readonly deadLetters: ReadonlyArray<{ articleId: string; error: unknown }>;
}

export function createInProcessQueue(consume: (articleId: string) => Promise<void>, options: InProcessQueueOptions = {}): InProcessQueue {
  const maxAttempts = options.maxAttempts ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 200;
  const concurrency = options.concurrency ?? 4;
  const waiting: string[] = [];
  const deadLetters: Array<{ articleId: string; error: unknown }> = [];
  let running = 0;
  let idleWaiters: Array<() => void> = [];

  const settleIfIdle = () => {
    if (running === 0 && waiting.length === 0) {
      for (const resolve of idleWaiters) resolve();
      idleWaiters = [];
    }
  };

  const runOne = async (articleId: string) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await consume(articleId);
        return;
      } catch (error) {
        if (attempt >= maxAttempts) {
          deadLetters.push({ articleId, error });
          options.onDeadLetter?.(articleId, error);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, retryDelayMs * 2 ** (attempt - 1)));
      }
    }
  };

  const pump = () => {
    while (running < concurrency && waiting.length > 0) {
      const articleId = waiting.shift()!;
      running++;
      void runOne(articleId).finally(() => {
        running--;
        pump();
        settleIfIdle();
      });
    }
  };

  return {
    async enqueue(articleId) {
      waiting.push(articleId);
      pump();
    },
    drained() {
      if (running === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    deadLetters,
  };
}
