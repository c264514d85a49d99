// Guards the format of the hand-annotated golden sentence sets, so that a typo cannot silently skew the eval.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GoldQuantity } from '../../shared/extraction/evaluate.js';


interface GoldSentence {
  id: string;
  domain: string;
  text: string;
  publishedAt?: string;
  quantities: GoldQuantity[];
  notQuantities?: string[];
}

const DOMAINS = ['economy', 'defence', 'health', 'sport', 'technology', 'politics', 'climate', 'crime'];

const MEASURE_UNITS = new Set([
  'percent', 'percentage-point', 'count', 'fraction', 'basis-point', 'index-point',
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second',
  'km', 'm', 'cm', 'mm', 'mile', 'yard', 'foot', 'inch', 'km2', 'hectare',
  'kg', 'g', 'mg', 'tonne', 'lb', 'litre',
  'km/h', 'mph',
  'W', 'kW', 'MW', 'GW', 'Wh', 'kWh', 'MWh', 'GWh', 'TWh',
  'celsius', 'fahrenheit', 'ppm', 'Mbps', 'GB', 'TB', 'knot', 'megapixel', 'barrel/day', 'acre', 'magnitude',
  // heldout-f, wire copy and specifications:
  'barrel', 'ft2', 'nmi', 'ml', 'nm', 'mAh', 'Gbps', 'GHz', 'TB/s', 'petaflop', 'light-year',
  // heldout-i, markets and science:
  'bushel', 'au', 'm/s', 'mach',
  // heldout-j, sport, medicine and technology (its annotator wrote 'Mach' and 'MP'):
  'ms', 'Hz', 'mg/kg', 'ppb', 'MP', 'Mach',
  // since 1.4.0: multipliers and angles
  'times', 'degree', 'm2', 'gallon', 'oz',
]);
/** Since 1.4.0: a currency's subunit ("64 cents"), and what a rate is per when it is no unit ("a share"). */
const SUBUNITS = new Set(['cent', 'penny', 'paisa']);
const PER_NOUNS = new Set(['share', 'person', 'head', 'game', 'patient']);

const CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CAD', 'AUD', 'CHF', 'HKD', 'INR', 'KRW', 'SAR', 'RUB', 'BRL', 'MXN', 'SEK', 'NOK', 'TWD',
  'NGN', 'AED', 'PLN', 'NZD', 'ARS', 'TRY', 'ZAR', 'SGD', 'DKK', 'CZK', 'GHS', 'PHP', 'KES', 'BTC']);

function isAllowedUnit(unit: string): boolean {
  const rate = /^(currency:[A-Z]{3}(?:-[a-z]+)?|[^/]+)\/([^/]+)$/.exec(unit);
  if (rate && !MEASURE_UNITS.has(unit)) return isAllowedUnit(rate[1]!) && (MEASURE_UNITS.has(rate[2]!) || PER_NOUNS.has(rate[2]!));
  const currency = /^currency:([A-Z]{3})(?:-([a-z]+))?$/.exec(unit);
  return currency ? CURRENCIES.has(currency[1]!) && (currency[2] === undefined || SUBUNITS.has(currency[2])) : MEASURE_UNITS.has(unit);
}

function countOccurrences(text: string, mention: string): number {
  let count = 0;
  for (let at = text.indexOf(mention); at !== -1; at = text.indexOf(mention, at + 1)) count += 1;
  return count;
}

const goldenFolder = new URL('./', import.meta.url);
const setFiles = readdirSync(goldenFolder).filter((file) => file.endsWith('.jsonl')).sort();

function readSet(file: string): GoldSentence[] {
  return readFileSync(new URL(file, goldenFolder), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldSentence);
}

const quantityCount = (sentences: readonly GoldSentence[]) => sentences.reduce((total, sentence) => total + sentence.quantities.length, 0);

describe('golden sets', () => {
  it('hold news.jsonl and the ten held-out sets, 2,500 quantities or more in all', () => {
    expect(setFiles).toEqual(expect.arrayContaining(['news.jsonl', 'heldout-a.jsonl', 'heldout-b.jsonl', 'heldout-c.jsonl', 'heldout-d.jsonl', 'heldout-e.jsonl', 'heldout-f.jsonl', 'heldout-g.jsonl', 'heldout-h.jsonl', 'heldout-i.jsonl', 'heldout-j.jsonl']));
    expect(setFiles.reduce((total, file) => total + quantityCount(readSet(file)), 0)).toBeGreaterThanOrEqual(2500);
  });
});

describe.each(setFiles)('golden set %s', (file) => {
  const sentences = readSet(file);

  it('has unique ids, known domains and every domain covered', () => {
    const ids = sentences.map((sentence) => sentence.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const sentence of sentences) expect(DOMAINS, sentence.id).toContain(sentence.domain);
    expect(new Set(sentences.map((sentence) => sentence.domain))).toEqual(new Set(DOMAINS));
  });

  it('has at least 300 quantities, and annotated non-quantities in at least 30% of its sentences', () => {
    expect(quantityCount(sentences)).toBeGreaterThanOrEqual(300);
    expect(sentences.filter((sentence) => (sentence.notQuantities ?? []).length > 0).length).toBeGreaterThanOrEqual(0.3 * sentences.length);
  });

  it('gives every sentence a text, a valid publication date if any, and a quantities list', () => {
    for (const sentence of sentences) {
      expect(sentence.text.trim(), sentence.id).not.toBe('');
      expect(Array.isArray(sentence.quantities), sentence.id).toBe(true);
      if (sentence.publishedAt !== undefined) {
        expect(sentence.publishedAt, sentence.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(sentence.publishedAt)), sentence.id).toBe(false);
      }
    }
  });

  it('locates every mention unambiguously in its text', () => {
    for (const sentence of sentences) {
      for (const quantity of sentence.quantities) {
        const where = `${sentence.id} "${quantity.mention}"`;
        const occurrences = countOccurrences(sentence.text, quantity.mention);
        expect(occurrences, where).toBeGreaterThan(0);
        if (occurrences > 1) expect(quantity.occurrence, `${where} needs an occurrence`).toBeDefined();
        if (quantity.occurrence !== undefined) {
          expect(Number.isInteger(quantity.occurrence) && quantity.occurrence >= 0, where).toBe(true);
          expect(quantity.occurrence, where).toBeLessThan(occurrences);
        }
      }
      const places = sentence.quantities.map((quantity) => `${quantity.mention}#${quantity.occurrence ?? 0}`);
      expect(new Set(places).size, `${sentence.id} annotates a mention twice`).toBe(places.length);
    }
  });

  it('uses canonical units, counted nouns only on counts, and consistent ranges', () => {
    for (const sentence of sentences) {
      for (const quantity of sentence.quantities) {
        const where = `${sentence.id} "${quantity.mention}"`;
        expect(Number.isFinite(quantity.value), where).toBe(true);
        expect(isAllowedUnit(quantity.unit), `${where} unit ${quantity.unit}`).toBe(true);
        if (quantity.unit === 'count') expect(quantity.counted?.trim(), where).toBeTruthy();
        else expect(quantity.counted, where).toBeUndefined();
        if (quantity.unit === 'fraction') expect(quantity.value > 0 && quantity.value <= 1, where).toBe(true);
        expect(quantity.low === undefined, `${where} has low and high together`).toBe(quantity.high === undefined);
        if (quantity.low !== undefined && quantity.high !== undefined) {
          expect(quantity.low, where).toBeLessThanOrEqual(quantity.value);
          expect(quantity.value, where).toBeLessThanOrEqual(quantity.high);
          // A move ("from 62 to 64", since 1.4.0) is worth the level it reached; a range its midpoint.
          const { change } = quantity as { change?: 'up' | 'down' };
          const moved = change === 'up' ? quantity.high : change === 'down' ? quantity.low : (quantity.low + quantity.high) / 2;
          expect(quantity.value, `${where} is the midpoint, or for a move the level reached`).toBeCloseTo(moved, 6);
        }
      }
    }
  });

  it('lists non-quantities that stand in the text and are not also annotated', () => {
    for (const sentence of sentences) {
      const mentions = new Set(sentence.quantities.map((quantity) => quantity.mention));
      for (const phrase of sentence.notQuantities ?? []) {
        expect(sentence.text, sentence.id).toContain(phrase);
        expect(mentions.has(phrase), `${sentence.id} "${phrase}"`).toBe(false);
      }
    }
  });
});
