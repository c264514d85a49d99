import { describe, expect, it } from 'vitest';
import { articleIdOfClaim, claimsFromQuantities } from '../../shared/facts/claim.js';
import { claimReviewOf } from '../../shared/facts/claim-review.js';
import { factIdOf, factsFromClaims, parsePeriod, summarizeFact } from '../../shared/facts/fact.js';
import { differsBeyondRounding, relateFacts } from '../../shared/facts/relations.js';
import { buildSeries } from '../../shared/facts/series.js';
import { csvField, seriesCsvRows } from '../../shared/facts/series-csv.js';
import { slugify } from '../../shared/facts/slug.js';
import { article, DEFENCE_SHARE, quantity } from '../store/fixtures.js';

const TEXT = 'Canada will reach 2 per cent this year, 5 per cent by 2035; it spent 1.4 per cent in 2024.';
const stored = article(TEXT, 'https://news.example/a', '2025-06-01', 'News');
const base = { unit: 'percent', ...DEFENCE_SHARE } as const;
const claims = claimsFromQuantities(stored, [
  quantity(TEXT, '2 per cent', { ...base, value: 2, time: { year: 2025 }, kind: 'target' }),
  quantity(TEXT, '5 per cent', { ...base, value: 5, time: { by: 2035 }, kind: 'target' }),
  quantity(TEXT, '1.4 per cent', { ...base, value: 1.4, time: { year: 2024 }, kind: 'actual' }),
  quantity(TEXT, 'this year', { value: 2025, unit: 'year', claimScore: 0.1 }),
]);

describe('claims', () => {
  it('keeps only quantities scoring as claims, with deterministic ids that carry the article id', () => {
    expect(claims).toHaveLength(3);
    expect(
      claimsFromQuantities(stored, [quantity(TEXT, '2 per cent', { ...base, value: 2, time: { year: 2025 }, kind: 'target' })])[0]!.id,
    ).toBe(claims[0]!.id);
    expect(articleIdOfClaim(claims[0]!.id)).toBe(stored.id);
    expect(claims[0]).toMatchObject({ articleId: stored.id, url: 'https://news.example/a', source: 'News', quote: TEXT });
  });
});

describe('facts', () => {
  it('is the same fact when the same figure about the same thing is said again', () => {
    const again = { ...claims[1]!, id: 'other', articleId: 'a_other', alsoAt: [] };
    expect(factIdOf(again)).toBe(factIdOf(claims[1]!));
    const facts = factsFromClaims([claims[1]!, again]);
    expect(facts).toHaveLength(1);
    expect(facts[0]!.appearances).toHaveLength(2);
    expect(factIdOf({ ...again, kind: 'actual' })).not.toBe(factIdOf(claims[1]!));
    expect(factIdOf({ ...again, subject: null })).toBeNull();
  });

  it('gives each other URL of an article its own appearance', () => {
    const copied = { ...claims[0]!, alsoAt: [{ url: 'https://copy.example/b', source: 'Copy', publishedAt: null, title: null }] };
    expect(factsFromClaims([copied])[0]!.appearances.map((appearance) => appearance.url)).toEqual([
      'https://news.example/a',
      'https://copy.example/b',
    ]);
  });

  it('reads periods as people type them', () => {
    expect(['2025', 'by 2035', 'by-2035', '2035-by', 'undated', 'soon'].map(parsePeriod)).toEqual([
      '2025',
      '2035-by',
      '2035-by',
      '2035-by',
      'undated',
      null,
    ]);
    expect(slugify("Côte d'Ivoire")).toBe('cote-d-ivoire');
  });
});

describe('series and relations', () => {
  it('orders facts by the time they refer to, kinds apart, and marks 2% in 2025 vs 5% by 2035 as different scopes', () => {
    const series = buildSeries(claims)!;
    expect(series.kinds.map((group) => [group.kind, group.facts.map((fact) => fact.value)])).toEqual([
      ['actual', [1.4]],
      ['target', [2, 5]],
    ]);
    const target2 = series.kinds[1]!.facts[0]!.id;
    const target5 = series.kinds[1]!.facts[1]!.id;
    expect(series.relations).toContainEqual({ type: 'different-scope', from: target2, to: target5, reason: 'in 2025 vs by 2035' });
    expect(series.relations.some((relation) => relation.type === 'conflicts')).toBe(false);
  });

  it('treats values equal after rounding as agreeing, and others as disagreeing', () => {
    expect(differsBeyondRounding(2, 2.4)).toBe(false);
    expect(differsBeyondRounding(2, 2.5)).toBe(true);
    expect(differsBeyondRounding(1.37, 1.4)).toBe(false);
    expect(differsBeyondRounding(1.37, 1.39)).toBe(true);
  });

  it('makes concurrent disagreeing figures a conflict, and a later target a supersession, keeping both', () => {
    const fact = (id: string, value: number, kind: 'actual' | 'target', firstSaid: string, lastSaid: string) => ({
      ...summarizeFact(factsFromClaims([claims[0]!])[0]!),
      id,
      value,
      kind,
      firstSaid,
      lastSaid,
      period: '2024',
      time: { year: 2024 },
    });
    expect(
      relateFacts([fact('a', 1.3, 'actual', '2025-01-01', '2025-03-01'), fact('b', 1.6, 'actual', '2025-02-01', '2025-02-01')]),
    ).toEqual([{ type: 'conflicts', from: 'a', to: 'b', reason: '1.3 vs 1.6 percent, actual in 2024' }]);
    // "Besecker: 4 vs 5", "Two: deaths 2 vs 200": undated figures may be about different times, and are no conflict.
    const undated = (one: ReturnType<typeof fact>) => ({ ...one, period: 'undated', time: {} });
    expect(
      relateFacts([
        undated(fact('a', 4, 'actual', '2025-01-01', '2025-01-01')),
        undated(fact('b', 5, 'actual', '2025-01-01', '2025-01-01')),
      ]),
    ).toEqual([]);
    expect(
      relateFacts([fact('old', 2, 'target', '2014-09-05', '2020-01-01'), fact('new', 5, 'target', '2025-06-25', '2025-12-01')]),
    ).toEqual([{ type: 'supersedes', from: 'new', to: 'old', reason: 'a newer target (5) replaces 2' }]);
  });
});

describe('exports', () => {
  it('writes a CSV row per appearance, neutralising spreadsheet formulas', () => {
    const rows = seriesCsvRows(buildSeries(claims)!);
    expect(rows).toHaveLength(3);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('-1+1')).toBe(`"'-1+1"`);
    expect(rows.every((row) => row.split(',')[10] === '=')).toBe(true);
    expect(['=', '>=', '~', '<'].map(csvField)).toEqual(['=', '>=', '~', '<']);
  });

  it('describes a fact as schema.org ClaimReview with its appearances', () => {
    const fact = factsFromClaims([claims[1]!])[0]!;
    const review = claimReviewOf(fact, [], 'https://factline.example/facts/' + fact.id);
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: TEXT,
      itemReviewed: { '@type': 'Claim', appearance: [{ url: 'https://news.example/a' }] },
    });
    expect(claimReviewOf(fact, [{ type: 'conflicts', from: fact.id, to: 'f_x', reason: '' }], '').reviewRating).toMatchObject({
      alternateName: expect.stringMatching(/^Disputed/),
    });
  });

  it('compares facts on their normalized values: cents and dollars are one fact, miles and km agree within rounding', () => {
    const text = 'Brent rose 64 cents to $0.64 more; the line runs 745 miles, or 1,200 km, not 1,500 km.';
    const page = article(text, 'https://news.example/units');
    const facts = (quantities: Parameters<typeof claimsFromQuantities>[1]) =>
      factsFromClaims(claimsFromQuantities(page, quantities)).map(summarizeFact);
    const rise = { subject: 'Brent', metric: 'price-rise', metricLabel: 'price rise' };
    const money = facts([
      quantity(text, '64 cents', { ...rise, value: 64, unit: 'currency:USD-cent' }),
      quantity(text, '$0.64', { ...rise, value: 0.64, unit: 'currency:USD' }),
    ]);
    expect(money).toHaveLength(1);
    expect(money[0]).toMatchObject({ value: 64, unit: 'currency:USD-cent', normalized: { value: 0.64, unit: 'currency:USD' } });
    const length = { subject: 'Line', metric: 'length', metricLabel: 'length', time: { year: 2024 } };
    const [miles, km, longer] = facts([
      quantity(text, '745 miles', { ...length, value: 745, unit: 'mile' }),
      quantity(text, '1,200 km', { ...length, value: 1200, unit: 'km' }),
      quantity(text, '1,500 km', { ...length, value: 1500, unit: 'km' }),
    ]);
    expect(relateFacts([miles!, km!]).filter((relation) => relation.type === 'conflicts')).toEqual([]);
    expect(relateFacts([miles!, longer!])).toEqual([
      { type: 'conflicts', from: miles!.id, to: longer!.id, reason: '745 mile vs 1500 km, actual in 2024' },
    ]);
  });
});
