// Use case: read a stored article, extract its claims, and replace the article's claims in one step.
import { EXTRACTOR_VERSION, extractQuantities } from '../extraction/index.js';
import { capClaims, claimsFromQuantities } from '../facts/claim.js';
import type { FactStore } from '../store/port.js';

export interface ExtractPorts {
  store: Pick<FactStore, 'getArticle' | 'replaceArticleClaims'>;
}

export interface ExtractOutcome {
  articleId: string;
  /** 'missing': no such article (a stale or forged message); nothing to retry. */
  status: 'extracted' | 'missing';
  claims: number;
  /** Why claims were left out (shared/facts/claim.ts capClaims), when they were. */
  capped?: string;
}

export async function extractArticle(articleId: string, ports: ExtractPorts): Promise<ExtractOutcome> {
  const article = await ports.store.getArticle(articleId);
  if (!article) return { articleId, status: 'missing', claims: 0 };
  const quantities = extractQuantities(article.text, article.publishedAt ? { publishedAt: article.publishedAt.slice(0, 10) } : {});
  const { claims, capped } = capClaims(claimsFromQuantities(article, quantities));
  await ports.store.replaceArticleClaims(article, claims, EXTRACTOR_VERSION, capped);
  return { articleId, status: 'extracted', claims: claims.length, ...(capped ? { capped: capped.reason } : {}) };
}
