// The verbs of saying that tell who speaks, for the patterns of names.ts, entities.ts and mentions.ts: one core list
// that every reading shares, and what each reading adds to it. The lists are kept apart where merging two would change
// the output (docs/extraction.md, the eighteenth review); each says why it differs. Each is an alternation for a regex.

/** "said", "told", "added", "wrote", "noted", "argued", past and present: every reading of who speaks takes these. */
const CORE_SAYING_VERBS = ['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes', 'argued', 'argues'];

function alternationOf(added: readonly string[]): string {
  return [...CORE_SAYING_VERBS, ...added].join('|');
}

/**
 * After a name, showing it is a person's ("Reeves said", "Conway tweeted"; names.ts): it leaves out the verbs a company
 * or an agency uses as often as a person (announced, estimated, claimed), which NAME_SAYING_VERBS takes; with them, one
 * more speaker is given in othernews-dev, and wrongly.
 */
export const PERSON_SAYING_VERBS = alternationOf(['tweeted', 'tweets', 'warned', 'warns']);

/**
 * After a capitalized word that opens a sentence, showing it is a name of any kind ("Zuckerberg said", "Exxon
 * announced"; entities.ts): bodies' verbs too. It lacks "tweeted" only because no round added it (with it, no
 * development text changes; it is left out here so that the output stays the same).
 */
export const NAME_SAYING_VERBS = alternationOf([
  'warned',
  'warns',
  'estimated',
  'estimates',
  'explained',
  'announced',
  'claimed',
  'insisted',
]);

/**
 * After a name, verbs of saying that are as often plural nouns ("EMarketer estimates, up from", "the IMF forecasts
 * show"; entities.ts): read as the name's verb only before "that" or a stop.
 */
export const SAYING_VERBS_OR_NOUNS = 'reports|estimates|forecasts|predicts|projects';

/**
 * Next to a quotation's closing mark ('...," said Jeffrey Frankel', '...", he recalled'; names.ts): a tag's verbs of
 * telling and going on ("recalled", "continued"), read only against a quotation mark, where they can only tag it.
 */
export const QUOTATION_VERBS = alternationOf([
  'explained',
  'explains',
  'recalled',
  'recalls',
  'continued',
  'insisted',
  'commented',
  'tweeted',
]);

/**
 * After or before "one" and an unnamed source's noun ("one close associate said", "predicts one host"; mentions.ts):
 * the widest list, as it only decides whether that "one" is an article, and any verb of saying there makes it one.
 */
export const UNNAMED_SOURCE_VERBS = alternationOf([
  'described',
  'describes',
  'recalled',
  'recalls',
  'recounted',
  'explained',
  'explains',
  'insisted',
  'insists',
  'claimed',
  'claims',
  'predicted',
  'predicts',
  'reported',
  'reports',
  'acknowledged',
  'admitted',
  'warned',
  'warns',
  'suggested',
  'suggests',
  'believes',
  'testified',
  'complained',
  'conceded',
  'confided',
  'quipped',
  'joked',
  'tweeted',
  'posted',
  'asked',
  'asks',
  'replied',
  'responded',
  'commented',
  'wondered',
  'showed',
  'shows',
]);
