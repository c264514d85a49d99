// Wiring for the extract function on Lambda: the table and the extractor, nothing of the HTTP side. It
// pages nothing, so it holds no cursor key, and its bundle no Secrets Manager client.
import { extractArticle } from '../pipeline/extract-article.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { tableAccessOnAws } from './aws-store-wiring.js';
import { ConfigError } from './config.js';

export function wireExtractionOnAws(env: NodeJS.ProcessEnv = process.env) {
  const store = createDynamoStore({
    ...tableAccessOnAws(env),
    cursorSecret: () => Promise.reject(new ConfigError('the extract function pages nothing')),
  });
  return { extract: (articleId: string) => extractArticle(articleId, { store }) };
}
