// The phrases that tell a claim's kind, speech and time, as edited by hand. scripts/generate-extraction-tables.ts
// reads them and writes the sentence reader's indexes of them (phrases.generated.ts, vocabulary.generated.ts): run it
// after editing one. Nothing here imports the generated modules, so the generator never reads its own output.
import type { ClaimKind } from '../types.js';

export const CUE_PHRASES: readonly [ClaimKind, string][] = [
  [
    'target',
    `target targets goal goals ceiling_of ceilings_of output_ceiling production_ceiling debt_ceiling price_ceiling aim aims aiming pledge pledged pledges pledging vow vowed vows commit committed
    commits committing commitment commitments promise promised promises objective objectives ambition ambitions intend
    intends want_to wants_to seek_to seeks_to plan plans planned planning plan_to plans_to to_reach to_hit to_meet
    to_spend to_raise to_boost earmarked earmark budgeted will_spend will_invest will_allocate will_raise will_increase
    will_boost will_lift will_double will_triple will_cut will_reduce will_provide will_give will_contribute will_commit
    will_buy will_purchase will_build will_hire will_deploy will_send will_deliver will_reach will_meet
    will_dedicate will_devote will_earmark will_set_aside will_put will_begin will_work will_partner will_join
    will_create will_unveil will_open will_close will_host will_hold will_take_place will_roll_out
    will_identify will_compensate will_release will_issue will_acquire will_lay_off will_eliminate will_expand
    will_bring will_move would_spend would_reach would_raise would_increase
    would_boost would_meet would_hit would_invest would_allocate`,
  ],
  // A bare "will" is a forecast of what follows it ("will grow 2%"), "will be" of what it says ("$900 billion will be due");
  // "will spend" above is a plan, as is "will" before any verb of an agent's own act ("will compensate more than 5,000
  // Kenyans", "will take place at nearly 20 airports"); "will offer" is left to the offers, "will add" to what adds up.
  [
    'forecast',
    `forecast forecasts forecasting forecaster projecting predicting expected expect expects projected projection projections projects predicted
    predict predicts prediction predictions estimated_to estimate_to estimates_that outlook set_to on_track
    on_track_to_hit on_track_to_reach could_reach anticipated will will_be will_likely would_create would_add would_certainly
    could_create`,
  ],
  ['threat', 'threat_of threats_of threat_to threats_to threaten threatened threatens threatening'],
  [
    'proposal',
    `should propose proposed proposes proposing proposal proposals requested request_for requests_for potential_sale potential would_cost considering mulling draft offered
    offer_to offers_to bid_to ask_congress asks_congress asked_congress ask_this_congress asking_congress ask_for asks_for asked_for
    asked_a call_for calls_for called_for calling_for calling_on calling_upon urge_congress send_me_a_bill let_s recommended
    recommends offer_for offer_from offer_to_buy offer_to_purchase offer_valued offer_had_been takeover_offer is_offering
    has_offered bid_for bill_would plan_would proposal_would measure_would legislation_would program_would scheme_would
`,
  ],
  // "will pay" states the agreed terms of a deal or settlement ("Panasonic will pay $45.8 million for its role"): actual.
  [
    'actual',
    `met reached rose fell fall falls grew jumped dropped declined increased decreased spent recorded totalled
    totaled stood involves involved killed died reported posted hit has had was were last_year attended won lost scored
    will_pay`,
  ],
];
export const SPEECH_WORDS = `said says say stated states told tells added adds announced announces vowed vows pledged pledges
  promised promises warned warns argued argues claimed claims noted notes estimated estimates predicted predicts threatened
  threatens insisted insists suggested suggests urged urges reported reports wrote writes explained confirmed confirms
  revealed reveals emphasized emphasised stressed acknowledged admitted tweeted posted forecast forecasts projected expects
  believes according_to data_from figures_from estimates_from report_by a_report_by study_by survey_by analysis_by
  calculations_by polled_by surveyed_by poll_by poll_for survey_for`;
/** Speech phrases that name their source after them ("according to the IMF", "data from Eurostat"). */
export const SOURCE_AFTER = new Set([
  'according_to',
  'data_from',
  'figures_from',
  'estimates_from',
  'report_by',
  'a_report_by',
  'study_by',
  'survey_by',
  'analysis_by',
  'calculations_by',
  'polled_by',
  'surveyed_by',
  'poll_by',
  'poll_for',
  'survey_for',
]);
/** Text ending in "according to", before a count of the sources cited ("according to two sources": no one's figure) or "one" naming one. */
export const ACCORDING_TO_BEFORE = /\baccording[ \u00a0]+to[ \u00a0]+$/i;
/** Nouns after a possessive name that attribute a number to it: "Trump's threat of imposing 25% tariffs". */
export const ATTRIBUTED_NOUNS = new Set(
  `threat threats pledge promise proposal plan call demand forecast forecasts estimate estimates
  projection projections target goal vow offer data figures report analysis survey study calculations`.split(/\s+/),
);
export const YEAR_PREPOSITIONS = new Set(['by', 'before', 'until', 'in', 'since', 'from', 'during', 'for', 'of', 'through', 'fiscal']);
/** "between 1991 and 1995", "from 2019 to 2024": the words that open a span of years and join its two ends. */
export const YEAR_SPAN_OPENERS = new Set(['from', 'between']);
export const YEAR_SPAN_JOINERS = new Set(['to', 'and', 'through', 'until']);
/**
 * Words that open a clause of what came before or after: a year inside it dates that clause's event, not the figures
 * outside it ("60,000 factories since China joined the WTO in 2001", "After rebels staged an uprising in 2003, ...").
 * "when" and "while" are left out: their clause happens with the main one and dates it.
 */
export const CLAUSE_OPENERS = new Set(['since', 'after', 'before']);
export const RELATIVE_YEAR_SHIFT = new Map([
  ['this', 0],
  ['last', -1],
  ['next', 1],
  ['past', -1],
  ['previous', -1],
  ['coming', 1],
]);

/** Percentages of these metrics are shares of GDP unless the text says otherwise. */
export const GDP_SHARE_METRICS = new Set(['defence-spending', 'core-military-investment', 'budget-deficit', 'public-debt']);
