// An article page's HTML -> its clean paragraph text and metadata. Readability (Mozilla's reader
// view) finds the main content on a linkedom DOM; the metadata comes from the page's own markup.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanArticleText } from './clean-text.js';

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

/** Readability gives up on pages with more elements than this instead of working for minutes. */
const MAX_ELEMENTS = 50_000;

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
/** Never article prose: captions, embedded media, scripts, forms. */
const SKIPPED_ELEMENTS = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'BUTTON', 'FORM', 'NAV', 'SVG', 'IFRAME', 'VIDEO', 'AUDIO', 'TEMPLATE']);

export function parseArticlePage(html: string, pageUrl: string): ArticlePage {
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document as it works.
  const canonicalUrl = absoluteHttpUrl(
    attribute(document, 'link[rel~="canonical"]', 'href') ?? attribute(document, 'meta[property="og:url"]', 'content'),
    pageUrl,
  );
  const publishedAt = publicationDate(document);
  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    article = new Readability<Node>(document as unknown as Document, { serializer: (node) => node, maxElemsToParse: MAX_ELEMENTS }).parse();
  } catch {
    // Too many elements, or a document Readability cannot walk: no article text.
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

/** The text of each block, in order; inline elements join their block's text. */
function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(/\s+/g, ' ').trim();
    if (paragraph) paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_ELEMENTS.has(tag)) return;
    const block = BLOCK_ELEMENTS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

function publicationDate(document: ParentNode): string | null {
  const fromMeta =
    attribute(document, 'meta[property="article:published_time"]', 'content') ??
    attribute(document, 'meta[itemprop="datePublished"]', 'content') ??
    attribute(document, 'meta[name="pubdate"], meta[name="publishdate"], meta[name="date"], meta[name="dc.date.issued"], meta[name="DC.date.issued"]', 'content');
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

function absoluteHttpUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function clean(value: string | null | undefined): string | null {
  return value?.replace(/\s+/g, ' ').trim() || null;
}
