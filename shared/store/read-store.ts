// The read side of the DynamoDB store (dynamo-store.ts adds the writes): what the read api's bundle
// carries, so it holds no article or claim-set writes and no derivation of facts.
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ArticleReads } from './article-reads.js';
import { ClaimSetReads } from './claim-set-reads.js';
import { processCursorSecret, type CursorSecret } from './cursor.js';
import type { FactReads } from './port.js';
import { StoreReads } from './reads.js';
import { TableReads } from './table-access.js';

export interface ReadStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  /** Signs pagination cursors (shared/store/cursor.ts); defaults to a key only this process knows. */
  cursorSecret?: CursorSecret;
}

export function createDynamoReadStore(options: ReadStoreOptions): FactReads {
  const table = new TableReads(options.client, options.tableName);
  const cursorSecret = options.cursorSecret ?? processCursorSecret();
  return factReads(new ArticleReads(table), new ClaimSetReads(table, cursorSecret), new StoreReads(table, cursorSecret));
}

/** The read methods over each aggregate's reads (or its writer, which reads too). */
export function factReads(articles: ArticleReads, claimSets: ClaimSetReads, reads: StoreReads): FactReads {
  return {
    getArticle: (id) => articles.getArticle(id),
    getArticleClaims: (id) => claimSets.getArticleClaims(id),
    getArticleClaimsPage: (id, page) => claimSets.getArticleClaimsPage(id, page),
    getClaim: (id) => claimSets.getClaim(id),
    listClaims: (filter, page) => reads.listClaims(filter, page),
    getFact: (id) => reads.getFact(id),
    getFactRelations: (fact) => reads.getFactRelations(fact),
    listFacts: (filter, page) => reads.listFacts(filter, page),
    getSeries: (subjectSlug, metricSlug, page) => reads.getSeries(subjectSlug, metricSlug, page),
    listSubjects: (page) => reads.listSubjects(page),
    listConflicts: (page) => reads.listConflicts(page),
  };
}
