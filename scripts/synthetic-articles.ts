// Varied, reproducible articles for load and cost measurements: seed-article prose around generated
// sentences whose quantities are known, so a load needs no extractor and always gives the same claims.
// NATO appears in every article on purpose: it is the hot key the table design must absorb.
import type { ArticleInput } from '../shared/articles/article.js';
import type { ClaimKind, ClaimTime, Quantity } from '../shared/extraction/types.js';
import { normalize } from '../shared/extraction/normalize.js';
import { claimsFromQuantities } from '../shared/facts/claim.js';
import { articleFromInput } from '../shared/pipeline/ingest-article.js';
import type { FactStore } from '../shared/store/port.js';

export interface SyntheticArticle {
  input: ArticleInput;
  quantities: Quantity[];
}

const COUNTRIES = [
  'Canada',
  'Germany',
  'France',
  'Poland',
  'Italy',
  'Spain',
  'Norway',
  'Denmark',
  'Estonia',
  'Latvia',
  'Lithuania',
  'Finland',
  'Sweden',
  'Netherlands',
  'Belgium',
  'Portugal',
  'Greece',
  'Turkey',
  'Romania',
  'Hungary',
];
const SPEAKERS = ['the defence minister', 'Mark Carney', 'Mark Rutte', 'the finance ministry', 'officials'];
const SOURCES = ['Global News', 'Wire Service', 'Daily Ledger', 'Northern Times', 'Capital Post'];

interface Template {
  sentence: (country: string, value: number, year: number) => string;
  mention: (value: number) => string;
  values: number[];
  fields: (
    country: string,
    year: number,
  ) => { subject: string; metric: string; metricLabel: string; unit: string; of: string | null; kind: ClaimKind; time: ClaimTime };
}

const DEFENCE_SHARE_OF_GDP = {
  metric: 'defence-spending-share-of-gdp',
  metricLabel: 'defence spending, share of GDP',
  unit: 'percent',
  of: 'GDP',
} as const;

const TEMPLATES: Template[] = [
  {
    sentence: (country, value, year) => `${country} spent ${value} per cent of its GDP on defence in ${year}.`,
    mention: (value) => `${value} per cent`,
    values: [1.2, 1.3, 1.4, 1.6, 2.1],
    fields: (country, year) => ({
      subject: country,
      ...DEFENCE_SHARE_OF_GDP,
      kind: 'actual',
      time: { year },
    }),
  },
  {
    sentence: (country, value, year) => `${country} pledged to spend ${value} per cent of its GDP on defence by ${year + 10}.`,
    mention: (value) => `${value} per cent`,
    values: [2, 3.5, 5],
    fields: (country, year) => ({
      subject: country,
      ...DEFENCE_SHARE_OF_GDP,
      kind: 'target',
      time: { by: year + 10 },
    }),
  },
  {
    sentence: (country, value, year) => `Unemployment in ${country} stood at ${value} per cent in ${year}.`,
    mention: (value) => `${value} per cent`,
    values: [4.1, 5.3, 6.8, 7.2],
    fields: (country, year) => ({
      subject: country,
      metric: 'unemployment-rate',
      metricLabel: 'unemployment rate',
      unit: 'percent',
      of: null,
      kind: 'actual',
      time: { year },
    }),
  },
];

/** A claim-scored quantity at the first occurrence of `mention` in `sentence`, which starts at `sentenceStart` of its text. */
export function quantityAt(
  sentence: string,
  sentenceStart: number,
  mention: string,
  fields: Partial<Quantity> & Pick<Quantity, 'value' | 'unit'>,
): Quantity {
  const index = sentence.indexOf(mention);
  if (index < 0) throw new Error(`"${mention}" is not in the text`);
  const start = sentenceStart + index;
  return {
    start,
    end: start + mention.length,
    text: mention,
    counted: null,
    bound: '=',
    change: null,
    of: null,
    subject: null,
    metric: null,
    metricLabel: null,
    time: {},
    kind: 'actual',
    speaker: null,
    claimScore: 0.9,
    sentence: { start: sentenceStart, end: sentenceStart + sentence.length },
    normalized: normalize(fields.value, fields.low, fields.high, fields.unit),
    ...fields,
  };
}

/** Deterministic pseudo-random numbers (mulberry32), so every run loads the same articles. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

export function syntheticArticles(count: number, seedTexts: string[], seed = 1): SyntheticArticle[] {
  const next = random(seed);
  const paragraphs = seedTexts
    .flatMap((text) => text.split(/\n\s*\n/))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 80);
  return Array.from({ length: count }, (_, index) => {
    const year = 2018 + Math.floor(next() * 8);
    const parts: string[] = [];
    const quantities: Quantity[] = [];
    let offset = 0;
    const addSentence = (sentence: string, mention: string | null, fields: Parameters<typeof quantityAt>[3] | null) => {
      if (mention && fields) quantities.push(quantityAt(sentence, offset, mention, fields));
      parts.push(sentence);
      offset += sentence.length + 2;
    };
    addSentence(pick(paragraphs, next), null, null);
    const members = pick([32, 32, 32, 31], next);
    addSentence(`NATO has ${members} member countries, ${pick(SPEAKERS, next)} said in report ${index}.`, `${members} member countries`, {
      value: members,
      unit: 'count',
      of: null,
      subject: 'NATO',
      metric: 'member-countries',
      metricLabel: 'member countries',
      time: {},
      kind: 'actual',
      speaker: null,
    });
    for (let sentences = 2 + Math.floor(next() * 3); sentences > 0; sentences--) {
      const template = pick(TEMPLATES, next);
      const country = pick(COUNTRIES, next);
      const value = pick(template.values, next);
      const sentence = template.sentence(country, value, year);
      addSentence(sentence, template.mention(value), { value, ...template.fields(country, year), speaker: pick(SPEAKERS, next) });
      addSentence(pick(paragraphs, next), null, null);
    }
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    return {
      input: {
        title: `Report ${index}: defence and jobs`,
        url: `https://news.example/${year}/${month}/report-${index}`,
        text: parts.join('\n\n'),
        publishedAt: `${year + 1}-${month}-15`,
        source: pick(SOURCES, next),
      },
      quantities,
    };
  });
}

/** Stores the articles and their claims through the store's own operations, a few at a time. */
export async function loadSyntheticArticles(store: FactStore, articles: SyntheticArticle[], concurrency = 8): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < articles.length) {
      const { input, quantities } = articles[next++]!;
      // Read on the day it was published: deterministic, and never "published in the future".
      const { article } = await store.putArticleOnce(articleFromInput(input, new Date(`${input.publishedAt}T12:00:00Z`)));
      await store.replaceArticleClaims(article, claimsFromQuantities(article, quantities), 'synthetic-1');
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
