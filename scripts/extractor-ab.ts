// A/B of two extractors in one process: `npx tsx scripts/extractor-ab.ts OTHER_CHECKOUT [--sparse | --real]`.
// OTHER_CHECKOUT is another tree of this repository (`git worktree add /tmp/base HEAD~1`). Each article is run by
// both extractors back to back, in alternating order (scripts/paired-timing.ts), so that load from other processes
// on a shared machine falls on both alike; it prints the median of the per-round speed ratios (this tree over the
// other), by CPU time of this process and by wall time, and how many articles' output differs.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildNewsCorpus, loadNewsSources, loadRealNews } from './news-corpus.js';
import { median } from './statistics.js';
import { pairedRound } from './paired-timing.js';

type Extract = (text: string) => unknown[];

const WARM_UP_ROUNDS = 3;

async function extractorOf(checkout: string): Promise<Extract> {
  const module = (await import(pathToFileURL(resolve(checkout, 'shared/extraction/index.ts')).href)) as { extractQuantities: Extract };
  return module.extractQuantities;
}

const [otherCheckout] = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
if (!otherCheckout) {
  console.error('usage: npx tsx scripts/extractor-ab.ts OTHER_CHECKOUT [--sparse | --real]');
  process.exit(2);
}
const sparse = process.argv.includes('--sparse');
const real = process.argv.includes('--real');
const other = await extractorOf(otherCheckout);
const current = await extractorOf(resolve(import.meta.dirname, '..'));
const corpora = {
  // 178 KB against 1 MB: more rounds for a comparable spread.
  real: { name: 'real article text (../shared/realnews)', load: loadRealNews, rounds: 63 },
  sparse: { name: 'sparse (4 quantities/KB)', load: () => buildNewsCorpus(loadNewsSources(), 1_000_000, 2, 0.9), rounds: 14 },
  dense: { name: 'dense (13 quantities/KB)', load: () => buildNewsCorpus(loadNewsSources(), 1_000_000), rounds: 14 },
};
const corpus = real ? corpora.real : sparse ? corpora.sparse : corpora.dense;
const articles = corpus.load();
const cpuRatios: number[] = [];
const wallRatios: number[] = [];
for (let round = 0; round < corpus.rounds; round += 1) {
  const { wall, cpu } = pairedRound([current, other], articles, round, () => true, 1);
  if (round < WARM_UP_ROUNDS) continue;
  cpuRatios.push(cpu[1]! / cpu[0]!);
  wallRatios.push(wall[1]! / wall[0]!);
}
const spread = (ratios: number[]) =>
  `${median(ratios).toFixed(3)}x (range ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)})`;
const differing = articles.filter((article) => JSON.stringify(other(article)) !== JSON.stringify(current(article))).length;
console.log(
  `${corpus.name} corpus, ${articles.length} articles: ` +
    `this tree runs at ${spread(cpuRatios)} the speed of ${otherCheckout} by CPU time, ${spread(wallRatios)} by wall time ` +
    `(medians of ${cpuRatios.length} rounds); output differs on ${differing} articles`,
);
