// Extraction throughput of factline against its npm peers on the same news-style corpus, in one run,
// and factline's heap after N and 10N articles.
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkEnglishModel from 'wink-eng-lite-web-model';
import { EXTRACTOR_VERSION, extractQuantities } from '../../shared/extraction/index.js';
import { buildNewsCorpus, loadNewsSources, loadRealNews } from '../news-corpus.js';
import { median } from '../statistics.js';
import { ARTICLES_PER_CHUNK, pairedRound } from '../paired-timing.js';
import os from 'node:os';
import { performance } from 'node:perf_hooks';

const CORPUS_BYTES = 2_000_000;
const WARM_UP_ROUNDS = 2;
const TIMED_ROUNDS = 7;
const MEMORY_ARTICLES = 300;
/** The bar: factline at least this many times wink-nlp's throughput. */
const REQUIRED_SPEEDUP = 10;
/**
 * The sparser corpora, factline against wink-nlp only: the share of paragraphs that are seed text (news at its
 * usual density, against the number-dense golden sentences), and the corpus seed.
 */
const SPARSER_CORPORA = [
  { seedShare: 0.9, seed: 2 },
  { seedShare: 1, seed: 3 },
] as const;

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
  /** Seconds of each timed round. */
  seconds: number[];
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

/**
 * Warms every extractor up, then times them in rounds over the corpus in which each chunk of articles is run
 * by all of them back to back (`pairedRound`), so that load from other processes falls on all of them alike.
 */
function measureThroughputs(extractors: Extractor[], corpus: string[]): Throughput[] {
  const timedBy = (extractorIndex: number, articleIndex: number) => articleIndex % (extractors[extractorIndex]!.sampleEvery ?? 1) === 0;
  const throughputs = extractors.map((extractor, extractorIndex): Throughput => {
    const articles = corpus.filter((_, articleIndex) => timedBy(extractorIndex, articleIndex));
    const itemsPerPass = articles.reduce((items, article) => items + extractor.extract(article), 0);
    return { extractor, articles, megabytes: utf8Megabytes(articles), itemsPerPass, seconds: [] };
  });
  const extracts = extractors.map((extractor) => extractor.extract);
  for (let round = 0; round < WARM_UP_ROUNDS + TIMED_ROUNDS; round += 1) {
    console.error(
      `bench: extraction: ${round < WARM_UP_ROUNDS ? 'warm-up' : 'timed'} round ${round + 1} of ${WARM_UP_ROUNDS + TIMED_ROUNDS}...`,
    );
    const seconds = pairedRound(extracts, corpus, round, timedBy).wall;
    if (round < WARM_UP_ROUNDS) continue;
    throughputs.forEach((throughput, index) => throughput.seconds.push(seconds[index]!));
  }
  return throughputs;
}

/** MB/s of each timed round. */
function ratesOf(throughput: Throughput): number[] {
  return throughput.seconds.map((seconds) => throughput.megabytes / seconds);
}

/** factline's speed over wink-nlp's, round by round (both time every article): the median and the range. */
function speedupOf(throughputs: Throughput[]): { median: number; low: number; high: number } {
  const secondsOf = (id: Extractor['id']) => throughputs.find((throughput) => throughput.extractor.id === id)!.seconds;
  return ratioSpread(secondsOf('wink-ner'), secondsOf('factline'));
}

/** The median of the per-round ratios `numerator[round] / denominator[round]`, and their range. */
function ratioSpread(numerator: number[], denominator: number[]): { median: number; low: number; high: number } {
  const ratios = numerator.map((value, round) => value / denominator[round]!);
  return { median: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
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

/** Real articles are few and short: more rounds, and chunks of a few articles, so that each round interleaves. */
const REAL_NEWS_WARM_UP_ROUNDS = 3;
const REAL_NEWS_TIMED_ROUNDS = 25;
const REAL_NEWS_ARTICLES_PER_CHUNK = 4;
/** The bar on real article text: factline at least this many times wink-nlp's entity recognition. */
const REAL_NEWS_REQUIRED_SPEEDUP = 3;

/** factline, wink-nlp (ner) and compromise on the real article texts, in paired rounds of a few articles each. */
function realNewsSection(): string {
  const articles = loadRealNews();
  const megabytes = utf8Megabytes(articles);
  const extractors = createExtractors().filter((extractor) => extractor.id !== 'wink-full');
  const extracts = extractors.map((extractor) => extractor.extract);
  const wallSeconds: number[][] = extractors.map(() => []);
  const cpuSeconds: number[][] = extractors.map(() => []);
  const loadAtStart = os.loadavg()[0]!;
  for (let round = 0; round < REAL_NEWS_WARM_UP_ROUNDS + REAL_NEWS_TIMED_ROUNDS; round += 1) {
    const { wall, cpu } = pairedRound(extracts, articles, round, () => true, REAL_NEWS_ARTICLES_PER_CHUNK);
    if (round < REAL_NEWS_WARM_UP_ROUNDS) continue;
    wall.forEach((value, index) => wallSeconds[index]!.push(value));
    cpu.forEach((value, index) => cpuSeconds[index]!.push(value));
  }
  const loadAtEnd = os.loadavg()[0]!;
  const factlineIndex = extractors.findIndex((extractor) => extractor.id === 'factline');
  const winkIndex = extractors.findIndex((extractor) => extractor.id === 'wink-ner');
  const cpuSpeedup = ratioSpread(cpuSeconds[winkIndex]!, cpuSeconds[factlineIndex]!);
  const wallSpeedup = ratioSpread(wallSeconds[winkIndex]!, wallSeconds[factlineIndex]!);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const onCpuShare = sum(cpuSeconds.flat()) / sum(wallSeconds.flat());
  // The slowest single article, in the last round's state (warm): what one Lambda invocation may take.
  let slowest = 0;
  for (const article of articles) {
    const started = performance.now();
    extractQuantities(article);
    slowest = Math.max(slowest, performance.now() - started);
  }
  const perArticle = (seconds: number[]) => ((median(seconds) * 1000) / articles.length).toFixed(2);
  const rows = extractors.map((extractor, index) => {
    const rates = wallSeconds[index]!.map((roundSeconds) => megabytes / roundSeconds);
    const overWink = (seconds: number[][]) => `${(median(seconds[winkIndex]!) / median(seconds[index]!)).toFixed(2)}×`;
    return (
      `| ${extractor.name} | ${extractor.measures} | ${perArticle(cpuSeconds[index]!)} | ${perArticle(wallSeconds[index]!)} | ` +
      `${median(rates).toFixed(2)} | ${Math.min(...rates).toFixed(2)}–${Math.max(...rates).toFixed(2)} | ${overWink(cpuSeconds)} | ${overWink(wallSeconds)} |`
    );
  });
  const spread = ({ median: middle, low, high }: { median: number; low: number; high: number }) =>
    `${middle.toFixed(1)}× (range ${low.toFixed(1)}–${high.toFixed(1)}×)`;
  return [
    '## Extraction on real article text',
    '',
    `The ${articles.length} pages of \`../shared/realnews\` (news written by others), cleaned by the project's own page reader (\`parseArticlePage\`): ` +
      `${(megabytes * 1000).toFixed(0)} KB of UTF-8, ${((megabytes * 1e6) / articles.length / 1000).toFixed(1)} KB an article. ${REAL_NEWS_WARM_UP_ROUNDS} warm-up rounds, then ${REAL_NEWS_TIMED_ROUNDS} timed rounds; ` +
      `in each, every chunk of ${REAL_NEWS_ARTICLES_PER_CHUNK} articles is run by each extractor in turn, in mirrored order from chunk to chunk (A B C, C B A; \`scripts/paired-timing.ts\`), ` +
      "and each extractor's chunk is timed by the wall clock and by the CPU time of this process (`process.cpuUsage`, user + system, all its threads). " +
      'Times, MB/s and ratios: medians of the rounds.',
    '',
    '| Extractor | What is timed | CPU ms per article | wall ms per article | MB/s, wall (median) | MB/s, wall (range) | over wink-nlp (ner), CPU | over wink-nlp (ner), wall |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `factline over wink-nlp's entity recognition on real article text, median of the rounds' time ratios: CPU time ${spread(cpuSpeedup)}, ` +
      `wall time ${spread(wallSpeedup)}. The bar of ${REAL_NEWS_REQUIRED_SPEEDUP}× is judged on the CPU ratio: ${cpuSpeedup.median >= REAL_NEWS_REQUIRED_SPEEDUP ? 'met' : 'NOT met'} ` +
      `(on wall time it would be ${wallSpeedup.median >= REAL_NEWS_REQUIRED_SPEEDUP ? 'met' : 'NOT met'}). This process had a core for ${(onCpuShare * 100).toFixed(0)}% of the timed wall time ` +
      `(load average ${loadAtStart.toFixed(1)} at the start of this section, ${loadAtEnd.toFixed(1)} at its end). Slowest single article (wall): ${slowest.toFixed(1)} ms.`,
    '',
    'Why the bar is read on CPU time: on this shared machine wall time also counts the moments other processes held the cores, which depends on them and ' +
      "not on the extractor, and with chunks of a few milliseconds a burst of it lands on one extractor's chunk and not the other's (compare the " +
      'ranges of the two ratios). CPU time counts only the time this process ran, on every thread: garbage collection and compilation on helper threads ' +
      'still count, against whichever extractor was running, so nothing either extractor costs is left out. It does not remove what load does to a running ' +
      'process (shared caches, memory bandwidth), which slows both; the calls timed and the text are the same as for wall time.',
    '',
    measureHeap(articles).replace('Heap used after', 'On these articles, heap used after'),
  ].join('\n');
}

export async function run(): Promise<string> {
  const sources = loadNewsSources();
  const articles = buildNewsCorpus(sources, CORPUS_BYTES);
  const megabytes = utf8Megabytes(articles);
  const throughputs = measureThroughputs(createExtractors(), articles);
  const medianRateOf = (id: Extractor['id']) => median(ratesOf(throughputs.find((throughput) => throughput.extractor.id === id)!));
  const winkRate = medianRateOf('wink-ner');
  const speedup = speedupOf(throughputs);
  const rows = throughputs.map((throughput) => {
    const { extractor, articles: timed, megabytes: timedMegabytes, itemsPerPass } = throughput;
    const rates = ratesOf(throughput);
    return [
      extractor.name,
      extractor.measures,
      timed.length === articles.length ? 'all' : `${timed.length} (every ${extractor.sampleEvery}th), ${timedMegabytes.toFixed(2)} MB`,
      median(rates).toFixed(2),
      `${Math.min(...rates).toFixed(2)}–${Math.max(...rates).toFixed(2)}`,
      String(itemsPerPass),
      `${(median(rates) / winkRate).toFixed(2)}×`,
    ].join(' | ');
  });
  const seedText = sources.seedParagraphs.join('\n\n');
  const seedDensity = (extractQuantities(seedText).length / (Buffer.byteLength(seedText, 'utf8') / 1000)).toFixed(1);
  const perKilobyte = (throughput: Throughput) => (throughput.itemsPerPass / (throughput.megabytes * 1000)).toFixed(1);
  const factlineDense = throughputs.find((throughput) => throughput.extractor.id === 'factline')!;
  const verdict = (ratio: number) => (ratio >= REQUIRED_SPEEDUP ? 'met' : 'NOT met');
  const ratioRange = ({ low, high }: { low: number; high: number }) => `${low.toFixed(1)}–${high.toFixed(1)}×`;
  const sparserRows = SPARSER_CORPORA.map(({ seedShare, seed }) => {
    const corpus = buildNewsCorpus(sources, CORPUS_BYTES, seed, seedShare);
    const sparserThroughputs = measureThroughputs(
      createExtractors().filter((extractor) => extractor.id === 'factline' || extractor.id === 'wink-ner'),
      corpus,
    );
    const [factline, wink] = sparserThroughputs as [Throughput, Throughput];
    const sparserSpeedup = speedupOf(sparserThroughputs);
    return (
      `| ${Math.round(seedShare * 100)}% (seed ${seed}) | ${corpus.length} | ${utf8Megabytes(corpus).toFixed(2)} | ${perKilobyte(factline)} | ` +
      `${median(ratesOf(factline)).toFixed(2)} | ${median(ratesOf(wink)).toFixed(2)} | ${sparserSpeedup.median.toFixed(1)}× (${ratioRange(sparserSpeedup)}) | ${verdict(sparserSpeedup.median)} |`
    );
  });
  return [
    realNewsSection(),
    '',
    '## Extraction throughput',
    '',
    `${articles.length} news-style articles, ${megabytes.toFixed(2)} MB of UTF-8 (seed paragraphs and golden sentences recombined, numbers varied; \`scripts/news-corpus.ts\`, seed 1). ` +
      `One thread; ${WARM_UP_ROUNDS} warm-up rounds, then ${TIMED_ROUNDS} timed rounds over the corpus. In each round every chunk of ${ARTICLES_PER_CHUNK} articles is run by each extractor in turn ` +
      '(`scripts/paired-timing.ts`; the order is mirrored from chunk to chunk, A B C then C B A), so that load from other processes on this shared machine falls on all of them alike; ' +
      'the sampled peers run only their articles of each chunk. MB/s: median of the rounds.',
    '',
    '| Extractor | What is timed | Articles timed | MB/s (median) | MB/s (range) | Items found per pass | MB/s over wink-nlp (ner) |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row} |`),
    '',
    `On this number-dense corpus (${perKilobyte(factlineDense)} quantities per KB) factline runs at ${speedup.median.toFixed(1)}× wink-nlp's entity recognition ` +
      `(median of the rounds' time ratios; range ${ratioRange(speedup)}): the bar of ${REQUIRED_SPEEDUP}× is ${verdict(speedup.median)}.`,
    '',
    `Sparser corpora, in the same run and the same way (factline and wink-nlp only): more of the paragraphs are seed text, whose own density is ${seedDensity} quantities per KB ` +
      '(every article still opens with a golden sentence as its title).',
    '',
    '| Seed-text paragraphs | Articles | MB | Quantities per KB | factline MB/s | wink-nlp (ner) MB/s | factline over wink-nlp (range) | Bar (10×) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...sparserRows,
    '',
    '## Extraction memory',
    '',
    measureHeap(articles),
  ].join('\n');
}
