// The article aggregate's writes: the head item (metadata, other URLs, claim-set pointer), its text in chunks,
// and the fingerprint and URL items that make an article unique (keys in keys.ts, "Articles").
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Article } from '../articles/article.js';
import { FactlineError } from '../errors.js';
import { sourceOf } from '../facts/claim.js';
import { ArticleReads } from './article-reads.js';
import { articleKeys } from './keys.js';
import type { PutArticleResult, StoredArticle } from './port.js';
import type { Item, TableAccess } from './table-access.js';

/** Items stay under DynamoDB's 400 KB limit: text is stored in chunks of at most 100k UTF-16 units (<= 300 KB UTF-8). */
const TEXT_CHUNK_LENGTH = 100_000;

/** The article's reads (article-reads.ts) and its writes. */
export class ArticleItems extends ArticleReads {
  constructor(protected override readonly table: TableAccess) {
    super(table);
  }

  async putArticleOnce(article: Article): Promise<PutArticleResult> {
    const { text, ...metadata } = article;
    const chunks = chunkText(text);
    const head = { ...articleKeys.head(article.id), entity: 'article', ...metadata, textChunks: chunks.length, alsoAt: {} };
    const notExists = { ConditionExpression: 'attribute_not_exists(PK)' };
    const tableName = this.table.tableName;
    try {
      await this.table.transactWrite([
        { Put: { TableName: tableName, Item: this.table.marshall(head), ...notExists } },
        ...chunks.map((chunk, index) => ({ Put: { TableName: tableName, Item: this.table.marshall(textItem(article.id, index, chunk)) } })),
        {
          Put: {
            TableName: tableName,
            Item: this.table.marshall({ ...articleKeys.fingerprint(article.fingerprint), entity: 'fingerprint', articleId: article.id }),
            ...notExists,
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
      ]);
      return { article, created: true };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const [headReason, ...rest] = error.CancellationReasons ?? [];
      const fingerprintReason = rest[rest.length - 1];
      if (headReason?.Code === 'ConditionalCheckFailed') {
        const stored = await this.getArticle(article.id);
        if (stored && stored.fingerprint !== article.fingerprint) return this.reviseArticle(stored, article);
        return { article: stored ?? article, created: false };
      }
      if (fingerprintReason?.Code === 'ConditionalCheckFailed' && fingerprintReason.Item) {
        const ownerId = String(unmarshall(fingerprintReason.Item).articleId);
        await this.recordAlsoAt(ownerId, article);
        const owner = await this.getArticle(ownerId);
        if (owner) return { article: owner, created: false };
      }
      throw new FactlineError('unavailable', `article ${article.id} could not be stored now; retry`, {}, { cause: error });
    }
  }

  /**
   * The same URL with other text: the article was edited. Its text and metadata are replaced in one
   * transaction (conditional on the text it replaces); re-extraction then replaces its claims.
   */
  private async reviseArticle(stored: StoredArticle, edited: Article): Promise<PutArticleResult> {
    const { text, ...metadata } = edited;
    const chunks = chunkText(text);
    const staleChunks = Math.max(0, Math.ceil(stored.text.length / TEXT_CHUNK_LENGTH) - chunks.length);
    const setFields = ['title', 'url', 'publishedAt', 'source', 'fingerprint', 'textChunks', 'revisedAt'] as const;
    const values: Item = { ...metadata, textChunks: chunks.length, revisedAt: edited.ingestedAt };
    const tableName = this.table.tableName;
    try {
      await this.table.transactWrite([
        {
          Update: {
            TableName: tableName,
            Key: this.table.marshall(articleKeys.head(edited.id)),
            UpdateExpression: `SET ${setFields.map((field) => `#${field} = :${field}`).join(', ')}`,
            ConditionExpression: 'fingerprint = :old',
            ExpressionAttributeNames: Object.fromEntries(setFields.map((field) => [`#${field}`, field])),
            ExpressionAttributeValues: this.table.marshall({
              ...Object.fromEntries(setFields.map((field) => [`:${field}`, values[field] ?? null])),
              ':old': stored.fingerprint,
            }),
          },
        },
        ...chunks.map((chunk, index) => ({ Put: { TableName: tableName, Item: this.table.marshall(textItem(edited.id, index, chunk)) } })),
        ...Array.from({ length: staleChunks }, (_, index) => ({
          Delete: { TableName: tableName, Key: this.table.marshall(articleKeys.text(edited.id, chunks.length + index)) },
        })),
      ]);
    } catch (error) {
      // Another delivery revised it first: answer with what is stored now.
      if (!(error instanceof TransactionCanceledException)) throw error;
      return { article: (await this.getArticle(edited.id)) ?? stored, created: false };
    }
    try {
      await this.table.put(
        { ...articleKeys.fingerprint(edited.fingerprint), entity: 'fingerprint', articleId: edited.id },
        { expression: 'attribute_not_exists(PK)' },
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error; // another article owns this text already
    }
    return { article: { ...edited, alsoAt: stored.alsoAt } as StoredArticle, created: false, revised: true };
  }

  /** The same text under another URL: that URL becomes another source of the first article's claims. */
  private async recordAlsoAt(ownerId: string, article: Article): Promise<void> {
    if (!article.canonicalUrl || ownerId === article.id) return;
    await this.table.update(
      articleKeys.head(ownerId),
      { expression: 'SET alsoAt.#url = :source', names: { '#url': article.canonicalUrl }, values: { ':source': sourceOf(article) } },
      'attribute_exists(PK)',
    );
    await this.table.put({ ...articleKeys.url(article.canonicalUrl), entity: 'url', articleId: ownerId });
  }
}

function textItem(articleId: string, index: number, chunk: string): Item {
  return { ...articleKeys.text(articleId, index), entity: 'article-text', text: chunk };
}

function chunkText(text: string): string[] {
  const chunks: string[] = [];
  for (let offset = 0; offset < text.length; offset += TEXT_CHUNK_LENGTH) chunks.push(text.slice(offset, offset + TEXT_CHUNK_LENGTH));
  return chunks.length ? chunks : [''];
}
