// Time-bounded fuzzing of extractQuantities: mutates seed and golden text at random and checks the
// same invariants as test/extraction/robustness.test.ts. The extractor runs in a worker watched by a
// watchdog, so a hang is reported (with the input's index) instead of blocking the run.
//   npm run fuzz -- --seconds 60 [--seed 42]     fuzz for 60 s
//   npm run fuzz -- --seed 42 --replay 1234      print input 1234 of seed 42 as JSON
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { NUMERIC_FRAGMENTS, UNICODE_DASHES, UNICODE_SPACES } from './odd-text.js';
import { extractOrRefuse, findInvariantViolations } from './quantity-invariants.js';
import { createRandom, loadNewsSources, pick, type NewsSources } from './news-corpus.js';

const MAX_INPUT_LENGTH = 200_000;
/** No input should take this long; past it the worker counts as hung. */
const HANG_SECONDS = 15;
const MAX_REPORTED_FAILURES = 10;
/** The slowest input is timed again this many times: one slow run may only be a pause of the machine. */
const SLOWEST_RETIMINGS = 5;

interface FuzzTask {
  seed: number;
  seconds: number;
  /** [0]: index of the input being extracted, for the watchdog. */
  progress: Int32Array;
}

interface Failure {
  index: number;
  problems: string[];
  preview: string;
}

interface FuzzSummary {
  inputs: number;
  megabytes: number;
  failures: Failure[];
  failureCount: number;
  /** How often each kind of problem occurred (numbers and mentions blanked out). */
  problemKinds: Record<string, number>;
  slowest: { index: number; milliseconds: number; retimedMilliseconds: number; length: number; preview: string } | null;
}

function randomInt(random: () => number, below: number): number {
  return Math.floor(random() * below);
}

function randomCodeUnits(random: () => number, count: number): string {
  return Array.from({ length: count }, () => String.fromCharCode(randomInt(random, 0x10000))).join('');
}

function mutateOnce(text: string, random: () => number, sources: NewsSources): string {
  const at = randomInt(random, text.length + 1);
  const span = 1 + randomInt(random, 40);
  switch (randomInt(random, 9)) {
    case 0:
      return text.slice(0, at) + pick(random, NUMERIC_FRAGMENTS) + text.slice(at);
    case 1:
      return text.slice(0, at) + randomCodeUnits(random, 1 + randomInt(random, 5)) + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at + span);
    case 3:
      return text.slice(0, at) + text.slice(at, at + span).repeat(1 + randomInt(random, 200)) + text.slice(at + span);
    case 4: {
      const digits = String(randomInt(random, 10)).repeat(1 + randomInt(random, 20_000));
      return text.replace(/\d+/, digits);
    }
    case 5:
      return text.slice(0, at) + pick(random, random() < 0.5 ? sources.goldenSentences : sources.seedParagraphs) + text.slice(at);
    case 6:
      return text.replaceAll(' ', pick(random, UNICODE_SPACES)).replaceAll('-', pick(random, UNICODE_DASHES));
    case 7:
      // A text that starts anywhere, a line break included, as a cut page or a feed's excerpt may.
      return text.slice(at);
    default:
      return text.slice(0, at);
  }
}

/** The input at the generator's current position: a news text with 1 to 8 random mutations. */
function nextInput(random: () => number, sources: NewsSources): string {
  let text =
    random() < 0.6
      ? pick(random, sources.goldenSentences)
      : Array.from({ length: 1 + randomInt(random, 4) }, () => pick(random, sources.seedParagraphs)).join('\n\n');
  const mutations = 1 + randomInt(random, 8);
  for (let step = 0; step < mutations; step += 1) text = mutateOnce(text, random, sources).slice(0, MAX_INPUT_LENGTH);
  return text;
}

function preview(text: string): string {
  return JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text);
}

function timeExtraction(text: string): number {
  const started = performance.now();
  extractOrRefuse(text);
  return performance.now() - started;
}

function problemKind(problem: string): string {
  return problem
    .replace(/^quantity \d+ \(.*?\): /, '')
    .replace(/(is|not|unit) "(?:[^"\\]|\\.)*"/g, '$1 "…"')
    .replace(/-?\d+(\.\d+)?/g, 'N');
}

function fuzzInWorker({ seed, seconds, progress }: FuzzTask): FuzzSummary {
  const sources = loadNewsSources();
  const random = createRandom(seed);
  const deadline = performance.now() + seconds * 1000;
  const summary: FuzzSummary = { inputs: 0, megabytes: 0, failures: [], failureCount: 0, problemKinds: {}, slowest: null };
  let bytes = 0;
  let slowestText = '';
  while (performance.now() < deadline) {
    const index = summary.inputs;
    const text = nextInput(random, sources);
    Atomics.store(progress, 0, index);
    const started = performance.now();
    let problems: string[];
    try {
      problems = findInvariantViolations(text, extractOrRefuse(text));
    } catch (error) {
      problems = [`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
    }
    const milliseconds = performance.now() - started;
    summary.inputs += 1;
    bytes += Buffer.byteLength(text, 'utf8');
    if (summary.slowest === null || milliseconds > summary.slowest.milliseconds) {
      summary.slowest = { index, milliseconds, retimedMilliseconds: milliseconds, length: text.length, preview: preview(text) };
      slowestText = text;
    }
    if (problems.length > 0) {
      summary.failureCount += 1;
      for (const kind of new Set(problems.map(problemKind))) summary.problemKinds[kind] = (summary.problemKinds[kind] ?? 0) + 1;
      if (summary.failures.length < MAX_REPORTED_FAILURES)
        summary.failures.push({ index, problems: problems.slice(0, 5), preview: preview(text) });
    }
  }
  summary.megabytes = bytes / 1e6;
  if (summary.slowest !== null) {
    summary.slowest.retimedMilliseconds = Math.min(...Array.from({ length: SLOWEST_RETIMINGS }, () => timeExtraction(slowestText)));
  }
  return summary;
}

function replay(seed: number, index: number): void {
  const sources = loadNewsSources();
  const random = createRandom(seed);
  for (let current = 0; current < index; current += 1) nextInput(random, sources);
  console.log(JSON.stringify(nextInput(random, sources)));
}

function report(seed: number, summary: FuzzSummary): void {
  const replayHint = (index: number) => `npm run -s fuzz -- --seed ${seed} --replay ${index}`;
  console.log(`fuzz: seed ${seed}: ${summary.inputs} inputs (${summary.megabytes.toFixed(1)} MB), ${summary.failureCount} failing`);
  if (summary.slowest !== null) {
    const { index, milliseconds, retimedMilliseconds, length, preview: text } = summary.slowest;
    console.log(
      `slowest: input ${index}, ${milliseconds.toFixed(1)} ms for ${length} UTF-16 units ` +
        `(best of ${SLOWEST_RETIMINGS} re-runs: ${retimedMilliseconds.toFixed(1)} ms; ${replayHint(index)})`,
    );
    console.log(`  ${text}`);
  }
  for (const [kind, count] of Object.entries(summary.problemKinds).sort((a, b) => b[1] - a[1])) {
    console.log(`problem in ${count} inputs: ${kind}`);
  }
  for (const failure of summary.failures) {
    console.log(`FAIL input ${failure.index} (${replayHint(failure.index)}): ${failure.preview}`);
    for (const problem of failure.problems) console.log(`  - ${problem}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '60' }, seed: { type: 'string' }, replay: { type: 'string' } },
  });
  const seconds = Number(values.seconds);
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  if (!(seconds > 0) || !Number.isInteger(seed))
    throw new Error('usage: npm run fuzz -- --seconds <n> [--seed <integer>] [--replay <index>]');
  if (values.replay !== undefined) return replay(seed, Number(values.replay));

  const progress = new Int32Array(new SharedArrayBuffer(4));
  const task: FuzzTask = { seed, seconds, progress };
  // Workers do not inherit tsx's loader on Node 20: the worker registers it, then loads this file.
  const workerSource = `import('tsx/esm/api').then(({ tsImport }) => tsImport(${JSON.stringify(import.meta.url)}, ${JSON.stringify(import.meta.url)}))`;
  const worker = new Worker(workerSource, { eval: true, workerData: task });
  const summary = await new Promise<FuzzSummary | null>((resolve, reject) => {
    let lastIndex = -1;
    let stalledSeconds = 0;
    const watchdog = setInterval(() => {
      const index = Atomics.load(progress, 0);
      stalledSeconds = index === lastIndex ? stalledSeconds + 1 : 0;
      lastIndex = index;
      if (stalledSeconds >= HANG_SECONDS) {
        clearInterval(watchdog);
        console.log(`HANG: input ${index} ran for more than ${HANG_SECONDS} s (npm run -s fuzz -- --seed ${seed} --replay ${index})`);
        void worker.terminate().then(() => resolve(null));
      }
    }, 1000);
    worker.once('message', (message: FuzzSummary) => {
      clearInterval(watchdog);
      resolve(message);
    });
    worker.once('error', (error) => {
      clearInterval(watchdog);
      reject(error);
    });
  });
  if (summary === null) {
    process.exitCode = 1;
    return;
  }
  report(seed, summary);
  if (summary.failureCount > 0) process.exitCode = 1;
}

if (isMainThread) {
  await main();
} else {
  parentPort!.postMessage(fuzzInWorker(workerData as FuzzTask));
}
