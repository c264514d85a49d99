// A URL -> an ArticleInput ready for ingestArticle: fetched safely, main text and metadata extracted.
import { MAX_ARTICLE_TEXT_BYTES, type ArticleInput } from '../articles/article.js';
import { cleanArticleText } from './clean-text.js';
import { SourceRefusedError } from './errors.js';
import { boundedParser } from './html-parsing.js';
import type { SourceFetcher } from './safe-fetch.js';

const HTML_MEDIA_TYPES = new Set(['text/html', 'application/xhtml+xml']);

export async function articleInputFromUrl(url: string, fetchSource: SourceFetcher): Promise<ArticleInput> {
  const fetched = await fetchSource(url);
  if (fetched.status !== 'ok') throw new SourceRefusedError('unreadable', `${url} answered 304 to an unconditional request`, url);
  if (fetched.mediaType === 'text/plain') {
    return withText({ url: fetched.url, source: siteOf(fetched.url) }, cleanArticleText(fetched.text), url);
  }
  if (!HTML_MEDIA_TYPES.has(fetched.mediaType)) {
    throw new SourceRefusedError(
      'unreadable',
      `${fetched.url} is a feed or data (${fetched.mediaType}), not an article page; add feeds with POST /feeds`,
      url,
    );
  }
  const page = await boundedParser.parseArticlePage(fetched.text, fetched.url);
  return withText(
    {
      url: trustedCanonicalUrl(page.canonicalUrl, fetched.url) ?? fetched.url,
      title: page.title ?? undefined,
      publishedAt: page.publishedAt ?? undefined,
      source: page.siteName ?? siteOf(fetched.url),
    },
    page.text,
    url,
  );
}

function withText(metadata: Omit<ArticleInput, 'text'>, text: string, requestedUrl: string): ArticleInput {
  if (!text) throw new SourceRefusedError('unreadable', `${requestedUrl} has no article text that could be extracted`, requestedUrl);
  if (Buffer.byteLength(text, 'utf8') > MAX_ARTICLE_TEXT_BYTES) {
    throw new SourceRefusedError(
      'too-large',
      `the article text of ${requestedUrl} is larger than ${MAX_ARTICLE_TEXT_BYTES} bytes; not one article`,
      requestedUrl,
    );
  }
  const input: ArticleInput = { text };
  for (const [key, value] of Object.entries(metadata) as [keyof typeof metadata, string | undefined][]) {
    if (value !== undefined) input[key] = value;
  }
  return input;
}

/**
 * A page may name its canonical URL on its own site only: a page claiming another site's URL would
 * otherwise take that article's identity. A syndicated copy is still recognised by its text.
 */
function trustedCanonicalUrl(canonical: string | null, fetchedUrl: string): string | null {
  if (!canonical) return null;
  return siteOf(canonical) === siteOf(fetchedUrl) ? canonical : null;
}

function siteOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}
