// The shapes the claims, facts and series routes answer with: they validate queries and generate /openapi.json.
// Each is built on first use (router.ts: once), so that a cold start builds none of them.
import * as z from 'zod/mini';
import { MAX_SEARCH_WORDS } from '../../facts/search-words.js';
import { documented, named, once } from '../router.js';
import { slugOfName } from './name-slug.js';

const KINDS = ['actual', 'target', 'forecast', 'threat', 'proposal'] as const;

/** Unnamed where it filters a query (query parameters stay inline in the document). */
export const claimKindQuery = () => z.enum(KINDS);

/** One to MAX_SEARCH_WORDS words: a longer `q` would be searched for its first words alone (searchWords). */
const SEARCH_QUERY = new RegExp(`^\\s*\\S+(?:\\s+\\S+){0,${MAX_SEARCH_WORDS - 1}}\\s*$`);

/** `q` of GET /facts and of a watch's target: words that must all occur in a fact. */
export const searchQuery = (description: string) =>
  documented(z.optional(z.string().check(z.maxLength(200), z.regex(SEARCH_QUERY, `must be one to ${MAX_SEARCH_WORDS} words`))), {
    description,
  });

export const ClaimKindSchema = once(() => named('ClaimKind', z.enum(KINDS)));

const boundSchema = () => z.enum(['=', '~', '>', '>=', '<', '<=']);

const TimeSchema = once(() =>
  named('ClaimTime', z.object({ year: z.optional(z.int()), by: z.optional(z.int()) }), {
    description: '`year`: the period a value is for; `by`: a deadline (targets)',
  }),
);

const articleSourceShape = () => ({
  url: z.nullable(z.string()),
  source: documented(z.nullable(z.string()), { description: 'Publisher' }),
  publishedAt: z.nullable(z.string()),
  title: z.nullable(z.string()),
});

export const ArticleSourceSchema = once(() => named('ArticleSource', z.object(articleSourceShape())));

export const SupersededValueSchema = once(() =>
  named(
    'SupersededValue',
    z.object({
      ...articleSourceShape(),
      articleId: z.string(),
      value: z.number(),
      low: z.optional(z.number()),
      high: z.optional(z.number()),
      unit: z.string(),
      text: documented(z.string(), { description: 'The mention as first published' }),
      quote: z.string(),
      supersededAt: documented(z.string(), { description: 'When the corrected text was read' }),
    }),
    { description: 'A figure the source published and later corrected' },
  ),
);

const NormalizedSchema = once(() =>
  named(
    'Normalized',
    z.object({
      value: z.number(),
      low: z.optional(z.number()),
      high: z.optional(z.number()),
      unit: documented(z.string(), { example: 'currency:USD' }),
    }),
    { description: 'The value in its base unit (SI, or the currency of a subunit): what series and conflicts compare' },
  ),
);

export const ClaimSchema = once(() =>
  named(
    'Claim',
    z.object({
      ...articleSourceShape(),
      id: documented(z.string(), { example: 'c_3c93c2007f62a4b9d0e1f2a3_0123456789abcdef' }),
      articleId: z.string(),
      quote: documented(z.string(), { description: 'The sentence the claim was taken from' }),
      text: documented(z.string(), { description: 'The mention itself', example: 'five per cent' }),
      start: documented(z.int(), { description: 'UTF-16 offset of the mention in the article text' }),
      end: z.int(),
      value: z.number(),
      low: z.optional(z.number()),
      high: z.optional(z.number()),
      unit: documented(z.string(), {
        example: 'percent',
        description: 'The unit as written: "currency:USD-cent" for "64 cents", "currency:USD/barrel" for a rate',
      }),
      normalized: z.optional(NormalizedSchema()),
      counted: z.nullable(z.string()),
      bound: boundSchema(),
      change: z.nullable(z.enum(['up', 'down'])),
      of: documented(z.nullable(z.string()), { example: 'GDP' }),
      subject: documented(z.nullable(z.string()), { example: 'Canada' }),
      metric: documented(z.nullable(z.string()), { example: 'defence-spending-share-of-gdp' }),
      metricLabel: z.nullable(z.string()),
      time: TimeSchema(),
      kind: ClaimKindSchema(),
      speaker: z.nullable(z.string()),
      claimScore: z.number(),
      sentence: z.object({ start: z.int(), end: z.int() }),
      alsoAt: documented(z.array(ArticleSourceSchema()), { description: 'Other URLs the same article text was seen under' }),
      supersedes: documented(z.optional(z.array(SupersededValueSchema())), { description: 'Values this article gave before a correction' }),
    }),
  ),
);

export const AppearanceSchema = once(() =>
  named(
    'Appearance',
    z.object({
      ...articleSourceShape(),
      claimId: z.string(),
      articleId: z.string(),
      quote: z.string(),
      text: z.string(),
      start: z.int(),
      end: z.int(),
      speaker: z.nullable(z.string()),
    }),
  ),
);

const factIdentity = () => ({
  id: documented(z.string(), { example: 'f_0123456789abcdef01234567' }),
  subject: z.string(),
  subjectSlug: z.string(),
  metric: z.string(),
  metricSlug: z.string(),
  metricLabel: z.nullable(z.string()),
  kind: ClaimKindSchema(),
  time: TimeSchema(),
  period: documented(z.string(), { description: '"2025" (in 2025), "2035-by" (by 2035) or "undated"' }),
  value: z.number(),
  low: z.optional(z.number()),
  high: z.optional(z.number()),
  unit: z.string(),
  normalized: z.optional(NormalizedSchema()),
  of: z.nullable(z.string()),
  bound: boundSchema(),
});

export const FactSchema = once(() =>
  named(
    'Fact',
    z.object({
      ...factIdentity(),
      superseded: documented(z.optional(z.array(SupersededValueSchema())), {
        description: 'Values sources published for this scope and corrected to this one',
      }),
      appearances: z.array(AppearanceSchema()),
    }),
  ),
);

const factSummaryShape = () => ({
  ...factIdentity(),
  speakers: z.array(z.string()),
  firstSaid: z.nullable(z.string()),
  lastSaid: z.nullable(z.string()),
});

export const FactSummarySchema = once(() => named('FactSummary', z.object(factSummaryShape())));

const relationShape = () => ({
  type: z.enum(['conflicts', 'supersedes', 'different-scope']),
  from: documented(z.string(), { description: 'Fact id; for supersedes, the newer fact' }),
  to: z.string(),
  reason: z.string(),
});

export const RelationSchema = once(() => named('FactRelation', z.object(relationShape())));

export const SeriesSchema = once(() =>
  named(
    'FactSeries',
    z.object({
      subject: z.string(),
      subjectSlug: z.string(),
      metric: z.string(),
      metricSlug: z.string(),
      metricLabel: z.nullable(z.string()),
      kinds: documented(z.array(z.object({ kind: ClaimKindSchema(), facts: z.array(FactSchema()) })), {
        description: 'One list per kind, each ordered by the period it refers to',
      }),
      relations: z.array(RelationSchema()),
      cursor: documented(z.optional(z.string()), { description: 'More of the series: pass back as ?cursor=' }),
    }),
  ),
);

export const ConflictSchema = once(() =>
  named(
    'Conflict',
    z.object({
      ...relationShape(),
      subject: z.string(),
      subjectSlug: z.string(),
      metric: z.string(),
      metricSlug: z.string(),
      facts: z.array(z.object({ ...factSummaryShape(), sources: z.array(ArticleSourceSchema()) })).check(z.length(2)),
    }),
  ),
);

export const SubjectSchema = once(() =>
  named(
    'Subject',
    z.object({
      subject: z.string(),
      slug: z.string(),
      metrics: z.array(z.object({ metric: z.string(), slug: z.string(), label: z.nullable(z.string()) })),
    }),
  ),
);

export function pageOf<T extends z.ZodMiniType>(item: T, name: string) {
  return named(
    name,
    z.object({
      items: z.array(item),
      cursor: documented(z.optional(z.string()), { description: 'Opaque; pass back as ?cursor= for the next page' }),
    }),
  );
}

/** A subject or metric as typed ("Canada", "defence spending share of GDP") or as a slug; compared as a slug. */
export const nameAsSlug = (example: string) =>
  documented(z.pipe(z.string().check(z.minLength(1), z.maxLength(200)), z.transform(slugOfName)), { example });

export const pageQuery = (defaultLimit: number, maxLimit: number) => ({
  limit: z._default(z.coerce.number().check(z.multipleOf(1), z.minimum(1), z.maximum(maxLimit)), defaultLimit),
  cursor: z.optional(z.string().check(z.maxLength(4096))),
});
