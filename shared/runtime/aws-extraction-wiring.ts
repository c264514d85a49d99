// Wiring for the extract function on Lambda: the table and the extractor, nothing of the HTTP side.
import { extractArticle } from '../pipeline/extract-article.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { tableOnAws } from './aws-store-wiring.js';

export function wireExtractionOnAws(env: NodeJS.ProcessEnv = process.env) {
  const store = createDynamoStore(tableOnAws(env));
  return { extract: (articleId: string) => extractArticle(articleId, { store }) };
}
