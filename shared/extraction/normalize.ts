// A quantity's value in comparable units, beside the value as the text states it: "64 cents" is 0.64 USD,
// "745 miles" 1,198,964 m, "$58.24 a barrel" 366.3 USD/m3. Series and conflicts compare on this.
import { SI_CONVERSIONS } from './tables/conversions.generated.js';
import { SUBUNIT_WORTH } from './tables/currencies.js';
import type { Normalized } from './types.js';

interface Conversion {
  unit: string;
  factor: number;
  offset: number;
}

const SUBUNIT_KEY = /^(currency:[A-Z]{3})-([a-z]+)$/;

/** How one unit key converts to its base: SI for measures, the currency itself for its subunits; null when it stays. */
function conversionOf(unit: string): Conversion | null {
  const measure = SI_CONVERSIONS[unit];
  if (measure) return { unit: measure.unit, factor: measure.factor, offset: measure.offset ?? 0 };
  const subunit = SUBUNIT_KEY.exec(unit);
  const worth = subunit ? SUBUNIT_WORTH.get(subunit[2]!) : undefined;
  return subunit && worth !== undefined ? { unit: subunit[1]!, factor: worth, offset: 0 } : null;
}

/** A rate's conversion ("currency:USD-cent/kWh"): each side in its base; offsets (temperatures) never divide. */
function rateConversion(unit: string): Conversion | null {
  const slash = unit.indexOf('/', unit.startsWith('currency:') ? 9 : 0);
  if (slash < 0 || SI_CONVERSIONS[unit]) return conversionOf(unit);
  const numerator = unit.slice(0, slash);
  const denominator = unit.slice(slash + 1);
  const top = conversionOf(numerator);
  const bottom = conversionOf(denominator);
  if ((!top && !bottom) || top?.offset || bottom?.offset) return null;
  return {
    unit: `${top?.unit ?? numerator}/${bottom?.unit ?? denominator}`,
    factor: (top?.factor ?? 1) / (bottom?.factor ?? 1),
    offset: 0,
  };
}

function converted(value: number, conversion: Conversion): number {
  const exact = value * conversion.factor + conversion.offset;
  // An integer of up to 12 digits is its own 12-digit rounding, and toPrecision is the slowest step of a quantity's
  // description. (Adding the offset already makes a -0 the 0 that rounding through a string gives.)
  return Number.isInteger(exact) && Math.abs(exact) < 1e12 ? exact : Number(exact.toPrecision(12));
}

/** `rateConversion` by unit key: an article repeats a few units, and the keys are a bounded vocabulary. */
const CONVERSIONS = new Map<string, Conversion | null>();
const MAX_CONVERSIONS_KEPT = 4096;

function conversionFor(unit: string): Conversion | null {
  let conversion = CONVERSIONS.get(unit);
  if (conversion === undefined) {
    conversion = rateConversion(unit);
    if (CONVERSIONS.size < MAX_CONVERSIONS_KEPT) CONVERSIONS.set(unit, conversion);
  }
  return conversion;
}

/** The value (and range) in the base unit of `unit`; the same numbers when the unit has no other base. */
export function normalize(value: number, low: number | undefined, high: number | undefined, unit: string): Normalized {
  const conversion = conversionFor(unit);
  if (!conversion) return low !== undefined && high !== undefined ? { value, low, high, unit } : { value, unit };
  const normalized: Normalized = { value: converted(value, conversion), unit: conversion.unit };
  if (low !== undefined && high !== undefined) {
    normalized.low = converted(low, conversion);
    normalized.high = converted(high, conversion);
  }
  return normalized;
}
