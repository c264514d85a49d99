// `npx tsx scripts/realnews-attribution.ts [--json]`: the subjects, speakers and metrics the extractor gives the
// claims of the DEVELOPMENT pages of ../shared/realnews (page text as the pipeline stores it), and the conflicts
// their series would open. A check that no subject or speaker is an ordinary word; the sealed pages are never read.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractQuantities } from '../shared/extraction/index.js';
import { claimsFromQuantities, type Claim } from '../shared/facts/claim.js';
import { buildSeries } from '../shared/facts/series.js';
import { parseArticlePage } from '../shared/ingestion/article-page.js';
import { articleFromInput } from '../shared/pipeline/ingest-article.js';
import { SEALED_PAGES } from './golden/realnews-text.js';

const pages = join(import.meta.dirname, '../../shared/realnews/pages');

const names = readdirSync(pages)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length))
  .filter((name) => !SEALED_PAGES.includes(name))
  .sort();
const claims: Claim[] = [];
for (const name of names) {
  const page = parseArticlePage(readFileSync(join(pages, `${name}.html`), 'utf8'), `https://realnews.test/${name}`);
  if (!page.text) continue;
  const publishedAt = page.publishedAt?.slice(0, 10);
  const article = articleFromInput(
    { text: page.text, url: `https://realnews.test/${name}`, source: name, ...(publishedAt ? { publishedAt } : {}) },
    new Date(),
  );
  claims.push(...claimsFromQuantities(article, extractQuantities(article.text, publishedAt ? { publishedAt } : {})));
}

function tally(values: (string | null)[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const bySeries = new Map<string, Claim[]>();
for (const claim of claims) {
  if (!claim.subject || !claim.metric) continue;
  const key = `${claim.subject}\u0000${claim.metric}`;
  bySeries.set(key, [...(bySeries.get(key) ?? []), claim]);
}
const conflicts: string[] = [];
for (const members of bySeries.values()) {
  const series = buildSeries(members);
  for (const relation of series?.relations ?? []) {
    if (relation.type === 'conflicts') conflicts.push(`${series!.subject} / ${series!.metric}: ${relation.reason}`);
  }
}

const report = {
  pages: names.length,
  claims: claims.length,
  subjects: tally(claims.map((claim) => claim.subject)),
  speakers: tally(claims.map((claim) => claim.speaker)),
  metrics: tally(claims.map((claim) => claim.metric)),
  conflicts,
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report));
} else {
  console.log(`${report.pages} development pages, ${report.claims} claims`);
  for (const field of ['subjects', 'speakers', 'metrics'] as const) {
    console.log(`${field} (${report[field].length}): ${report[field].map(([value, count]) => `${value} ${count}`).join(' | ')}`);
  }
  console.log(`conflicts (${conflicts.length}):${conflicts.map((line) => `\n  ${line}`).join('')}`);
  if (process.argv.includes('--verbose')) {
    for (const claim of claims) {
      console.log(
        `  ${claim.source} "${claim.text}" subject ${claim.subject} / speaker ${claim.speaker} / ${claim.metric} / ${claim.kind} / ${JSON.stringify(claim.time)}: ${claim.quote}`,
      );
    }
  }
}
