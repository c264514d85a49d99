// The article aggregate's reads (articles.ts adds the writes): apart, so that the read api's bundle carries
// no write code.
import { articleIdFor } from '../articles/article.js';
import type { ArticleSource, ClaimsCapped } from '../facts/claim.js';
import { articleKeys } from './keys.js';
import type { StoredArticle } from './port.js';
import type { Item, TableReads } from './table-access.js';

export class ArticleReads {
  constructor(protected readonly table: TableReads) {}

  async getArticle(id: string): Promise<StoredArticle | null> {
    const head = await this.table.get(articleKeys.head(id));
    if (!head) return null;
    const chunks = await this.table.queryAll({
      partitionAttribute: 'PK',
      partition: articleKeys.head(id).PK,
      sortAttribute: 'SK',
      sortPrefix: articleKeys.textPrefix,
    });
    return articleFromItems(head, chunks);
  }

  async findArticleByUrl(canonicalUrl: string): Promise<StoredArticle | null> {
    const own = await this.getArticle(articleIdFor(canonicalUrl, ''));
    if (own) return own;
    const alias = await this.table.get(articleKeys.url(canonicalUrl));
    return alias ? this.getArticle(String(alias.articleId)) : null;
  }

  async findArticleByFingerprint(fingerprint: string): Promise<StoredArticle | null> {
    const owner = await this.table.get(articleKeys.fingerprint(fingerprint));
    return owner ? this.getArticle(String(owner.articleId)) : null;
  }
}

/** The other URLs an article's text was seen under, from its head item, in URL order. */
export function alsoAtOf(head: Item): ArticleSource[] {
  return Object.entries((head.alsoAt as Record<string, ArticleSource> | undefined) ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, source]) => source);
}

function articleFromItems(head: Item, chunks: Item[]): StoredArticle {
  const text = chunks
    .sort((a, b) => String(a.SK).localeCompare(String(b.SK)))
    .map((chunk) => String(chunk.text))
    .join('');
  return {
    id: String(head.id),
    title: (head.title as string | null) ?? null,
    url: (head.url as string | null) ?? null,
    canonicalUrl: (head.canonicalUrl as string | null) ?? null,
    text,
    publishedAt: (head.publishedAt as string | null) ?? null,
    source: (head.source as string | null) ?? null,
    fingerprint: String(head.fingerprint),
    ingestedAt: String(head.ingestedAt),
    alsoAt: alsoAtOf(head),
    extractorVersion: (head.extractorVersion as string | undefined) ?? null,
    claimsCapped: (head.claimsCapped as ClaimsCapped | null | undefined) ?? null,
  };
}
