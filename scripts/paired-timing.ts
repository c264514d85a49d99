// Paired timing for comparing extractors on a machine shared with other work: each chunk of articles is run by
// every extractor back to back, so a burst of load from elsewhere falls on all of them alike instead of on one
// pass. Chunks are long enough (tens of milliseconds) for each extractor to run with its own data in the caches.
// Each extractor's chunk is timed twice: wall time, and the CPU time of this process (process.cpuUsage), which
// leaves out the time other processes held the cores while still counting this process's helper threads
// (garbage collection, compilation) against whoever ran.
import { performance } from 'node:perf_hooks';

/** Articles per chunk between different extractors: about 100 KB of the benchmark corpora. */
export const ARTICLES_PER_CHUNK = 50;

/** Each extractor's seconds in one round: wall-clock, and CPU time of this process. */
export interface RoundSeconds {
  wall: number[];
  cpu: number[];
}

/**
 * The order in which the extractors run chunk `chunk` of round `round`: chunks go in mirrored pairs (A B C, then
 * C B A: ABBA for two), so that every extractor's mean position within a pair is the same and a load that rises
 * or falls steadily across the pair falls on all of them alike; the pair's first order rotates from pair to pair.
 */
export function chunkOrder(extractorCount: number, chunk: number, round: number): number[] {
  const rotation = (Math.floor(chunk / 2) + round) % extractorCount;
  const forward = Array.from({ length: extractorCount }, (_, offset) => (rotation + offset) % extractorCount);
  return chunk % 2 === 0 ? forward : forward.reverse();
}

/**
 * One round over `articles`: each chunk goes through every extractor (over the articles `runs` gives it), in
 * `chunkOrder`. Returns each extractor's seconds, wall and CPU.
 * Two versions of one extractor share their data, and compare best article by article (`articlesPerChunk` 1).
 */
export function pairedRound(
  extractors: readonly ((text: string) => unknown)[],
  articles: readonly string[],
  round: number,
  runs: (extractorIndex: number, articleIndex: number) => boolean = () => true,
  articlesPerChunk = ARTICLES_PER_CHUNK,
): RoundSeconds {
  const wall = extractors.map(() => 0);
  const cpu = extractors.map(() => 0);
  for (let chunkStart = 0, chunk = 0; chunkStart < articles.length; chunkStart += articlesPerChunk, chunk += 1) {
    const chunkEnd = Math.min(articles.length, chunkStart + articlesPerChunk);
    for (const index of chunkOrder(extractors.length, chunk, round)) {
      const extract = extractors[index]!;
      const cpuStarted = process.cpuUsage();
      const started = performance.now();
      for (let articleIndex = chunkStart; articleIndex < chunkEnd; articleIndex += 1) {
        if (runs(index, articleIndex)) extract(articles[articleIndex]!);
      }
      wall[index]! += (performance.now() - started) / 1000;
      const cpuUsed = process.cpuUsage(cpuStarted);
      cpu[index]! += (cpuUsed.user + cpuUsed.system) / 1e6;
    }
  }
  return { wall, cpu };
}
