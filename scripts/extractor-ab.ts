// A/B of two extractors in one process: `npx tsx scripts/extractor-ab.ts OTHER_CHECKOUT [--sparse]`.
// OTHER_CHECKOUT is another tree of this repository (`git worktree add /tmp/base HEAD~1`). Each article is run by
// both extractors back to back, in alternating order (scripts/paired-timing.ts), so that load from other processes
// on a shared machine falls on both alike; it prints the median of the per-round speed ratios (this tree over the
// other) and how many articles' output differs.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildNewsCorpus, loadNewsSources } from './news-corpus.js';
import { median } from './statistics.js';
import { pairedRound } from './paired-timing.js';

type Extract = (text: string) => unknown[];

const ROUNDS = 14;
const WARM_UP_ROUNDS = 3;

async function extractorOf(checkout: string): Promise<Extract> {
  const module = (await import(pathToFileURL(resolve(checkout, 'shared/extraction/index.ts')).href)) as { extractQuantities: Extract };
  return module.extractQuantities;
}

const [otherCheckout] = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
if (!otherCheckout) {
  console.error('usage: npx tsx scripts/extractor-ab.ts OTHER_CHECKOUT [--sparse]');
  process.exit(2);
}
const sparse = process.argv.includes('--sparse');
const other = await extractorOf(otherCheckout);
const current = await extractorOf(resolve(import.meta.dirname, '..'));
const articles = sparse ? buildNewsCorpus(loadNewsSources(), 1_000_000, 2, 0.9) : buildNewsCorpus(loadNewsSources(), 1_000_000);
const ratios: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const [currentSeconds, otherSeconds] = pairedRound([current, other], articles, round, () => true, 1);
  if (round >= WARM_UP_ROUNDS) ratios.push(otherSeconds! / currentSeconds!);
}
const differing = articles.filter((article) => JSON.stringify(other(article)) !== JSON.stringify(current(article))).length;
console.log(
  `${sparse ? 'sparse (4 quantities/KB)' : 'dense (13 quantities/KB)'} corpus, ${articles.length} articles: ` +
    `this tree runs at ${median(ratios).toFixed(3)}x the speed of ${otherCheckout} (median of ${ratios.length} rounds, ` +
    `range ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)}); output differs on ${differing} articles`,
);
