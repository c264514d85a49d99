// What the rest of factline may ask of storage. The DynamoDB adapter (dynamo-store.ts) is the only
// implementation; domain code receives it as an argument and never imports the adapter.
// Claim, Fact and friends are defined by shared/facts; this file names the operations.
import type { Article } from '../articles/article.js';

export interface Page<T> {
  items: T[];
  /** Opaque; pass back to get the next page. Absent on the last page. */
  cursor?: string;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

export interface PutArticleResult {
  article: Article;
  /** false when the same article (same canonical URL, or same text under another URL) was stored before. */
  created: boolean;
}
