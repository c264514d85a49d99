// Text -> quantities -> claims. First cut: digits and percentages only; the staged extractor replaces it.
import { CLAIM_SCORE_THRESHOLD, type ExtractOptions, type Quantity } from './types.js';

export type { Quantity, ExtractOptions } from './types.js';

/** Bumped whenever the output for some input changes, so stored claims can be re-extracted. */
export const EXTRACTOR_VERSION = '0.1.0';

const NUMBER_WITH_PERCENT = /(?<![\w:])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?(?:%|per ?cent\b|percent\b))?(?![\w:])/g;

export function extractQuantities(text: string, _options: ExtractOptions = {}): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of text.matchAll(NUMBER_WITH_PERCENT)) {
    const start = match.index;
    const value = Number((match[1] ?? '').replace(/,/g, '') + (match[2] ?? ''));
    const isPercent = match[3] !== undefined;
    if (!isPercent && value >= 1900 && value <= 2100) continue;
    quantities.push({
      start,
      end: start + match[0].length,
      text: match[0],
      value,
      unit: isPercent ? 'percent' : 'count',
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
      claimScore: isPercent ? 0.6 : 0.2,
      sentence: { start: 0, end: text.length },
    });
  }
  return quantities;
}

export function extractClaims(text: string, options: ExtractOptions = {}): Quantity[] {
  return extractQuantities(text, options).filter((quantity) => quantity.claimScore >= CLAIM_SCORE_THRESHOLD);
}
