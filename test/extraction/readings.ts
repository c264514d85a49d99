// The quantities a test reads from a text: as the few fields it compares, or the one it names (shared by the extraction
// tests).
import { extractQuantities, type Quantity } from '../../shared/extraction/index.js';

function readingsOf(text: string, fields: readonly (keyof Quantity)[]): unknown[][] {
  return extractQuantities(text).map((quantity) => fields.map((field) => quantity[field]));
}

/** Every quantity found in the text, as its words, value and unit. */
export function readings(text: string): unknown[][] {
  return readingsOf(text, ['text', 'value', 'unit']);
}

/** Every quantity found in the text, as its words, value, unit and counted noun. */
export function countedReadings(text: string): unknown[][] {
  return readingsOf(text, ['text', 'value', 'unit', 'counted']);
}

/** The quantity whose words are `mention`, read as of `publishedAt`; the test fails when none is found. */
export function about(text: string, mention: string, publishedAt = '2025-10-01'): Quantity {
  const found = extractQuantities(text, { publishedAt }).find((quantity) => quantity.text === mention);
  if (!found) throw new Error(`"${mention}" not extracted from: ${text}`);
  return found;
}
