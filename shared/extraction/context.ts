// Stage 3: what a quantity is about — subject, metric, base, time, kind and speaker — read from its sentence.
import type { ClaimKind, ClaimTime, Span } from './types.js';
import { findEntities, type Entity } from './entities.js';
import { METRICS } from './tables/metrics.js';

export interface SentenceContext {
  span: Span;
  entities: Entity[];
  clauseBreaks: number[];
  years: { year: number; deadline: boolean; start: number }[];
  cues: { kind: ClaimKind; start: number }[];
  metrics: { key: string; label: string; start: number; end: number; impliedBase: string | null }[];
  speechCues: { start: number; end: number; accordingTo: boolean; possessive: string | null }[];
}

const YEAR = /\b(by|before|until|in|since|from|during|for|of|through|fiscal)?[ \u00a0]?((?:19|20)\d{2})(?![\d,.]\d)(?:[-–/](\d{2,4}))?\b/gi;
const RELATIVE_YEAR = /\b(this|last|next|past|previous|coming)[ \u00a0](year|fiscal year)\b/gi;
const CLAUSE_BREAK = /[;:,()]|[ \u00a0][—–-][ \u00a0]/g;

const CUE_WORDS: readonly [ClaimKind, string][] = [
  ['target', 'targets?|goals?|aims?|aiming|pledged?|pledges|pledging|vow(?:ed|s)?|commit(?:ted|s|ting|ment|ments)?|promised?|promises|objectives?|ambitions?|intends?|wants? to|seeks? to|plans? to|to reach|to hit|to meet|to spend|to raise|to boost'],
  ['forecast', 'forecasts?|forecaster|expected|expects?|projected|projections?|projects|predicted|predicts?|predictions?|estimated? to|estimates? that|outlook|likely|set to|on track|could reach|anticipated|will likely'],
  ['threat', 'threats? of|threats? to|threaten(?:ed|s|ing)?'],
  ['proposal', 'proposed?|proposes|proposals?|potential sale|potential|would cost|considering|mulling|draft|offered|offers? to|bid to'],
  ['actual', 'met|reached|rose|fell|falls?|grew|jumped|dropped|declined|increased|decreased|spent|recorded|totall?ed|stood|involves|involved|killed|died|reported|posted|hit|has|had|was|were|last year|attended|won|lost|scored'],
];
const CUE = new RegExp(`\\b(?:${CUE_WORDS.map(([, words]) => `(${words})`).join('|')})\\b`, 'gi');

const SPEECH = /\b(?:said|says|say|stated|states|told|tells|added|adds|announced|announces|vowed|vows|pledged|pledges|promised|promises|warned|warns|argued|argues|claimed|claims|noted|notes|estimated|estimates|predicted|predicts|threatened|threatens|insisted|insists|suggested|suggests|urged|urges|reported|reports|wrote|writes|explained|confirmed|confirms|revealed|reveals|emphasized|emphasised|stressed|acknowledged|admitted|tweeted|posted|forecasts?|projected|expects|believes|(according to))\b|([A-Z][A-Za-z-]+)['’]s (?:threat|threats|pledge|promise|proposal|plan|call|demand|forecast|estimate|target|goal|vow|offer)\b/g;

interface MetricPhrase {
  words: readonly string[];
  metric: { key: string; label: string };
}

/** Metric phrases by their first word, longest first: one word scan of the sentence finds them all. */
const METRIC_PHRASES_BY_FIRST_WORD = new Map<string, MetricPhrase[]>();
for (const metric of METRICS) {
  for (const phrase of metric.phrases) {
    const words = phrase.split(/[\s-]+/);
    const first = words[0] ?? '';
    const list = METRIC_PHRASES_BY_FIRST_WORD.get(first) ?? [];
    list.push({ words, metric: { key: metric.key, label: metric.label } });
    list.sort((a, b) => b.words.length - a.words.length);
    METRIC_PHRASES_BY_FIRST_WORD.set(first, list);
  }
}
const SENTENCE_WORD = /[A-Za-z0-9&]+/g;

function findMetrics(sentence: string, offset: number): SentenceContext['metrics'] {
  const words: { text: string; start: number; end: number }[] = [];
  SENTENCE_WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SENTENCE_WORD.exec(sentence)) !== null) {
    words.push({ text: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  const metrics: SentenceContext['metrics'] = [];
  for (let index = 0; index < words.length; index += 1) {
    const candidates = METRIC_PHRASES_BY_FIRST_WORD.get(words[index]?.text ?? '');
    if (!candidates) continue;
    const found = candidates.find((candidate) => candidate.words.every((word, at) => words[index + at]?.text === word));
    const last = found ? words[index + found.words.length - 1] : undefined;
    const first = words[index];
    if (!found || !last || !first) continue;
    metrics.push({
      ...found.metric, start: offset + first.start, end: offset + last.end,
      impliedBase: GDP_SHARE_METRICS.has(found.metric.key) ? 'GDP' : null,
    });
    index += found.words.length - 1;
  }
  return metrics;
}

/** Percentages of these metrics are shares of GDP unless the text says otherwise. */
const GDP_SHARE_METRICS = new Set(['defence-spending', 'core-military-investment', 'budget-deficit', 'public-debt']);

/** Runs a global regex over a sentence without cloning it (String.prototype.matchAll would, per call). */
function forEachMatch(pattern: RegExp, sentence: string, visit: (match: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(sentence)) !== null) {
    if (match[0] === '') pattern.lastIndex += 1;
    visit(match);
  }
}

/** Everything about a sentence that its quantities share, computed once per sentence. */
export function readSentence(text: string, span: Span, publishedYear: number | null): SentenceContext {
  const sentence = text.slice(span.start, span.end);
  const offset = span.start;
  const years: SentenceContext['years'] = [];
  forEachMatch(YEAR, sentence, (match) => {
    const preposition = (match[1] ?? '').toLowerCase();
    if (preposition === 'since' || preposition === 'from') return;
    years.push({ year: Number(match[2]), deadline: preposition === 'by' || preposition === 'before' || preposition === 'until', start: offset + match.index });
  });
  if (publishedYear !== null) {
    forEachMatch(RELATIVE_YEAR, sentence, (match) => {
      const which = (match[1] ?? '').toLowerCase();
      const shift = which === 'this' ? 0 : which === 'next' || which === 'coming' ? 1 : -1;
      years.push({ year: publishedYear + shift, deadline: false, start: offset + match.index });
    });
  }
  const cues: SentenceContext['cues'] = [];
  forEachMatch(CUE, sentence, (match) => {
    const entry = CUE_WORDS[match.findIndex((group, position) => position > 0 && group !== undefined) - 1];
    if (entry) cues.push({ kind: entry[0], start: offset + match.index });
  });
  const metrics = findMetrics(sentence, offset);
  const speechCues: SentenceContext['speechCues'] = [];
  forEachMatch(SPEECH, sentence, (match) => {
    speechCues.push({ start: offset + match.index, end: offset + match.index + match[0].length, accordingTo: match[1] !== undefined, possessive: match[2] ?? null });
  });
  const clauseBreaks: number[] = [];
  forEachMatch(CLAUSE_BREAK, sentence, (match) => { clauseBreaks.push(offset + match.index); });
  return { span, entities: findEntities(text, span.start, span.end), clauseBreaks, years, cues, metrics, speechCues };
}

function clauseAround(context: SentenceContext, start: number, end: number): Span {
  let clauseStart = context.span.start;
  let clauseEnd = context.span.end;
  for (const position of context.clauseBreaks) {
    if (position < start) clauseStart = position;
    else if (position >= end) {
      clauseEnd = position;
      break;
    }
  }
  return { start: clauseStart, end: clauseEnd };
}

/** The subject: a possessive right before the number ("NATO's 32"), else the first named in its clause, else in its sentence. */
export function subjectOf(context: SentenceContext, start: number, end: number): string | null {
  const places = context.entities.filter((entity) => entity.type !== 'person');
  const candidates = places.length > 0 ? places : context.entities;
  const clause = clauseAround(context, start, end);
  const possessive = candidates.find((entity) => entity.end <= start && start - entity.end <= 4);
  if (possessive) return possessive.name;
  const inClause = candidates.find((entity) => entity.start >= clause.start && entity.end <= clause.end);
  return (inClause ?? candidates[0])?.name ?? null;
}

export function timeOf(context: SentenceContext, start: number): ClaimTime {
  let nearest: SentenceContext['years'][number] | undefined;
  for (const mention of context.years) {
    if (mention.start === start) continue;
    if (mention.deadline) return { by: mention.year };
    if (!nearest || Math.abs(mention.start - start) < Math.abs(nearest.start - start)) nearest = mention;
  }
  return nearest ? { year: nearest.year } : {};
}

/** The kind from the nearest cue word: "target of 2%" is a target, "23 ... met" is actual. */
export function kindOf(context: SentenceContext, start: number, end: number, time: ClaimTime): ClaimKind {
  let best: ClaimKind | null = null;
  let bestDistance = Infinity;
  for (const cue of context.cues) {
    const distance = cue.start >= end ? cue.start - end : start - cue.start;
    if (distance >= 0 && distance < bestDistance) {
      best = cue.kind;
      bestDistance = distance;
    }
  }
  if (best === null && time.by !== undefined) return 'target';
  return best ?? 'actual';
}

export interface MetricReading {
  key: string;
  label: string;
  impliedBase: string | null;
  start: number;
  end: number;
}

/** Metrics named by generic words ("spending", "price"): a specific metric a little further away wins over them. */
const GENERIC_METRICS = new Set(['funding', 'price', 'investment', 'duration', 'score', 'approval-rating', 'energy-capacity', 'temperature', 'gdp', 'jobs']);
const GENERIC_METRIC_PENALTY = 50;
const OTHER_CLAUSE_PENALTY = 100;

/** The nearest metric phrase in the sentence, other than the base the value is a share of. */
export function metricOf(context: SentenceContext, start: number, end: number, base: string | null): MetricReading | null {
  let best: SentenceContext['metrics'][number] | null = null;
  let bestDistance = Infinity;
  const clause = clauseAround(context, start, end);
  for (const metric of context.metrics) {
    if (base !== null && metric.key === 'gdp' && base === 'GDP') continue;
    if (metric.start < end && metric.end > start) continue;
    const distance = (metric.start >= end ? metric.start - end : start - metric.end) + (GENERIC_METRICS.has(metric.key) ? GENERIC_METRIC_PENALTY : 0)
      + (metric.start >= clause.start && metric.end <= clause.end ? 0 : OTHER_CLAUSE_PENALTY);
    if (distance < bestDistance) {
      best = metric;
      bestDistance = distance;
    }
  }
  return best;
}

/** The person (or body) the sentence attributes the number to: "Rutte said", "according to the IMF", "Trump's threat". */
export function speakerOf(context: SentenceContext, start: number): string | null {
  let nearestCue: SentenceContext['speechCues'][number] | null = null;
  for (const cue of context.speechCues) {
    if (!nearestCue || Math.abs(cue.start - start) < Math.abs(nearestCue.start - start)) nearestCue = cue;
  }
  if (!nearestCue) return null;
  if (nearestCue.possessive) return nearestCue.possessive;
  const cue = nearestCue;
  const speakers = context.entities.filter((entity) => entity.type !== 'country');
  if (cue.accordingTo) return speakers.find((entity) => entity.start >= cue.end && entity.start - cue.end <= 40)?.name ?? null;
  const people = speakers.filter((entity) => entity.type === 'person');
  const before = people.filter((entity) => entity.end <= cue.start).pop() ?? speakers.filter((entity) => entity.end <= cue.start && cue.start - entity.end <= 3).pop();
  if (before) return before.name;
  return people.find((entity) => entity.start >= cue.end && entity.start - cue.end <= 40)?.name ?? null;
}

const BASE = /^[ \u00a0]+of[ \u00a0]+(?:(?:its|their|the|his|her|our|a|an|this|that|total|all|[A-Z][\w.]*['’]s)[ \u00a0]+)?([A-Za-z][\w-]*(?:[ \u00a0][a-z][\w-]*){0,2})/;
const GDP_NAMES = /^(?:gdp|gross domestic product|economic output|national income|gross national product|gnp)\b/i;
const BASE_STOP = /[ \u00a0](?:on|in|to|by|for|from|at|and|or|which|that|this|last|next|will|would|is|was|are|were|has|have)\b.*$/;

/** The base of a share: "5 per cent of its GDP" -> "GDP"; "of which" -> the base already in force. */
export function baseAfter(text: string, end: number, previousBase: string | null): string | null {
  const match = BASE.exec(text.slice(end, end + 80));
  const phrase = match?.[1];
  if (!phrase) return null;
  if (phrase === 'which' || phrase === 'whom' || phrase.startsWith('which ')) return previousBase;
  if (GDP_NAMES.test(phrase)) return 'GDP';
  return phrase.replace(BASE_STOP, '');
}
