// How claims and facts are asked for: by the API's query, by a watch's target (the notifier), of the store.
import type { ClaimKind } from '../extraction/types.js';

/** Subject and metric filters are slugs (shared/facts/slug.ts). */
export interface ClaimFilter {
  subject?: string;
  metric?: string;
  kind?: ClaimKind;
}

export interface FactFilter extends ClaimFilter {
  /** Speaker name, compared as a slug ("Mark Carney" = "mark-carney"). */
  speaker?: string;
  /** Period key (shared/facts/fact.ts parsePeriod): "2025", "2035-by", "undated". */
  period?: string;
  /** Words that must all occur in the subject, metric, label, unit or base, or be one of a speaker's names. */
  q?: string;
}
