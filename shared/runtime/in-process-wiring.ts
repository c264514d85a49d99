// factline with the in-process extraction queue: npm start, the CLIs, the fault run, tests. Apart from
// wiring.ts so that the ingest Lambda, which queues on SQS, does not carry the extractor.
import { extractArticle, type ExtractOutcome } from '../pipeline/extract-article.js';
import { createInProcessQueue, type InProcessQueue, type InProcessQueueOptions } from '../queue/in-process-queue.js';
import { ConfigError } from './config.js';
import { wireFactline, type Factline, type WiringOptions } from './wiring.js';

export interface InProcessWiringOptions extends Omit<WiringOptions, 'queue' | 'apiToken'> {
  /** Absent for runs that serve no write routes (CLIs, fault run). */
  apiToken?: () => Promise<string>;
  queueOptions?: InProcessQueueOptions;
  /** Runs one extraction; wrap `extract` to log or count. Throwing retries it, as SQS would. */
  consume?: (articleId: string, extract: (articleId: string) => Promise<ExtractOutcome>) => Promise<void>;
}

export function wireFactlineInProcess(
  options: InProcessWiringOptions,
): Factline & { queue: InProcessQueue; extract: (articleId: string) => Promise<ExtractOutcome> } {
  let queue: InProcessQueue | undefined;
  const factline = wireFactline({
    ...options,
    apiToken: options.apiToken ?? (() => Promise.reject(new ConfigError('this run serves no write routes'))),
    queue: () => queue!,
  });
  const extract = (articleId: string) => extractArticle(articleId, { store: factline.store });
  const consume = options.consume ?? (async (articleId, run) => void (await run(articleId)));
  queue = createInProcessQueue((articleId) => consume(articleId, extract), options.queueOptions);
  return { ...factline, extract, queue };
}
