// Stage 2, per sentence: the units that only the sentence settles. "points" are index, percentage or counted
// points by what the sentence is about; score lines and tallies count goals, runs, games, points or votes; a
// bare number takes the noun or unit it stands for ("18 short of the 233 needed", "from 12 weeks to six").
import type { Span } from './types.js';
import {
  IRREGULAR_PARTICIPLES,
  RECORD_AFTER,
  expectsNumberBefore,
  isChangeWord,
  movesFrom,
  standingAfter,
  type Mention,
} from './mentions.js';
import { currencyNamed, isFunctionWord, looksPlural, readCountedNoun, singularize } from './units.js';
import { codeAt, isApostrophe } from './characters.js';
import { HEDGE_WORDS, VAGUE_AMOUNT_WORDS } from './numbers.js';

const RATE_SENTENCE = /\b(?:rates?|yields?|fed|federal reserve|central bank|ecb|inflation|mortgages?)\b/i;
/** "rates by", "rates": a rate moved by the amount right after. */
const RATE_MOVED_BEFORE = /\brates?(?:[ \u00a0]by)?[ \u00a0]+$/i;
const NUMBER_ALONE = /^[\s+\-\u2212(]*[\d,.]+\)?\s*$/;
const INDEX_SENTENCE = /\b(?:index|indices|dow|s&p|nasdaq|ftse|nikkei|dax|cac|hang seng|sensex|kospi|stoxx|tsx|asx|shares|stocks)\b/i;
const POLL_SENTENCE =
  /\b(?:polls?|approval|survey|rating|lead|ahead|behind in the polls|unemployment|inflation|rate|margin|voters?|votes|electoral|elections?|primary|primaries|caucus(?:es)?|ballots?|turnout|referendum)\b|%|per ?cent/i;
const SPORT_SENTENCE =
  /\b(?:standings|league|championship|season|match|games?|title|scored|goals?|grand prix|formula|table|cup|tournament|points clear|nba|wnba|nfl|nhl|mlb)\b/i;

/**
 * Units the sentence settles: "points" are index points in market news, percentage points in polls and
 * rates, counted points elsewhere; a bare number borrows the counted noun or currency of its neighbour
 * ("256,000 jobs ... the 160,000 expected", "Labour took 411").
 */
export function settleUnitsInSentence(text: string, sentence: Span, mentions: Mention[]): void {
  settleTallies(text, sentence, mentions);
  mergeMovesFromAfter(text, mentions);
  mergeFromToWithUnits(text, mentions);
  mergeGluedDurations(text, mentions);
  settleGluedMillions(text, sentence, mentions);
  let sentenceText: string | null = null;
  for (const mention of mentions) {
    if (mention.unit !== 'index-point') continue;
    // "stocks fell after the Fed raised interest rates by a quarter point": a share of a point moving a rate.
    if (mention.value < 1 && RATE_MOVED_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 32), mention.start))) {
      mention.unit = 'percentage-point';
      mention.dimension = 'percentage-point';
      continue;
    }
    sentenceText ??= textOf(text, sentence);
    // A number alone is read as index points only under an index's name (a market widget).
    if (INDEX_SENTENCE.test(sentenceText) || NUMBER_ALONE.test(sentenceText)) continue;
    const sportPoints = Number.isInteger(mention.value) && (mention.value > 100 || SPORT_SENTENCE.test(sentenceText));
    if (!sportPoints && POLL_SENTENCE.test(sentenceText)) {
      mention.unit = 'percentage-point';
      mention.dimension = 'percentage-point';
    } else {
      mention.unit = 'count';
      mention.dimension = 'count';
      mention.counted = 'point';
    }
  }
  for (const mention of mentions) {
    // "raised rates by a quarter point": a share of a point of a rate is a percentage point.
    if (mention.counted !== 'point' || mention.value >= 1 || Number.isInteger(mention.value)) continue;
    sentenceText ??= textOf(text, sentence);
    if (!RATE_SENTENCE.test(sentenceText)) continue;
    mention.unit = 'percentage-point';
    mention.dimension = 'percentage-point';
    mention.counted = null;
  }
  settleZeroRates(text, sentence, mentions);
  settlePenceOfTaxRates(text, sentence, mentions);
  settleBareDegrees(text, sentence, mentions);
  settleExchangeRates(text, sentence, mentions);
  settleBidsAndOffers(text, mentions);
  settleStockPrices(text, sentence, mentions);
  settlePerShareNamedBefore(text, sentence, mentions);
  settleDailyOilNamedBefore(text, sentence, mentions);
  for (let index = 1; index < mentions.length; index += 1) {
    // "Millions of Americans, perhaps tens of millions, lost": the hedged amount counts what the first one counts.
    const mention = mentions[index]!;
    const first = mentions[index - 1]!;
    if (mention.low === undefined || first.unit !== 'count' || first.counted === null || mention.unit !== 'count') continue;
    if (!BARE_VAGUE_WRITTEN.test(text.slice(mention.start, mention.end)) || !HEDGE_BETWEEN.test(text.slice(first.end, mention.start)))
      continue;
    mention.counted = first.counted;
  }
  const frost = mentions.find((mention) => (mention.unit === 'celsius' || mention.unit === 'fahrenheit') && mention.value < 0);
  for (const mention of frost ? mentions : []) {
    // "minus 38 degrees Celsius ..., with wind chill values near minus 50": below zero beside a frost is one too.
    if (mention.unit !== 'count' || mention.counted !== null || mention.value >= 0 || mention.value < -100 || mention.low !== undefined)
      continue;
    takeUnitOf(frost!, mention);
  }
  for (const mention of mentions) {
    // "around 675 in the Dow Jones industrial average": a level of the index named right after.
    if (mention.unit !== 'count' || mention.counted !== null || !INDEX_NAMED_AFTER.test(text.slice(mention.end, mention.end + 24)))
      continue;
    mention.unit = 'index-point';
    mention.dimension = 'point';
  }
  for (const mention of mentions) {
    // "the death count has crossed 10,000-mark", "passed the 1,000 mark": a level is no count of marks.
    if (mention.unit !== 'count' || mention.low !== undefined) continue;
    if (mention.counted !== 'mark' && !(mention.counted === null && MARK_AFTER.test(text.slice(mention.end, mention.end + 12)))) continue;
    mention.counted = nounOfToll(text, sentence, mention);
  }
  for (const [index, mention] of mentions.entries()) {
    if (mention.unit !== 'count' || mention.counted !== null) continue;
    // "rallied from 18 down": a deficit is in the game's scoring noun, whatever count stands before it.
    const deficit = deficitNoun(text, sentence, mentions, index);
    if (deficit) {
      mention.counted = deficit;
      continue;
    }
    if (index > 0 && takeComparedUnit(text, mentions[index - 1]!, mention)) continue;
    const coordinated =
      nounOfCoordinatedCount(text, mentions, index) ?? nounOfQuantifiedCoordinate(text, mention) ?? nounAfterAside(text, mentions, index);
    if (coordinated) {
      mention.counted = coordinated;
      continue;
    }
    if (modifiesNounAfter(text, mention.end)) continue;
    const lender = nearestLender(text, sentence, mentions, index);
    if (!lender) continue;
    mention.unit = lender.unit;
    mention.dimension = lender.dimension;
    mention.counted = lender.counted;
    // "45 and 50 mg", "64 to 70 cents a litre": the whole unit, its subunit and per part, and its currency's countries.
    mention.subunit = lender.subunit ?? null;
    mention.per = lender.per ?? null;
    mention.currencyByCountry = lender.currencyByCountry ?? mention.currencyByCountry;
  }
}

/** A number with a glued "m" and nothing after it: "0.6m", "4.3m" (not "5m-long", "0.5m Lumias"). */
const GLUED_M_ALONE = /^\d[\d,]*(?:\.\d+)?m$/;
/** Words of sales and head counts: a sentence counting sold things or people, not lengths. */
const COUNT_SENTENCE =
  /\b(?:sales|sold|sell(?:s|ing)?|shipments?|shipped|subscribers?|users|customers|viewers|visitors|downloads|households|voters|passengers)\b/i;
/** Words of lengths, heights and distances, and verbs that measure ("stands 30m"): a sentence that measures (not "high-end", "long-term"). */
const LENGTH_SENTENCE =
  /\b(?:tall|high|height|long|length|deep|depth|wide|width|metres?|meters?|feet|ft|km|miles?|altitude|distance|records?|throws?|jumps?|stand(?:s|ing)?|measur(?:e|es|ed|ing)|span(?:s|ning)?|rises?|rising)\b(?!-)/i;

/**
 * "It sold just 0.5m Lumias ..., when it managed 0.6m", "sales ... down from 5m the previous quarter to 4.3m": a glued
 * "m" with no noun after it is a million, not metres, in a sentence with another amount in millions or one that counts
 * sales or people, unless the sentence measures a length.
 */
function settleGluedMillions(text: string, sentence: Span, mentions: Mention[]): void {
  const glued = mentions.filter(
    (mention) => mention.unit === 'm' && GLUED_M_ALONE.test(text.slice(mention.start, mention.end)) && codeAt(text, mention.end) !== 45,
  );
  if (glued.length === 0) return;
  const sentenceText = textOf(text, sentence);
  const inMillions = mentions.some((mention) => mention.unit !== 'm' && MILLION_WRITTEN.test(text.slice(mention.start, mention.end)));
  if ((!inMillions && !COUNT_SENTENCE.test(sentenceText)) || LENGTH_SENTENCE.test(sentenceText)) return;
  for (const mention of glued) {
    mention.value *= 1e6;
    mention.unit = 'count';
    mention.dimension = 'count';
    mention.counted = null;
  }
}

/** An amount written in millions: "0.5m Lumias", "€33m", "1.2 million". */
const MILLION_WRITTEN = /\dm\b|\bmillions?\b|\bmn\b|\bmln\b/i;

const TIME_OR_AGE_BEFORE = new Set(['at', 'by', 'until', 'till', 'before', 'after', 'since', 'aged', 'age', 'past']);
/** Nothing but spaces, no line break. */
const ONLY_SPACES = /^[ \u00a0]*$/;

/** Nothing but white space, a paragraph break as well: between two sentences, the second follows the first. */
const ONLY_WHITE_SPACE = /^\s*$/;

/**
 * Bare counts of a sentence that follows another (nothing but white space between them) take their noun from it: a
 * count repeated as written first, then the one noun it counts. A paragraph break does not stop it ("47 primary school
 * children fell ill ...\n\nTwenty-two were confirmed dead"): news copy breaks a paragraph after nearly every sentence.
 */
export function settleCountsFromSentenceBefore(
  text: string,
  previous: { sentence: Span; mentions: readonly Mention[] },
  sentence: Span,
  mentions: Mention[],
): void {
  if (!ONLY_WHITE_SPACE.test(text.slice(previous.sentence.end, sentence.start))) return;
  settleRepeatedCounts(previous.mentions, mentions);
  settleCountsOfSentenceBefore(text, previous.mentions, mentions);
}

/**
 * "wanted four persons to volunteer. They chose four": a bare count that repeats, as written, a count of a noun in the
 * sentence just before counts that noun.
 */
function settleRepeatedCounts(previousMentions: readonly Mention[], mentions: Mention[]): void {
  for (const mention of mentions) {
    // "At 3, he naps": a time or an age, not the count repeated.
    if (mention.unit !== 'count' || mention.counted !== null || mention.tally || TIME_OR_AGE_BEFORE.has(mention.wordBefore)) continue;
    const repeated = previousMentions.find(
      (earlier) =>
        earlier.unit === 'count' &&
        earlier.counted !== null &&
        !earlier.compound &&
        earlier.value === mention.value &&
        earlier.digits === mention.digits,
    );
    if (repeated) mention.counted = repeated.counted;
  }
}

/**
 * "Six years ago, nearly 180,000 American troops served in Iraq. Today, fewer than 15,000 remain.": a bare count that
 * names no noun and borrows none in its own sentence counts the one noun the sentence just before counts in the
 * plural; none when that sentence counts two nouns or none.
 */
function settleCountsOfSentenceBefore(text: string, previousMentions: readonly Mention[], mentions: Mention[]): void {
  let noun: string | null = null;
  for (const earlier of previousMentions) {
    // "at least one hotel": a count of one names no kind a larger bare number could count.
    if (earlier.unit !== 'count' || earlier.counted === null || earlier.compound || earlier.tally || earlier.value <= 1) continue;
    if (noun !== null && noun !== earlier.counted) return;
    noun = earlier.counted;
  }
  if (noun === null) return;
  for (const mention of mentions) {
    if (mention.unit !== 'count' || mention.counted !== null || mention.tally || !Number.isInteger(mention.value)) continue;
    if (TIME_OR_AGE_BEFORE.has(mention.wordBefore) || modifiesNounAfter(text, mention.end)) continue;
    mention.counted = noun;
  }
}

const EIGHTHS_PRICE = /^\d+-\d+\/\d+/;
const EIGHTHS_OFFER = /^\d\/(?:2|4|8|16|32|64)\b/;
const COMMA_BETWEEN = /^,[ \u00a0]*$/;

/**
 * Bid and offer quoted as wire copy writes them: "6-5/8, 3/8 pct" is 6-5/8 and 6-3/8 (the offer keeps the bid's whole
 * number), "3.7495/98" 3.7495 and 3.7498; the two share a unit, whichever of them names it.
 */
function settleBidsAndOffers(text: string, mentions: Mention[]): void {
  for (let index = 1; index < mentions.length; index += 1) {
    const bid = mentions[index - 1]!;
    const offer = mentions[index]!;
    const between = text.slice(bid.end, offer.start);
    if (
      EIGHTHS_PRICE.test(text.slice(bid.start, bid.end)) &&
      EIGHTHS_OFFER.test(text.slice(offer.start, offer.end)) &&
      COMMA_BETWEEN.test(between)
    ) {
      offer.value = Math.floor(bid.value) + offer.value;
      if (offer.unit === 'fraction') {
        offer.unit = 'count';
        offer.dimension = 'count';
      }
    } else if (between === '/') {
      const [bare, priced] = bid.unit === 'count' && bid.counted === null ? [bid, offer] : [offer, bid];
      if (bare.unit !== 'count' || bare.counted !== null || priced.unit === 'count') continue;
      bare.unit = priced.unit;
      bare.dimension = priced.dimension;
      bare.currencyByCountry = priced.currencyByCountry;
    }
  }
}

/** A vague amount written with no noun: "tens of millions", "thousands". */
const BARE_VAGUE_WRITTEN = new RegExp(`^${VAGUE_AMOUNT_WORDS}$`, 'i');
/** ", perhaps ", ", if not ": a hedge joining a second amount to the first. */
const HEDGE_BETWEEN = new RegExp(String.raw`^[ \u00a0]*,[ \u00a0]*(?:${HEDGE_WORDS})[ \u00a0]+$`, 'i');
/** " in the Dow Jones industrial average", " on the FTSE 100": a market index named right after a number. */
const INDEX_NAMED_AFTER =
  /^[ \u00a0]+(?:in|on)[ \u00a0]+the[ \u00a0]+(?:Dow|S&P|Standard[ \u00a0]&[ \u00a0]Poor's|Nasdaq|FTSE|Nikkei|DAX|CAC|Hang[ \u00a0]Seng|Sensex|Kospi|Stoxx|TSX|ASX)\b/;
/** A sentence about a share's trading: "closed at 72-5/8, up 4-1/8", "Gains of 2-3/4 were posted". */
const STOCK_SENTENCE =
  /\b(?:shares?|stocks?|traded|trading|closed|opened|exchange|over-the-counter|nyse|nasdaq|amex|gains|gained|losses|lost)\b/i;
const WIRE_PRICE = /^\d+-\d+\/\d+$/;
/** A move in eighths: "down 1/8", "rose 3/4". */
const WIRE_PRICE_MOVE = /^\d+\/(?:2|4|8|16|32|64)$/;

/**
 * Wire copy quotes share prices in dollars and eighths with no unit: "72-5/8" in a stock sentence is US$72.625, and so
 * is a move in eighths ("down 1/8"); the counted "shares" the sentence opens on is the stock, not what the price counts.
 */
function settleStockPrices(text: string, sentence: Span, mentions: Mention[]): void {
  let stockSentence: boolean | null = null;
  for (let index = 0; index < mentions.length; index += 1) {
    const mention = mentions[index]!;
    const written = text.slice(mention.start, mention.end);
    // "Gains of 2-3/4 were posted for Teleprompter": the move named before the price counts nothing.
    const unpriced =
      mention.unit === 'count' &&
      (mention.counted === null || mention.counted === 'share' || mention.counted === 'gain' || mention.counted === 'loss');
    const rise = unpriced && mention.change !== null && mention.low !== undefined ? WIRE_RISE.exec(written) : null;
    const price =
      (unpriced && (WIRE_PRICE.test(written) || rise !== null)) ||
      (mention.unit === 'fraction' && mention.change !== null && WIRE_PRICE_MOVE.test(written));
    if (!price) continue;
    stockSentence ??= STOCK_SENTENCE.test(textOf(text, sentence));
    if (!stockSentence) return;
    if (rise) {
      // "shot up 11-5/8 to 29-3/8": the rise, then the price it reached; not a range.
      const levelStart = mention.start + rise[1]!.length + rise[2]!.length;
      mentions.splice(index + 1, 0, { ...mention, start: levelStart, value: mention.high!, low: undefined, high: undefined, change: null });
      mention.end = mention.start + rise[1]!.length;
      mention.value = mention.low!;
      mention.low = undefined;
      mention.high = undefined;
    }
    mention.unit = 'currency:USD';
    mention.dimension = 'currency';
    mention.counted = null;
  }
  for (const [index, mention] of mentions.entries()) {
    if (mention.unit !== 'currency:USD' || !WIRE_PRICE_WRITTEN.test(text.slice(mention.start, mention.end))) continue;
    // "closed at 23, up 1/2", "rose 2-1/4 to 54": the whole-dollar price beside a move in eighths.
    const before = mentions[index - 1];
    if (before && isBareWholeNumber(text, before) && PRICE_BEFORE_MOVE.test(text.slice(before.end, mention.start))) priceInDollars(before);
    const after = mentions[index + 1];
    if (after && isBareWholeNumber(text, after) && MOVE_BEFORE_PRICE.test(text.slice(mention.end, after.start))) priceInDollars(after);
  }
}

/** "11-5/8 to 29-3/8", read as a range. */
const WIRE_RISE = /^(\d+-\d+\/\d+)([ \u00a0]+to[ \u00a0]+)\d+-\d+\/\d+$/;
const WIRE_PRICE_WRITTEN = /^\d+(?:-\d+)?\/\d+$/;
const PRICE_BEFORE_MOVE = /^,[ \u00a0]+(?:up|down|off)[ \u00a0]+$/;
const MOVE_BEFORE_PRICE = /^[ \u00a0]+to[ \u00a0]+$/;

function isBareWholeNumber(text: string, mention: Mention): boolean {
  return (
    mention.unit === 'count' &&
    (mention.counted === null || mention.counted === 'share') &&
    mention.low === undefined &&
    /^\d{1,4}$/.test(text.slice(mention.start, mention.end))
  );
}

function priceInDollars(mention: Mention): void {
  mention.unit = 'currency:USD';
  mention.dimension = 'currency';
  mention.counted = null;
}

/** "to 42 dlrs a share from 40.50 dlrs", "to 750 mln barrels, from its present 500 mln": the earlier value after the level. */
const FROM_BETWEEN =
  /^(?:[ \u00a0]+\([A-Za-z./]+\))?,?[ \u00a0]+from[ \u00a0]+(?:(?:its|their|the|his|her|a)[ \u00a0]+)?(?:(?:present|previous|current|earlier|original|old|prior)[ \u00a0]+)?$/;

/** "fell to an average of 3.5 mln bpd from 3.8 mln": the level a move reached, as an average. */
const TO_AN_AVERAGE_BEFORE = /\bto[ \u00a0](?:an|the)[ \u00a0]average(?:[ \u00a0]of)?[ \u00a0]$/;

/**
 * Wire copy writes a move with the level first: "cut output to 3.5 mln bpd from 3.8 mln bpd". Like "from 3.8 to 3.5",
 * it is one quantity (CQE's range) worth the level it reached.
 */
function mergeMovesFromAfter(text: string, mentions: Mention[]): void {
  for (let index = 0; index + 1 < mentions.length; index += 1) {
    const level = mentions[index]!;
    const earlier = mentions[index + 1]!;
    if (level.low !== undefined || earlier.low !== undefined || level.tally || earlier.tally || level.value === earlier.value) continue;
    // "rose by 500 from 2,000", "fell 300 from a year ago": the amount moved, then the value it moved from; no level.
    if (level.wordBefore === 'by' || isChangeWord(level.wordBefore)) continue;
    if (
      level.wordBefore !== 'to' &&
      level.change === null &&
      !TO_AN_AVERAGE_BEFORE.test(text.slice(Math.max(0, level.start - 24), level.start))
    )
      continue;
    if (!FROM_BETWEEN.test(text.slice(level.end, earlier.start))) continue;
    const bare = earlier.unit === 'count' && earlier.counted === null;
    if (!bare && (earlier.unit !== level.unit || earlier.counted !== level.counted)) continue;
    // "to 5.9 mln tonnes from 4.1": the earlier value in the level's scale; one of another size is not read as the move.
    const earlierValue = bare ? valueInScaleOf(text, level, earlier) : earlier.value;
    if (earlierValue === null || earlierValue === level.value) continue;
    level.low = Math.min(level.value, earlierValue);
    level.high = Math.max(level.value, earlierValue);
    level.change = level.value > earlierValue ? 'up' : 'down';
    level.end = earlier.end;
    mentions.splice(index + 1, 1);
  }
}

/** A number with its unit's abbreviation glued to it: "1min", "54.06sec". */
const GLUED_ABBREVIATION = /^\d+(?:\.\d+)?(?:min|mins|sec|secs)$/;

/**
 * "won the stage by 1min 42sec", "to 1min 54.06sec": minutes and seconds written in glued abbreviations, one space
 * between, are one duration in seconds, as the sets annotate them (102 seconds). Hours are left apart: the sets split them.
 */
function mergeGluedDurations(text: string, mentions: Mention[]): void {
  for (let index = 0; index + 1 < mentions.length; index += 1) {
    const minutes = mentions[index]!;
    const seconds = mentions[index + 1]!;
    if (minutes.unit !== 'minute' || seconds.unit !== 'second' || minutes.low !== undefined || seconds.low !== undefined) continue;
    if (seconds.start !== minutes.end + 1 || codeAt(text, minutes.end) !== 32) continue;
    if (
      !GLUED_ABBREVIATION.test(text.slice(minutes.start, minutes.end)) ||
      !GLUED_ABBREVIATION.test(text.slice(seconds.start, seconds.end))
    )
      continue;
    minutes.value = Number((minutes.value * 60 + seconds.value).toPrecision(12));
    minutes.unit = 'second';
    minutes.end = seconds.end;
    mentions.splice(index + 1, 1);
  }
}

/** "from about [$350 per kg]", "ranged from [-18 °C]": the "from" of a move or range, and where it starts. */
const FROM_BEFORE = /\bfrom[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost|just)[ \u00a0]+)?$/i;
const TO_WITH_BOUND_BETWEEN = /^[ \u00a0]+to[ \u00a0]+(?:(?:about|around|roughly|some|nearly|almost|just)[ \u00a0]+)?$/;

/** A verb of range a few words before "from": "ranged from", "prices vary widely from". */
const RANGE_BEFORE_FROM = /\b(?:range[ds]?|ranging|var(?:y|ies|ied|ying)|anywhere)\b(?:[ \u00a0]+[a-z]+){0,2}[ \u00a0]+$/i;

/**
 * Two amounts that each carry their unit ("from about $350 per kg to $680 per kg", "ranged from -18 °C to -34 °C"): one
 * move (a verb of change before "from": worth the level it reached) or one range (a verb of range: its midpoint). With
 * neither in sight ("cut the main rate of national insurance from 10% to 8%") the two stay apart: a midpoint would be a
 * figure no one said.
 */
function mergeFromToWithUnits(text: string, mentions: Mention[]): void {
  for (let index = 0; index + 1 < mentions.length; index += 1) {
    const first = mentions[index]!;
    const second = mentions[index + 1]!;
    if (first.low !== undefined || second.low !== undefined || first.tally || second.tally || first.value === second.value) continue;
    if (first.unit !== second.unit || first.counted !== second.counted || first.per !== second.per || first.subunit !== second.subunit)
      continue;
    if (!TO_WITH_BOUND_BETWEEN.test(text.slice(first.end, second.start))) continue;
    const lookBehind = text.slice(Math.max(0, first.start - 24), first.start);
    const from = FROM_BEFORE.exec(lookBehind);
    if (!from) continue;
    const fromStart = first.start - lookBehind.length + from.index;
    const moves = first.change !== null || movesFrom(text, fromStart);
    if (!moves && !RANGE_BEFORE_FROM.test(text.slice(Math.max(0, fromStart - 40), fromStart))) continue;
    first.low = Math.min(first.value, second.value);
    first.high = Math.max(first.value, second.value);
    first.value = moves ? second.value : (first.low + first.high) / 2;
    first.change = moves ? (second.value > first.low ? 'up' : 'down') : null;
    first.end = second.end;
    mentions.splice(index + 1, 1);
  }
}

/** "5.93 mln against 5.81", "1.9 mln bpd last month from 2.2 mln": what a value is compared with, a few words on. */
const COMPARED_BETWEEN =
  /^[^.;:!?()]{0,24}?[ \u00a0](?:against|from|versus|vs\.?|compared[ \u00a0](?:with|to))[ \u00a0]+(?:(?:about|around|some|nearly|almost)[ \u00a0]+)?$/;
const LEADING_DIGITS = /\d[\d,]*(?:\.\d+)?/;

/** The digits a mention is written with ("5.93" of "5.93 mln bags"), or null for a number in words. */
function writtenNumber(text: string, mention: Mention): number | null {
  const digits = LEADING_DIGITS.exec(text.slice(mention.start, mention.end))?.[0];
  return digits === undefined ? null : Number(digits.replace(/,/g, ''));
}

/**
 * The value of a bare number in the scale of the amount it is compared with: "5.93 mln against 5.81" gives 5,810,000;
 * null when the two carry different scales, or when the number would take a scale but is not of the amount's size
 * (within a factor of two).
 */
function valueInScaleOf(text: string, lender: Mention, mention: Mention): number | null {
  const lenderNumber = writtenNumber(text, lender);
  const ownNumber = writtenNumber(text, mention);
  if (!lenderNumber || !ownNumber) return null;
  const lenderScale = lender.value / lenderNumber;
  const ownScale = mention.value / ownNumber;
  const ratio = ownNumber / lenderNumber;
  if (ownScale !== 1) return Math.abs(ownScale / lenderScale - 1) > 1e-9 ? null : mention.value;
  if (lenderScale < 1000) return mention.value;
  return ratio < 0.5 || ratio > 2 ? null : Number((ownNumber * lenderScale).toPrecision(12));
}

/**
 * A value compared with the one before it leaves out what the first one says: "5.93 mln against 5.81" is 5.81 mln
 * (the same bags), "1.9 mln bpd from 2.2 mln" is 2.2 mln bpd. The second takes the first's scale when it has none
 * and is of the same size (within a factor of two), and its unit. Says whether it did.
 */
function takeComparedUnit(text: string, lender: Mention, mention: Mention): boolean {
  if (
    mention.low !== undefined ||
    mention.tally ||
    lender.low !== undefined ||
    lender.tally ||
    (lender.unit === 'count' && lender.counted === null) ||
    lender.dimension === 'fraction' ||
    lender.dimension === 'time'
  )
    return false;
  if (!COMPARED_BETWEEN.test(text.slice(lender.end, mention.start))) return false;
  // "100,000 bpd last month, compared to zero in January": none of the same thing, whatever its size.
  const none = mention.value === 0 && mention.unit === 'count' && mention.counted === null;
  const value = none ? 0 : valueInScaleOf(text, lender, mention);
  if (value === null || (!none && (value / lender.value < 0.5 || value / lender.value > 2))) return false;
  mention.value = value;
  takeUnitOf(lender, mention);
  return true;
}

function takeUnitOf(lender: Mention, mention: Mention): void {
  mention.unit = lender.unit;
  mention.dimension = lender.dimension;
  mention.counted = lender.counted;
  mention.subunit = lender.subunit;
  mention.per = lender.per;
  mention.currencyByCountry = lender.currencyByCountry;
}

/**
 * "earnings per share of $9.56", "per-share earnings were $1.02", "EPS of $2.10": the per part named before the amount,
 * with nothing but a verb or "of" and a bound word between.
 */
const PER_SHARE_NAMED_BEFORE =
  /(?:\b(?:earnings|profits?|income|loss(?:es)?|dividends?)[ \u00a0-]+per[ \u00a0-]+share|\bper[ \u00a0-]+share[ \u00a0]+(?:earnings|profits?|income|loss(?:es)?|dividends?)|\bEPS)(?:[ \u00a0]+(?:of|was|were|is|are|be|at|to|by|rose|fell|grew|came|in|reached|totall?ed|about|around|nearly|almost|roughly|just|over|under|more|less|than|an|estimated))*[ \u00a0]+$/i;

function settlePerShareNamedBefore(text: string, sentence: Span, mentions: Mention[]): void {
  for (const mention of mentions) {
    if (mention.dimension !== 'currency' || mention.per !== null || mention.unit.includes('/')) continue;
    if (PER_SHARE_NAMED_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 80), mention.start))) mention.per = 'share';
  }
}

/**
 * "daily output of 2.06 million barrels", "daily exports at 1.5 million barrels": oil said per day before the amount,
 * with nothing but a verb or "of" and a bound word between, is barrels a day.
 */
const DAILY_OIL_NAMED_BEFORE =
  /\bdaily[ \u00a0]+(?:(?:oil|crude)[ \u00a0]+)?(?:output|production|exports?|imports?|supply|throughput|pumping|shipments)(?:[ \u00a0]+(?:of|was|were|is|are|be|at|to|by|rose|fell|grew|reached|totall?ed|about|around|nearly|almost|roughly|just|over|under|more|less|than|an|estimated))*[ \u00a0]+$/i;

function settleDailyOilNamedBefore(text: string, sentence: Span, mentions: Mention[]): void {
  for (const mention of mentions) {
    if (mention.unit !== 'barrel' || mention.per !== null) continue;
    if (DAILY_OIL_NAMED_BEFORE.test(text.slice(Math.max(sentence.start, mention.start - 80), mention.start))) mention.per = 'day';
  }
}

/** Rates named within a few words of a number. */
const RATE_NEAR = /\b(?:interest|rates?)\b/i;

/** "interest rates near zero", "zero rates", "a zero interest-rate policy": a rate of zero is zero percent. */
function settleZeroRates(text: string, sentence: Span, mentions: Mention[]): void {
  for (const mention of mentions) {
    if (
      mention.value !== 0 ||
      mention.low !== undefined ||
      mention.unit !== 'count' ||
      (mention.counted !== null && !mention.counted.endsWith('rate'))
    )
      continue;
    if (!RATE_NEAR.test(text.slice(Math.max(sentence.start, mention.start - 32), Math.min(sentence.end, mention.end + 24)))) continue;
    mention.unit = 'percent';
    mention.dimension = 'percent';
    mention.counted = null;
  }
}

/** Words of weather, climate, cooking and the body: bare degrees in their sentence are a temperature. */
const TEMPERATURE_SENTENCE =
  /\b(?:temperatures?|weather|heat\w*|hot\w*|cold\w*|warm\w*|cool\w*|chill\w*|freez\w*|frost\w*|thermo\w*|fever|forecasts?|highs?|lows?|climate|celsius|centigrade|fahrenheit|oven|boil\w*|degrees? of warming|sunny|humid\w*|scorch\w*|sweltering|balmy|mild|thaw\w*|icy|snow\w*|heatwave|meteorolog\w*|water)\b|\u00b0[CF]\b/i;

/** "cut national insurance by 2p to 10 per cent", "a 1p rise in the basic rate": pence in the pound of a tax rate are points. */
const TAX_RATE_SENTENCE =
  /\b(?:income[ \u00a0]tax|national[ \u00a0]insurance|basic[ \u00a0]rate|higher[ \u00a0]rate|tax[ \u00a0]rate|in[ \u00a0]the[ \u00a0]pound)\b/i;

/** " cut", "-rise": the change of a rate a number names. */
const RATE_CHANGE_AFTER = /^[ \u00a0-](?:cut|rise|increase|reduction|drop)\b/;

function settlePenceOfTaxRates(text: string, sentence: Span, mentions: Mention[]): void {
  const pence = mentions.filter(
    (mention) =>
      mention.subunit === 'penny' &&
      mention.per === null &&
      mention.value <= 20 &&
      (mention.wordBefore === 'by' || RATE_CHANGE_AFTER.test(text.slice(mention.end, mention.end + 12))),
  );
  if (pence.length === 0 || !TAX_RATE_SENTENCE.test(textOf(text, sentence))) return;
  for (const mention of pence) {
    mention.unit = 'percentage-point';
    mention.dimension = 'percentage-point';
    mention.subunit = null;
  }
}

/**
 * Bare degrees ("40 degrees", "90°") are an angle unless the sentence speaks of temperature; then they are in the
 * scale the sentence gives ("118 degrees Fahrenheit ... above 110 degrees"), Celsius when it gives none.
 */
function settleBareDegrees(text: string, sentence: Span, mentions: Mention[]): void {
  settleKelvinBesideTemperatures(text, mentions);
  if (!mentions.some((mention) => mention.unit === 'degree')) return;
  const sentenceText = textOf(text, sentence);
  if (!TEMPERATURE_SENTENCE.test(sentenceText)) return;
  // A sentence that names Fahrenheit and no other scale gives it ("104 degrees, a record in Fahrenheit terms").
  const fahrenheitNamed = FAHRENHEIT_WORD.test(sentenceText) && !CELSIUS_WORD.test(sentenceText);
  const scale = fahrenheitNamed || mentions.some((mention) => mention.unit === 'fahrenheit') ? 'fahrenheit' : 'celsius';
  for (const mention of mentions) {
    if (mention.unit !== 'degree') continue;
    // "−459.67° on the Fahrenheit scale": the scale named right after the number is its own.
    const named = SCALE_NAMED_AFTER.exec(text.slice(mention.end, mention.end + 32))?.[1]?.toLowerCase();
    mention.unit = named === undefined ? scale : named === 'fahrenheit' ? 'fahrenheit' : named === 'kelvin' ? 'kelvin' : 'celsius';
    mention.dimension = 'temperature';
  }
}

const FAHRENHEIT_WORD = /\bfahrenheit\b/i;
const CELSIUS_WORD = /\b(?:celsius|centigrade)\b|\u00b0C\b/i;
const SCALE_NAMED_AFTER = /^[ \u00a0]*,?[ \u00a0]*(?:on|in)[ \u00a0]+(?:the[ \u00a0]+)?(fahrenheit|celsius|centigrade|kelvin)\b/i;

/** "573.15K" read as thousands: digits and a glued capital K, no money, no noun. */
function isGluedThousands(text: string, mention: Mention): boolean {
  return mention.unit === 'count' && mention.counted === null && mention.digits && codeAt(text, mention.end - 1) === 75;
}

/** Between a temperature and its conversion: "300 °C (573.15K)", "40C, 313K", "40C or 313K". */
const CONVERSION_BETWEEN = /^[ \u00a0]*(?:[,;(/][ \u00a0]*|or[ \u00a0]+)$/;

/**
 * "300 °C (572 °F, 573.15K)": a glued K written as the conversion of a temperature with its scale is kelvin, not
 * thousands ("hit 40C and cost 50K jobs" stays thousands).
 */
function settleKelvinBesideTemperatures(text: string, mentions: Mention[]): void {
  for (const [index, mention] of mentions.entries()) {
    const before = mentions[index - 1];
    if (!isGluedThousands(text, mention) || !before || (before.unit !== 'celsius' && before.unit !== 'fahrenheit')) continue;
    if (!CONVERSION_BETWEEN.test(text.slice(before.end, mention.start))) continue;
    mention.value = Number((mention.value / 1000).toPrecision(12));
    mention.unit = 'kelvin';
    mention.dimension = 'temperature';
  }
}

/** "7.30 per dollar", "83.2 to the dollar", "800 against the euro": a rate, in the currency quoted against it. */
const QUOTED_AGAINST_AFTER =
  /^[ \u00a0](?:per|to[ \u00a0]the|against[ \u00a0]the)[ \u00a0](?:US[ \u00a0]|U\.S\.[ \u00a0])?(dollar|euro|greenback)\b/i;
const SENTENCE_WORD = /[A-Za-z]+/g;

/** An exchange rate is an amount of the currency the sentence names ("China's yuan weakened past 7.30 per dollar"). */
function settleExchangeRates(text: string, sentence: Span, mentions: Mention[]): void {
  let rate: Mention | null = null;
  for (const mention of mentions) {
    if (mention.unit !== 'count' || mention.counted !== null || codeAt(text, mention.end) !== 32) continue;
    const quoted = QUOTED_AGAINST_AFTER.exec(text.slice(mention.end, mention.end + 24));
    if (!quoted) continue;
    const currency = currencyNearest(text, sentence, mention.start, mention.end + quoted[0].length);
    if (!currency) continue;
    mention.unit = currency.unit;
    mention.dimension = 'currency';
    mention.currencyByCountry = currency.currencyByCountry;
    rate = mention;
  }
  for (const mention of rate ? mentions : []) {
    // "set the midpoint at 7.1789", "after quotes of 3.7500": beside a rate, a bare figure to four places is one too.
    if (mention.unit !== 'count' || mention.counted !== null || !/\.\d{3,}$/.test(text.slice(mention.start, mention.end))) continue;
    mention.unit = rate!.unit;
    mention.dimension = 'currency';
    mention.currencyByCountry = rate!.currencyByCountry;
  }
}

/** The currency named nearest before `start` in the sentence, else the first after `end`. */
function currencyNearest(text: string, sentence: Span, start: number, end: number): ReturnType<typeof currencyNamed> {
  const sentenceText = textOf(text, sentence);
  let before: ReturnType<typeof currencyNamed> = null;
  SENTENCE_WORD.lastIndex = 0;
  for (let word = SENTENCE_WORD.exec(sentenceText); word; word = SENTENCE_WORD.exec(sentenceText)) {
    const at = sentence.start + word.index;
    if (at >= start && at < end) continue;
    const currency = currencyNamed(word[0]);
    if (!currency) continue;
    if (at < start) before = currency;
    else return before ?? currency;
  }
  return before;
}

/** Nothing but " to " between two mentions: the sides of "204 to 85", the ends of "from 12 weeks to six". */
const TO_BETWEEN = /^[ \u00a0]+to[ \u00a0]+$/;
const VOTE_SENTENCE =
  /\b(?:vot(?:e|es|ed|ing)|ballots?|senate|senators|parliament|lawmakers|legislators|mps|assembly|congress|confirmed|motion|jury|jurors|justices|judges|court|ruled|council|delegates|impeach\w*|referendum|bill|house|approved|committee|panel)\b/i;
const RUN_SENTENCE =
  /\b(?:runs|home[ \u00a0]runs?|innings|inning|wickets?|cricket|baseball|mlb|homers?|pitcher|batters?|bowled|overs|balls)\b/i;
const GAME_SENTENCE = /\b(?:tennis|wimbledon|sets?|tie-?break|atp|wta|grand slam|roland garros|(?:us|australian|french) open)\b/i;
const POINT_SENTENCE =
  /\b(?:basketball|nba|wnba|nfl|rugby|touchdowns?|quarterback|super bowl|field goals?|tries|three-pointers?|all blacks|springboks|wallabies|six nations)\b/i;
/** A round of golf: "carded a bogey-free 64" counts strokes. */
const GOLF_ROUND =
  /\b(?:golf|holes|leaderboard|birdies?|bogey|bogeys|bogey-free|eagles?|par|masters|pga|lpga|ryder cup|under-par|over-par|fairways?|carded|round)\b/i;
/** "a total of 277", "a 72-hole total of 270": a golfer's four rounds together. */
const TOTAL_OF_BEFORE = /\btotal[ \u00a0]+of[ \u00a0]+$/;
function tournamentTotal(text: string, sentence: Span, borrower: Mention): boolean {
  return borrower.value >= 240 && borrower.value <= 320 && TOTAL_OF_BEFORE.test(lookBehindOf(text, sentence, borrower));
}
/** Set scores of tennis: "6-4, 7-5". */
const SET_SCORE = /\b[67]-[0-7]\b/g;

/** What a score line or tally counts, from its sentence: votes, runs, games (tennis), points, else goals. */
function tallyNoun(sentenceText: string, high: number): string {
  if (VOTE_SENTENCE.test(sentenceText)) return 'vote';
  const tennis = GAME_SENTENCE.test(sentenceText) || (sentenceText.match(SET_SCORE)?.length ?? 0) >= 2;
  if (tennis && high <= 7 && !RUN_SENTENCE.test(sentenceText)) return 'game';
  return scoredNoun(sentenceText) ?? (high > 15 ? 'point' : 'goal');
}

/** Runs or points, where the sentence names a sport that scores them. */
function scoredNoun(sentenceText: string): string | null {
  if (RUN_SENTENCE.test(sentenceText)) return 'run';
  if (POINT_SENTENCE.test(sentenceText)) return 'point';
  return null;
}

/** "rallied from 18 down", "were 10 behind at half-time" (not "from 18 down to 12", a move). */
const DEFICIT_AFTER = /^[ \u00a0]+(?:down|behind)\b(?![ \u00a0]+to[ \u00a0]+\d)/;
const DEFICIT_WORDS_BEFORE = new Set(['from', 'were', 'was', 'been', 'being']);
const SCORED_NOUNS = new Set(['point', 'goal', 'run']);

/** A deficit in a game counts what the game is scored in: the sport's noun, or the points or goals the sentence counts. */
function deficitNoun(text: string, sentence: Span, mentions: readonly Mention[], index: number): string | null {
  const borrower = mentions[index]!;
  if (!DEFICIT_WORDS_BEFORE.has(borrower.wordBefore) || !DEFICIT_AFTER.test(text.slice(borrower.end, borrower.end + 16))) return null;
  const scored =
    scoredNoun(textOf(text, sentence)) ??
    mentions.find((mention) => mention.unit === 'count' && mention.counted !== null && SCORED_NOUNS.has(mention.counted))?.counted;
  return scored ?? null;
}

/** A score said in a sentence: then "were 3-1" is the score, not a standing of wins and losses. */
const SCORE_SENTENCE =
  /\b(?:scores?|scored|won|win|beat|beaten|lost|loss|defeat\w*|draw|drew|lead|led|trail\w*|goals?|half-?time|victory|match)\b/i;

const SCORING_WORDS = new Set([
  'for',
  'making',
  'made',
  'scored',
  'scoring',
  'posted',
  'chasing',
  'chased',
  'down',
  'reached',
  'added',
  'hit',
  'defended',
  // "an unbeaten 112", "unbeaten on 103": a batsman's runs.
  'unbeaten',
]);
/** "unbeaten on 103", "drove in 127", "batted in 95": scored by the player, in the unit of the sentence's sport. */
const SCORED_IN_OR_ON_BEFORE = /\b(?:unbeaten[ \u00a0]+on|(?:drove|drives|driving|driven|batted|bats|batting)[ \u00a0]+in)[ \u00a0]+$/;

/** "series 3-1": the score of a play-off series, right before (a cricket or rugby "Test series" counts matches). */
const SERIES_BEFORE = /(?<!\b(?:Test|ODI|T20)[ \u00a0])\bseries[ \u00a0]+$/i;

/** Pairs the sides of tallies ("204 to 85" reads its second side as a number of its own) and gives both one noun. */
function settleTallies(text: string, sentence: Span, mentions: Mention[]): void {
  let sentenceText: string | null = null;
  for (let index = 0; index < mentions.length; index += 1) {
    const first = mentions[index]!;
    if (!first.tally) continue;
    // Not read past the end: an out-of-bounds element read throws the function out of optimized code.
    const second = index + 1 < mentions.length ? mentions[index + 1] : undefined;
    const paired =
      second !== undefined && (second.tally || (second.unit === 'count' && TO_BETWEEN.test(text.slice(first.end, second.start))));
    const sides = paired ? [first, second] : [first];
    const last = sides[sides.length - 1]!;
    const standing =
      paired && standingAfter(text, first.wordBefore, last.end) && !SCORE_SENTENCE.test((sentenceText ??= textOf(text, sentence)));
    if (paired && (RECORD_AFTER.test(text.slice(last.end, last.end + 24)) || standing)) {
      // "a 9-6 record", "a 4-0 won-lost mark": wins, then losses.
      first.tally = second!.tally = true;
      first.counted = 'win';
      second!.counted = 'loss';
      index += 1;
      continue;
    }
    // "Boston lead series 3-1", "leads the series 3-2": a play-off series counts games won.
    const counted =
      sides.find((side) => side.counted !== null)?.counted ??
      (SERIES_BEFORE.test(text.slice(Math.max(sentence.start, first.start - 12), first.start))
        ? 'game'
        : tallyNoun((sentenceText ??= textOf(text, sentence)), Math.max(...sides.map((side) => side.value))));
    for (const side of sides) {
      side.tally = true;
      side.counted = counted;
    }
    if (paired) index += 1;
  }
}

const WORD_AFTER = /^[ \u00a0]([a-z]+)\b(?![-'\u2019])/;

/** "a magnitude 7.8 earthquake": a bare number before a noun describes that noun and counts nothing. */
function modifiesNounAfter(text: string, end: number): boolean {
  const word = WORD_AFTER.exec(text.slice(end, end + 24))?.[1];
  return (
    word !== undefined &&
    !isFunctionWord(word) &&
    !NOT_MODIFIED_AFTER.has(word) &&
    !IRREGULAR_PAST_TENSES.has(word) &&
    !word.endsWith('ed') &&
    !word.endsWith('ing') &&
    !participleEndingPhrase(text, end + 1, word) &&
    !expectsNumberBefore(text, end + 1 + word.length)
  );
}

/** "five million cast, or about": an irregular participle with no noun after it ("two lost causes" keeps its noun). */
function participleEndingPhrase(text: string, wordStart: number, word: string): boolean {
  if (!IRREGULAR_PARTICIPLES.has(word)) return false;
  const next = WORD_AFTER.exec(text.slice(wordStart + word.length, wordStart + word.length + 24))?.[1];
  return next === undefined || isFunctionWord(next);
}

/** Words after a bare number that leave its counted noun to the context: "two more", "24 in total". */
const NOT_MODIFIED_AFTER = new Set([
  'more',
  'fewer',
  'less',
  'others',
  'apiece',
  'each',
  'again',
  'altogether',
  'total',
  'short',
  'shy',
  'down',
  'behind',
  'clear',
  'ahead',
  'needed',
  'left',
  'remaining',
  'remain',
  'remained',
]);

/**
 * Irregular past tenses that are no noun after a number ("only 87 took the meal", "Six came from Google"): the count is
 * their subject, and its noun is left to the context (the regular ones end in -ed).
 */
const IRREGULAR_PAST_TENSES = new Set([
  'took',
  'went',
  'came',
  'gave',
  'got',
  'became',
  'began',
  'knew',
  'thought',
  'fled',
  'wrote',
  'spoke',
  'broke',
  'chose',
  'drove',
  'ate',
  'flew',
  'sought',
  'fought',
]);

const MOVE_VERBS = [
  'rose',
  'risen',
  'fell',
  'fallen',
  'climbed',
  'jumped',
  'dropped',
  'declined',
  'increased',
  'decreased',
  'grew',
  'grown',
  'surged',
  'soared',
  'reached',
  'hit',
  'totalled',
  'totaled',
  'topped',
  'stood',
  'edged',
  'slipped',
  'plunged',
  'swelled',
  'dipped',
];
/** The change a noun moves by on its way to the number: "deaths rose 42% to nearly 10,000", "fell by 3.5 per cent to". */
const CHANGE_BY = '(?:(?:by[ \\u00a0])?\\d[\\d.,]*(?:%|[ \\u00a0]per[ \\u00a0]?cent|[ \\u00a0]percent)[ \\u00a0])?';
/** "has risen 42% to", "climbed up to", "to": one of the verbs moving a noun to the number after it, or a bare "to"/"at". */
const movedToPattern = (verbs: readonly string[]) =>
  `(?:(?:has|have|had|was|were)[ \\u00a0])?(?:(?:${verbs.join('|')})(?:[ \\u00a0](?:up|down))?[ \\u00a0]${CHANGE_BY}(?:(?:to|at)[ \\u00a0])?|(?:to|at)[ \\u00a0])`;
const BOUND_WORDS = [
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  'some',
  'over',
  'just[ \\u00a0]over',
  'just[ \\u00a0]under',
  'more[ \\u00a0]than',
  'a[ \\u00a0]record',
  'an[ \\u00a0]estimated',
];
/**
 * "measles cases in Europe rose to 127,350", "the warships in the region to 11", "troops to about 40,000": the
 * plural noun that moves to the number is what it counts.
 */
const NOUN_MOVING_TO = new RegExp(
  `\\b([a-z]{3,}s)(?:[ \\u00a0](?:in|of|at|across|among|on|for|from)[ \\u00a0](?:[A-Za-z]+[ \\u00a0]){0,3}?[A-Za-z]+)?[ \\u00a0]` +
    movedToPattern(MOVE_VERBS) +
    `(?:(?:${BOUND_WORDS.join('|')})[ \\u00a0])?$`,
);

/** The last words of NOUN_MOVING_TO: a number after any other word cannot match it. */
const WORDS_BEFORE_MOVED_TO = new Set(['to', 'at', ...BOUND_WORDS.map((words) => words.split('[ \\u00a0]').at(-1)!), ...MOVE_VERBS]);
/** "The number of knife offences ... fell 5% to 50,510", "the number of Americans killed ... is less than 100": what the
 * clause counts; a capitalized plural of a people or party ("Americans", "Democrats"), not a name before a noun. */
const NUMBER_OF_BEFORE =
  /\b(?:number|total)[ \u00a0]of[ \u00a0](?:[a-z-]+[ \u00a0]){0,2}?([a-z]{3,}s|[A-Z][a-z]{2,}(?:ans|ats|ites|ists)(?![ \u00a0][a-z]+s\b)|people|children|men|women)\b/;
/** "brings to 30 the number of Georgians killed": the object put after the number it is brought to. */
const NUMBER_OF_AFTER = /^[ \u00a0]the[ \u00a0](?:number|total)[ \u00a0]of[ \u00a0]/;
/** "a crowd of 74,500", "an attendance of 60,000": spectators; "won 7-3 in front of 46,103": the fans, as news writes it out. */
const CROWD_OF_BEFORE =
  /\b(?:(crowd|attendance|audience)[ \u00a0]of|in[ \u00a0]front[ \u00a0]of)[ \u00a0](?:(?:about|around|nearly|almost|some|over|more[ \u00a0]than|a[ \u00a0]sell-out)[ \u00a0])?$/;
function crowdCountedBefore(lookBehind: string): string | null {
  const crowd = CROWD_OF_BEFORE.exec(lookBehind);
  if (!crowd) return null;
  return crowd[1] ? 'spectator' : 'fan';
}
/** A headline's present tense: "Prison population hits record 88,225". */
const HEADLINE_MOVE_VERBS = ['hits', 'tops', 'reaches', 'nears'];
/**
 * "Net migration to the UK hit a record 906,000", "Turnout in the mayoral race topped 2 million", "the waiting list had
 * fallen to 87,200": a group named by one word moving to the number counts its members (people, voters, patients).
 */
const GROUP_MOVING_TO = new RegExp(
  `\\b((?:prison[ \\u00a0])?population|migration|immigration|emigration|turnout|waiting[ \\u00a0]list)(?:[ \\u00a0](?:in|of|to|from|among|across|at|for)[ \\u00a0](?:[A-Za-z0-9'\\u2019]+[ \\u00a0]){0,5}?[A-Za-z0-9'\\u2019]+)?[ \\u00a0]` +
    movedToPattern([...MOVE_VERBS, ...HEADLINE_MOVE_VERBS]) +
    `(?:(?:${[...BOUND_WORDS, 'record'].join('|')})[ \\u00a0])?$`,
  'i',
);
const MEMBER_OF_GROUP: Readonly<Record<string, string>> = { turnout: 'voter', 'waiting list': 'patient', 'prison population': 'prisoner' };
function memberOfGroupMovingTo(lookBehind: string): string | null {
  const group = GROUP_MOVING_TO.exec(lookBehind)?.[1]?.toLowerCase().replace('\u00a0', ' ');
  return group ? (MEMBER_OF_GROUP[group] ?? 'person') : null;
}
/** "The death toll rose to 50", "the coronavirus death count has crossed 10,000-mark": the deaths, cases or votes a toll counts. */
const TOLL_BEFORE = new RegExp(
  `\\b(death|case|infection|casualty|fatality|vote)[ \\u00a0](?:toll|count|tally)(?:[ \\u00a0](?:in|of|from|on|at|after)[ \\u00a0](?:[A-Za-z]+[ \\u00a0]){0,3}?[A-Za-z]+)?[ \\u00a0]` +
    `(?:(?:has|have|had|was|is|now)[ \\u00a0])*(?:(?:${[...MOVE_VERBS, 'crossed', 'passed', 'surpassed', 'exceeded'].join('|')})[ \\u00a0]${CHANGE_BY}(?:(?:to|at)[ \\u00a0])?)?` +
    `(?:the[ \\u00a0])?(?:(?:${BOUND_WORDS.join('|')})[ \\u00a0])?$`,
  'i',
);
function nounOfToll(text: string, sentence: Span, mention: Mention): string | null {
  return TOLL_BEFORE.exec(lookBehindOf(text, sentence, mention))?.[1]?.toLowerCase() ?? null;
}
/** " mark", "-mark", " milestone": the level a number names. */
const MARK_AFTER = /^[ \u00a0-](?:mark|milestone)\b/;
/** A results line's "(att: 26,114)", "Attendance: 60,000": spectators. */
const ATTENDANCE_LABEL_BEFORE = /\b(?:[Aa]tt|[Aa]ttendance|[Cc]rowd)\.?:[ \u00a0]*$/;
/** Page furniture, a line of a label and its tally: "Comments (12)", "Photos (5)". */
const LABELLED_TALLY_LINE = /^([A-Z][a-z]{2,})[ \u00a0]\(\d[\d,]*\)$/;
function nounOfLabelledTally(text: string, sentence: Span): string | null {
  const label = LABELLED_TALLY_LINE.exec(textOf(text, sentence).trim())?.[1];
  return label ? singularize(label.toLowerCase()) : null;
}
/** A poll's "sample 2,012", "a sample of 1,000", "sample size: 800": the people who answered. */
const SAMPLE_BEFORE =
  /\bsample(?:[ \u00a0]size)?(?:[ \u00a0]of)?[ \u00a0]*:?[ \u00a0]*(?:(?:about|around|nearly|almost|some|over|more[ \u00a0]than|just[ \u00a0]over)[ \u00a0])?$/;
/** A group named by its size, "a crew of", "classes of 40 or more": the number counts its unnamed members. */
const GROUP_OF_BEFORE =
  /\b(?:crew|class|classe|team|squad|staff|workforce|population|family|familie|panel|jury|juries|board|committee|delegation|cohort|gang)s?[ \u00a0]of[ \u00a0](?:(?:about|around|nearly|almost|some|over|more[ \u00a0]than|fewer[ \u00a0]than|less[ \u00a0]than|just|only)[ \u00a0])?$/i;
/** Cricket bowling figures: "took 6 for 45" is 6 wickets for 45 runs. */
const BOWLING_FIGURES_AFTER = /^[ \u00a0]for[ \u00a0]\d/;
/** A cricket total: "reached 173 for 2" is 173 runs for 2 wickets. */
const INNINGS_TOTAL_BEFORE = /\b(?:[3-9]\d|[1-9]\d\d)[ \u00a0]for[ \u00a0]$/;
const CRICKET_SENTENCE = /\b(?:wickets?|cricket|bowled|bowlers?|overs|innings|all[ \u00a0]out|declared)\b/i;

/** The singular of the plural noun `pattern` captures at the end of `lookBehind`, if any. */
function pluralNounIn(pattern: RegExp, lookBehind: string): string | null {
  const noun = pattern.exec(lookBehind)?.[1];
  return noun && looksPlural(noun) && !isFunctionWord(noun) ? singularize(noun) : null;
}

/**
 * What follows a verb in -s, never a plural subject noun: its object's determiner, "to" or "that", or a number ("Each
 * pill contains 500mg"; the number itself too), not a year ("Mortgage approvals 2024:" heads a table).
 */
const OBJECT_AFTER_VERB = /^[ \u00a0]+(?:(?:the|a|an|to|that|its|their|his|her|our|this|these|those)\b|(?!(?:19|20)\d\d\b)\d)/i;

/** "Mortgage approvals dropped to 61,300": the plural noun the sentence opens on is what a bare number counts. */
function subjectNounBefore(text: string, sentenceStart: number, numberStart: number): string | null {
  const opening = /^(?:[A-Za-z'\u2019-]+[ \u00a0]){0,3}?([A-Za-z]+s)\b(?![ \u00a0][a-z]+s\b)/.exec(
    text.slice(sentenceStart, Math.min(numberStart, sentenceStart + 60)),
  );
  const noun = opening?.[1];
  if (!noun || !looksPlural(noun) || isFunctionWord(noun) || (/^[A-Z]/.test(noun) && noun !== opening[0].split(/[ \u00a0]/)[0]))
    return null;
  // "The plan identifies three", "The term refers to": a verb in -s before its object or "to" is no subject noun.
  const after = text.slice(sentenceStart + opening[0].length, numberStart);
  if (noun !== opening[0] && (OBJECT_AFTER_VERB.test(after) || ONLY_SPACES.test(after))) return null;
  return singularize(noun);
}

/** Nothing but "and", "or" or a comma between a bare number and the next mention: "45 and 50 mg" share the unit. */
const LIST_JOIN = /^(?:,?[ \u00a0]+(?:and|or)|,)[ \u00a0]+$/;

/**
 * "4,340, 4,345 and 4,350 dlrs", "316 mln and 200 mln dlrs": the unit written after the last number of a list of
 * bare numbers belongs to each of them, ahead of any noun the sentence names before.
 */
function listLender(text: string, mentions: readonly Mention[], index: number): Mention | null {
  const borrower = mentions[index]!;
  for (let after = index + 1; after < mentions.length; after += 1) {
    const candidate = mentions[after]!;
    // "67 mln and four mln dlrs": amounts that share a scale word share the unit, in digits or in words.
    const sameForm =
      candidate.digits === borrower.digits || (scaleOf(text, candidate) >= 1e6 && scaleOf(text, borrower) === scaleOf(text, candidate));
    if (!LIST_JOIN.test(text.slice(mentions[after - 1]!.end, candidate.start)) || !sameForm) return null;
    // "36.25 million, or 29.4% of the total", "from 205,000 or 12.8 pct": the same amount restated as a share, not a list.
    const restated =
      candidate.dimension === 'percent' &&
      borrower.value > 100 &&
      candidate.value <= 100 &&
      /\bor[ \u00a0]+$/.test(text.slice(mentions[after - 1]!.end, candidate.start));
    if (candidate.unit !== 'count') return candidate.dimension === 'fraction' || restated ? null : candidate;
    if (candidate.counted !== null) return null;
  }
  return null;
}

function canLend(text: string, mention: Mention | undefined, borrower: Mention, after: boolean): mention is Mention {
  if (!mention) return false;
  // "voted 211 to 148, a margin of 63": a tally lends its noun only to numbers of its size.
  if (mention.tally) return borrower.value <= 2 * mention.value && !borrower.digits === !mention.digits;
  // "a 7.8 quake that killed 50,000 people": a fraction of a unit counts no people; "the 31-member council" names a council.
  if (mention.unit === 'count')
    return (
      mention.counted !== null && Number.isInteger(borrower.value) && !mention.compound && !(after && partOfPronounAfter(text, mention))
    );
  if (after) return false;
  // "one mln bpd above the 15.8 mln ceiling": a scaled amount with no unit is in the measure of a scaled one before it.
  const scaledMeasure =
    mention.dimension !== 'percent' &&
    mention.dimension !== 'fraction' &&
    mention.dimension !== 'time' &&
    mention.dimension !== 'currency' &&
    scaleOf(text, mention) >= 1e6 &&
    scaleOf(text, borrower) >= 1e6;
  return (
    mention.unit === 'index-point' ||
    scaledMeasure ||
    (mention.dimension === 'currency' && borrower.value >= 1e6 && mention.value >= 1e6) ||
    (!CHANGE_ONLY_DIMENSIONS.has(mention.dimension) && !mention.age && amountElidedAfter(text, mention, borrower))
  );
}

/** " and ", ", or ": what joins an amount to a second one whose unit is left out ("to" and "from" may change scale). */
const AMOUNT_JOIN_BETWEEN =
  /^[^.;:!?()0-9]{0,40}?(?:,?[ \u00a0]+(?:and|or))[ \u00a0]+(?:(?:about|around|nearly|almost|some|just|only|roughly)[ \u00a0]+)?$/;
/** After the second amount: a preposition or a break, no noun it would count. */
const NO_NOUN_AFTER =
  /^(?:[ \u00a0]+(?:for|in|on|at|a|an|each|apiece|per|last|this|next|the|from|to|by|under|over|if|when|after|before)\b|[ \u00a0]*(?:[,.;:)]|$))/;

/**
 * "3 million pounds for the house and 500,000 for the garden", "20 minutes by car and 45 on foot": an amount of money or
 * a measure lends its unit to a bare one joined to it (not a percent or a count: "rose 7 per cent to 50,510" is a level).
 */
function amountElidedAfter(text: string, money: Mention, borrower: Mention): boolean {
  return (
    borrower.digits &&
    AMOUNT_JOIN_BETWEEN.test(text.slice(money.end, borrower.start)) &&
    NO_NOUN_AFTER.test(text.slice(borrower.end, borrower.end + 12))
  );
}

const OF_PRONOUN_AFTER = /^[ \u00a0]+of[ \u00a0]+(?:them|whom)\b/;

/** "1,000 were arrested -- 100 of them priests": a part's noun is no noun of the whole it is counted in. */
function partOfPronounAfter(text: string, mention: Mention): boolean {
  return OF_PRONOUN_AFTER.test(text.slice(mention.end, mention.end + 12));
}

/** Prepositions that place or source a count ("in seven states", "from 40 schools"): a setting, not the whole counted. */
const SETTING_PREPOSITIONS = new Set(['in', 'across', 'from', 'to', 'at', 'into', 'on', 'of', 'throughout', 'between', 'among']);

/**
 * "sickened 49 people in seven states and put 11 of them in the hospital": "of them" points past a count that only
 * sets the scene to the nearest count before it that stands on its own; with none, the nearest count lends as ever.
 */
function wholeBeforePart(text: string, mentions: readonly Mention[], index: number): Mention | null {
  const borrower = mentions[index]!;
  let passed = false;
  for (let before = index - 1; before >= 0; before -= 1) {
    const candidate = mentions[before];
    if (!canLend(text, candidate, borrower, false) || candidate.unit !== 'count') continue;
    if (!SETTING_PREPOSITIONS.has(candidate.wordBefore)) return passed ? candidate : null;
    passed = true;
  }
  return null;
}

/** The scale a mention is written with: 1e6 for "15.8 mln" and "four mln", 1 for "15.8". */
function scaleOf(text: string, mention: Mention): number {
  const written = writtenNumber(text, mention);
  if (written !== null) return written === 0 ? 1 : Math.round(mention.value / written);
  return SCALE_WORD.test(text.slice(mention.start, mention.end)) ? 1e6 : 1;
}
const SCALE_WORD = /\b(?:million|mln|mn|billion|bln|bn|trillion|tn)\b/i;

type Borrowed = Pick<Mention, 'unit' | 'dimension' | 'counted'> & Partial<Pick<Mention, 'subunit' | 'per' | 'currencyByCountry'>>;

function counting(noun: string | null): Borrowed | null {
  return noun === null ? null : { unit: 'count', dimension: 'count', counted: noun };
}

/** "killing two and wounding five": numbers of people harmed, held or saved. */
const PERSON_VERBS = new Set([
  'killing',
  'killed',
  'kills',
  'wounding',
  'wounded',
  'injuring',
  'injured',
  'arresting',
  'arrested',
  'detaining',
  'detained',
  'rescuing',
  'rescued',
  'evacuating',
  'evacuated',
  'hospitalising',
  'hospitalizing',
  'charging',
  'charged',
]);
/**
 * "More than 1,000 were said to have been arrested", "1,97,666 have died": a bare number whose verb, right after it, is
 * a fate only people meet counts people; "recovered" and "contracted" only in a sentence about an illness ("over 366,000
 * have contracted infection"), as shares recover too.
 */
const FATE_AFTER =
  /^[ \u00a0]+(?:have|had|has|were|are|was)[ \u00a0]+(?:(?:since|now|already|reportedly|so[ \u00a0]far|said[ \u00a0]to[ \u00a0]have|been)[ \u00a0]+)*(died|recovered|contracted|killed|injured|wounded|arrested|detained|hospitali[sz]ed|evacuated|rescued|displaced)\b/;
const ILLNESS_FATES = new Set(['recovered', 'contracted']);
const ILLNESS_SENTENCE =
  /\b(?:cases?|infect(?:ed|ions?)|virus|coronavirus|covid(?:-19)?|disease|patients?|hospitals?|pandemic|outbreak)\b/i;
/** "Of the 50 soldiers, 12 were killed": the whole a part is counted in names its noun. */
const WHOLE_OF_BEFORE = /\b(?:[Oo]f|[Aa]mong)[ \u00a0]+(?:the|its|their|these|those)[ \u00a0]+$/;

function personOfFateAfter(text: string, sentence: Span, mentions: readonly Mention[], index: number): Borrowed | null {
  const borrower = mentions[index]!;
  const fate = FATE_AFTER.exec(text.slice(borrower.end, borrower.end + 60))?.[1];
  if (!fate || !Number.isInteger(borrower.value)) return null;
  if (ILLNESS_FATES.has(fate) && !ILLNESS_SENTENCE.test(textOf(text, sentence))) return null;
  const whole = mentions
    .slice(0, index)
    .some((earlier) => earlier.counted !== null && WHOLE_OF_BEFORE.test(text.slice(Math.max(0, earlier.start - 12), earlier.start)));
  return whole ? null : counting('person');
}

/** "18,29,648 are active cases": a bare number that is the subject of "are"/"were" and a plural counts that plural. */
const PLURAL_PREDICATE_AFTER = /^[ \u00a0]+(?:are|were)[ \u00a0]+((?:[a-z-]+[ \u00a0]){0,2}?)([a-z]{3,}s)\b/;

function nounOfPredicateAfter(text: string, borrower: Mention): Borrowed | null {
  const found = PLURAL_PREDICATE_AFTER.exec(text.slice(borrower.end, borrower.end + 60));
  if (!found || !Number.isInteger(borrower.value)) return null;
  // "12 were in hospitals", "5 were still waiting": only adjectives stand between the verb and the plural.
  const between = found[1]!
    .trim()
    .split(/[ \u00a0]+/)
    .filter(Boolean);
  if (between.some((word) => isFunctionWord(word) || word.endsWith('ly') || word === 'still' || word === 'also')) return null;
  const noun = found[2]!;
  return looksPlural(noun) && !isFunctionWord(noun) ? counting(singularize(noun)) : null;
}

/** "The number of active cases is 18,953": the noun "the number of" names, before the verb of being the count follows. */
const NUMBER_OF_IS_BEFORE =
  /\b(?:[Nn]umber|[Tt]otal)[ \u00a0]of[ \u00a0](?:[a-z-]+[ \u00a0]){0,2}?([a-z]{3,}s)[ \u00a0]+(?:is|was|stands[ \u00a0]at|stood[ \u00a0]at)[ \u00a0]+(?:(?:about|around|nearly|almost|some|over|more[ \u00a0]than|just|only)[ \u00a0]+)?$/;

function nounOfNumberIs(text: string, sentence: Span, borrower: Mention): Borrowed | null {
  return counting(pluralNounIn(NUMBER_OF_IS_BEFORE, lookBehindOf(text, sentence, borrower)));
}

/** "a nation of less than five million", "a town of 3,000": a place named by its size counts its people. */
const PLACE_OF_BEFORE =
  /\b(?:nation|country|countries|city|cities|town|village|island|metropolis)s?[ \u00a0]of[ \u00a0](?:(?:about|around|nearly|almost|some|over|more[ \u00a0]than|fewer[ \u00a0]than|less[ \u00a0]than|just|only|roughly)[ \u00a0])?$/i;

/** "a mother of two", "father of four": children. */
const PARENT_OF_BEFORE = /\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent)s?[ \u00a0]of[ \u00a0]$/i;
const TOTAL_AFTER = /^[ \u00a0]+(?:in[ \u00a0]+all|in[ \u00a0]+total|altogether|all[ \u00a0]+told)\b/;
/** "tanks — 14 in all", "The F-16 jets, 24 in total", "as many genes — 2,556 all told": the nearest plural noun before. */
const PLURAL_NOUN_BEFORE = /\b([a-z]{3,}s)\b[^a-z0-9]{1,6}$/;
const INDEX_LEVEL_BEFORE =
  /\b(?:S&P[ \u00a0]500|Nasdaq|Dow|FTSE|Nikkei|DAX|CAC|Hang[ \u00a0]Seng|Sensex|Kospi|Stoxx|TSX|ASX|[Ii]ndex)\b(?:[^.;:]|\.(?=\d)){0,40}?[ \u00a0](?:at|to|from)[ \u00a0]$/;

/** "than we have in [20]", "over the past [3]", "in the last [15]": a span whose noun the sentence said before. */
const SPAN_ELIDED_BEFORE = /\b(?:in|over|past|last|within)[ \u00a0]+$/;
const NOUN_AFTER = /^[ \u00a0]+[a-z]/;

/** "less foreign oil than we have in 5 years ... than we have in 20": the number takes the span's unit said before it. */
function elidedSpan(text: string, mentions: readonly Mention[], index: number): Borrowed | null {
  const borrower = mentions[index]!;
  if (!Number.isInteger(borrower.value) || !SPAN_ELIDED_BEFORE.test(text.slice(Math.max(0, borrower.start - 12), borrower.start)))
    return null;
  if (NOUN_AFTER.test(text.slice(borrower.end, borrower.end + 4))) return null;
  for (let before = index - 1; before >= 0; before -= 1) {
    const span = mentions[before]!;
    if (span.dimension === 'time' && !span.age) return { unit: span.unit, dimension: 'time', counted: null };
    if (span.counted === 'year') return { unit: 'year', dimension: 'time', counted: null };
  }
  return null;
}

/** Units of a change that are no unit of the level it reaches: "rose 5 percent to 300". */
const CHANGE_ONLY_DIMENSIONS = new Set(['count', 'percent', 'percentage-point', 'basis-point', 'fraction', 'multiplier']);

/**
 * "from 12 weeks to six": the second value of a move is in the first one's unit; so is the level a change in a unit of
 * measure reaches ("fell 190 points to 2,400").
 */
function unitOfMoveBefore(text: string, mentions: readonly Mention[], index: number): Borrowed | null {
  const previous = mentions[index - 1];
  const borrower = mentions[index]!;
  if (
    !previous ||
    (previous.wordBefore !== 'from' && (previous.change === null || CHANGE_ONLY_DIMENSIONS.has(previous.dimension))) ||
    previous.unit === 'count' ||
    !TO_BETWEEN.test(text.slice(previous.end, borrower.start))
  )
    return null;
  return previous;
}

/**
 * "advanced 7.19 to 687.87": a change is in the unit of the level it reaches (a bare level's unit read first). Not
 * across a scale: "rose 12 to 300 mln" may be 12 mln.
 */
function levelAfterChange(text: string, sentence: Span, mentions: readonly Mention[], index: number): Borrowed | null {
  const borrower = mentions[index]!;
  const level = mentions[index + 1];
  if (
    borrower.change === null ||
    !level ||
    !TO_BETWEEN.test(text.slice(borrower.end, level.start)) ||
    writtenNumber(text, level) !== level.value
  )
    return null;
  const bare = level.unit === 'count' && level.counted === null;
  const unit = bare ? nearestLender(text, sentence, mentions, index + 1) : level;
  return unit === null || unit.unit === 'count' ? null : unit;
}

/** "316 mln in after-tax operating earnings, up from about 200 mln dlrs": the amount compared with, after. */
const COMPARED_AFTER =
  /^[^.;:!?()]{0,48}[ \u00a0](?:from|against|versus|compared[ \u00a0](?:with|to))[ \u00a0]+(?:(?:about|around|some|nearly|almost)[ \u00a0]+)?$/;

/** A scaled amount with no unit takes the unit of the amount of the same scale it is compared with after it. */
function scaledComparedAfter(text: string, mentions: readonly Mention[], index: number): Borrowed | null {
  const borrower = mentions[index]!;
  const lender = mentions[index + 1];
  if (
    !lender ||
    lender.unit === 'count' ||
    lender.dimension === 'percent' ||
    lender.dimension === 'fraction' ||
    lender.dimension === 'time'
  )
    return null;
  const scale = scaleOf(text, borrower);
  if (scale < 1e6 || scaleOf(text, lender) !== scale || !COMPARED_AFTER.test(text.slice(borrower.end, lender.start))) return null;
  return { ...lender, per: null };
}

/**
 * "63,000 common and 25,100 preferred shares", "92 medical and 47 dental schools", "15 Democratic and 4 Republican
 * senators": adjectives, then "and" a count of the noun.
 */
const ADJECTIVES_AND_BETWEEN = /^((?:[ \u00a0][A-Za-z][a-z-]*){1,3})[ \u00a0]and[ \u00a0]$/;

/** The first of two counts joined by "and" counts the noun the second names, when only adjectives stand between. */
function nounOfCoordinatedCount(text: string, mentions: readonly Mention[], index: number): string | null {
  const next = mentions[index + 1];
  if (!next || next.unit !== 'count' || next.counted === null || next.tally) return null;
  const words = ADJECTIVES_AND_BETWEEN.exec(text.slice(mentions[index]!.end, next.start))?.[1]
    ?.trim()
    .split(/[ \u00a0]/);
  if (!words || words.some((word) => isFunctionWord(word) || looksPlural(word) || word.endsWith('ed') || word.endsWith('ing'))) return null;
  return next.counted;
}

/**
 * " and new lows ": "and", an adjective, then the plural noun of a clause whose verb is left out; with no adjective, or
 * an adverb ("and still employs 50"), the word in -s may be a verb.
 */
const GAPPED_NOUN_BETWEEN =
  /^[ \u00a0]+and[ \u00a0]+(?!(?:still|now|also|only|then|just|even|already|[a-z]+ly)[ \u00a0])[a-z]+[ \u00a0]+([a-z]{3,}s)[ \u00a0]+$/;

/**
 * "New highs totaled nine and new lows 14": after a count of a noun, "and" and a plural noun just before a bare number
 * name what it counts, the verb left out.
 */
function gappedNoun(text: string, mentions: readonly Mention[], index: number): string | null {
  const partner = mentions[index - 1];
  if (!partner || partner.unit !== 'count' || partner.counted === null) return null;
  const between = GAPPED_NOUN_BETWEEN.exec(text.slice(partner.end, mentions[index]!.start));
  return between && !isFunctionWord(between[0].trim().split(/[ \u00a0]+/)[1]!) ? pluralNounIn(GAPPED_NOUN_BETWEEN, between[0]) : null;
}

/** " - rather than ", " (not ": an aside opened between two counts, one set against the other. */
const ASIDE_OPENING_BETWEEN =
  /^[ \u00a0]*(?:[-\u2013\u2014]|\()[ \u00a0]*(?:rather[ \u00a0]+than|not|or|perhaps|possibly|maybe|if[ \u00a0]+not|instead[ \u00a0]+of)(?:[ \u00a0]+(?:perhaps|possibly|maybe|even))?[ \u00a0]+$/;
/** The aside's closing dash or bracket, a space after it. */
const ASIDE_CLOSING_AFTER = /^[ \u00a0]*(?:[-\u2013\u2014]|\))(?=[ \u00a0])/;

/** "three - rather than two - copies", "four (not five) games": both counts count the noun after the aside. */
function nounAfterAside(text: string, mentions: readonly Mention[], index: number): string | null {
  const mention = mentions[index]!;
  const next = mentions[index + 1];
  const previous = mentions[index - 1];
  const second =
    next && next.unit === 'count' && next.counted === null && ASIDE_OPENING_BETWEEN.test(text.slice(mention.end, next.start))
      ? next
      : previous && previous.unit === 'count' && ASIDE_OPENING_BETWEEN.test(text.slice(previous.end, mention.start))
        ? mention
        : null;
  const closing = second ? ASIDE_CLOSING_AFTER.exec(text.slice(second.end, second.end + 4)) : null;
  return closing ? (readCountedNoun(text, second!.end + closing[0].length, mention.value)?.counted ?? null) : null;
}

/** ' "urgent" and several "serious" threats': adjectives (quoted or not), "and"/"or", a vague amount, adjectives, the plural. */
const QUANTIFIED_COORDINATE_AFTER =
  /^((?:[ \u00a0]["\u201c]?[a-z][a-z-]*["\u201d]?){1,3})[ \u00a0](?:and|or)[ \u00a0](?:several|many|some|a[ \u00a0]few)((?:[ \u00a0]["\u201c]?[a-z][a-z-]*["\u201d]?){0,2})[ \u00a0]([a-z]{3,}s)\b/;
/** Words that stand after a bare number without describing a noun: "three yesterday and several old cars". */
const NOT_ADJECTIVES = new Set(['today', 'yesterday', 'tomorrow', 'ago', 'now', 'then', 'more', 'less', 'each', 'apiece']);

/** "three "urgent" and several "serious" threats": a count whose adjectives are joined to a vague amount of a plural. */
function nounOfQuantifiedCoordinate(text: string, mention: Mention): string | null {
  const found = QUANTIFIED_COORDINATE_AFTER.exec(text.slice(mention.end, mention.end + 90));
  if (!found) return null;
  const words = `${found[1]}${found[2]}`
    .trim()
    .split(/[ \u00a0]+/)
    .map((word) => word.replace(/["\u201c\u201d]/g, ''));
  const adjectives = words.every(
    (word) => !isFunctionWord(word) && !looksPlural(word) && !NOT_ADJECTIVES.has(word) && !word.endsWith('ed') && !word.endsWith('ing'),
  );
  return adjectives && !isFunctionWord(found[3]!) && looksPlural(found[3]!) ? singularize(found[3]!) : null;
}

/** A sentence opening on the whole a part is taken from: "Of those, 38", "Of them, 12", "Among these, 40". */
const PART_OF_WHOLE_BEFORE_OPENING = /^[ \u00a0]*(?:Of|Among)[ \u00a0]+(?:those|these|them)[ \u00a0]*,?[ \u00a0]*$/;
/** " and to ", ", then to ": a second move to a level, joined to a first. */
const SECOND_MOVE_BETWEEN = /^[^.;:!?()]{0,60}?(?:,?[ \u00a0]+and|,[ \u00a0]+then|,)[ \u00a0]+to[ \u00a0]+$/;

/**
 * "will rise to 67 between 2026 and 2028 and to 68 from 2044": a bare level after "and to" is in the unit of the level
 * the first "to" moved to, an age in years as well as a measure.
 */
function parallelMoveBefore(text: string, mentions: readonly Mention[], index: number): Borrowed | null {
  const borrower = mentions[index]!;
  const first = mentions[index - 1];
  if (!first || borrower.wordBefore !== 'to' || first.wordBefore !== 'to') return null;
  if (first.unit === 'count' && first.counted === null) return null;
  if (!SECOND_MOVE_BETWEEN.test(text.slice(first.end, borrower.start))) return null;
  return first.dimension === 'currency' ? { ...first, per: null } : first;
}

/** The 90 characters of its sentence before a mention: what the implicit-noun patterns read. */
function lookBehindOf(text: string, sentence: Span, mention: Mention): string {
  return text.slice(Math.max(sentence.start, mention.start - 90), mention.start);
}

function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/**
 * Where a bare number's unit comes from, most specific reading first: cricket bowling figures, a score in a sport
 * the sentence names, people harmed, a total of the noun before, the unit of a from-to move, a crowd, "the
 * number of" nouns or a noun moving to the number, a golf round, an index level; then the nearest neighbour that
 * lends (the unit closing a list the number is in, before, then the noun the sentence opens on, then after).
 */
function nearestLender(text: string, sentence: Span, mentions: readonly Mention[], index: number): Borrowed | null {
  const borrower = mentions[index]!;
  const wordBefore = borrower.wordBefore;
  const afterIsTotal = codeAt(text, borrower.end) === 32 && TOTAL_AFTER.test(text.slice(borrower.end, borrower.end + 16));
  const possessiveBefore = wordBefore === 's' && isApostrophe(codeAt(text, borrower.start - 3));
  const bowlingFigures =
    codeAt(text, borrower.end + 1) === 102 &&
    borrower.value <= 10 &&
    BOWLING_FIGURES_AFTER.test(text.slice(borrower.end, borrower.end + 8));
  const borrowed =
    (bowlingFigures && RUN_SENTENCE.test(textOf(text, sentence)) ? counting('wicket') : null) ??
    (wordBefore === 'for' &&
    borrower.value <= 10 &&
    INNINGS_TOTAL_BEFORE.test(lookBehindOf(text, sentence, borrower)) &&
    CRICKET_SENTENCE.test(textOf(text, sentence))
      ? counting('wicket')
      : null) ??
    (SCORING_WORDS.has(wordBefore) ||
    possessiveBefore ||
    ((wordBefore === 'on' || wordBefore === 'in') && SCORED_IN_OR_ON_BEFORE.test(lookBehindOf(text, sentence, borrower)))
      ? counting(scoredNoun(textOf(text, sentence)))
      : null) ??
    (PERSON_VERBS.has(wordBefore) ? counting('person') : null) ??
    nounOfPredicateAfter(text, borrower) ??
    personOfFateAfter(text, sentence, mentions, index) ??
    nounOfNumberIs(text, sentence, borrower) ??
    (Number.isInteger(borrower.value) ? counting(nounOfToll(text, sentence, borrower)) : null) ??
    (wordBefore === 'of' && PARENT_OF_BEFORE.test(lookBehindOf(text, sentence, borrower)) ? counting('child') : null) ??
    (Number.isInteger(borrower.value) && PLACE_OF_BEFORE.test(lookBehindOf(text, sentence, borrower)) ? counting('person') : null) ??
    (afterIsTotal ? counting(pluralNounIn(PLURAL_NOUN_BEFORE, lookBehindOf(text, sentence, borrower))) : null) ??
    (codeAt(text, borrower.start - 1) === 40 ? counting(nounOfLabelledTally(text, sentence)) : null) ??
    (Number.isInteger(borrower.value) && ATTENDANCE_LABEL_BEFORE.test(lookBehindOf(text, sentence, borrower))
      ? counting('spectator')
      : null) ??
    (Number.isInteger(borrower.value) && borrower.value >= 100 && SAMPLE_BEFORE.test(lookBehindOf(text, sentence, borrower))
      ? counting('respondent')
      : null) ??
    unitOfMoveBefore(text, mentions, index) ??
    elidedSpan(text, mentions, index) ??
    levelAfterChange(text, sentence, mentions, index) ??
    scaledComparedAfter(text, mentions, index) ??
    (wordBefore === 'of' || WORDS_BEFORE_MOVED_TO.has(wordBefore)
      ? counting(crowdCountedBefore(lookBehindOf(text, sentence, borrower)))
      : null) ??
    (wordBefore === 'to' && NUMBER_OF_AFTER.test(text.slice(borrower.end, borrower.end + 20))
      ? counting(pluralNounIn(NUMBER_OF_BEFORE, text.slice(borrower.end, Math.min(sentence.end, borrower.end + 80))))
      : null) ??
    (WORDS_BEFORE_MOVED_TO.has(wordBefore) || wordBefore === 'from'
      ? counting(pluralNounIn(NUMBER_OF_BEFORE, lookBehindOf(text, sentence, borrower)))
      : null) ??
    (WORDS_BEFORE_MOVED_TO.has(wordBefore) ? counting(pluralNounIn(NOUN_MOVING_TO, lookBehindOf(text, sentence, borrower))) : null) ??
    (WORDS_BEFORE_MOVED_TO.has(wordBefore) || HEADLINE_MOVE_VERBS.includes(wordBefore)
      ? counting(memberOfGroupMovingTo(lookBehindOf(text, sentence, borrower)))
      : null) ??
    ((borrower.value < 0 || (borrower.value >= 55 && borrower.value <= 85) || tournamentTotal(text, sentence, borrower)) &&
    GOLF_ROUND.test(textOf(text, sentence))
      ? counting('stroke')
      : null) ??
    ((wordBefore === 'at' || wordBefore === 'to' || wordBefore === 'from') &&
    borrower.value >= 10 &&
    INDEX_LEVEL_BEFORE.test(lookBehindOf(text, sentence, borrower))
      ? { unit: 'index-point', dimension: 'point', counted: null }
      : null);
  if (borrowed) return borrowed;
  // "the crew of six", "a class of more than 30": the size of a group whose members the text leaves unnamed.
  const lookBehind = lookBehindOf(text, sentence, borrower);
  if (lookBehind.lastIndexOf('of') > lookBehind.length - 30 && GROUP_OF_BEFORE.test(lookBehind)) return null;
  // "Of those, 38 correlated with 37 climate observations": the part of a whole the sentence before counted.
  if (PART_OF_WHOLE_BEFORE_OPENING.test(text.slice(sentence.start, borrower.start))) return null;
  const parallel = parallelMoveBefore(text, mentions, index);
  if (parallel) return parallel;
  const gapped = counting(gappedNoun(text, mentions, index));
  if (gapped) return gapped;
  const listed = listLender(text, mentions, index);
  if (listed) return listed;
  const wholeOfPart = partOfPronounAfter(text, borrower) ? wholeBeforePart(text, mentions, index) : null;
  if (wholeOfPart) return wholeOfPart;
  for (let before = index - 1; before >= 0; before -= 1) {
    const candidate = mentions[before];
    // "a 20 million dollar a year increase, from 30 to 50 millions": the currency, not the rate, of an amount before.
    if (canLend(text, candidate, borrower, false)) return candidate.dimension === 'currency' ? { ...candidate, per: null } : candidate;
  }
  // "Officers said 12 of them were released": a part of a whole said before, not of the sentence's subject.
  if (partOfPronounAfter(text, borrower)) return null;
  const subjectNoun = counting(subjectNounBefore(text, sentence.start, borrower.start));
  if (subjectNoun) return subjectNoun;
  for (let after = index + 1; after < mentions.length; after += 1) {
    const candidate = mentions[after];
    if (canLend(text, candidate, borrower, true)) return candidate;
  }
  return null;
}
