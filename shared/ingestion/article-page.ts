// An article page's HTML -> its clean paragraph text and metadata. Readability (Mozilla's reader
// view) finds the main content on a linkedom DOM; the metadata comes from the page's own markup.
import { Readability } from '@mozilla/readability';
import { cleanArticleText } from './clean-text.js';
import { SourceRefusedError } from './errors.js';
import { absoluteHttpUrl, countElements, isoDate, nestingDepth, paragraphsOf, parseHtmlDocument } from './markup.js';

export interface ArticlePage {
  title: string | null;
  byline: string | null;
  /** ISO date-time, from article:published_time, JSON-LD datePublished or the first <time datetime>. */
  publishedAt: string | null;
  /** Absolute http(s) URL from <link rel=canonical> (or og:url). */
  canonicalUrl: string | null;
  siteName: string | null;
  /** Paragraphs separated by blank lines, furniture removed; empty when the page has no article text. */
  text: string;
}

/**
 * Pages with more elements than this are refused before parsing: news pages have a few thousand,
 * and 400,000 took 22 s to parse and read here. (Readability's own maxElemsToParse counts nothing
 * on linkedom, whose getElementsByTagName('*') is empty.)
 */
export const MAX_ELEMENTS = 50_000;

/**
 * Pages nested deeper than this are refused before parsing: Readability's time grows steeply with depth
 * (3,000 nested divs in 34 KB took 81 s), while the news pages in shared/realnews nest 30 deep at most.
 */
export const MAX_NESTING_DEPTH = 128;

export function parseArticlePage(html: string, pageUrl: string): ArticlePage {
  const elements = countElements(html, MAX_ELEMENTS);
  if (elements > MAX_ELEMENTS) {
    throw new SourceRefusedError('unreadable', `${pageUrl} has more than ${MAX_ELEMENTS} elements; not an article page`, pageUrl);
  }
  if (nestingDepth(html, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH) {
    throw new SourceRefusedError(
      'unreadable',
      `${pageUrl} nests elements more than ${MAX_NESTING_DEPTH} deep; not an article page`,
      pageUrl,
    );
  }
  const document = parseHtmlDocument(html);
  // Metadata first: Readability rewrites the document as it works.
  const canonicalUrl = absoluteHttpUrl(
    attribute(document, 'link[rel~="canonical"]', 'href') ?? attribute(document, 'meta[property="og:url"]', 'content'),
    pageUrl,
  );
  const publishedAt = publicationDate(document);
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    // A document Readability cannot walk: no article text.
  }
  const content = article?.content;
  const text = content ? cleanArticleText(paragraphsOf(content).join('\n\n')) : '';
  return {
    title: clean(article?.title),
    byline: clean(article?.byline),
    publishedAt: publishedAt ?? isoDate(article?.publishedTime),
    canonicalUrl,
    siteName: clean(article?.siteName),
    text,
  };
}

function publicationDate(document: ParentNode): string | null {
  const fromMeta =
    attribute(document, 'meta[property="article:published_time"]', 'content') ??
    attribute(document, 'meta[itemprop="datePublished"]', 'content') ??
    attribute(
      document,
      'meta[name="pubdate"], meta[name="publishdate"], meta[name="date"], meta[name="dc.date.issued"], meta[name="DC.date.issued"]',
      'content',
    );
  return isoDate(fromMeta) ?? isoDate(jsonLdDatePublished(document)) ?? isoDate(attribute(document, 'time[datetime]', 'datetime'));
}

function jsonLdDatePublished(document: ParentNode): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; other sources may still give the date
    }
    const found = findDatePublished(data, 0);
    if (found) return found;
  }
  return null;
}

function findDatePublished(value: unknown, depth: number): string | null {
  if (depth > 5 || !value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const entry of value) {
      const found = findDatePublished(entry, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return findDatePublished(record['@graph'], depth + 1);
}

function attribute(document: ParentNode, selector: string, name: string): string | null {
  return document.querySelector(selector)?.getAttribute(name)?.trim() || null;
}

function clean(value: string | null | undefined): string | null {
  return value?.replace(/\s+/g, ' ').trim() || null;
}
