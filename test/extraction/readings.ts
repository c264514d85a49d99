// The quantities a test reads from a text, as the few fields it compares (shared by the extraction tests).
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
