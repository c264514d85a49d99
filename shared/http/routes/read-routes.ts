// The read routes as declared (method, path, zod schemas of their inputs and answers): the one source of
// their /openapi.json entries and of their request checks, which scripts/generate-read-checks.ts writes to
// read-checks.generated.ts for the handlers (claims.ts, facts.ts, subjects.ts, articles.ts) to mount. So the
// read api function's bundle carries no zod (bench/results.md).
import * as z from 'zod/mini';
import { defineRoute, documented, named, once, problemResponses } from '../router.js';
import {
  ArticleSourceSchema,
  ClaimSchema,
  claimKindQuery,
  ConflictSchema,
  FactSchema,
  FactSummarySchema,
  nameAsSlug,
  pageOf,
  pageQuery,
  RelationSchema,
  searchQuery,
  SeriesSchema,
  SubjectSchema,
} from './fact-schemas.js';

const ArticleSchema = once(() =>
  named(
    'Article',
    z.object({
      id: z.string(),
      title: z.nullable(z.string()),
      url: z.nullable(z.string()),
      canonicalUrl: z.nullable(z.string()),
      text: z.string(),
      publishedAt: z.nullable(z.string()),
      source: z.nullable(z.string()),
      fingerprint: z.string(),
      ingestedAt: z.string(),
      alsoAt: documented(z.array(ArticleSourceSchema()), { description: 'Other URLs the same text was seen under' }),
      extractorVersion: documented(z.nullable(z.string()), { description: 'null until the article is extracted' }),
      claimsCapped: documented(z.nullable(z.object({ found: z.int(), kept: z.int(), reason: z.string() })), {
        description: 'Set when the article held more claims than are kept (per article and per sentence): how many, and why',
      }),
      claims: documented(z.array(ClaimSchema()), { description: 'One page of the current claims, in text order' }),
      cursor: documented(z.optional(z.string()), { description: 'More claims: pass back as ?cursor=' }),
    }),
  ),
);

export const getArticle = defineRoute({
  method: 'get',
  path: '/articles/{id}',
  summary: 'A stored article with its current claims',
  request: () => ({ params: z.object({ id: z.string().check(z.maxLength(64)) }), query: z.object(pageQuery(100, 500)) }),
  responses: () => ({
    200: { description: 'The article', content: { 'application/json': { schema: ArticleSchema() } } },
    ...problemResponses(400, 404),
  }),
});

export const listClaims = defineRoute({
  method: 'get',
  path: '/claims',
  summary: 'Claims, filtered by subject, metric and kind',
  request: () => ({
    query: z.object({
      subject: z.optional(nameAsSlug('Canada')),
      metric: z.optional(nameAsSlug('defence-spending-share-of-gdp')),
      kind: z.optional(claimKindQuery()),
      ...pageQuery(20, 100),
    }),
  }),
  responses: () => ({
    200: { description: 'One page of claims', content: { 'application/json': { schema: pageOf(ClaimSchema(), 'ClaimPage') } } },
    ...problemResponses(400),
  }),
});

export const getClaim = defineRoute({
  method: 'get',
  path: '/claims/{id}',
  summary: 'One claim',
  request: () => ({ params: z.object({ id: z.string().check(z.maxLength(64)) }) }),
  responses: () => ({
    200: { description: 'The claim', content: { 'application/json': { schema: ClaimSchema() } } },
    ...problemResponses(404),
  }),
});

const FactId = once(() => z.object({ id: z.string().check(z.regex(/^f_[0-9a-f]{24}$/, 'must be a fact id (f_ and 24 hex digits)')) }));

export const listFacts = defineRoute({
  method: 'get',
  path: '/facts',
  summary: 'Facts, filtered by subject, metric, kind, speaker, period and text',
  request: () => ({
    query: z.object({
      subject: z.optional(nameAsSlug('Canada')),
      metric: z.optional(nameAsSlug('defence-spending-share-of-gdp')),
      kind: z.optional(claimKindQuery()),
      speaker: documented(z.optional(z.string().check(z.minLength(1), z.maxLength(200))), { example: 'Mark Carney' }),
      period: documented(z.optional(z.string().check(z.maxLength(20))), {
        description: '"2025", "by 2035" / "2035-by", or "undated"',
        example: '2035-by',
      }),
      q: searchQuery(
        'One to five words that must all occur in the subject, metric, unit, base, period or kind, ' +
          'or be one of a speaker\'s names ("Germany 2029", "Carney target")',
      ),
      ...pageQuery(20, 100),
    }),
  }),
  responses: () => ({
    200: { description: 'One page of facts', content: { 'application/json': { schema: pageOf(FactSummarySchema(), 'FactPage') } } },
    ...problemResponses(400),
  }),
});

export const getFact = defineRoute({
  method: 'get',
  path: '/facts/{id}',
  summary: 'A fact with every appearance (article, URL, publisher, date, quote, offsets) and its relations',
  request: () => ({ params: FactId() }),
  responses: () => ({
    200: {
      description: 'The fact',
      content: {
        'application/json': { schema: named('FactWithRelations', z.extend(FactSchema(), { relations: z.array(RelationSchema()) })) },
      },
    },
    ...problemResponses(400, 404),
  }),
});

export const getClaimReview = defineRoute({
  method: 'get',
  path: '/facts/{id}/claimreview',
  summary: 'The fact as schema.org ClaimReview JSON-LD',
  request: () => ({ params: FactId() }),
  responses: () => ({
    200: {
      description: 'ClaimReview',
      content: { 'application/ld+json': { schema: named('ClaimReview', z.record(z.string(), z.unknown())) } },
    },
    ...problemResponses(400, 404),
  }),
});

export const listConflicts = defineRoute({
  method: 'get',
  path: '/conflicts',
  summary: "Open conflicts: facts of the same subject, metric, kind and period whose values disagree, with both sides' sources",
  request: () => ({ query: z.object(pageQuery(20, 100)) }),
  responses: () => ({
    200: { description: 'One page of conflicts', content: { 'application/json': { schema: pageOf(ConflictSchema(), 'ConflictPage') } } },
    ...problemResponses(400),
  }),
});

export const listSubjects = defineRoute({
  method: 'get',
  path: '/subjects',
  summary: 'Subjects and the metrics tracked for each',
  request: () => ({ query: z.object(pageQuery(50, 200)) }),
  responses: () => ({
    200: { description: 'One page of subjects', content: { 'application/json': { schema: pageOf(SubjectSchema(), 'SubjectPage') } } },
    ...problemResponses(400),
  }),
});

export const getSeries = defineRoute({
  method: 'get',
  path: '/subjects/{subject}/metrics/{metric}',
  summary: 'A series: the facts about a subject and metric, with appearances, ordered by the time they refer to, kinds apart',
  description: 'Add `?format=csv` (or end the path in `.csv`) for the whole series as CSV, one row per appearance.',
  request: () => ({
    params: z.object({
      subject: nameAsSlug('canada'),
      metric: documented(z.string().check(z.minLength(1), z.maxLength(205)), { example: 'defence-spending-share-of-gdp' }),
    }),
    query: documented(z.object({ format: z._default(z.enum(['json', 'csv']), 'json'), ...pageQuery(100, 500) }), {
      description: 'A CSV answer holds up to about 4 MB; a `Link` header with rel="next" gives the URL of the rest.',
    }),
  }),
  responses: () => ({
    200: {
      description: 'The series (one page of its appearances; follow cursor for more)',
      content: { 'application/json': { schema: SeriesSchema() }, 'text/csv': { schema: z.string() } },
    },
    ...problemResponses(400, 404),
  }),
});

/** In the order /openapi.json lists them. */
export const READ_ROUTES = [getArticle, listClaims, getClaim, listFacts, getFact, getClaimReview, listConflicts, listSubjects, getSeries];
