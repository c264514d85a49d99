// RSS 2.0, RDF, Atom and JSON Feed -> the items factline needs, through feedsmith. Bounded: only the
// first `maxItems` items are read out of however many the feed holds.
import { parseFeed, type AnyFeed } from 'feedsmith';
import { createHash } from 'node:crypto';
import { canonicalizeUrl } from '../articles/article.js';
import { cleanArticleText } from './clean-text.js';
import { messageOf } from '../errors.js';
import { SourceRefusedError } from './errors.js';
import { MAX_NESTING_DEPTH } from './article-page.js';
import { absoluteHttpUrl, countElements, isoDate, nestingDepth, textOfHtml } from './markup.js';

export interface FeedItem {
  /** Stable identity within the feed (guid / id, else the canonical link, else a hash of the item). */
  key: string;
  /** Absolute http(s) link to the article page. */
  url: string | null;
  title: string | null;
  /** ISO date-time. */
  publishedAt: string | null;
  /** The item's own content or summary as clean text: the fallback when the page cannot be fetched. */
  text: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
}

interface RawItem {
  id?: string;
  link?: string;
  title?: string;
  published?: string;
  html?: string;
}

export function parseFeedItems(body: string, feedUrl: string, maxItems: number): ParsedFeed {
  let parsed: AnyFeed;
  try {
    parsed = parseFeed<string>(body, { maxItems });
  } catch (error) {
    throw new SourceRefusedError('unreadable', `${feedUrl} is not a readable RSS, Atom or JSON feed (${messageOf(error)})`, feedUrl, {
      cause: error,
    });
  }
  const raw = rawItemsOf(parsed);
  return {
    title: textOrNull(plainTitle(parsed.feed.title)),
    items: raw.slice(0, maxItems).map((item) => toFeedItem(item, feedUrl)),
  };
}

function rawItemsOf(parsed: AnyFeed): RawItem[] {
  switch (parsed.format) {
    case 'rss':
      return (parsed.feed.items ?? []).map((item) => ({
        id: item.guid?.value,
        link: item.link,
        title: item.title,
        published: item.pubDate ?? item.dc?.dates?.[0],
        html: item.content?.encoded ?? item.description,
      }));
    case 'rdf':
      return (parsed.feed.items ?? []).map((item) => ({
        link: item.link,
        title: item.title,
        published: item.dc?.dates?.[0],
        html: item.content?.encoded ?? item.description,
      }));
    case 'atom':
      return (parsed.feed.entries ?? []).map((entry) => ({
        id: entry.id,
        link: (entry.links?.find((link) => !link.rel || link.rel === 'alternate') ?? entry.links?.[0])?.href,
        title: plainTitle(entry.title),
        published: entry.published ?? entry.updated,
        html: entry.content?.value ?? entry.summary?.value,
      }));
    case 'json':
      return (parsed.feed.items ?? []).map((item) => ({
        id: item.id,
        link: item.url ?? item.external_url,
        title: item.title,
        published: item.date_published,
        html: item.content_html ?? escapeText(item.content_text) ?? escapeText(item.summary),
      }));
  }
}

/**
 * An item's own HTML is read only within these bounds (4.8 MB of it took 5.6 s to read, 40,000 nested divs
 * overflowed the stack); beyond them the item keeps no text of its own and its page is fetched instead.
 */
export const MAX_ITEM_HTML_ELEMENTS = 5_000;

function readableItemHtml(html: string | undefined): string | null {
  if (!html) return null;
  if (countElements(html, MAX_ITEM_HTML_ELEMENTS) > MAX_ITEM_HTML_ELEMENTS) return null;
  return nestingDepth(html, MAX_NESTING_DEPTH) > MAX_NESTING_DEPTH ? null : html;
}

function toFeedItem(item: RawItem, feedUrl: string): FeedItem {
  const url = absoluteHttpUrl(item.link, feedUrl);
  const html = readableItemHtml(item.html);
  const text = html ? cleanArticleText(textOfHtml(html)) : '';
  const titleHtml = readableItemHtml(item.title);
  const title = textOrNull(titleHtml ? textOfHtml(titleHtml) : null);
  const key =
    textOrNull(item.id) ??
    (url ? canonicalizeUrl(url) : null) ??
    'hash:' +
      createHash('sha256')
        .update(`${title ?? ''}\n${text}`)
        .digest('hex')
        .slice(0, 32);
  return { key, url, title, publishedAt: isoDate(item.published), text: text || null };
}

function plainTitle(title: unknown): string | undefined {
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object' && 'value' in title && typeof title.value === 'string') return title.value;
  return undefined;
}

function escapeText(text: string | undefined): string | undefined {
  return text
    ?.replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\n{2,}/g, '<p>');
}

function textOrNull(value: string | null | undefined): string | null {
  return value?.replace(/\s+/g, ' ').trim() || null;
}
