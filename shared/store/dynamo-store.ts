// The DynamoDB adapter of the FactStore port, composed of one module per aggregate: articles.ts,
// claim-sets.ts (each over its reads, article-reads.ts and claim-set-reads.ts), facts.ts (items derived
// from claims) and reads.ts, over one TableAccess; read-store.ts is the read side alone. Every read
// is a GetItem, BatchGetItem or Query on a key or index from keys.ts; nothing scans.
// docs/table-design.md explains the design and its costs.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ArticleItems } from './articles.js';
import { ClaimSets } from './claim-sets.js';
import { processCursorSecret, type CursorSecret } from './cursor.js';
import { FactItems } from './facts.js';
import type { FactStore, StoredArticle } from './port.js';
import { factReads } from './read-store.js';
import { StoreReads } from './reads.js';
import { TableAccess, type CapacityListener } from './table-access.js';

export interface DynamoStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  /** Signs pagination cursors (shared/store/cursor.ts); defaults to a key only this process knows. */
  cursorSecret?: CursorSecret;
  /** Receives the consumed capacity of every call (used by scripts/measure-capacity.ts). */
  onConsumedCapacity?: CapacityListener;
  now?: () => Date;
}

export interface ArticleLookups {
  /** The article stored under this canonical URL, or whose text was also seen there. */
  findArticleByUrl(canonicalUrl: string): Promise<StoredArticle | null>;
  /** The article that first brought this text. */
  findArticleByFingerprint(fingerprint: string): Promise<StoredArticle | null>;
}

export function createDynamoStore(options: DynamoStoreOptions): FactStore & ArticleLookups {
  const table = new TableAccess(options.client, options.tableName, options.onConsumedCapacity);
  const cursorSecret = options.cursorSecret ?? processCursorSecret();
  const articles = new ArticleItems(table);
  const claimSets = new ClaimSets(table, new FactItems(table), cursorSecret, options.now ?? (() => new Date()));
  return {
    ...factReads(articles, claimSets, new StoreReads(table, cursorSecret)),
    putArticleOnce: (article) => articles.putArticleOnce(article),
    findArticleByUrl: (canonicalUrl) => articles.findArticleByUrl(canonicalUrl),
    findArticleByFingerprint: (fingerprint) => articles.findArticleByFingerprint(fingerprint),
    replaceArticleClaims: (article, claims, extractorVersion, capped) =>
      claimSets.replaceArticleClaims(article, claims, extractorVersion, capped),
  };
}
