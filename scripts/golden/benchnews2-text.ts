// Prints the articles of the benchnews2 golden sets (the pages of npm htmlparser-benchmark 1.1.3 that pass benchnews'
// choice rule and that the benchnews sets did not take) paragraph by paragraph, as they are stored there, so that an
// annotator can label them without running the extractor; with --benchnews3, the benchnews3 sets (the pages of the same
// choice that neither benchnews2 file holds, in the same hash order and split). Source and folder as in benchnews-text.ts
// (BENCHNEWS_SOURCES).
// Usage: BENCHNEWS_SOURCES=<folder> tsx scripts/golden/benchnews2-text.ts [--benchnews3] [--json] [article ...]   (no article: the list, in annotation order)
//        BENCHNEWS_SOURCES=<folder> tsx scripts/golden/benchnews2-text.ts --check   (the four files' records are exactly these paragraphs)
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
  dev: [
    'online-wsj-com-f243b2',
    'bbc-co-uk-bef926',
    'wavy-com-dbec06',
    'nytimes-com-a4dbbc',
    'reuters-com-d95b90',
    'latimes-com-e9a4fb',
    'eweek-com-5718f2',
    'guardian-co-uk-aeaf4e',
    'mashable-com-e2ee91',
    'cbsnews-com-bfcf4f',
    'bbc-co-uk-939cc2',
    'bbc-co-uk-d57c1a',
    'pcmag-com-d7db37',
    'usatoday-com-8bd6d9',
    'mysanantonio-com-9f2031',
    'washingtonpost-com-7b7ffc',
    'bbc-co-uk-872148',
    'iafrica-com-a7ffdd',
    'bbc-co-uk-9e04cb',
    'nytimes-com-7e91eb',
    'pcworld-com-f4041a',
    'ynetnews-com-a7d875',
    'bbc-co-uk-65742d',
    'guardian-co-uk-8cbf3b',
    'abcnews-go-com-83940e',
    'reuters-com-b1a85f',
    'hindustantimes-com-7fc58a',
    'foxnews-com-cc2f5b',
    'stream-wsj-com-ebbc40',
    'hindustantimes-com-e30bf7',
    'news-discovery-com-8172f7',
    'washingtonpost-com-e24a03',
    'guardian-co-uk-8faa31',
  ],
  sealed: [
    'pentagonpost-com-91a36e',
    'thehindu-com-6b0953',
    'cbsnews-com-e3643c',
    'online-wsj-com-b52d6a',
    'stream-wsj-com-810434',
    'engadget-com-cb3ce2',
    'voanews-com-fe32bd',
    'computerworld-com-61d805',
    'informationweek-com-c3d7e5',
    'washingtonpost-com-8c1a78',
    'bbc-co-uk-abbf39',
    'bbc-co-uk-ce8389',
    'theweek-com-fc5a55',
    'guardian-co-uk-c052ce',
    'usatoday-com-d6e7c4',
    'foxnews-com-f6dd34',
    'swampland-time-com-60bcce',
    'reuters-com-f42f0a',
    'forbes-com-e3de34',
    'foxnews-com-dbca84',
    'bbc-co-uk-d7bb9f',
    'reuters-com-91c286',
    'foxnews-com-8835c8',
    'theaustralian-com-au-e92204',
    'washingtonpost-com-ee6491',
    'sciencerecorder-com-ba7170',
    'nytimes-com-fff654',
    'thespacereporter-com-cd8abf',
    'usatoday-com-83c362',
    'thedailybeast-com-5c83c2',
    'bbc-co-uk-7e54e7',
    'motherjones-com-e41108',
    'medicalnewstoday-com-7e2d19',
    'reuters-com-b15ea7',
    'scienceworldreport-com-b6a33f',
    'sfgate-com-af85fc',
  ],
};

/** The pages of the same choice that neither benchnews2 file holds (benchnews3), in the same hash order and split. */
export function benchnews3Articles(articles: BenchArticle[] = benchnews2Articles()): BenchArticle[] {
  const taken = new Set([...ANNOTATED.dev, ...ANNOTATED.sealed]);
  return articles.filter((article) => !taken.has(article.article));
}

/** The benchnews3 articles annotated so far, in annotation order (each half in hash order); the rest of a half is not in its file. */
export const BENCHNEWS3_ANNOTATED: Readonly<Record<'dev' | 'sealed', readonly string[]>> = {
  dev: [
    'bbc-co-uk-f59d0b',
    'boston-com-cddf37',
    'phonedog-com-84a7e7',
    'bbc-co-uk-e7c052',
    'bbc-co-uk-819e8b',
    'bbc-co-uk-e0e2ae',
    'businessweek-com-717fa4',
    'bbc-co-uk-dedab3',
    'reuters-com-7e26f2',
    'nytimes-com-749998',
    'bbc-co-uk-9fba51',
    'sltrib-com-dd5c70',
    'bbc-co-uk-9e3c6d',
    'bbc-co-uk-88363f',
    'bbc-co-uk-8c0dd0',
    'bbc-co-uk-93a36c',
    'computerworld-com-5fbfe3',
    'bbc-co-uk-864dda',
    'ibtimes-com-88fe82',
    'nytimes-com-c076ff',
    'zdnet-com-efdedc',
    'bbc-co-uk-a75ad1',
    'telegraph-co-uk-b9a64d',
    'techcrunch-com-ea8545',
    'techhive-com-8cfa9d',
  ],
  sealed: [
    'nbcnews-com-9c947b',
    'cnn-com-dd1dcc',
    'reuters-com-d996d3',
    'bbc-co-uk-a15540',
    'economictimes-indiatimes-com-908eb4',
    'businessweek-com-b415b9',
    'space-com-7a426d',
    'medicalnewstoday-com-8d612a',
    'washingtonpost-com-8a82ce',
    'bbc-co-uk-e403c2',
    'bloomberg-com-c34f3c',
    'usatoday-com-5f8b89',
    'rttnews-com-c1b8e0',
    'usatoday-com-f5419e',
    'guardian-co-uk-bf6c2f',
    'latimes-com-783f9f',
    'guardian-co-uk-d4f742',
    'usatoday-com-98fdd2',
    'reuters-com-8a1eb6',
    'appleinsider-com-952fa4',
    'bbc-co-uk-ffca96',
    'eweek-com-da55d2',
    'pcmag-com-a14c7c',
    'usatoday-com-d1f24d',
    'usatoday-com-e9ccec',
    'pcmag-com-ebdca8',
  ],
};

const isMain = process.argv[1]?.endsWith('benchnews2-text.ts');
if (isMain) {
  const args = process.argv.slice(2);
  const benchnews3 = args.includes('--benchnews3');
  runAnnotationText(
    args.filter((arg) => arg !== '--benchnews3'),
    () => (benchnews3 ? benchnews3Articles() : benchnews2Articles()),
    {
      labels: (article) => [article.split],
      check: () => {
        const articles = benchnews2Articles();
        return [
          ...halvesMismatches('benchnews2', 'bn2', ANNOTATED, articles),
          ...halvesMismatches('benchnews3', 'bn3', BENCHNEWS3_ANNOTATED, benchnews3Articles(articles)),
        ];
      },
    },
  );
}
