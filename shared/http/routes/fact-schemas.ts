// The shapes the claims, facts and series routes answer with: they validate queries and generate /openapi.json.
import { z } from '@hono/zod-openapi';
import { slugify } from '../../facts/slug.js';

export const ClaimKindSchema = z.enum(['actual', 'target', 'forecast', 'threat', 'proposal']).openapi('ClaimKind');

const TimeSchema = z
  .object({ year: z.number().int().optional(), by: z.number().int().optional() })
  .openapi('ClaimTime', { description: '`year`: the period a value is for; `by`: a deadline (targets)' });

export const ArticleSourceSchema = z
  .object({
    url: z.string().nullable(),
    source: z.string().nullable().openapi({ description: 'Publisher' }),
    publishedAt: z.string().nullable(),
    title: z.string().nullable(),
  })
  .openapi('ArticleSource');

export const SupersededValueSchema = ArticleSourceSchema.extend({
  articleId: z.string(),
  value: z.number(),
  low: z.number().optional(),
  high: z.number().optional(),
  unit: z.string(),
  text: z.string().openapi({ description: 'The mention as first published' }),
  quote: z.string(),
  supersededAt: z.string().openapi({ description: 'When the corrected text was read' }),
}).openapi('SupersededValue', { description: 'A figure the source published and later corrected' });

const NormalizedSchema = z.object({
  value: z.number(),
  low: z.number().optional(),
  high: z.number().optional(),
  unit: z.string().openapi({ example: 'currency:USD' }),
}).openapi('Normalized', { description: 'The value in its base unit (SI, or the currency of a subunit): what series and conflicts compare' });

export const ClaimSchema = ArticleSourceSchema.extend({
  id: z.string().openapi({ example: 'c_3c93c2007f62a4b9d0e1f2a3_0123456789abcdef' }),
  articleId: z.string(),
  quote: z.string().openapi({ description: 'The sentence the claim was taken from' }),
  text: z.string().openapi({ description: 'The mention itself', example: 'five per cent' }),
  start: z.number().int().openapi({ description: 'UTF-16 offset of the mention in the article text' }),
  end: z.number().int(),
  value: z.number(),
  low: z.number().optional(),
  high: z.number().optional(),
  unit: z.string().openapi({ example: 'percent', description: 'The unit as written: "currency:USD-cent" for "64 cents", "currency:USD/barrel" for a rate' }),
  normalized: NormalizedSchema.optional(),
  counted: z.string().nullable(),
  bound: z.enum(['=', '~', '>', '>=', '<', '<=']),
  change: z.enum(['up', 'down']).nullable(),
  of: z.string().nullable().openapi({ example: 'GDP' }),
  subject: z.string().nullable().openapi({ example: 'Canada' }),
  metric: z.string().nullable().openapi({ example: 'defence-spending-share-of-gdp' }),
  metricLabel: z.string().nullable(),
  time: TimeSchema,
  kind: ClaimKindSchema,
  speaker: z.string().nullable(),
  claimScore: z.number(),
  sentence: z.object({ start: z.number().int(), end: z.number().int() }),
  alsoAt: z.array(ArticleSourceSchema).openapi({ description: 'Other URLs the same article text was seen under' }),
  supersedes: z.array(SupersededValueSchema).optional().openapi({ description: 'Values this article gave before a correction' }),
}).openapi('Claim');

export const AppearanceSchema = ArticleSourceSchema.extend({
  claimId: z.string(),
  articleId: z.string(),
  quote: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  speaker: z.string().nullable(),
}).openapi('Appearance');

const factIdentity = {
  id: z.string().openapi({ example: 'f_0123456789abcdef01234567' }),
  subject: z.string(),
  subjectSlug: z.string(),
  metric: z.string(),
  metricSlug: z.string(),
  metricLabel: z.string().nullable(),
  kind: ClaimKindSchema,
  time: TimeSchema,
  period: z.string().openapi({ description: '"2025" (in 2025), "2035-by" (by 2035) or "undated"' }),
  value: z.number(),
  low: z.number().optional(),
  high: z.number().optional(),
  unit: z.string(),
  normalized: NormalizedSchema.optional(),
  of: z.string().nullable(),
  bound: z.enum(['=', '~', '>', '>=', '<', '<=']),
};

export const FactSchema = z
  .object({
    ...factIdentity,
    superseded: z.array(SupersededValueSchema).optional().openapi({ description: 'Values sources published for this scope and corrected to this one' }),
    appearances: z.array(AppearanceSchema),
  })
  .openapi('Fact');

export const FactSummarySchema = z
  .object({ ...factIdentity, speakers: z.array(z.string()), firstSaid: z.string().nullable(), lastSaid: z.string().nullable() })
  .openapi('FactSummary');

export const RelationSchema = z
  .object({
    type: z.enum(['conflicts', 'supersedes', 'different-scope']),
    from: z.string().openapi({ description: 'Fact id; for supersedes, the newer fact' }),
    to: z.string(),
    reason: z.string(),
  })
  .openapi('FactRelation');

export const SeriesSchema = z
  .object({
    subject: z.string(),
    subjectSlug: z.string(),
    metric: z.string(),
    metricSlug: z.string(),
    metricLabel: z.string().nullable(),
    kinds: z.array(z.object({ kind: ClaimKindSchema, facts: z.array(FactSchema) })).openapi({ description: 'One list per kind, each ordered by the period it refers to' }),
    relations: z.array(RelationSchema),
    cursor: z.string().optional().openapi({ description: 'More of the series: pass back as ?cursor=' }),
  })
  .openapi('FactSeries');

export const ConflictSchema = RelationSchema.extend({
  subject: z.string(),
  subjectSlug: z.string(),
  metric: z.string(),
  metricSlug: z.string(),
  facts: z.array(FactSummarySchema.extend({ sources: z.array(ArticleSourceSchema) })).length(2),
}).openapi('Conflict');

export const SubjectSchema = z
  .object({
    subject: z.string(),
    slug: z.string(),
    metrics: z.array(z.object({ metric: z.string(), slug: z.string(), label: z.string().nullable() })),
  })
  .openapi('Subject');

export function pageOf<T extends z.ZodTypeAny>(item: T, name: string) {
  return z.object({ items: z.array(item), cursor: z.string().optional().openapi({ description: 'Opaque; pass back as ?cursor= for the next page' }) }).openapi(name);
}

/** A subject or metric as typed ("Canada", "defence spending share of GDP") or as a slug; compared as a slug. */
export const nameAsSlug = (example: string) =>
  z
    .string()
    .min(1)
    .max(200)
    .transform(slugify)
    .refine((slug) => slug.length > 0, 'must contain letters or digits')
    .openapi({ example });

export const pageQuery = (defaultLimit: number, maxLimit: number) => ({
  limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
  cursor: z.string().max(4096).optional(),
});
