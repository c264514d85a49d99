// Stage 4: claim-worthiness. "one solution" is a quantity; "5 per cent of GDP on defence by 2035" is a claim.
import type { ClaimKind, ClaimTime } from './types.js';
import type { UnitDimension } from './units.js';

export interface ClaimFeatures {
  dimension: UnitDimension | 'count' | 'fraction';
  counted: string | null;
  digits: boolean;
  value: number;
  subject: string | null;
  metric: string | null;
  time: ClaimTime;
  kind: ClaimKind;
  speaker: string | null;
  of: string | null;
  /** The word right before the mention ("the", "all", "as", ...), lower case. */
  wordBefore: string;
}

const BASE_BY_DIMENSION: Partial<Record<ClaimFeatures['dimension'], number>> = {
  percent: 0.55,
  'percentage-point': 0.55,
  'basis-point': 0.55,
  currency: 0.55,
  fraction: 0.5,
  point: 0.4,
};
const MEASURE_BASE = 0.45;
/** "the three countries", "all three": a reference back to a number already stated, not a new claim. */
const ANAPHORIC = new Set([
  'the',
  'all',
  'these',
  'those',
  'both',
  'its',
  'their',
  'our',
  'his',
  'her',
  'my',
  'your',
  'each',
  'every',
  'other',
]);
const LOOSE = new Set(['as', 'like', 'only', 'just']);

function countBase(features: ClaimFeatures): number {
  if (features.counted === null) return 0.15;
  if (!features.digits && features.value === 1) return 0.1;
  let base = features.digits ? 0.45 : 0.35;
  if (ANAPHORIC.has(features.wordBefore)) base -= 0.3;
  else if (LOOSE.has(features.wordBefore)) base -= 0.15;
  return base;
}

export function claimScore(features: ClaimFeatures): number {
  let score = features.dimension === 'count' ? countBase(features) : (BASE_BY_DIMENSION[features.dimension] ?? MEASURE_BASE);
  if (features.subject !== null) score += 0.1;
  if (features.metric !== null) score += 0.1;
  if (features.time.year !== undefined || features.time.by !== undefined) score += 0.05;
  if (features.speaker !== null) score += 0.05;
  if (features.kind !== 'actual') score += 0.1;
  if (features.of !== null) score += 0.05;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
