// The message ingest sends and extract consumes: just the article id; the article is read from the table.
import * as z from 'zod/mini';
import { ValidationError } from '../errors.js';

const ExtractionMessage = z.strictObject({ articleId: z.string().check(z.regex(/^a_[0-9a-f]{24}$/)) });

export type ExtractionMessage = z.infer<typeof ExtractionMessage>;

export function encodeExtractionMessage(articleId: string): string {
  return JSON.stringify({ articleId } satisfies ExtractionMessage);
}

export function decodeExtractionMessage(body: string): ExtractionMessage {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new ValidationError('the extraction message is not JSON');
  }
  const result = z.safeParse(ExtractionMessage, parsed);
  if (!result.success) throw new ValidationError(`the extraction message is invalid: ${result.error.issues[0]?.message}`);
  return result.data;
}
