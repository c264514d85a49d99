// POST /articles: accept an article (text, or a URL fetched server-side), store it once, queue it.
import * as z from 'zod/mini';
import type { ArticleInput } from '../../articles/article.js';
import { ValidationError } from '../../errors.js';
import type { AppDeps } from '../deps.js';
import { createRouter, defineRoute, documented, named, once, openapi, problemResponses } from '../router.js';

const ArticleSubmission = once(() =>
  named(
    'ArticleSubmission',
    z.strictObject({
      title: z.optional(z.string().check(z.maxLength(1000))),
      url: documented(z.optional(z.url().check(z.maxLength(2048))), {
        description: 'Source URL; fetched server-side when text is absent.',
      }),
      text: documented(z.optional(z.string().check(z.maxLength(1_000_000))), { description: 'The article text.' }),
      publishedAt: documented(z.optional(z.string().check(z.maxLength(64))), { example: '2025-12-19' }),
      source: documented(z.optional(z.string().check(z.maxLength(200))), { example: 'Global News' }),
    }),
  ),
);

const Accepted = once(() =>
  named(
    'ArticleAccepted',
    z.object({
      id: documented(z.string(), { example: 'a_3f1c0d…' }),
      created: documented(z.boolean(), { description: 'false when the same article was stored before' }),
      revised: documented(z.boolean(), { description: 'true when the same URL came with edited text: its claims are re-extracted' }),
      status: z.literal('queued'),
    }),
  ),
);

const postArticle = defineRoute({
  method: 'post',
  path: '/articles',
  summary: 'Submit an article for claim extraction',
  security: [{ bearer: [] }],
  request: () => ({ body: ArticleSubmission() }),
  responses: () => ({
    202: { description: 'Stored (once) and queued for extraction', content: { 'application/json': { schema: Accepted() } } },
    ...problemResponses(400, 401, 413, 415, 422),
  }),
});

export const INGEST_ROUTES = [postArticle];

export function ingestRoutes(deps: Required<Pick<AppDeps, 'ingest' | 'articleInputFromUrl'>>) {
  return openapi(createRouter(), postArticle, async (c, { json: body }) => {
    let input: ArticleInput;
    if (body.text?.trim()) input = { ...body, text: body.text };
    else if (body.url)
      input = {
        ...(await deps.articleInputFromUrl(body.url)),
        ...withoutUndefined({ title: body.title, publishedAt: body.publishedAt, source: body.source }),
      };
    else throw new ValidationError('either text or url is required', 'text');
    const result = await deps.ingest(input);
    return c.json({ id: result.id, created: result.created, revised: result.revised, status: 'queued' as const }, 202);
  });
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
