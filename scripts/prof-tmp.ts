import { loadNewsSources, buildNewsCorpus } from './news-corpus.js';
import { extractQuantities } from '../shared/extraction/index.js';
const articles = buildNewsCorpus(loadNewsSources(), 2_000_000, 1);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a), 0);
let found = 0;
for (let pass = 0; pass < Number(process.env.PASSES ?? 6); pass++) {
  const t = performance.now();
  for (const a of articles) found += extractQuantities(a).length;
  const ms = performance.now() - t;
  console.log(`pass ${pass}: ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
}
console.log(found);
