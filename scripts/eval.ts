// `npm run eval [-- --verbose] [--development] [SET.jsonl...]`: scores the extractor on the seed claims and every golden
// set, grouped by who wrote them; attribution per field where a set labels it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CLAIM_SCORE_THRESHOLD, extractQuantities, type Quantity, type SubjectRule } from '../shared/extraction/index.js';
import {
  ATTRIBUTE_FIELDS,
  MATCH_LEVELS,
  NAME_FIELDS,
  addCounts,
  attributeAgreement,
  baselineAttribution,
  emptyCounts,
  emptyTally,
  extractionUnits,
  matchPairs,
  matchRecord,
  notQuantitiesIn,
  quantitiesByRecord,
  scoreArticle,
  scoresOf,
  tallyAttribution,
  type AttributeAgreement,
  type AttributeTally,
  type Counts,
  type GoldArticle,
  type GoldRecord,
} from '../shared/extraction/evaluate.js';

const root = join(import.meta.dirname, '..');
const goldenFolder = join(root, 'test/golden');
const verbose = process.argv.includes('--verbose');
/** `--rules`: exact subject counts of every set, and per rule of the development sets (given, right, precision). */
const byRule = process.argv.includes('--rules');

function format(label: string, counts: Counts): string {
  const { precision, recall, f1 } = scoresOf(counts);
  const percent = (share: number) => (share * 100).toFixed(1).padStart(5);
  return `  ${label.padEnd(18)} P ${percent(precision)}  R ${percent(recall)}  F1 ${percent(f1)}   (tp ${counts.truePositives}, fp ${counts.falsePositives}, fn ${counts.falseNegatives})`;
}

function evaluateSeeds(): void {
  const golden = JSON.parse(readFileSync(join(root, 'test/golden/seeds.claims.json'), 'utf8')) as { articles: GoldArticle[] };
  const total = emptyCounts();
  const tally = emptyTally();
  let notClaimsEmitted = 0;
  for (const article of golden.articles) {
    const text = readFileSync(join(root, 'seeds', article.file), 'utf8');
    const quantities = extractQuantities(text, { publishedAt: article.publishedAt });
    const score = scoreArticle(text, article, quantities, CLAIM_SCORE_THRESHOLD);
    addCounts(total, score.counts);
    notClaimsEmitted += score.notClaimsEmitted.length;
    for (const pair of score.matched) {
      const agrees = attributeAgreement(pair.gold, pair.extracted);
      for (const key of Object.keys(agrees) as (keyof AttributeAgreement)[]) {
        const entry = tally[key];
        entry.of += 1;
        if (agrees[key]) entry.right += 1;
        if (pair.extracted[key] !== null && NAME_FIELDS.includes(key)) {
          entry.given += 1;
          if (agrees[key]) entry.givenRight += 1;
        }
        if (!agrees[key] && verbose)
          console.log(
            `    ${article.file} "${pair.gold.quote}": ${key} ${JSON.stringify(pair.extracted[key])}, gold ${JSON.stringify(pair.gold[key] ?? null)}`,
          );
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
  console.log(`  attribution on matched claims: ${formatTally(tally)}`);
}

function describeQuantities(
  quantities: readonly {
    text?: string;
    mention?: string;
    value: number;
    low?: number;
    high?: number;
    unit: string;
    counted?: string | null;
  }[],
): string {
  return quantities
    .map(
      (q) =>
        `${q.text ?? q.mention}=${q.low !== undefined ? `${q.low}..${q.high}` : q.value} ${q.unit}${q.counted ? `(${q.counted})` : ''}`,
    )
    .join(' | ');
}

/** "subject 40% right of 151 (51% of 41 given)": accuracy on every matched quantity, and for names the precision of those given. */
function formatTally(tally: AttributeTally): string {
  const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)}%`;
  return ATTRIBUTE_FIELDS.filter((field) => tally[field].of > 0)
    .map((field) => {
      const { right, of, given, givenRight } = tally[field];
      const precision = NAME_FIELDS.includes(field) ? ` (${given > 0 ? percent(givenRight, given) : '-'} of ${given} given)` : '';
      return `${field} ${percent(right, of)} right of ${of}${precision}`;
    })
    .join(', ');
}

/** The families of real copy written by others: each a `-dev.jsonl` half to tune on and a `-sealed.jsonl` half (freshnews sealed alone). */
const WRITTEN_BY_OTHERS = /^(?:realnews|othernews|speeches|freshnews|browndev|modernnews|recentnews|parsernews|benchnews[23]?)-/;
/** Which sets were written by whom: the groups `npm run eval` prints, in this order. */
const SET_GROUPS: { title: string; holds: (file: string) => boolean }[] = [
  { title: "Written here (sentences by this project's annotators, CQE-style)", holds: (file) => !WRITTEN_BY_OTHERS.test(file) },
  {
    title: 'Written by others: real copy, development',
    holds: (file) => WRITTEN_BY_OTHERS.test(file) && file.endsWith('dev.jsonl'),
  },
  {
    title: 'Sealed: real copy written by others (scores only; errors are never printed)',
    holds: (file) => WRITTEN_BY_OTHERS.test(file) && file.endsWith('sealed.jsonl'),
  },
];
/** Sets whose errors are never printed, even with --verbose: they estimate text no one has tuned on. */
const SEALED = /sealed\.jsonl$|^heldout-[ehj]\.jsonl$/;

/** Scores one JSON Lines golden set: every quantity of every record, its non-quantities and, where labelled, its attribution. */
function evaluateSet(path: string): void {
  const file = basename(path);
  const printErrors = verbose && !SEALED.test(file);
  const records = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldRecord);
  const totals = Object.fromEntries(MATCH_LEVELS.map((level) => [level, emptyCounts()])) as Record<(typeof MATCH_LEVELS)[number], Counts>;
  const attribution = emptyTally();
  const baseline = emptyTally();
  let notQuantitiesEmitted = 0;
  const units = extractionUnits(records);
  const rules = new Map<string, { given: number; right: number }>();
  for (const unit of units) {
    const subjectRules = byRule ? new Map<Quantity, SubjectRule>() : undefined;
    const extracted = extractQuantities(unit.text, { ...(unit.publishedAt ? { publishedAt: unit.publishedAt } : {}), subjectRules });
    const ruleAt = new Map([...(subjectRules ?? [])].map(([quantity, rule]) => [quantity.start, rule]));
    const byRecord = quantitiesByRecord(unit, extracted);
    unit.records.forEach((record, index) => {
      const quantities = byRecord[index]!;
      const emitted = notQuantitiesIn(record.text, record.notQuantities ?? [], quantities);
      notQuantitiesEmitted += emitted.length;
      for (const level of MATCH_LEVELS) {
        const counts = matchRecord(record.text, record.quantities, quantities, level);
        addCounts(totals[level], counts);
        if (printErrors && level === 'value+unit' && (counts.falsePositives > 0 || counts.falseNegatives > 0 || emitted.length > 0)) {
          console.log(`    ${record.id}: ${record.text}`);
          console.log(`      gold: ${describeQuantities(record.quantities)}`);
          console.log(`      got:  ${describeQuantities(quantities)}`);
        }
      }
      for (const pair of matchPairs(record.text, record.quantities, quantities, 'value+unit')) {
        const wrong = tallyAttribution(attribution, pair.gold, pair.extracted);
        const offset = unit.offsets[index]!;
        const rule = ruleAt.get(pair.extracted.start + offset) ?? 'none';
        if (pair.gold.subject !== undefined && pair.extracted.subject !== null) {
          const entry = rules.get(rule) ?? { given: 0, right: 0 };
          entry.given += 1;
          if (!wrong.includes('subject')) entry.right += 1;
          rules.set(rule, entry);
        }
        tallyAttribution(baseline, pair.gold, {
          ...pair.extracted,
          ...baselineAttribution(unit.text, { ...pair.extracted, start: pair.extracted.start + offset }),
        });
        for (const field of printErrors ? wrong : []) {
          console.log(
            `    ${record.id} "${pair.gold.mention}": ${field} ${JSON.stringify(pair.extracted[field])}${field === 'subject' && byRule ? ` [${rule}]` : ''}, gold ${JSON.stringify(pair.gold[field])}`,
          );
        }
      }
    });
  }
  const articles = units.filter((unit) => unit.records[0]!.article !== undefined).length;
  console.log(
    `${file}${SEALED.test(file) ? ' [sealed]' : ''} (${records.length} ${articles > 0 ? `paragraphs of ${articles} articles, each extracted whole` : 'sentences'}, every quantity)`,
  );
  for (const level of MATCH_LEVELS) console.log(format(level, totals[level]));
  console.log(`  notQuantities emitted: ${notQuantitiesEmitted}`);
  if (attribution.subject.of + attribution.speaker.of + attribution.kind.of + attribution.time.of > 0) {
    console.log(`  attribution on value+unit matches: ${formatTally(attribution)}`);
    console.log(
      `  naive baseline (first name in the sentence; the name after "said"): ${formatTally({ ...emptyTally(), subject: baseline.subject, speaker: baseline.speaker })}`,
    );
    if (byRule) printRules(attribution, SEALED.test(file) ? null : rules);
  }
}

/** Exact subject, speaker, kind and time counts; subjects per rule only for a development set (a sealed set's rules would be tuned on). */
function printRules(attribution: AttributeTally, rules: ReadonlyMap<string, { given: number; right: number }> | null): void {
  const { right, of, given, givenRight } = attribution.subject;
  const speaker = attribution.speaker;
  console.log(
    `  subject exact: right ${right} of ${of}, given right ${givenRight} of ${given}; speaker right ${speaker.right} of ${speaker.of}, given right ${speaker.givenRight} of ${speaker.given}; kind right ${attribution.kind.right} of ${attribution.kind.of}; time right ${attribution.time.right} of ${attribution.time.of}`,
  );
  for (const [rule, { given: ruleGiven, right: ruleRight }] of [...(rules ?? [])].sort((a, b) => b[1].given - a[1].given))
    console.log(
      `    rule ${rule.padEnd(22)} given ${String(ruleGiven).padStart(4)}  right ${String(ruleRight).padStart(4)}  ${((ruleRight / ruleGiven) * 100).toFixed(0)}%`,
    );
}

/** The sets named on the command line (file names in test/golden/, or paths), else every set in test/golden/; --development leaves sealed sets out. */
function selectedSets(): string[] {
  const named = process.argv.slice(2).filter((argument) => argument.endsWith('.jsonl'));
  const paths =
    named.length > 0
      ? named.map((name) => (existsSync(name) ? resolve(name) : join(goldenFolder, name)))
      : readdirSync(goldenFolder)
          .filter((file) => file.endsWith('.jsonl'))
          .sort()
          .map((file) => join(goldenFolder, file));
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length > 0) {
    console.error(`no such golden set: ${missing.join(', ')}`);
    process.exit(2);
  }
  return process.argv.includes('--development') ? paths.filter((path) => !SEALED.test(basename(path))) : paths;
}

function evaluateGoldenSets(paths: readonly string[]): void {
  for (const group of SET_GROUPS) {
    const members = paths.filter((path) => group.holds(basename(path)));
    if (members.length === 0) continue;
    console.log(`\n== ${group.title}`);
    for (const path of members) evaluateSet(path);
  }
}

console.log('== Written here: seed articles');
evaluateSeeds();
const sets = selectedSets();
evaluateGoldenSets(sets);
// The peer suites belong to the full run, not to a run over named sets.
if (!process.argv.slice(2).some((argument) => argument.endsWith('.jsonl')))
  (await import('./eval/peer-suites.js')).evaluatePeerSuites(verbose);
