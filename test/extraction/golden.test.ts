// The extractor against the golden sets: every seed claim, nothing else claimed, no page furniture; F1 floors on every sentence set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_SCORE_THRESHOLD, extractQuantities } from '../../shared/extraction/index.js';
import {
  addCounts,
  emptyCounts,
  emptyTally,
  extractionUnits,
  matchPairs,
  matchRecord,
  quantitiesByRecord,
  scoreArticle,
  scoresOf,
  tallyAttribution,
  type GoldArticle,
  type GoldQuantity,
  type GoldRecord,
  type MatchLevel,
} from '../../shared/extraction/evaluate.js';

const root = join(import.meta.dirname, '../..');
const seedGolden = JSON.parse(readFileSync(join(root, 'test/golden/seeds.claims.json'), 'utf8')) as { articles: GoldArticle[] };

describe('seed articles', () => {
  for (const article of seedGolden.articles) {
    it(`${article.file}: finds every golden claim, claims nothing else, emits no notClaims`, () => {
      const text = readFileSync(join(root, 'seeds', article.file), 'utf8');
      const score = scoreArticle(text, article, extractQuantities(text, { publishedAt: article.publishedAt }), CLAIM_SCORE_THRESHOLD);
      expect(score.missed.map((claim) => claim.quote)).toEqual([]);
      expect(score.falsePositives.map((claim) => claim.text)).toEqual([]);
      expect(score.notClaimsEmitted.map((quantity) => quantity.text)).toEqual([]);
    });
  }
});

interface NewsRecord {
  text: string;
  publishedAt?: string;
  quantities: GoldQuantity[];
}

/**
 * Floors a little under the scores reached, per set, so that a regression fails (value F1 97.3 to 99.9, value+unit
 * 95.6 to 99.7); every set here but heldout-e, heldout-h and heldout-j is a development set now.
 */
const FLOORS: Record<string, { value: number; valueAndUnit: number }> = {
  'news.jsonl': { value: 0.98, valueAndUnit: 0.97 },
  'heldout-a.jsonl': { value: 0.98, valueAndUnit: 0.97 },
  'heldout-b.jsonl': { value: 0.98, valueAndUnit: 0.97 },
  'heldout-c.jsonl': { value: 0.98, valueAndUnit: 0.96 },
  'heldout-d.jsonl': { value: 0.97, valueAndUnit: 0.96 },
  // Sealed: scored blind at 99.0 and 95.6 (99.2, 96.7 at 1.3.0; 99.4, 97.2 at 1.12.0); a floor guards it without its errors being read.
  'heldout-e.jsonl': { value: 0.97, valueAndUnit: 0.94 },
  // Wire copy, headlines and specifications: scored blind at 96.4 and 89.4, then a development set (98.5, 95.7; 99.4, 98.0 at 1.13.0).
  'heldout-f.jsonl': { value: 0.98, valueAndUnit: 0.96 },
  // The press of India, Nigeria, Kenya, South Africa, the Philippines and others: scored blind at 94.6 and 91.0, then developed (99.3, 96.1; 99.4, 97.7 at 1.9.0).
  'heldout-g.jsonl': { value: 0.97, valueAndUnit: 0.95 },
  // Markets, weather, obituaries, property, science and opinion: scored blind at 95.8 and 92.8, then developed (97.3, 95.6; 98.4, 97.4 at 1.12.0).
  // 96.9 / 95.8 at 1.13.0: written here, it annotates hyphened spans and measures, attributes since (issue 10).
  'heldout-i.jsonl': { value: 0.96, valueAndUnit: 0.95 },
  // Sealed: releases, statistics, live blogs, scripts read aloud and study summaries; blind 97.2 and 94.8 (97.5, 95.3 now), errors never read.
  'heldout-h.jsonl': { value: 0.95, valueAndUnit: 0.93 },
  // Sealed: sport statistics, medicine, technology and AI, energy, courts, food; scored once (97.1, 91.4; 97.5, 93.0 at 1.12.0), errors never read.
  'heldout-j.jsonl': { value: 0.95, valueAndUnit: 0.9 },
  // Real copy written by others, whole articles (test/golden/news.md), at 1.6.0 less about one point: guards, not bars
  // (the bars, 93 and 87, are met on the development sets only). Sealed: scored blind at 9cd4f5f, errors never read.
  'realnews-dev.jsonl': { value: 0.96, valueAndUnit: 0.95 },
  // othernews-dev 93.7 and speeches-dev 95.9 value+unit at 1.11.0 (93.0 and 95.1 at 1.10.0).
  // 96.6 / 92.6 at 1.13.0: othernews annotates hyphened counts, spans and measures, attributes since (issue 10).
  'othernews-dev.jsonl': { value: 0.96, valueAndUnit: 0.92 },
  'speeches-dev.jsonl': { value: 0.96, valueAndUnit: 0.95 },
  // Brown press 1961, development since 1.7.1 (96.3 / 88.0; 93.5 / 83.2 blind at 1.7.0; 97.4 / 89.5 at 1.8.0; 97.4 / 90.2 at 1.8.1;
  // 98.5 / 91.2 at 1.9.0; 98.5 / 93.9 at 1.11.0: semester hours, "$25-a-plate").
  // 95.9 / 91.2 at 1.13.0: browndev annotates hyphened counts, spans and measures, attributes since (issue 10).
  'browndev-dev.jsonl': { value: 0.95, valueAndUnit: 0.9 },
  // Modern news, mostly LWN's statistics tables one cell a paragraph: 78.9 / 72.4 at 1.8.1, 96.3 / 90.7 at 1.9.0 (table cells read).
  'modernnews-dev.jsonl': { value: 0.95, valueAndUnit: 0.89 },
  // Modern news pages of 2015-2017 (fresh3), 24 pages: 82.5 / 71.8 at its first score (1.9.0), 87.2 / 77.9 at 1.10.0 (list
  // points, eras; the round read the first 17 pages, which went 81.3 / 72.4 -> 90.2 / 80.4); 1.11.0: values ninth round
  // ("one" as an article before an unnamed source, footnote markers, hours of the day) and units ninth round (asides before
  // a vague amount's noun, ages in "when X was N", election points).
  'recentnews-dev.jsonl': { value: 0.9, valueAndUnit: 0.8 },
  // 91.2 / 83.1 at 1.9.0; 94.7 / 86.3 at 1.10.0 (a list's point numbers opening their lines); 94.7 / 88.5 at 1.13.0.
  'realnews-sealed.jsonl': { value: 0.93, valueAndUnit: 0.86 },
  // 89.2 / 75.8 at 1.9.0 (73.8 at 1.8.1: two-word nouns such as "home runs" and "civil servants").
  'othernews-sealed.jsonl': { value: 0.88, valueAndUnit: 0.74 },
  // 95.5 / 89.5 at 1.10.0 (88.3 at 1.9.0).
  'speeches-sealed.jsonl': { value: 0.94, valueAndUnit: 0.88 },
  // Sealed 1961 press: 91.6 / 77.5 at 1.10.0 (75.6 at 1.9.0: kilotons and megatons, counts of the sentence before).
  // 92.1 / 78.1 at 1.12.0, 89.2 / 74.9 at 1.13.0: it annotates hyphened counts, spans and measures, attributes since (issue 10).
  'freshnews-sealed.jsonl': { value: 0.88, valueAndUnit: 0.73 },
  // Sealed, the other half of the same LWN edition: 75.5 / 75.5 at 1.8.1, 97.5 / 90.5 at 1.9.0; errors never read.
  'modernnews-sealed.jsonl': { value: 0.95, valueAndUnit: 0.88 },
  // News pages of 2015-2017 (mercury-parser's fixtures), scored blind at 1.9.0: sealed 90.1 / 80.0 (errors never
  // read); a guard a point or two under it.
  'recentnews-sealed.jsonl': { value: 0.88, valueAndUnit: 0.78 },
  // News pages of 2009-2021 (@postlight/parser 2.2.2's fixtures, fresh4), scored blind at 1.10.1: dev 87.2 / 75.2,
  // sealed 88.5 / 80.7 (errors never read); guards a point or two under them. Dev 87.5 / 79.5 at 1.11.1 (implied nouns),
  // 93.3 / 85.3 at 1.12.0 (values tenth round: widget figures glued to their labels, "between $A $B"; units tenth
  // round: a hyphened adjective before a unit, a death toll's count).
  'parsernews-dev.jsonl': { value: 0.91, valueAndUnit: 0.83 },
  'parsernews-sealed.jsonl': { value: 0.87, valueAndUnit: 0.79 },
  // News pages of 2013 (htmlparser-benchmark 1.1.3's pages), scored blind at 1.11.4: dev 87.7 / 80.1, sealed 89.6 / 81.4
  // (errors never read). 1.13.0 as merged (values and units, eleventh rounds; hyphened modifiers as attributes): dev
  // 92.8 / 89.0; guards a point or two under it.
  'benchnews-dev.jsonl': { value: 0.91, valueAndUnit: 0.87 },
  'benchnews-sealed.jsonl': { value: 0.88, valueAndUnit: 0.8 },
  // The same benchmark's pages benchnews did not take (benchnews2), scored blind at 1.13.0: dev 87.6 / 82.0, sealed 88.1 /
  // 82.1 (errors never read); guards a point or two under them. 1.14.0 (values and units on benchnews2-dev): dev 92.6 /
  // 86.1, sealed 89.7 / 83.5.
  'benchnews2-dev.jsonl': { value: 0.91, valueAndUnit: 0.84 },
  'benchnews2-sealed.jsonl': { value: 0.88, valueAndUnit: 0.82 },
  // The rest of benchnews2's hash order (benchnews3), scored blind at 1.14.0: dev 94.1 / 90.2, sealed 91.0 / 83.1 (errors
  // never read); guards two points under them. 1.15.0 (values16, its dev half read): dev 95.8 / 93.3, guarded two under.
  'benchnews3-dev.jsonl': { value: 0.94, valueAndUnit: 0.91 },
  'benchnews3-sealed.jsonl': { value: 0.89, valueAndUnit: 0.81 },
};

describe.each(Object.entries(FLOORS))('golden sentences %s', (file, floor) => {
  const records = readFileSync(join(root, 'test/golden', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NewsRecord);
  // Records of one article are extracted as the whole article, as npm run eval does.
  const units = extractionUnits(records as GoldRecord[]).map((unit) => ({
    unit,
    byRecord: quantitiesByRecord(unit, extractQuantities(unit.text, unit.publishedAt ? { publishedAt: unit.publishedAt } : {})),
  }));
  const f1At = (level: MatchLevel) => {
    const total = emptyCounts();
    for (const { unit, byRecord } of units) {
      unit.records.forEach((record, index) => addCounts(total, matchRecord(record.text, record.quantities, byRecord[index]!, level)));
    }
    return scoresOf(total).f1;
  };

  it(`keeps value F1 at ${floor.value * 100} or more`, () => expect(f1At('value')).toBeGreaterThanOrEqual(floor.value));
  it(`keeps value+unit and value+unit+span F1 at ${floor.valueAndUnit * 100} or more`, () => {
    expect(f1At('value+unit')).toBeGreaterThanOrEqual(floor.valueAndUnit);
    expect(f1At('value+unit+span')).toBeGreaterThanOrEqual(floor.valueAndUnit);
  });
});

/**
 * Attribution on the real-copy sets (value+unit matches, as `npm run eval` scores them), floors two to five points
 * under the scores of 1.5.2 (raised where 1.7.0, 1.8.0, 1.9.0, 1.10.0, 1.11.0 and 1.12.0 rose; modernnews since 1.9.0, recentnews-dev since 1.11.0, parsernews-dev since 1.12.0, benchnews-dev since 1.13.0, raised at 1.14.0): subject accuracy, the precision of the subjects given
 * (null is unknown, not wrong), speaker accuracy where the text can show the speaker (a speech names none), and kind
 * where it rose. Sealed sets: scores only, errors never read.
 */
const ATTRIBUTION_FLOORS: Record<string, { subject: number; subjectPrecision: number; speaker?: number; kind?: number }> = {
  'realnews-dev.jsonl': { subject: 0.44, subjectPrecision: 0.7, speaker: 0.83, kind: 0.84 },
  'othernews-dev.jsonl': { subject: 0.39, subjectPrecision: 0.62, speaker: 0.67, kind: 0.78 },
  'speeches-dev.jsonl': { subject: 0.39, subjectPrecision: 0.83, kind: 0.82 },
  'recentnews-dev.jsonl': { subject: 0.5, subjectPrecision: 0.54, speaker: 0.8, kind: 0.87 },
  'parsernews-dev.jsonl': { subject: 0.45, subjectPrecision: 0.43, speaker: 0.82, kind: 0.84 },
  'modernnews-dev.jsonl': { subject: 0.68, subjectPrecision: 0.88, kind: 0.9 },
  'browndev-dev.jsonl': { subject: 0.45, subjectPrecision: 0.32, speaker: 0.76, kind: 0.84 },
  'benchnews-dev.jsonl': { subject: 0.47, subjectPrecision: 0.43, speaker: 0.78, kind: 0.87 },
  'realnews-sealed.jsonl': { subject: 0.35, subjectPrecision: 0.52, speaker: 0.77, kind: 0.93 },
  'othernews-sealed.jsonl': { subject: 0.25, subjectPrecision: 0.45, speaker: 0.68, kind: 0.84 },
  'speeches-sealed.jsonl': { subject: 0.39, subjectPrecision: 0.8, kind: 0.75 },
  'modernnews-sealed.jsonl': { subject: 0.58, subjectPrecision: 0.92, kind: 0.9 },
};

describe.each(Object.entries(ATTRIBUTION_FLOORS))('attribution on real copy, %s', (file, floor) => {
  it(`keeps subject at ${floor.subject * 100}% right (${floor.subjectPrecision * 100}% of those given)${floor.speaker ? `, speaker at ${floor.speaker * 100}%` : ''}${floor.kind ? `, kind at ${floor.kind * 100}%` : ''} or more`, () => {
    const records = readFileSync(join(root, 'test/golden', file), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as GoldRecord);
    const tally = emptyTally();
    for (const unit of extractionUnits(records)) {
      const byRecord = quantitiesByRecord(unit, extractQuantities(unit.text, unit.publishedAt ? { publishedAt: unit.publishedAt } : {}));
      unit.records.forEach((record, index) => {
        for (const pair of matchPairs(record.text, record.quantities, byRecord[index]!, 'value+unit'))
          tallyAttribution(tally, pair.gold, pair.extracted);
      });
    }
    expect(tally.subject.right / tally.subject.of).toBeGreaterThanOrEqual(floor.subject);
    expect(tally.subject.givenRight / tally.subject.given).toBeGreaterThanOrEqual(floor.subjectPrecision);
    if (floor.speaker !== undefined) expect(tally.speaker.right / tally.speaker.of).toBeGreaterThanOrEqual(floor.speaker);
    if (floor.kind !== undefined) expect(tally.kind.right / tally.kind.of).toBeGreaterThanOrEqual(floor.kind);
  });
});
