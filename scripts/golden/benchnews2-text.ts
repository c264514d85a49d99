// Prints the articles of the benchnews2 golden sets (the pages of npm htmlparser-benchmark 1.1.3 that pass benchnews'
// choice rule and that the benchnews sets did not take) paragraph by paragraph, as they are stored there, so that an
// annotator can label them without running the extractor. Source and folder as in benchnews-text.ts (BENCHNEWS_SOURCES).
// Usage: BENCHNEWS_SOURCES=<folder> tsx scripts/golden/benchnews2-text.ts [--json] [article ...]   (no article: the list, in annotation order)
//        BENCHNEWS_SOURCES=<folder> tsx scripts/golden/benchnews2-text.ts --check   (both sets' records are exactly these paragraphs)
import { createHash } from 'node:crypto';
import { halvesMismatches, runAnnotationText } from './annotation-text.js';
import {
  ANNOTATED as BENCHNEWS_ANNOTATED,
  type BenchArticle,
  type BenchSource,
  benchFilesDir,
  benchPage,
  benchSources,
} from './benchnews-text.js';

/** The order and split hash, fixed before any page was read (test/golden/news.md): SHA-256 of "benchnews2:" and the file name. */
function splitHash(source: BenchSource): string {
  return createHash('sha256').update(`benchnews2:${source.file}`).digest('hex');
}

/** The pages benchnews' rule chooses and its files do not hold, in ascending hash; a first hex digit 0-7 goes to dev, 8-f to sealed. */
export function benchnews2Articles(): BenchArticle[] {
  const filesDir = benchFilesDir();
  const taken = new Set([...BENCHNEWS_ANNOTATED.dev, ...BENCHNEWS_ANNOTATED.sealed]);
  return benchSources(filesDir)
    .filter((source) => !taken.has(source.article))
    .map((source) => ({ source, hash: splitHash(source) }))
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0))
    .map(({ source, hash }) => ({
      ...benchPage(filesDir, source),
      split: Number.parseInt(hash[0]!, 16) < 8 ? ('dev' as const) : ('sealed' as const),
    }));
}

/** The articles annotated so far, in annotation order (each half in hash order); the rest of a half is not in its file. */
export const ANNOTATED: Readonly<Record<'dev' | 'sealed', readonly string[]>> = {
  dev: [],
  sealed: [],
};

const isMain = process.argv[1]?.endsWith('benchnews2-text.ts');
if (isMain)
  runAnnotationText(process.argv.slice(2), benchnews2Articles, {
    labels: (article) => [article.split],
    check: () => halvesMismatches('benchnews2', 'bn2', ANNOTATED, benchnews2Articles()),
  });
