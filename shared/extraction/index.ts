// Text -> quantities -> claims, in one linear pass: find candidate numbers, read each mention with its
// unit, then describe it from its sentence (subject, metric, time, kind, speaker) and score it as a claim.
import { CLAIM_SCORE_THRESHOLD, type ClaimKind, type ExtractOptions, type Quantity, type Span, type SubjectRule } from './types.js';
import { codeAt, lowerCase } from './characters.js';
import { NumberStarts, numberStartOf } from './numbers.js';
import { readMention, type Mention } from './mentions.js';
import { settleCountsFromSentenceBefore, settleUnitsInSentence } from './sentence-units.js';
import { sentenceAround } from './sentences.js';
import {
  baseAfter,
  countsAudience,
  countsTrackable,
  datesAgo,
  frontedPeriodOwner,
  isGenericMetric,
  isPluralNickname,
  isSubShare,
  kindOf,
  newPredicateAfter,
  metricOf,
  nationCounted,
  opensWithCompany,
  readSentence,
  refersToState,
  speakerOf,
  stateOwnerIn,
  subjectOf,
  takesOpeningName,
  WITHHELD,
  timeOf,
  type MetricReading,
  type SentenceContext,
} from './context.js';
import { claimScore } from './scoring.js';
import { currencyForCountries, inSubunit, rateUnit } from './units.js';
import { normalize } from './normalize.js';
import { NameResolver } from './names.js';
import type { Entity } from './entities.js';

export type { Quantity, ExtractOptions, SubjectRule } from './types.js';
export { CLAIM_SCORE_THRESHOLD } from './types.js';

/** Bumped whenever the output for some input changes, so stored claims can be re-extracted. */
export const EXTRACTOR_VERSION = '1.18.0';

/** Past this many quantities in one text the rest is dropped: it bounds memory on pathological input. */
export const MAX_QUANTITIES_PER_TEXT = 10_000;

function publishedYearOf(options: ExtractOptions): number | null {
  const year = /^(\d{4})-/.exec(options.publishedAt ?? '')?.[1];
  return year ? Number(year) : null;
}

/** `slug` by label: metric labels and counted nouns repeat, and the regular expressions are most of its cost. */
const SLUGS = new Map<string, string>();
const MAX_SLUGS_KEPT = 4096;

function slug(label: string): string {
  let slugged = SLUGS.get(label);
  if (slugged === undefined) {
    slugged = label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (SLUGS.size < MAX_SLUGS_KEPT) SLUGS.set(label, slugged);
  }
  return slugged;
}

/** Every quantity in the text, in order, with its context and claim score. */
export function extractQuantities(text: string, options: ExtractOptions = {}): Quantity[] {
  if (typeof text !== 'string') throw new TypeError('extractQuantities expects a string');
  const publishedYear = publishedYearOf(options);
  const names = new NameResolver(text);
  const shares: ShareMetricMemory = { last: null };
  const quantities: Quantity[] = [];
  const starts = new NumberStarts(text);
  let from = 0;
  let sentence: Span | null = null;
  let pending: Mention[] = [];
  let previous: { sentence: Span; mentions: Mention[] } | null = null;
  const flush = () => {
    if (!sentence || pending.length === 0) return;
    const context = readSentence(text, sentence, publishedYear);
    settleUnitsInSentence(text, sentence, pending);
    if (previous) settleCountsFromSentenceBefore(text, previous, sentence, pending);
    previous = { sentence, mentions: pending };
    let previousBase: string | null = null;
    let previousQuantity: Quantity | null = null;
    for (const mention of pending) {
      const restated = restatedKind(text, previousQuantity, mention);
      const quantity = describe(
        text,
        mention,
        context,
        previousBase,
        names,
        pending,
        shares,
        options.subjectRules,
        publishedYear,
        restated,
      );
      previousBase = quantity.of ?? previousBase;
      previousQuantity = quantity;
      // A reading too large for a double (Infinity) is no figure anyone wrote, and no store takes it.
      if (isFiniteReading(quantity)) quantities.push(quantity);
    }
    pending = [];
  };
  let match: RegExpExecArray | null;
  let tallyEnd = -1;
  while ((match = starts.next(from)) !== null && quantities.length + pending.length < MAX_QUANTITIES_PER_TEXT) {
    const position = numberStartOf(match);
    const mention = readMention(text, position, tallyEnd === position - 1 && codeAt(text, tallyEnd) === 45);
    from = Math.max(match.index + match[0].length, mention.end);
    tallyEnd = 'skip' in mention || !mention.tally ? -1 : mention.end;
    if ('skip' in mention) continue;
    if (!sentence || mention.start < sentence.start || mention.start >= sentence.end) {
      flush();
      sentence = sentenceAround(text, mention.start);
    }
    pending.push(mention);
  }
  flush();
  return quantities;
}

function isFiniteReading({ value, low, high, normalized }: Quantity): boolean {
  return allFinite(value, low, high) && allFinite(normalized.value, normalized.low, normalized.high);
}

function allFinite(value: number, low = 0, high = 0): boolean {
  return Number.isFinite(value) && Number.isFinite(low) && Number.isFinite(high);
}

/** The countries the sentence names: those before `position`, nearest first, then those after it. */
function countriesNearestFirst(context: SentenceContext, position: number): string[] {
  const countries = context.entities.filter((entity) => entity.type === 'country');
  const before = countries.filter((entity) => entity.start < position).reverse();
  return [...before, ...countries.filter((entity) => entity.start >= position)].map((entity) => entity.name);
}

/** How far back a specific share-of-GDP metric still stands for a generic one ("spend 2.8% of GDP"). */
const SHARE_METRIC_REACH = 1500;

/** The last specific share-of-GDP metric of the text, and where it was said. */
interface ShareMetricMemory {
  last: { metric: MetricReading; at: number } | null;
}

/** The words that can stand for a fraction's whole: "a third still fall short" (of the member countries). */
const FRACTION_AS_SUBJECT =
  /^[ \u00a0]+(?:still|also|only|now|already|do|does|did|have|has|had|are|were|fall|fell|meet|met|remain|remained|say|said|spend|spent)\b/;

/**
 * "While 23 of NATO's 32 member countries met the target ..., a third still fall short": a fraction with no base
 * that stands as a clause's subject is a part of the group a count before it in the sentence counted, not a share
 * of what the sentence measures (the third is of the members, not of defence spending).
 */
function groupBefore(
  text: string,
  mention: Mention,
  sentenceMentions: readonly Mention[],
): { whole: string; counted: string | null } | null {
  if (!FRACTION_AS_SUBJECT.test(text.slice(mention.end, mention.end + 16))) return null;
  let count: Mention | null = null;
  for (const other of sentenceMentions) {
    if (other.start >= mention.start) break;
    if (other.dimension === 'count' && other.countedPhrase && !other.tally) count = other;
  }
  if (!count) return null;
  return {
    whole: text.slice(count.start, count.end),
    counted: countsTrackable(count.countedPhrase!) ? count.countedPhrase!.toLowerCase() : null,
  };
}

/** Up to four words after a figure, then "equal to", "equivalent to", "or" or "representing" and the figure again. */
const RESTATED_BETWEEN =
  /^(?:[ \u00a0]+[a-z]+){0,4},[ \u00a0]+(?:equal[ \u00a0]+to|equivalent[ \u00a0]+to|or|representing)[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost)[ \u00a0]+)?$/;

/**
 * "will spend 108.2 billion euros next year, equal to 2.8% of GDP", "$5 million, or 3% of revenue": a figure that says
 * the one before it again in another unit is the same plan, forecast or fact, whatever cue stands near it alone.
 */
function restatedKind(text: string, previous: Quantity | null, mention: Mention): ClaimKind | null {
  if (previous === null || previous.unit === mention.unit || mention.start - previous.end > 48) return null;
  return RESTATED_BETWEEN.test(text.slice(previous.end, mention.start)) ? previous.kind : null;
}

/** How long something lasts or how long ago it was ("for 20 years", "Seven months later"), not a rate per a time. */
function isSpanOfTime(mention: Mention): boolean {
  return mention.dimension === 'time' && mention.per === null;
}

const PART_OF_YEAR_AFTER = /^[ \u00a0]+of[ \u00a0]+(?:19|20)\d\d\b/;

function describe(
  text: string,
  mention: Mention,
  context: SentenceContext,
  previousBase: string | null,
  names: NameResolver,
  sentenceMentions: readonly Mention[],
  shares: ShareMetricMemory,
  subjectRules: Map<Quantity, SubjectRule> | undefined,
  publishedYear: number | null,
  restated: ClaimKind | null,
): Quantity {
  const { start, end } = mention;
  const shareLike = mention.dimension === 'percent' || mention.dimension === 'fraction';
  const explicitBase = shareLike
    ? (baseAfter(text, end, previousBase) ?? (isSubShare(text, context, start, end) ? previousBase : null))
    : mention.partOf;
  const group = explicitBase === null && mention.dimension === 'fraction' ? groupBefore(text, mention, sentenceMentions) : null;
  const named = metricOf(text, context, start, end, explicitBase, mention.dimension);
  const base = explicitBase ?? group?.whole ?? (mention.dimension === 'percent' ? (named?.impliedBase ?? null) : null);
  // A share of GDP said with no more than "spend" takes the specific share the text spoke of just before.
  const carried = base === 'GDP' && (!named || isGenericMetric(named.key)) && shares.last && start - shares.last.at <= SHARE_METRIC_REACH;
  const metric = carried ? shares.last!.metric : named;
  // Ages and spans of time ("Chaplin, 71, who met K. in 1956", "for 20 years") are no figure of a year, unless the
  // span is part of one ("the first two months of 1961"); nor is a distance ("250 km (155 miles) north of Baghdad, May
  // 15, 2013", "passed just 87,000 miles above the solar surface in mid-December 2011"): a year does not change it.
  const spanOfTime = isSpanOfTime(mention);
  const timeless =
    mention.age ||
    (mention.dimension === 'length' && mention.per === null) ||
    (spanOfTime && !PART_OF_YEAR_AFTER.test(text.slice(end, end + 9)));
  const predicateEnd = newPredicateAfter(text, context, end);
  const time = timeless ? {} : timeOf(context, start, end, sentenceMentions, predicateEnd);
  // "two weeks ago": a period that dates an event is actual and no one's figure (asked once for both).
  const datedAgo = datesAgo(text, end);
  const cued = restated ?? kindOf(text, context, start, end, time, shareLike, datedAgo, spanOfTime, predicateEnd);
  // "estimated to be worth 840 mln dlrs in 1986", said in 1987: an estimate of a year gone by is of what happened.
  const kind = cued === 'forecast' && publishedYear !== null && time.year !== undefined && time.year < publishedYear ? 'actual' : cued;
  const spoken = speakerOf(text, context, start);
  const speaker =
    spoken === null
      ? names.quotationSpeaker(start)
      : 'pronounAt' in spoken
        ? names.personBefore(spoken.pronounAt, spoken.sex)
        : 'organisationAt' in spoken
          ? names.organisationBefore(spoken.organisationAt)
          : 'bodyAt' in spoken
            ? names.bodyBefore(spoken.bodyAt, spoken.ending)
            : names.resolve('entity' in spoken ? spoken.entity.name : spoken.name, context.span.start);
  let metricKey = metric?.key ?? null;
  let metricLabel = metric?.label ?? null;
  if (
    mention.dimension === 'count' &&
    mention.countedPhrase &&
    (!metric || Math.min(Math.abs(metric.start - end), Math.abs(start - metric.end)) > 30)
  ) {
    metricLabel = countsTrackable(mention.countedPhrase) ? lowerCase(mention.countedPhrase) : null;
    metricKey = metricLabel && slug(metricLabel);
  } else if (mention.age) {
    metricKey = 'age';
    metricLabel = 'age';
  } else if (group) {
    metricLabel = group.counted === null ? null : `share of ${group.counted}`;
    metricKey = metricLabel && slug(metricLabel);
  }
  if (metricKey && metricLabel && base === 'GDP' && mention.dimension === 'percent' && metricKey !== 'gdp') {
    if (metric && !isGenericMetric(metric.key) && !isSubShare(text, context, start, end)) shares.last = { metric, at: end };
    metricKey = `${metricKey}-share-of-gdp`;
    metricLabel = `${metricLabel}, share of GDP`;
  }
  const attributed = subjectFor(text, mention, context, names, spoken, speaker, datedAgo);
  const subject = attributed?.subject ?? null;
  // "It said", "The company said" with no company shown speaking: the organisation that last opened a sentence as its
  // subject (the subject reading above still sees no speaker).
  const spokenBy = speaker ?? (spoken !== null && 'organisationAt' in spoken ? names.organisationOpeningBefore(context.span.start) : null);
  // "said Parmitano, 37.", "his 36-year-old wife, Mary, said": an age is the writer's description of a person, not
  // what anyone says; a report that carries the whole sentence ("..., Deputy Sheriff W. H. Forsyth reported") keeps it,
  // and so does a quotation ('"... for children under 12," Steve Harvey said'): there the age is the speaker's word.
  const ageOfWriter = mention.age && spokenBy !== null && !REPORTED_AFTER.test(text.slice(end, context.span.end)) && !names.isQuoted(start);
  // "told thousands of supporters": a count of who is spoken to is the writer's too (the subject still reads the speaker).
  const saidBy = ageOfWriter || (spokenBy !== null && countsAudience(text, context, start)) ? null : spokenBy;
  const amountUnit = inSubunit(
    mention.currencyByCountry ? currencyForCountries(mention.currencyByCountry, countriesNearestFirst(context, start)) : mention.unit,
    mention.subunit,
  );
  const unit = rateUnit(amountUnit, mention.per);
  const quantity: Quantity = {
    start,
    end,
    text: text.slice(start, end),
    value: mention.value,
    low: mention.low,
    high: mention.high,
    unit,
    normalized: normalize(mention.value, mention.low, mention.high, unit),
    counted: mention.counted,
    bound: mention.bound,
    change: mention.change,
    of: base,
    subject,
    metric: metricKey,
    metricLabel,
    time,
    kind,
    speaker: saidBy,
    claimScore: 0,
    sentence: { start: Math.min(context.span.start, start), end: Math.max(context.span.end, end) },
  };
  quantity.claimScore = claimScore({
    dimension: mention.dimension,
    counted: mention.counted,
    digits: mention.digits,
    value: mention.value,
    subject,
    metric: metricKey,
    time,
    kind,
    speaker: saidBy,
    of: base,
    wordBefore: mention.wordBefore,
  });
  if (subjectRules && attributed) subjectRules.set(quantity, attributed.rule);
  return quantity;
}

/** "23 of NATO's 32 members": the whole's own count follows its name. */
const WHOLE_COUNTED_AFTER = /^(?:['\u2019]s?)?[ \u00a0]+\d/;

/**
 * "40% of Nokia's phone revenues", "80 percent of Americans": a share of a whole is the whole's figure, as is a part of
 * the whole's own count ("23 of NATO's 32 members"); a count of things of a name ("two of Italy's biggest companies",
 * "four followers of Cuba's Fidel Castro", "10 warning signs of Alzheimer's disease") is not the name's.
 */
function sharesOfWhole(text: string, mention: Mention, whole: { end: number }): boolean {
  return (
    mention.dimension === 'percent' || mention.dimension === 'fraction' || WHOLE_COUNTED_AFTER.test(text.slice(whole.end, whole.end + 8))
  );
}

/** A verb of reporting after a number: "Forsyth reported", "as NPR's Debbie Elliot reported". */
const REPORTED_AFTER = /\breport(?:ed|s)\b/;

/**
 * Whose figure it is, and the rule that says so: `subjectOf` over the sentence's names, else the fallbacks that
 * stand for a name the sentence does not write (the company speaking, the state, a table's row, the nation counted).
 */
function subjectFor(
  text: string,
  mention: Mention,
  context: SentenceContext,
  names: NameResolver,
  spoken: ReturnType<typeof speakerOf>,
  speaker: string | null,
  datedAgo: boolean,
): { subject: string; rule: SubjectRule } | null {
  const { start, end } = mention;
  const spokenEntity = spoken !== null && 'entity' in spoken ? spoken.entity : null;
  const ownName = (owner: Entity) => (owner.type === 'country' ? owner.name : names.resolve(owner.name, context.span.start));
  const fronted = isSpanOfTime(mention) ? frontedPeriodOwner(text, context, start, end, spokenEntity) : undefined;
  if (fronted) return { subject: ownName(fronted), rule: 'fronted-period' };
  // "two weeks ago": a period that dates an event is otherwise no one's figure.
  if (datedAgo) return null;
  // The sentence's team nicknames ("The Pirates"), found once for all its numbers.
  context.pluralNicknames ??= new Set(
    context.entities.filter((entity) => isPluralNickname(text, entity) && names.resolve(entity.name, context.span.start) === entity.name),
  );
  const chosen = subjectOf(text, context, start, end, spokenEntity, mention.age, context.pluralNicknames);
  if (chosen === WITHHELD) return null;
  // "puts it in the region of 2 million times more viscous than honey", "2.27 times New York May": a multiple compares
  // two amounts, and the name that merely stands first in the sentence or clause is seldom either's owner.
  if (mention.dimension === 'multiplier' && takesOpeningName(chosen)) return null;
  if (chosen?.rule === 'whole-of-part' && !sharesOfWhole(text, mention, chosen.entity)) return null;
  if (chosen) {
    // "Mrs. Huntley" after "Lawrence G. Huntley" and "Mrs. Lavaughn Huntley": none rather than a guess between the two.
    const owner = ownName(chosen.entity);
    return names.isSharedSurname(owner) ? null : { subject: owner, rule: chosen.rule };
  }
  // "The company said it ...": what the organisation reports about itself is its own.
  if (spoken !== null && 'organisationAt' in spoken && spoken.selfReported) {
    if (speaker !== null) return { subject: speaker, rule: 'company-reporting' };
  } else if (opensWithCompany(text, context, start)) {
    // The company shown speaking before, else the name that opened the sentence before ("Facebook will grow ... It had").
    const company = names.organisationBefore(context.span.start) ?? names.subjectOfSentenceBefore(context.span.start);
    if (company !== null) return { subject: company, rule: 'company-opening' };
  }
  if (refersToState(text, context)) {
    const owner = stateOwnerIn(text, context);
    if (owner !== null) return { subject: owner, rule: 'state-owner' };
    const country = names.namesPrivateOwner(context.entities, spokenEntity) ? null : names.countryBefore(context.span.end);
    if (country !== null) return { subject: country, rule: 'state-country-before' };
  }
  const row = names.tableRowName(start, end);
  if (row !== null) return { subject: row, rule: 'table-row' };
  const nation = mention.dimension === 'count' ? nationCounted(text, context, start, end, mention.value) : null;
  return nation === null ? null : { subject: nation, rule: 'nation-counted' };
}

/** The quantities worth tracking as claims: claimScore at or above CLAIM_SCORE_THRESHOLD. */
export function extractClaims(text: string, options: ExtractOptions = {}): Quantity[] {
  return extractQuantities(text, options).filter((quantity) => quantity.claimScore >= CLAIM_SCORE_THRESHOLD);
}
