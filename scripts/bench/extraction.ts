// Extraction throughput of factline against its npm peers on the same news-style corpus, in one run,
// and factline's heap after N and 10N articles.
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkEnglishModel from 'wink-eng-lite-web-model';
import { EXTRACTOR_VERSION, extractQuantities } from '../../shared/extraction/index.js';
import { buildNewsCorpus, loadNewsSources } from '../news-corpus.js';
import { median } from '../statistics.js';

const CORPUS_BYTES = 2_000_000;
const WARM_UP_PASSES = 2;
const TIMED_PASSES = 7;
const MEMORY_ARTICLES = 300;
/** The bar: factline at least this many times wink-nlp's throughput. */
const REQUIRED_SPEEDUP = 10;
/** Share of seed-text paragraphs in the second corpus: closer to the number density of real articles. */
const NEWS_DENSITY_SEED_SHARE = 0.9;

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
  extractor: Extractor;
  articles: string[];
  megabytes: number;
  itemsPerPass: number;
  /** MB/s of each timed pass. */
  rates: number[];
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
      sampleEvery: 4,
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

function runPass(extractor: Extractor, articles: string[]): number {
  let items = 0;
  for (const article of articles) items += extractor.extract(article);
  return items;
}

function timePass(extractor: Extractor, articles: string[]): number {
  const started = performance.now();
  runPass(extractor, articles);
  return (performance.now() - started) / 1000;
}

/**
 * Warms every extractor up, then times them in interleaved rounds (one pass each per round), so that
 * load from other processes on a shared machine falls on all of them alike.
 */
function measureThroughputs(extractors: Extractor[], corpus: string[]): Throughput[] {
  const throughputs = extractors.map((extractor): Throughput => {
    const articles = corpus.filter((_, index) => index % (extractor.sampleEvery ?? 1) === 0);
    console.error(`bench: extraction: warming up ${extractor.name}...`);
    const itemsPerPass = runPass(extractor, articles);
    for (let pass = 1; pass < WARM_UP_PASSES; pass += 1) runPass(extractor, articles);
    return { extractor, articles, megabytes: utf8Megabytes(articles), itemsPerPass, rates: [] };
  });
  for (let round = 0; round < TIMED_PASSES; round += 1) {
    console.error(`bench: extraction: timed round ${round + 1} of ${TIMED_PASSES}...`);
    for (const throughput of throughputs) throughput.rates.push(throughput.megabytes / timePass(throughput.extractor, throughput.articles));
  }
  return throughputs;
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
  const sources = loadNewsSources();
  const articles = buildNewsCorpus(sources, CORPUS_BYTES);
  const megabytes = utf8Megabytes(articles);
  const throughputs = measureThroughputs(createExtractors(), articles);
  const medianRateOf = (id: Extractor['id']) => median(throughputs.find((throughput) => throughput.extractor.id === id)!.rates);
  const winkRate = medianRateOf('wink-ner');
  const factlineSpeedup = medianRateOf('factline') / winkRate;
  const rows = throughputs.map(({ extractor, articles: timed, megabytes: timedMegabytes, itemsPerPass, rates }) =>
    [
      extractor.name,
      extractor.measures,
      timed.length === articles.length ? 'all' : `${timed.length} (every ${extractor.sampleEvery}th), ${timedMegabytes.toFixed(2)} MB`,
      median(rates).toFixed(2),
      `${Math.min(...rates).toFixed(2)}–${Math.max(...rates).toFixed(2)}`,
      String(itemsPerPass),
      `${(median(rates) / winkRate).toFixed(2)}×`,
    ].join(' | '),
  );
  const sparse = buildNewsCorpus(sources, CORPUS_BYTES, 2, NEWS_DENSITY_SEED_SHARE);
  const seedText = sources.seedParagraphs.join('\n\n');
  const seedDensity = (extractQuantities(seedText).length / (Buffer.byteLength(seedText, 'utf8') / 1000)).toFixed(1);
  const sparseThroughputs = measureThroughputs(createExtractors().filter((extractor) => extractor.id === 'factline' || extractor.id === 'wink-ner'), sparse);
  const perKilobyte = (throughput: Throughput) => (throughput.itemsPerPass / (throughput.megabytes * 1000)).toFixed(1);
  const [sparseFactline, sparseWink] = sparseThroughputs as [Throughput, Throughput];
  const factlineDense = throughputs.find((throughput) => throughput.extractor.id === 'factline')!;
  const sparseSpeedup = median(sparseFactline.rates) / median(sparseWink.rates);
  return [
    '## Extraction throughput',
    '',
    `${articles.length} news-style articles, ${megabytes.toFixed(2)} MB of UTF-8 (seed paragraphs and golden sentences recombined, numbers varied; \`scripts/news-corpus.ts\`, seed 1). ` +
      `One thread; each extractor gets ${WARM_UP_PASSES} warm-up passes, then ${TIMED_PASSES} timed passes over its articles, interleaved with the others' (median reported).`,
    '',
    '| Extractor | What is timed | Articles timed | MB/s (median) | MB/s (range) | Items found per pass | vs wink-nlp (ner) |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row} |`),
    '',
    `On this number-dense corpus (${perKilobyte(factlineDense)} quantities per KB) factline runs at ${factlineSpeedup.toFixed(1)}× wink-nlp's entity recognition: the bar of ${REQUIRED_SPEEDUP}× is ${factlineSpeedup >= REQUIRED_SPEEDUP ? 'met' : 'NOT met'}.`,
    '',
    `Second corpus, in the same run: ${sparse.length} articles, ${utf8Megabytes(sparse).toFixed(2)} MB, ${Math.round(NEWS_DENSITY_SEED_SHARE * 100)}% of paragraphs from the seed articles (seed 2), ${perKilobyte(sparseFactline)} quantities per KB (the seed articles themselves: ${seedDensity} per KB). ` +
      `factline ${median(sparseFactline.rates).toFixed(2)} MB/s, wink-nlp (ner) ${median(sparseWink.rates).toFixed(2)} MB/s: ${sparseSpeedup.toFixed(1)}× (bar ${sparseSpeedup >= REQUIRED_SPEEDUP ? 'met' : 'NOT met'} at this density).`,
    '',
    '## Extraction memory',
    '',
    measureHeap(articles),
  ].join('\n');
}
