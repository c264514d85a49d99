// The extractor against the golden sets: every seed claim, nothing else claimed, no page furniture; floors on news.jsonl.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_SCORE_THRESHOLD, extractQuantities } from '../../shared/extraction/index.js';
import { addCounts, emptyCounts, matchRecord, scoreArticle, scoresOf, type GoldArticle, type GoldQuantity, type MatchLevel } from '../../shared/extraction/evaluate.js';

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

describe('golden news sentences', () => {
  const records = readFileSync(join(root, 'test/golden/news.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NewsRecord);
  const f1At = (level: MatchLevel) => {
    const total = emptyCounts();
    for (const record of records) {
      const quantities = extractQuantities(record.text, record.publishedAt ? { publishedAt: record.publishedAt } : {});
      addCounts(total, matchRecord(record.text, record.quantities, quantities, level));
    }
    return scoresOf(total).f1;
  };

  // Floors a little under the scores reached (value 99.6, value+unit 98.4 on 383 records; the set keeps growing), so a regression fails.
  it('keeps value F1 at 95 or more', () => expect(f1At('value')).toBeGreaterThanOrEqual(0.95));
  it('keeps value+unit F1 at 92 or more', () => expect(f1At('value+unit')).toBeGreaterThanOrEqual(0.92));
  it('keeps value+unit+span F1 at 92 or more', () => expect(f1At('value+unit+span')).toBeGreaterThanOrEqual(0.92));
});
