// The message ingest sends and extract consumes: just the article id; the article is read from the table.
// Checked by hand: one field does not need zod, which cost the extract function about 6 ms of cold start.
import { UnreadableMessageError } from '../errors.js';

export interface ExtractionMessage {
  articleId: string;
}

const ARTICLE_ID = /^a_[0-9a-f]{24}$/;

export function encodeExtractionMessage(articleId: string): string {
  return JSON.stringify({ articleId } satisfies ExtractionMessage);
}

export function decodeExtractionMessage(body: string): ExtractionMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new UnreadableMessageError('the extraction message is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new UnreadableMessageError('the extraction message is invalid: not an object');
  const { articleId, ...rest } = parsed as Record<string, unknown>;
  if (typeof articleId !== 'string' || !ARTICLE_ID.test(articleId))
    throw new UnreadableMessageError('the extraction message is invalid: articleId must be a_ and 24 hex digits');
  const unknown = Object.keys(rest);
  if (unknown.length > 0) throw new UnreadableMessageError(`the extraction message is invalid: unknown field ${unknown[0]}`);
  return { articleId };
}
