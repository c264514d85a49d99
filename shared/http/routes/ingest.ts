// POST /articles: accept an article (text, or a URL fetched server-side), store it once, queue it.
import { createRoute, z } from '@hono/zod-openapi';
import { ValidationError } from '../../errors.js';
import type { AppDeps } from '../deps.js';
import { createRouter, problemResponses } from '../router.js';

const ArticleSubmission = z
  .object({
    title: z.string().max(1000).optional(),
    url: z.string().url().max(2048).optional().openapi({ description: 'Source URL; fetched server-side when text is absent.' }),
    text: z.string().max(1_000_000).optional().openapi({ description: 'The article text.' }),
    publishedAt: z.string().max(64).optional().openapi({ example: '2025-12-19' }),
    source: z.string().max(200).optional().openapi({ example: 'Global News' }),
  })
  .strict()
  .openapi('ArticleSubmission');

const Accepted = z
  .object({
    id: z.string().openapi({ example: 'a_3f1c0d…' }),
    created: z.boolean().openapi({ description: 'false when the same article was stored before' }),
    revised: z.boolean().openapi({ description: 'true when the same URL came with edited text: its claims are re-extracted' }),
    status: z.literal('queued'),
  })
  .openapi('ArticleAccepted');

const postArticle = createRoute({
  method: 'post',
  path: '/articles',
  summary: 'Submit an article for claim extraction',
  security: [{ bearer: [] }],
  request: { body: { required: true, content: { 'application/json': { schema: ArticleSubmission } } } },
  responses: {
    202: { description: 'Stored (once) and queued for extraction', content: { 'application/json': { schema: Accepted } } },
    ...problemResponses(400, 401, 413, 415, 422),
  },
});

export function ingestRoutes(deps: AppDeps) {
  return createRouter().openapi(postArticle, async (c) => {
    const body = c.req.valid('json');
    let input;
    if (body.text?.trim()) input = { ...body, text: body.text };
    else if (body.url) input = { ...(await deps.articleInputFromUrl(body.url)), ...withoutUndefined({ title: body.title, publishedAt: body.publishedAt, source: body.source }) };
    else throw new ValidationError('either text or url is required', 'text');
    const result = await deps.ingest(input);
    return c.json({ id: result.id, created: result.created, revised: result.revised, status: 'queued' as const }, 202);
  });
}

function withoutUndefined<T extends Record<string, unknown>>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>;
}
