// The store of the extract function: an article's read and the replacement of its claims, what
// shared/pipeline/extract-article.ts runs. Apart from dynamo-store.ts, so that the extract bundle carries
// no article writes and no read side (lists, facts, series): code it never runs still costs its cold start.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ArticleReads } from './article-reads.js';
import { ClaimSets } from './claim-sets.js';
import { FactItems } from './facts.js';
import type { FactStore } from './port.js';
import { TableAccess } from './table-access.js';

export interface ExtractionStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  now?: () => Date;
}

/** Claim sets sign no cursor here: this store pages nothing. */
const NO_CURSOR_SECRET = () => Promise.reject(new Error('the extraction store pages nothing'));

export function createExtractionStore(options: ExtractionStoreOptions): Pick<FactStore, 'getArticle' | 'replaceArticleClaims'> {
  const table = new TableAccess(options.client, options.tableName);
  const articles = new ArticleReads(table);
  const claimSets = new ClaimSets(table, new FactItems(table), NO_CURSOR_SECRET, options.now ?? (() => new Date()));
  return {
    getArticle: (id) => articles.getArticle(id),
    replaceArticleClaims: (article, claims, extractorVersion, capped) =>
      claimSets.replaceArticleClaims(article, claims, extractorVersion, capped),
  };
}
