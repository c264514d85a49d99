// A claim: one extracted quantity worth tracking, tied to the article and the words it came from.
import { createHash } from 'node:crypto';
import type { Article } from '../articles/article.js';
import { CLAIM_SCORE_THRESHOLD, type Quantity } from '../extraction/types.js';

/** Where an article's text was published: its own URL, or another URL the same text was seen under. */
export interface ArticleSource {
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  title: string | null;
}

export interface Claim extends Quantity, ArticleSource {
  id: string;
  articleId: string;
  /** The sentence the quantity stands in, trimmed to at most MAX_QUOTE_LENGTH around the mention. */
  quote: string;
  /** Other places the same article text was seen (same fingerprint, another URL). */
  alsoAt: ArticleSource[];
  /** Values this article stated for the same scope before a correction replaced them (shared/facts/corrections.ts). */
  supersedes?: SupersededValue[];
}

/** A figure a source published and later corrected: kept, marked as superseded, never served as current. */
export interface SupersededValue extends ArticleSource {
  articleId: string;
  value: number;
  low?: number;
  high?: number;
  unit: string;
  /** The mention and its sentence as first published. */
  text: string;
  quote: string;
  /** When the corrected text was read. */
  supersededAt: string;
}

export const MAX_QUOTE_LENGTH = 400;

export function sourceOf(article: Pick<Article, 'url' | 'source' | 'publishedAt' | 'title'>): ArticleSource {
  return { url: article.url, source: article.source, publishedAt: article.publishedAt, title: article.title };
}

/** A claim id carries its article's id, so a claim is found from its id alone. */
export function claimIdFor(articleId: string, quantity: Quantity): string {
  const identity = [
    quantity.start,
    quantity.end,
    quantity.value,
    quantity.unit,
    quantity.subject,
    quantity.metric,
    quantity.kind,
    quantity.time.year,
    quantity.time.by,
  ];
  const hash = createHash('sha256').update(JSON.stringify(identity)).digest('hex').slice(0, 16);
  return `c_${articleId.replace(/^a_/, '')}_${hash}`;
}

/** The article id inside a claim id, or null when the id is not a claim id. */
export function articleIdOfClaim(claimId: string): string | null {
  const match = /^c_([0-9a-f]{24})_[0-9a-f]{16}$/.exec(claimId);
  return match ? `a_${match[1]}` : null;
}

export function quoteFor(text: string, quantity: Quantity): string {
  const sentence = text.slice(quantity.sentence.start, quantity.sentence.end).replace(/\s+/g, ' ').trim();
  if (sentence.length <= MAX_QUOTE_LENGTH) return sentence;
  const half = Math.floor((MAX_QUOTE_LENGTH - quantity.text.length) / 2);
  const from = Math.max(quantity.sentence.start, quantity.start - half);
  const to = Math.min(quantity.sentence.end, quantity.end + half);
  return `…${text.slice(from, to).replace(/\s+/g, ' ').trim()}…`;
}

/** Only quantities scoring as claims become claims; ids are deterministic, so re-extraction is idempotent. */
export function claimsFromQuantities(article: Article, quantities: Quantity[]): Claim[] {
  return quantities
    .filter((quantity) => quantity.claimScore >= CLAIM_SCORE_THRESHOLD)
    .map((quantity) => ({
      ...quantity,
      ...sourceOf(article),
      id: claimIdFor(article.id, quantity),
      articleId: article.id,
      quote: quoteFor(article.text, quantity),
      alsoAt: [],
    }));
}

/** A repetitive or generated text can yield thousands of claims; no news article needs more than these. */
export const MAX_CLAIMS_PER_ARTICLE = 400;
export const MAX_CLAIMS_PER_SENTENCE = 12;

/** Why an article's claims were cut short, stored on the article so that readers know the list is partial. */
export interface ClaimsCapped {
  found: number;
  kept: number;
  reason: string;
}

/** Keeps at most MAX_CLAIMS_PER_SENTENCE claims of each sentence and MAX_CLAIMS_PER_ARTICLE in all, in text order. */
export function capClaims(claims: Claim[]): { claims: Claim[]; capped: ClaimsCapped | null } {
  const perSentence = new Map<number, number>();
  const crowdedSentences = new Set<number>();
  const withinSentences = claims.filter((claim) => {
    const count = (perSentence.get(claim.sentence.start) ?? 0) + 1;
    perSentence.set(claim.sentence.start, count);
    if (count > MAX_CLAIMS_PER_SENTENCE) crowdedSentences.add(claim.sentence.start);
    return count <= MAX_CLAIMS_PER_SENTENCE;
  });
  const kept = withinSentences.slice(0, MAX_CLAIMS_PER_ARTICLE);
  if (kept.length === claims.length) return { claims, capped: null };
  const reasons = [
    ...(crowdedSentences.size ? [`${crowdedSentences.size} sentence(s) held more than ${MAX_CLAIMS_PER_SENTENCE} claims`] : []),
    ...(withinSentences.length > MAX_CLAIMS_PER_ARTICLE ? [`the article held more than ${MAX_CLAIMS_PER_ARTICLE} claims`] : []),
  ];
  return {
    claims: kept,
    capped: { found: claims.length, kept: kept.length, reason: `kept ${kept.length} of ${claims.length} claims: ${reasons.join('; ')}` },
  };
}
