// The extractor's output contract. Everything downstream (store, API, eval) reads these shapes.

/** How the stated value relates to the true one: exact, approximate, or a bound. */
export type Bound = '=' | '~' | '>' | '>=' | '<' | '<=';

export type ClaimKind = 'actual' | 'target' | 'forecast' | 'threat' | 'proposal';

export type Change = 'up' | 'down' | null;

/** The period a quantity refers to: a year it is for, or a deadline ("by 2035"). */
export interface ClaimTime {
  year?: number;
  by?: number;
}

export interface Span {
  start: number;
  end: number;
}

/** A value in the base unit of its kind: SI for measures, the currency itself for its subunits. */
export interface Normalized {
  value: number;
  low?: number;
  high?: number;
  unit: string;
}

export interface Quantity {
  /** UTF-16 offsets of the mention in the input text. */
  start: number;
  end: number;
  /** The mention itself, text.slice(start, end). */
  text: string;
  value: number;
  /** For ranges, the bounds; value is then their midpoint. Undefined (absent from JSON) otherwise. */
  low?: number;
  high?: number;
  /**
   * Canonical unit of the value as written: percent, percentage-point, count, fraction, currency:USD, currency:USD-cent,
   * minute, km, ...; a rate carries its per part after a slash ("currency:USD/barrel", "count/game").
   */
  unit: string;
  /** The value in its kind's base unit ("64 cents": 0.64 currency:USD; "745 miles": 1198964.3 m); compare on this. */
  normalized: Normalized;
  /** For counts, the counted noun in the singular ("helicopter"). */
  counted: string | null;
  bound: Bound;
  change: Change;
  /** The base the value is a share of, where the text gives one ("GDP"). */
  of: string | null;
  /** Who or what the value is about, normalized ("Canadian" -> "Canada"). */
  subject: string | null;
  /** Normalized metric key ("defence-spending-share-of-gdp") and a readable label. */
  metric: string | null;
  metricLabel: string | null;
  time: ClaimTime;
  kind: ClaimKind;
  speaker: string | null;
  /** 0..1: how much this quantity is a claim worth tracking. */
  claimScore: number;
  /** Offsets of the sentence the mention stands in. */
  sentence: Span;
}

export interface ExtractOptions {
  /** ISO date (YYYY-MM-DD) the article was published; resolves "this year", "last year". */
  publishedAt?: string;
  /** For measuring only (`npm run eval -- --rules`): filled with the rule that chose each quantity's subject. */
  subjectRules?: Map<Quantity, SubjectRule>;
}

/** Which rule of `subjectOf` (or of the fallbacks after it) chose a subject: measured per rule by `npm run eval -- --rules`. */
export type SubjectRule =
  | 'owner-before'
  | 'aged-name'
  | 'bracket-after-name'
  | 'speaker-of-itself'
  | 'buyer'
  | 'relative-clause'
  | 'agent'
  | 'clause-first'
  | 'sentence-opening'
  | 'whole-of-part'
  | 'place'
  | 'company-reporting'
  | 'company-opening'
  | 'state-owner'
  | 'state-country-before'
  | 'table-row'
  | 'nation-counted'
  | 'fronted-period'
  | 'described-person';

/** Quantities scoring at or above this are claims: stored, served and scored as such. */
export const CLAIM_SCORE_THRESHOLD = 0.5;
