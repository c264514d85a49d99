// A fact as schema.org ClaimReview JSON-LD, for fact-checking tools and search engines.
// factline does not rate truth: the review records what was said, by whom and where, and whether sources disagree.
import { describePeriod, type Fact } from './fact.js';
import type { FactRelation } from './relations.js';

export function claimReviewOf(fact: Fact, relations: FactRelation[], factUrl: string): Record<string, unknown> {
  const disputed = relations.some((relation) => relation.type === 'conflicts' && (relation.from === fact.id || relation.to === fact.id));
  const dated = fact.appearances
    .filter((appearance) => appearance.publishedAt)
    .sort((a, b) => a.publishedAt!.localeCompare(b.publishedAt!));
  const first = dated[0] ?? fact.appearances[0];
  const speaker = fact.appearances.find((appearance) => appearance.speaker)?.speaker;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: factUrl,
    claimReviewed: first?.quote ?? `${fact.subject} ${fact.metricLabel ?? fact.metric}: ${fact.value} ${fact.unit}`,
    about:
      `${fact.subject}, ${fact.metricLabel ?? fact.metric}, ${fact.kind} ${describePeriod(fact.period)}: ` +
      `${fact.value} ${fact.unit}${fact.of ? ` of ${fact.of}` : ''}`,
    author: { '@type': 'Organization', name: 'factline' },
    itemReviewed: {
      '@type': 'Claim',
      ...(speaker ? { author: { '@type': 'Person', name: speaker } } : {}),
      ...(first?.publishedAt ? { datePublished: first.publishedAt } : {}),
      appearance: fact.appearances.map((appearance) => ({
        '@type': 'CreativeWork',
        ...(appearance.url ? { url: appearance.url } : {}),
        ...(appearance.title ? { headline: appearance.title } : {}),
        ...(appearance.publishedAt ? { datePublished: appearance.publishedAt } : {}),
        ...(appearance.source ? { publisher: { '@type': 'Organization', name: appearance.source } } : {}),
        text: appearance.quote,
      })),
      ...(first?.url ? { firstAppearance: { '@type': 'CreativeWork', url: first.url } } : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: disputed ? 'Disputed: sources disagree on this figure' : `Sourced: said in ${fact.appearances.length} place(s)`,
    },
  };
}
