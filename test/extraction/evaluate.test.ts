import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  baselineAttribution,
  emptyTally,
  extractionUnits,
  locateMention,
  matchPairs,
  matchRecord,
  quantitiesByRecord,
  scoresOf,
  tallyAttribution,
  valuesAgree,
  type GoldRecord,
} from '../../shared/extraction/evaluate.js';
import { extractQuantities } from '../../shared/extraction/index.js';
import type { Quantity } from '../../shared/extraction/types.js';

const root = join(import.meta.dirname, '../..');
/** A small made-up article in the real-copy format (not a golden set): it tests the evaluation, not the extractor. */
const fixture = join(import.meta.dirname, 'fixtures/article-eval.jsonl');

function quantity(fields: Partial<Quantity>): Quantity {
  return {
    start: 0,
    end: 1,
    text: '',
    value: 0,
    unit: 'count',
    counted: null,
    bound: '=',
    change: null,
    of: null,
    subject: null,
    metric: null,
    metricLabel: null,
    time: {},
    kind: 'actual',
    speaker: null,
    claimScore: 0,
    sentence: { start: 0, end: 1 },
    normalized: { value: fields.value ?? 0, unit: fields.unit ?? 'count' },
    ...fields,
  };
}

describe('evaluate', () => {
  it('agrees on values within tolerance, and on both bounds of a range', () => {
    expect(valuesAgree({ value: 0.3333, unit: 'fraction' }, quantity({ value: 1 / 3 }))).toBe(true);
    expect(valuesAgree({ value: 2.5, low: 2, high: 3, unit: 'percent' }, quantity({ value: 2.5 }))).toBe(false);
    expect(valuesAgree({ value: 2.5, low: 2, high: 3, unit: 'percent' }, quantity({ value: 2.5, low: 2, high: 3 }))).toBe(true);
  });

  it('locates the n-th raw occurrence of a mention', () => {
    expect(locateMention('5% then 3.5%', '5%', 1)).toEqual({ start: 10, end: 12 });
  });

  it('matches one to one per level and counts counted nouns in the singular', () => {
    const text = '18 helicopters and 3%';
    const gold = [
      { mention: '18 helicopters', value: 18, unit: 'count', counted: 'helicopters' },
      { mention: '3%', value: 3, unit: 'percent' },
    ];
    const extracted = [
      quantity({ start: 0, end: 14, value: 18, counted: 'helicopter' }),
      quantity({ start: 19, end: 21, value: 3, unit: 'count' }),
    ];
    expect(matchRecord(text, gold, extracted, 'value')).toEqual({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
    expect(matchRecord(text, gold, extracted, 'value+unit')).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(scoresOf({ truePositives: 1, falsePositives: 1, falseNegatives: 1 }).f1).toBeCloseTo(0.5);
  });
});

describe('evaluating whole articles (records with `article`)', () => {
  const records = readFileSync(fixture, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldRecord);

  it('joins the paragraphs of one article with blank lines, and leaves other records alone', () => {
    const units = extractionUnits(records);
    expect(units.map((unit) => unit.records.map((record) => record.id))).toEqual([['fx-1', 'fx-2', 'fx-3'], ['fx-4']]);
    const [article] = units;
    expect(article!.text).toBe(
      records
        .slice(0, 3)
        .map((record) => record.text)
        .join('\n\n'),
    );
    expect(article!.offsets.map((offset, index) => article!.text.slice(offset, offset + records[index]!.text.length))).toEqual(
      records.slice(0, 3).map((record) => record.text),
    );
    expect(article!.publishedAt).toBe('2025-06-02');
  });

  it('assigns each quantity to the paragraph it starts in, with offsets relative to that paragraph', () => {
    const [article] = extractionUnits(records);
    const third = article!.offsets[2]!;
    const byRecord = quantitiesByRecord(article!, [
      quantity({ start: 18, end: 20 }),
      quantity({ start: third + 18, end: third + 22, sentence: { start: third, end: third + 10 } }),
    ]);
    expect(byRecord.map((list) => list.map((one) => [one.start, one.end]))).toEqual([[[18, 20]], [], [[18, 22]]]);
    expect(byRecord[2]![0]!.sentence).toEqual({ start: 0, end: 10 });
  });

  it('matches the extractor output of the whole article back to every paragraph by span', () => {
    for (const unit of extractionUnits(records)) {
      const byRecord = quantitiesByRecord(unit, extractQuantities(unit.text, unit.publishedAt ? { publishedAt: unit.publishedAt } : {}));
      unit.records.forEach((record, index) => {
        const pairs = matchPairs(record.text, record.quantities, byRecord[index]!, 'value+unit+span');
        expect(
          pairs.map((pair) => record.text.slice(pair.extracted.start, pair.extracted.end)),
          record.id,
        ).toEqual(record.quantities.map((gold) => gold.mention));
      });
    }
  });

  it('counts attribution per labelled field; null matches null, unlabelled fields are not counted, and names given count towards precision', () => {
    const tally = emptyTally();
    const gold = records[2]!.quantities[1]!;
    expect(tallyAttribution(tally, gold, quantity({ subject: null, speaker: 'NATO', kind: 'actual', time: {} }))).toEqual(['speaker']);
    expect(tallyAttribution(tally, { mention: '3%', value: 3, unit: 'percent' }, quantity({ subject: 'Spain' }))).toEqual([]);
    expect(
      tallyAttribution(
        tally,
        records[0]!.quantities[0]!,
        quantity({ subject: 'Canadian', speaker: 'mark carney', kind: 'forecast', time: { by: 2025 } }),
      ),
    ).toEqual(['kind', 'time']);
    // A null subject is right where the gold has none and counts for no precision; the wrong speaker "NATO" counts against it.
    expect(tally).toEqual({
      subject: { right: 2, of: 2, given: 1, givenRight: 1 },
      speaker: { right: 1, of: 2, given: 2, givenRight: 1 },
      kind: { right: 1, of: 2, given: 0, givenRight: 0 },
      time: { right: 1, of: 2, given: 0, givenRight: 0 },
    });
  });

  it('reads the naive baselines: the first name of the sentence, the name after "said" or "according to"', () => {
    const text = records[2]!.text;
    expect(baselineAttribution(text, quantity({ start: 18, end: 22 }))).toEqual({ subject: 'NATO', speaker: 'NATO' });
  });

  it('is what `npm run eval` prints for a set named by path: values, then attribution per field as "% right of N"', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/eval.ts'), fixture], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(output).toContain('== Written here: seed articles');
    expect(output).toContain('article-eval.jsonl (4 paragraphs of 1 articles, each extracted whole, every quantity)');
    expect(output).toMatch(/value\+unit\+span +P 100\.0 +R 100\.0/);
    expect(output).toMatch(
      /attribution on value\+unit matches: subject \d+% right of 3 \((?:\d+%|-) of \d given\), speaker \d+% right of 3 \((?:\d+%|-) of \d given\), kind \d+% right of 3, time \d+% right of 3/,
    );
  });
});
