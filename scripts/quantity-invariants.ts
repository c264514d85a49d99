// The promises extractQuantities keeps for any input, checked by the robustness tests and by
// scripts/fuzz.ts. Violations come back as readable strings so both can report them.
import { extractQuantities, type ExtractOptions, type Quantity } from '../shared/extraction/index.js';

export type ExtractionOutcome = { quantities: Quantity[] } | { refusal: Error };

/**
 * Runs the extractor; a thrown error counts as a clear refusal only if it says why (an input over a
 * limit). Any other throw is a crash and propagates.
 */
export function extractOrRefuse(text: string, options?: ExtractOptions): ExtractionOutcome {
  try {
    return { quantities: extractQuantities(text, options) };
  } catch (error) {
    if (error instanceof Error && /limit|too (long|large)|exceed|maximum/i.test(error.message)) return { refusal: error };
    throw error;
  }
}

const isOffset = (value: unknown, text: string): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= text.length;

function quantityViolations(text: string, quantity: Quantity): string[] {
  const violations: string[] = [];
  const { start, end, sentence } = quantity;
  if (!isOffset(start, text) || !isOffset(end, text) || start >= end) {
    violations.push(`offsets ${start}..${end} are not a non-empty span of a text of length ${text.length}`);
  } else if (text.slice(start, end) !== quantity.text) {
    violations.push(`text.slice(${start}, ${end}) is ${JSON.stringify(text.slice(start, end))}, not ${JSON.stringify(quantity.text)}`);
  }
  if (!Number.isFinite(quantity.value)) violations.push(`value ${quantity.value} is not a finite number`);
  if ((quantity.low === undefined) !== (quantity.high === undefined)) violations.push('a range needs both low and high');
  if (quantity.low !== undefined && quantity.high !== undefined) {
    const ordered = quantity.low <= quantity.value && quantity.value <= quantity.high;
    if (!ordered) violations.push(`range not ordered: low ${quantity.low}, value ${quantity.value}, high ${quantity.high}`);
  }
  if (typeof quantity.unit !== 'string' || quantity.unit === '') violations.push(`unit ${JSON.stringify(quantity.unit)} is empty`);
  if (!(quantity.claimScore >= 0 && quantity.claimScore <= 1)) violations.push(`claimScore ${quantity.claimScore} is outside [0, 1]`);
  const sentenceHoldsMention =
    sentence !== undefined &&
    isOffset(sentence.start, text) &&
    isOffset(sentence.end, text) &&
    sentence.start <= start &&
    end <= sentence.end;
  if (!sentenceHoldsMention) violations.push(`sentence ${JSON.stringify(sentence)} does not contain the mention ${start}..${end}`);
  return violations;
}

/** Everything wrong with one extraction result; empty when it keeps every promise. */
export function findInvariantViolations(text: string, outcome: ExtractionOutcome): string[] {
  if ('refusal' in outcome) return [];
  if (!Array.isArray(outcome.quantities)) return ['the result is not an array'];
  return outcome.quantities.flatMap((quantity, index) =>
    quantityViolations(text, quantity).map((violation) => `quantity ${index} (${JSON.stringify(quantity.text)}): ${violation}`),
  );
}
