// Extraction throughput of factline against its npm peers on the same news-style corpus, in one run,
// and factline's heap after N and 10N articles.
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkEnglishModel from 'wink-eng-lite-web-model';
import { EXTRACTOR_VERSION, extractQuantities } from '../../shared/extraction/index.js';
import { buildNewsCorpus, loadNewsSources } from '../news-corpus.js';

const CORPUS_BYTES = 2_000_000;
const TIMED_PASSES = 5;
const MEMORY_ARTICLES = 300;
/** The bar: factline at least this many times wink-nlp's throughput. */
const REQUIRED_SPEEDUP = 10;

interface Extractor {
  id: 'factline' | 'wink-ner' | 'wink-full' | 'compromise';
  name: string;
  /** What exactly is timed, so the comparison can be judged. */
  measures: string;
  /** Runs on one article and returns how many items it found. */
  extract: (text: string) => number;
  /** Times only every n-th article: for peers too slow to run the whole corpus several times. */
  sampleEvery?: number;
}

interface Throughput {
  articles: number;
  megabytes: number;
  medianMbPerSecond: number;
  slowestMbPerSecond: number;
  fastestMbPerSecond: number;
  itemsPerPass: number;
}

function createExtractors(): Extractor[] {
  const wink = winkNLP(winkEnglishModel, ['ner']);
  const winkFullPipeline = winkNLP(winkEnglishModel);
  return [
    {
      id: 'factline',
      name: `factline ${EXTRACTOR_VERSION}`,
      measures: '`extractQuantities(text)`: quantities with unit, context and claim score',
      extract: (text) => extractQuantities(text).length,
    },
    {
      id: 'wink-ner',
      name: 'wink-nlp + wink-eng-lite-web-model',
      measures: "pipe `['ner']` only; `readDoc(text).entities().out(its.detail)`",
      extract: (text) => wink.readDoc(text).entities().out(wink.its.detail).length,
    },
    {
      id: 'wink-full',
      name: 'wink-nlp, full pipeline (reference)',
      measures: 'default pipe (sbd, negation, sentiment, pos, ner, cer); same entities',
      extract: (text) => winkFullPipeline.readDoc(text).entities().out(winkFullPipeline.its.detail).length,
    },
    {
      id: 'compromise',
      name: 'compromise',
      measures: '`nlp(text).numbers().json()`: numbers with their parsed values',
      extract: (text) => nlp(text).numbers().json().length,
      sampleEvery: 8,
    },
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function runPass(extractor: Extractor, articles: string[]): number {
  let items = 0;
  for (const article of articles) items += extractor.extract(article);
  return items;
}

function measureThroughput(extractor: Extractor, corpus: string[]): Throughput {
  const sampleEvery = extractor.sampleEvery ?? 1;
  const articles = corpus.filter((_, index) => index % sampleEvery === 0);
  const megabytes = utf8Megabytes(articles);
  const itemsPerPass = runPass(extractor, articles); // warm-up: lets the JIT settle before timing
  const rates: number[] = [];
  for (let pass = 0; pass < TIMED_PASSES; pass += 1) {
    const started = performance.now();
    runPass(extractor, articles);
    rates.push(megabytes / ((performance.now() - started) / 1000));
  }
  return {
    articles: articles.length,
    megabytes,
    medianMbPerSecond: median(rates),
    slowestMbPerSecond: Math.min(...rates),
    fastestMbPerSecond: Math.max(...rates),
    itemsPerPass,
  };
}

function heapAfterCollection(collect: () => void): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

/** Heap after extracting from N and then 10N articles, keeping nothing: it should stay flat. */
function measureHeap(articles: string[]): string {
  const collect = globalThis.gc;
  if (typeof collect !== 'function') {
    return 'Not measured: run through `npm run bench` (node --expose-gc) to get heap figures.';
  }
  const megabytes = (bytes: number) => (bytes / 1e6).toFixed(2);
  const extractFrom = (count: number, offset: number) => {
    for (let index = 0; index < count; index += 1) extractQuantities(articles[(offset + index) % articles.length]!);
  };
  const baseline = heapAfterCollection(collect);
  extractFrom(MEMORY_ARTICLES, 0);
  const afterN = heapAfterCollection(collect);
  extractFrom(MEMORY_ARTICLES * 9, MEMORY_ARTICLES);
  const afterTenN = heapAfterCollection(collect);
  const growth = afterTenN - afterN;
  return [
    `Heap used after a full garbage collection (\`global.gc\`), extracting article after article and keeping nothing (N = ${MEMORY_ARTICLES}):`,
    '',
    '| After | Heap used (MB) |',
    '| --- | ---: |',
    `| warm-up, before measuring | ${megabytes(baseline)} |`,
    `| N articles | ${megabytes(afterN)} |`,
    `| 10N articles | ${megabytes(afterTenN)} |`,
    '',
    `Growth from N to 10N articles: ${growth >= 0 ? '+' : ''}${megabytes(growth)} MB (${((growth / afterN) * 100).toFixed(1)}%).`,
  ].join('\n');
}

function utf8Megabytes(texts: string[]): number {
  return texts.reduce((total, text) => total + Buffer.byteLength(text, 'utf8'), 0) / 1e6;
}

export async function run(): Promise<string> {
  const articles = buildNewsCorpus(loadNewsSources(), CORPUS_BYTES);
  const megabytes = utf8Megabytes(articles);
  const results = createExtractors().map((extractor) => {
    console.error(`bench: extraction: ${extractor.name}...`);
    return { extractor, throughput: measureThroughput(extractor, articles) };
  });
  const rateOf = (id: Extractor['id']) => results.find((result) => result.extractor.id === id)!.throughput.medianMbPerSecond;
  const winkRate = rateOf('wink-ner');
  const factlineSpeedup = rateOf('factline') / winkRate;
  const rows = results.map(({ extractor, throughput }) =>
    [
      extractor.name,
      extractor.measures,
      throughput.articles === articles.length ? 'all' : `${throughput.articles} (every ${extractor.sampleEvery}th), ${throughput.megabytes.toFixed(2)} MB`,
      throughput.medianMbPerSecond.toFixed(2),
      `${throughput.slowestMbPerSecond.toFixed(2)}–${throughput.fastestMbPerSecond.toFixed(2)}`,
      String(throughput.itemsPerPass),
      `${(throughput.medianMbPerSecond / winkRate).toFixed(2)}×`,
    ].join(' | '),
  );
  return [
    '## Extraction throughput',
    '',
    `${articles.length} news-style articles, ${megabytes.toFixed(2)} MB of UTF-8 (seed paragraphs and golden sentences recombined, numbers varied; \`scripts/news-corpus.ts\`, seed 1). ` +
      `One thread; each extractor gets one warm-up pass, then the median of ${TIMED_PASSES} timed passes over the articles timed.`,
    '',
    '| Extractor | What is timed | Articles timed | MB/s (median) | MB/s (range) | Items found per pass | vs wink-nlp (ner) |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row} |`),
    '',
    `factline runs at ${factlineSpeedup.toFixed(1)}× wink-nlp's entity recognition: the bar of ${REQUIRED_SPEEDUP}× is ${factlineSpeedup >= REQUIRED_SPEEDUP ? 'met' : 'NOT met'}.`,
    '',
    '## Extraction memory',
    '',
    measureHeap(articles),
  ].join('\n');
}
