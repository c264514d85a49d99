// Wiring for the extract function on Lambda: the table and the extractor, nothing of the HTTP side. It
// pages nothing, so it holds no cursor key, and its bundle no Secrets Manager client.
import { extractArticle } from '../pipeline/extract-article.js';
import { createExtractionStore } from '../store/extraction-store.js';
import { tableAccessOnAws } from './aws-table-wiring.js';

export function wireExtractionOnAws(env: NodeJS.ProcessEnv = process.env) {
  const store = createExtractionStore(tableAccessOnAws(env));
  return { extract: (articleId: string) => extractArticle(articleId, { store }) };
}
