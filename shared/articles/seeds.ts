// Reads the demo articles in seeds/ with their manifest (title, source, publication date).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';
import type { ArticleInput } from './article.js';

const SeedManifest = z.object({
  articles: z.array(
    z.object({
      file: z.string().regex(/^[\w.-]+$/),
      title: z.string(),
      source: z.string(),
      publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    }),
  ),
});

export interface SeedArticle extends ArticleInput {
  file: string;
}

export async function loadSeedArticles(seedsDir: string): Promise<SeedArticle[]> {
  const manifest = SeedManifest.parse(JSON.parse(await readFile(join(seedsDir, 'manifest.json'), 'utf8')));
  return Promise.all(
    manifest.articles.map(async (entry) => ({
      file: entry.file,
      title: entry.title,
      source: entry.source,
      publishedAt: entry.publishedAt,
      text: await readFile(join(seedsDir, entry.file), 'utf8'),
    })),
  );
}
