// Paired timing for comparing extractors on a machine shared with other work: each chunk of articles is run by
// every extractor back to back, so a burst of load from elsewhere falls on all of them alike instead of on one
// pass. Chunks are long enough (tens of milliseconds) for each extractor to run with its own data in the caches.
import { performance } from 'node:perf_hooks';

/** Articles per chunk between different extractors: about 100 KB of the benchmark corpora. */
export const ARTICLES_PER_CHUNK = 50;

/**
 * One round over `articles`: each chunk goes through every extractor (over the articles `runs` gives it),
 * starting with a different one from chunk to chunk and round to round. Returns each extractor's seconds.
 * Two versions of one extractor share their data, and compare best article by article (`articlesPerChunk` 1).
 */
export function pairedRound(
  extractors: readonly ((text: string) => unknown)[],
  articles: readonly string[],
  round: number,
  runs: (extractorIndex: number, articleIndex: number) => boolean = () => true,
  articlesPerChunk = ARTICLES_PER_CHUNK,
): number[] {
  const seconds = extractors.map(() => 0);
  for (let chunkStart = 0, chunk = 0; chunkStart < articles.length; chunkStart += articlesPerChunk, chunk += 1) {
    const chunkEnd = Math.min(articles.length, chunkStart + articlesPerChunk);
    for (let offset = 0; offset < extractors.length; offset += 1) {
      const index = (chunk + round + offset) % extractors.length;
      const extract = extractors[index]!;
      const started = performance.now();
      for (let articleIndex = chunkStart; articleIndex < chunkEnd; articleIndex += 1) {
        if (runs(index, articleIndex)) extract(articles[articleIndex]!);
      }
      seconds[index]! += (performance.now() - started) / 1000;
    }
  }
  return seconds;
}
