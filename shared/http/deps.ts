// What the HTTP app needs from the outside, passed in by functions/* on Lambda and by the local runner.
import type { ArticleInput } from '../articles/article.js';
import type { IngestResult } from '../pipeline/ingest-article.js';
import type { FactReads, FeedStore } from '../store/port.js';
import type { ApiKeyStore } from '../watches/api-key.js';
import type { DeliveryStore } from '../watches/delivery.js';
import type { WatchEmailChannel } from '../watches/email.js';
import type { WatchStore } from '../watches/watch.js';

export interface AppDeps {
  /** Claims, facts, series and articles (read routes; the read api passes a store that only reads). */
  store: FactReads;
  /** The bearer token write routes require: from the environment locally, a secret on AWS. */
  apiToken?: () => Promise<string>;
  /** Stores an article once and queues it for extraction. Write routes are mounted when this is given. */
  ingest?: (input: ArticleInput) => Promise<IngestResult>;
  /** Fetches a page server-side (safely) and turns it into an article, for POST /articles { url }. */
  articleInputFromUrl?: (url: string) => Promise<ArticleInput>;
  /** Feeds the scheduled poll follows (routes/feeds.ts); the feed routes are mounted when present. */
  feeds?: FeedStore;
  /** Refuses a feed URL at a non-public address when the feed is added. */
  vetSourceUrl?: (url: string) => Promise<void>;
  /** Client API keys: bearers other than the admin token; with `watches`, the watch and admin routes are mounted. */
  apiKeys?: ApiKeyStore;
  watches?: WatchStore;
  /** Webhook deliveries, listed per watch. */
  deliveries?: Pick<DeliveryStore, 'listForWatch'>;
  /** Refuses a webhook URL that is not https or is at a non-public address when the watch is created. */
  vetWebhookUrl?: (url: string) => Promise<void>;
  /** AWS with the watch e-mail topic: subscribes and unsubscribes a watch's address. */
  watchEmails?: Pick<WatchEmailChannel, 'subscribe' | 'unsubscribe'>;
  /** Serves the web page (GET /, /static/*): the api function, which carries its files, and `npm start`. */
  servesPage?: boolean;
}
