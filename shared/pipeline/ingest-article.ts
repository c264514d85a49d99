// Use case: take one article (from the API, a feed or the CLI), store it once, queue it for extraction.
import {
  articleIdFor,
  canonicalizeUrl,
  fingerprintText,
  httpUrlOf,
  MAX_ARTICLE_TEXT_BYTES,
  type Article,
  type ArticleInput,
  withoutBidiControls,
} from '../articles/article.js';
import { whyNotLanguage } from '../articles/language.js';
import { parsePublicationDate } from '../articles/publication-date.js';
import { FactlineError, ValidationError } from '../errors.js';
import type { PutArticleResult } from '../store/port.js';

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

/** Dates outside these are typos or forgeries ("9999-12-31"), and would put figures into years that do not exist yet. */
const EARLIEST_PUBLICATION = Date.UTC(1900, 0, 1);
const MAX_PUBLICATION_AHEAD_MS = 24 * 3600 * 1000;

function normalizePublishedAt(value: string | undefined, now: Date): string | null {
  if (!value) return null;
  const time = parsePublicationDate(value);
  if (time === null) throw new ValidationError(`publishedAt ${JSON.stringify(value)} is not a date`, 'publishedAt');
  if (time < EARLIEST_PUBLICATION) throw new ValidationError(`publishedAt ${JSON.stringify(value)} is before 1900`, 'publishedAt');
  if (time > now.getTime() + MAX_PUBLICATION_AHEAD_MS) {
    throw new ValidationError(`publishedAt ${JSON.stringify(value)} is more than a day in the future`, 'publishedAt');
  }
  return new Date(time).toISOString();
}

function normalizeUrl(value: string | undefined): string | null {
  return value ? canonicalizeUrl(httpUrlOf(value).toString()) : null;
}

export function articleFromInput(input: ArticleInput, now: Date): Article {
  const text = withoutBidiControls(input.text).trim();
  if (!text) throw new ValidationError('text must not be empty', 'text');
  if (Buffer.byteLength(text, 'utf8') > MAX_ARTICLE_TEXT_BYTES) {
    throw new ValidationError(`text is larger than ${MAX_ARTICLE_TEXT_BYTES} bytes`, 'text');
  }
  const canonicalUrl = normalizeUrl(input.url);
  const publishedAt = normalizePublishedAt(input.publishedAt, now);
  // Malformed fields first (400); text that is well-formed but not language is unprocessable (422).
  const notLanguage = whyNotLanguage(text);
  if (notLanguage) throw new FactlineError('unprocessable', `text does not read as language: ${notLanguage}`, { field: 'text' });
  const fingerprint = fingerprintText(text);
  return {
    id: articleIdFor(canonicalUrl, fingerprint),
    title: (input.title && withoutBidiControls(input.title).trim()) || null,
    url: input.url ?? null,
    canonicalUrl,
    text,
    publishedAt,
    source: (input.source && withoutBidiControls(input.source).trim()) || null,
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
