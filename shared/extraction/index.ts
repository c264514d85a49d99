// Text -> quantities -> claims, in one linear pass: find candidate numbers, read each mention with its
// unit, then describe it from its sentence (subject, metric, time, kind, speaker) and score it as a claim.
import { CLAIM_SCORE_THRESHOLD, type ExtractOptions, type Quantity, type Span } from './types.js';
import { NUMBER_START, wordBefore } from './numbers.js';
import { readMention, type Mention } from './mentions.js';
import { sentenceAround } from './sentences.js';
import { baseAfter, kindOf, metricOf, readSentence, speakerOf, subjectOf, timeOf, type SentenceContext } from './context.js';
import { claimScore } from './scoring.js';
import { NameResolver } from './names.js';

export type { Quantity, ExtractOptions } from './types.js';
export { CLAIM_SCORE_THRESHOLD } from './types.js';

/** Bumped whenever the output for some input changes, so stored claims can be re-extracted. */
export const EXTRACTOR_VERSION = '1.0.0';

/** Past this many quantities in one text the rest is dropped: it bounds memory on pathological input. */
export const MAX_QUANTITIES_PER_TEXT = 10_000;

function publishedYearOf(options: ExtractOptions): number | null {
  const year = /^(\d{4})-/.exec(options.publishedAt ?? '')?.[1];
  return year ? Number(year) : null;
}

function slug(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Every quantity in the text, in order, with its context and claim score. */
export function extractQuantities(text: string, options: ExtractOptions = {}): Quantity[] {
  if (typeof text !== 'string') throw new TypeError('extractQuantities expects a string');
  const publishedYear = publishedYearOf(options);
  const names = new NameResolver(text);
  const quantities: Quantity[] = [];
  const finder = new RegExp(NUMBER_START);
  let sentence: Span | null = null;
  let context: SentenceContext | null = null;
  let previousBase: string | null = null;
  let match: RegExpExecArray | null;
  while ((match = finder.exec(text)) !== null && quantities.length < MAX_QUANTITIES_PER_TEXT) {
    const mention = readMention(text, match.index);
    finder.lastIndex = Math.max(finder.lastIndex, mention.end);
    if ('skip' in mention) continue;
    if (!sentence || mention.start < sentence.start || mention.start >= sentence.end) {
      sentence = sentenceAround(text, mention.start);
      context = null;
      previousBase = null;
    }
    context ??= readSentence(text, sentence, publishedYear);
    const quantity = describe(text, mention, context, previousBase, names);
    previousBase = quantity.of ?? previousBase;
    quantities.push(quantity);
  }
  return quantities;
}

function describe(text: string, mention: Mention, context: SentenceContext, previousBase: string | null, names: NameResolver): Quantity {
  const { start, end } = mention;
  const shareLike = mention.dimension === 'percent' || mention.dimension === 'fraction';
  const explicitBase = shareLike ? baseAfter(text, end, previousBase) : mention.partOf;
  const metric = metricOf(context, start, end, explicitBase);
  const base = explicitBase ?? (mention.dimension === 'percent' ? metric?.impliedBase ?? null : null);
  const time = timeOf(context, start);
  const kind = kindOf(context, start, end, time);
  const speaker = names.resolve(speakerOf(context, start), context.span.start);
  let metricKey = metric?.key ?? null;
  let metricLabel = metric?.label ?? null;
  if (mention.dimension === 'count' && mention.countedPhrase && (!metric || Math.min(Math.abs(metric.start - end), Math.abs(start - metric.end)) > 30)) {
    metricLabel = mention.countedPhrase.toLowerCase();
    metricKey = slug(metricLabel);
  } else if (mention.age) {
    metricKey = 'age';
    metricLabel = 'age';
  }
  if (metricKey && metricLabel && base === 'GDP' && mention.dimension === 'percent' && metricKey !== 'gdp') {
    metricKey = `${metricKey}-share-of-gdp`;
    metricLabel = `${metricLabel}, share of GDP`;
  }
  const subject = subjectOf(context, start, end);
  const quantity: Quantity = {
    start, end, text: text.slice(start, end), value: mention.value,
    ...(mention.low !== undefined ? { low: mention.low, high: mention.high } : {}),
    unit: mention.unit, counted: mention.counted, bound: mention.bound, change: mention.change, of: base, subject,
    metric: metricKey, metricLabel, time, kind, speaker, claimScore: 0, sentence: context.span,
  };
  quantity.claimScore = claimScore({
    dimension: mention.dimension, counted: mention.counted, digits: mention.digits, value: mention.value, subject,
    metric: metricKey, time, kind, speaker, of: base, wordBefore: wordBefore(text, start).word,
  });
  return quantity;
}

/** The quantities worth tracking as claims: claimScore at or above CLAIM_SCORE_THRESHOLD. */
export function extractClaims(text: string, options: ExtractOptions = {}): Quantity[] {
  return extractQuantities(text, options).filter((quantity) => quantity.claimScore >= CLAIM_SCORE_THRESHOLD);
}
