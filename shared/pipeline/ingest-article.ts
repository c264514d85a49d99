// Use case: take one article (from the API, a feed or the CLI), store it once, queue it for extraction.
import { articleIdFor, canonicalizeUrl, fingerprintText, type Article, type ArticleInput } from '../articles/article.js';
import { ValidationError } from '../errors.js';
import type { PutArticleResult } from '../store/port.js';

/** Text beyond this is not an article; 1 MB keeps one article within a Lambda's and an item's limits. */
export const MAX_ARTICLE_TEXT_BYTES = 1_000_000;

export interface ArticleSink {
  putArticleOnce(article: Article): Promise<PutArticleResult>;
}

export interface ExtractionQueue {
  enqueue(articleId: string): Promise<void>;
}

export interface IngestPorts {
  articles: ArticleSink;
  queue: ExtractionQueue;
  now?: () => Date;
}

export interface IngestResult {
  id: string;
  created: boolean;
  /** The same URL came with other text: the stored article was revised and is re-extracted. */
  revised: boolean;
}

function normalizePublishedAt(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new ValidationError(`publishedAt ${JSON.stringify(value)} is not a date`, 'publishedAt');
  return new Date(time).toISOString();
}

function normalizeUrl(value: string | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ValidationError(`url ${JSON.stringify(value)} is not a URL`, 'url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ValidationError('url must be http or https', 'url');
  return canonicalizeUrl(url.toString());
}

export function articleFromInput(input: ArticleInput, now: Date): Article {
  const text = input.text.trim();
  if (!text) throw new ValidationError('text must not be empty', 'text');
  if (Buffer.byteLength(text, 'utf8') > MAX_ARTICLE_TEXT_BYTES) {
    throw new ValidationError(`text is larger than ${MAX_ARTICLE_TEXT_BYTES} bytes`, 'text');
  }
  const canonicalUrl = normalizeUrl(input.url);
  const fingerprint = fingerprintText(text);
  return {
    id: articleIdFor(canonicalUrl, fingerprint),
    title: input.title?.trim() || null,
    url: input.url ?? null,
    canonicalUrl,
    text,
    publishedAt: normalizePublishedAt(input.publishedAt),
    source: input.source?.trim() || null,
    fingerprint,
    ingestedAt: now.toISOString(),
  };
}

export async function ingestArticle(input: ArticleInput, ports: IngestPorts): Promise<IngestResult> {
  const article = articleFromInput(input, ports.now?.() ?? new Date());
  const stored = await ports.articles.putArticleOnce(article);
  // Always queue: extraction is idempotent, and a crash between the put and the send must not
  // leave a stored article that a redelivery would never extract.
  await ports.queue.enqueue(stored.article.id);
  return { id: stored.article.id, created: stored.created, revised: stored.revised ?? false };
}
