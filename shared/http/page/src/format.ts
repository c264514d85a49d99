// Words and numbers as a reader expects them: values with their unit, periods, dates, and conflicts
// told in a sentence. Pure functions (tested in Node, run in the browser).
import type { ClaimKind } from '../../../extraction/types.js';

export interface ValueParts {
  value: number;
  low?: number;
  high?: number;
  unit: string;
}

const UNIT_SUFFIX: Record<string, string> = {
  percent: '%',
  'percentage-point': ' percentage points',
  'basis-point': ' basis points',
  count: '',
};

function number(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e9) return `${formatPlain(value / 1e9)} billion`;
  if (magnitude >= 1e6) return `${formatPlain(value / 1e6)} million`;
  return formatPlain(value);
}

function formatPlain(value: number): string {
  return value.toLocaleString('en', { maximumFractionDigits: 4 });
}

/** "2.8%", "USD 1.2 billion", "35 minutes"; a range as "2–3%". */
export function formatValue(parts: ValueParts): string {
  const amount = parts.low !== undefined && parts.high !== undefined ? `${number(parts.low)}–${number(parts.high)}` : number(parts.value);
  if (parts.unit.startsWith('currency:')) return `${parts.unit.slice(9)} ${amount}`;
  const suffix = UNIT_SUFFIX[parts.unit];
  return suffix === undefined ? `${amount} ${unitWords(parts.unit, parts.value)}` : `${amount}${suffix}`;
}

/** A unit as words, plural unless one: "minute" -> "minutes"; abbreviations ("km", "mph") stay. */
function unitWords(unit: string, value: number): string {
  const words = unit.replace(/-/g, ' ');
  const isWord = /^[a-z]{3,}$/.test(unit) && /[aeiou]/.test(unit);
  return isWord && value !== 1 && !unit.endsWith('s') ? `${words}s` : words;
}

/** "2.8% of GDP" */
export function formatValueOf(parts: ValueParts & { of: string | null }): string {
  return parts.of ? `${formatValue(parts)} of ${parts.of}` : formatValue(parts);
}

/** The unit a chart axis is in: "% of GDP", "USD", "minutes". */
export function unitLabel(parts: { unit: string; of: string | null }): string {
  const unit = parts.unit.startsWith('currency:')
    ? parts.unit.slice(9)
    : (UNIT_SUFFIX[parts.unit] ?? ` ${parts.unit.replace(/-/g, ' ')}`).trim();
  return [unit, parts.of ? `of ${parts.of}` : ''].filter(Boolean).join(' ');
}

export interface PeriodParts {
  time: { year?: number; by?: number };
}

/** "in 2025", "by 2035", "undated" */
export function formatPeriod({ time }: PeriodParts): string {
  if (time.by !== undefined) return `by ${time.by}`;
  if (time.year !== undefined) return `in ${time.year}`;
  return 'undated';
}

/** The year a fact is about (its year, or its deadline), or null when undated. */
export function periodYear({ time }: PeriodParts): number | null {
  return time.year ?? time.by ?? null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "19 Dec 2025" from an ISO date or timestamp; "undated" when there is none. */
export function formatDate(iso: string | null | undefined): string {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return 'undated';
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

export const KIND_LABEL: Record<ClaimKind, string> = {
  actual: 'Actual',
  target: 'Target',
  forecast: 'Forecast',
  threat: 'Threat',
  proposal: 'Proposal',
};

/** What a metric is called in a sentence: its label without the "share of GDP" part a value already says. */
export function metricNoun(metricLabel: string | null, metric: string): string {
  const label = metricLabel ?? metric.replace(/-/g, ' ');
  return label.split(',')[0]!.trim();
}

const COUNT_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

function possessive(subject: string): string {
  return subject.endsWith('s') ? `${subject}'` : `${subject}'s`;
}

export interface ConflictSide extends ValueParts, PeriodParts {
  kind: ClaimKind;
  of: string | null;
  subject: string;
  metric: string;
  metricLabel: string | null;
  /** Publishers (or URLs) that gave this value. */
  sources: string[];
}

/**
 * A conflict in words: "Two sources give Germany's 2029 defence spending target as 2.8% and 3.5% of GDP."
 * The kind names what is disputed (a target, a forecast; an actual figure needs no word).
 */
export function describeConflict(a: ConflictSide, b: ConflictSide): string {
  const [low, high] = a.value <= b.value ? [a, b] : [b, a];
  const sources = new Set([...a.sources, ...b.sources]);
  const count = sources.size > 1 ? sources.size : 2;
  const counted = count < COUNT_WORDS.length ? COUNT_WORDS[count]! : String(count);
  const year = periodYear(a);
  const what = [year === null ? null : String(year), metricNoun(a.metricLabel, a.metric), a.kind === 'actual' ? null : a.kind]
    .filter(Boolean)
    .join(' ');
  const sameOf = a.of === b.of;
  const values = sameOf ? `${formatValue(low)} and ${formatValueOf(high)}` : `${formatValueOf(low)} and ${formatValueOf(high)}`;
  const verb = sources.size === 1 ? 'The same source gives' : `${counted} sources give`;
  return `${verb} ${possessive(a.subject)} ${what} as ${values}.`;
}

/** Splits a quote around the first occurrence of the mention, for highlighting. */
export function splitQuote(quote: string, mention: string): [before: string, mention: string, after: string] | null {
  const index = mention ? quote.indexOf(mention) : -1;
  if (index < 0) return null;
  return [quote.slice(0, index), mention, quote.slice(index + mention.length)];
}
