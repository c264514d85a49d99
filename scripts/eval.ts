// `npm run eval [-- --verbose]`: scores the extractor on the golden seed claims and the golden news sentences.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLAIM_SCORE_THRESHOLD, extractQuantities } from '../shared/extraction/index.js';
import {
  MATCH_LEVELS, addCounts, attributeAgreement, emptyCounts, matchRecord, notQuantitiesIn, scoreArticle, scoresOf,
  type AttributeAgreement, type Counts, type GoldArticle, type GoldQuantity,
} from '../shared/extraction/evaluate.js';

const root = join(import.meta.dirname, '..');
const goldenFolder = join(root, 'test/golden');
const verbose = process.argv.includes('--verbose');

function format(label: string, counts: Counts): string {
  const { precision, recall, f1 } = scoresOf(counts);
  const percent = (share: number) => (share * 100).toFixed(1).padStart(5);
  return `  ${label.padEnd(18)} P ${percent(precision)}  R ${percent(recall)}  F1 ${percent(f1)}   (tp ${counts.truePositives}, fp ${counts.falsePositives}, fn ${counts.falseNegatives})`;
}

function evaluateSeeds(): void {
  const golden = JSON.parse(readFileSync(join(root, 'test/golden/seeds.claims.json'), 'utf8')) as { articles: GoldArticle[] };
  const total = emptyCounts();
  const agreement: Record<keyof AttributeAgreement, number> = { subject: 0, time: 0, kind: 0, speaker: 0 };
  let matched = 0;
  let notClaimsEmitted = 0;
  for (const article of golden.articles) {
    const text = readFileSync(join(root, 'seeds', article.file), 'utf8');
    const quantities = extractQuantities(text, { publishedAt: article.publishedAt });
    const score = scoreArticle(text, article, quantities, CLAIM_SCORE_THRESHOLD);
    addCounts(total, score.counts);
    notClaimsEmitted += score.notClaimsEmitted.length;
    for (const pair of score.matched) {
      matched += 1;
      const agrees = attributeAgreement(pair.gold, pair.extracted);
      for (const key of Object.keys(agreement) as (keyof AttributeAgreement)[]) {
        if (agrees[key]) agreement[key] += 1;
        else if (verbose) console.log(`    ${article.file} "${pair.gold.quote}": ${key} ${JSON.stringify(pair.extracted[key])}, gold ${JSON.stringify(pair.gold[key] ?? null)}`);
      }
    }
    if (verbose) {
      for (const claim of score.missed) console.log(`    missed  ${article.file}: ${claim.quote}`);
      for (const claim of score.falsePositives) console.log(`    extra   ${article.file}: "${claim.text}" (${claim.claimScore})`);
      for (const quantity of score.notClaimsEmitted) console.log(`    notClaim emitted ${article.file}: "${quantity.text}"`);
    }
  }
  console.log(`Seed articles (claims with claimScore >= ${CLAIM_SCORE_THRESHOLD}; value+unit+span, gray phrases neutral)`);
  console.log(format('claims', total));
  console.log(`  notClaims emitted: ${notClaimsEmitted}`);
  const share = (count: number) => (matched === 0 ? 'n/a' : `${((count / matched) * 100).toFixed(0)}%`);
  console.log(`  on ${matched} matched claims: subject ${share(agreement.subject)}, time ${share(agreement.time)}, kind ${share(agreement.kind)}, speaker ${share(agreement.speaker)}`);
}

interface NewsRecord {
  id: string;
  domain: string;
  text: string;
  publishedAt?: string;
  quantities: GoldQuantity[];
  notQuantities?: string[];
}

function describeQuantities(quantities: readonly { text?: string; mention?: string; value: number; low?: number; high?: number; unit: string; counted?: string | null }[]): string {
  return quantities.map((q) => `${q.text ?? q.mention}=${q.low !== undefined ? `${q.low}..${q.high}` : q.value} ${q.unit}${q.counted ? `(${q.counted})` : ''}`).join(' | ');
}

/** Scores one JSON Lines golden set: every quantity of every sentence, and the non-quantities it must not emit. */
function evaluateNews(file: string): void {
  const lines = readFileSync(join(goldenFolder, file), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const totals = Object.fromEntries(MATCH_LEVELS.map((level) => [level, emptyCounts()])) as Record<(typeof MATCH_LEVELS)[number], Counts>;
  let notQuantitiesEmitted = 0;
  for (const line of lines) {
    const record = JSON.parse(line) as NewsRecord;
    const quantities = extractQuantities(record.text, record.publishedAt ? { publishedAt: record.publishedAt } : {});
    const emitted = notQuantitiesIn(record.text, record.notQuantities ?? [], quantities);
    notQuantitiesEmitted += emitted.length;
    for (const level of MATCH_LEVELS) {
      const counts = matchRecord(record.text, record.quantities, quantities, level);
      addCounts(totals[level], counts);
      if (verbose && level === 'value+unit' && (counts.falsePositives > 0 || counts.falseNegatives > 0 || emitted.length > 0)) {
        console.log(`    ${record.id}: ${record.text}`);
        console.log(`      gold: ${describeQuantities(record.quantities)}`);
        console.log(`      got:  ${describeQuantities(quantities)}`);
      }
    }
  }
  console.log(`${file} (${lines.length} sentences, every quantity)`);
  for (const level of MATCH_LEVELS) console.log(format(level, totals[level]));
  console.log(`  notQuantities emitted: ${notQuantitiesEmitted}`);
}

evaluateSeeds();
const only = process.argv.slice(2).filter((argument) => argument.endsWith('.jsonl'));
const sets = only.length > 0 ? only : readdirSync(goldenFolder).filter((file) => file.endsWith('.jsonl')).sort();
for (const file of sets) evaluateNews(file);
(await import('./eval/peer-suites.js')).evaluatePeerSuites(verbose);
