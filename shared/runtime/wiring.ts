// The composition root: builds the store, the use cases bound to their ports, and the HTTP app's
// dependencies. The ingest Lambda passes an SQS queue; in-process-wiring.ts adds the in-process queue and
// extraction for the local runner, the CLIs and tests. Nothing here runs at import time.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ArticleInput } from '../articles/article.js';
import type { AppDeps } from '../http/deps.js';
import { createSafeFetcher, createSourceVetter, type SourceFetcher } from '../ingestion/safe-fetch.js';
import { ingestArticle, type ExtractionQueue } from '../pipeline/ingest-article.js';
import type { CursorSecret } from '../store/cursor.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { createDynamoFeedStore } from '../store/feed-store.js';
import { createDynamoApiKeyStore } from '../store/api-key-store.js';
import { createDynamoWatchStore } from '../store/watch-store.js';
import { createDynamoDeliveryStore } from '../store/delivery-store.js';
import type { WatchEmailChannel } from '../watches/email.js';
import { createWebhookVetter } from '../watches/webhook-url.js';

export interface WiringOptions {
  client: DynamoDBClient;
  tableName: string;
  apiToken: () => Promise<string>;
  /** Where stored articles go for extraction; may be bound later (the in-process queue needs the store first). */
  queue: () => ExtractionQueue;
  fetchSource?: SourceFetcher;
  /** Signs pagination cursors; runs that serve no reads across processes may leave it to the store. */
  cursorSecret?: CursorSecret;
  /** UNSAFE, tests only (the configuration's FACTLINE_UNSAFE_ALLOW_PRIVATE_ADDRESSES). */
  unsafeAllowLoopback?: boolean;
  /** AWS with the watch e-mail topic (shared/runtime/sns-watch-email.ts); absent locally. */
  watchEmails?: Pick<WatchEmailChannel, 'subscribe' | 'unsubscribe'>;
}

export function wireFactline(options: WiringOptions) {
  const tableOptions = {
    client: options.client,
    tableName: options.tableName,
    ...(options.cursorSecret ? { cursorSecret: options.cursorSecret } : {}),
  };
  const store = createDynamoStore(tableOptions);
  const feeds = createDynamoFeedStore(tableOptions);
  const watches = createDynamoWatchStore(tableOptions);
  const apiKeys = createDynamoApiKeyStore(tableOptions);
  const fetchPolicy = { unsafeAllowLoopback: options.unsafeAllowLoopback ?? false };
  const fetchSource = options.fetchSource ?? createSafeFetcher(fetchPolicy);
  const ingest = (input: ArticleInput) => ingestArticle(input, { articles: store, queue: options.queue() });
  const appDeps: AppDeps = {
    store,
    feeds,
    vetSourceUrl: createSourceVetter(fetchPolicy),
    watches,
    deliveries: createDynamoDeliveryStore(tableOptions),
    apiKeys,
    vetWebhookUrl: createWebhookVetter(fetchPolicy),
    ...(options.watchEmails ? { watchEmails: options.watchEmails } : {}),
    apiToken: options.apiToken,
    ingest,
    // Loaded on first use: the HTML stack (DOM, Readability) stays off the cold start of every function.
    articleInputFromUrl: async (url) => (await import('../ingestion/article-from-url.js')).articleInputFromUrl(url, fetchSource),
  };
  return { store, feeds, watches, apiKeys, fetchSource, ingest, appDeps };
}

export type Factline = ReturnType<typeof wireFactline>;
