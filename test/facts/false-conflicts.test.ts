// The false conflicts of issue 10, through the real extractor and the real series rules: none may open.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../shared/extraction/index.js';
import { claimsFromQuantities, type Claim } from '../../shared/facts/claim.js';
import { buildSeries, type FactSeries } from '../../shared/facts/series.js';
import { articleFromInput } from '../../shared/pipeline/ingest-article.js';

/** Made up after the European defence budgets article of the issue. */
const DEFENCE = `European governments are raising their defence budgets. Poland will spend 4.8% of GDP on defence in 2026, the highest share in NATO. Germany will spend €108.2 billion on defence next year, equal to 2.8% of GDP, and plans to reach 3.5 per cent of GDP by 2029, Defence Minister Boris Pistorius said. NATO allies agreed in June to spend 5% of GDP on defence by 2035, of which 3.5% on core military needs.

Canada's defence budget was 1.3% of GDP in 2023. Ottawa spent 1.4% of GDP in 2024, according to NATO estimates. Meanwhile, Poland spent 4.1% of GDP in 2024.`;

function seriesOf(text: string, publishedAt: string): FactSeries[] {
  const article = articleFromInput({ text, url: 'https://example.test/defence', publishedAt }, new Date(publishedAt));
  const claims = claimsFromQuantities(article, extractQuantities(article.text, { publishedAt }));
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (!claim.subject || !claim.metric) continue;
    const key = `${claim.subject}|${claim.metric}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return [...groups.values()].map((claims) => buildSeries(claims)!).filter(Boolean);
}

const factsOf = (series: FactSeries) =>
  series.kinds.flatMap((group) => group.facts.map((fact) => `${fact.value} ${fact.kind} ${fact.period}`));

describe('false conflicts', () => {
  const all = seriesOf(DEFENCE, '2025-10-01');
  const find = (subject: string, metric: string) => all.find((series) => series.subject === subject && series.metric === metric);

  it('opens no conflict in the defence article', () => {
    expect(
      all.flatMap((series) =>
        series.relations.filter((relation) => relation.type === 'conflicts').map((relation) => `${series.subject}: ${relation.reason}`),
      ),
    ).toEqual([]);
  });

  it("keeps Germany's 2.8% for next year and 3.5% by 2029 as two targets of different periods", () => {
    expect(factsOf(find('Germany', 'defence-spending-share-of-gdp')!)).toEqual(['2.8 target 2026', '3.5 target 2029-by']);
  });

  it("files NATO's 3.5% 'of which' on core military needs under its own metric, not against the 5%", () => {
    expect(factsOf(find('NATO', 'defence-spending-share-of-gdp')!)).toEqual(['5 target 2035-by']);
    expect(factsOf(find('NATO', 'core-military-investment-share-of-gdp')!)).toEqual(['3.5 target 2035-by']);
  });

  it("puts Poland's plan and its actual figure in one series, kinds apart, and Canada's 1.4% in Canada's", () => {
    expect(factsOf(find('Poland', 'defence-spending-share-of-gdp')!)).toEqual(['4.1 actual 2024', '4.8 target 2026']);
    expect(all.filter((series) => series.subject === 'Poland').map((series) => series.metric)).toEqual(['defence-spending-share-of-gdp']);
    expect(factsOf(find('Canada', 'defence-spending-share-of-gdp')!)).toEqual(['1.3 actual 2023', '1.4 actual 2024']);
  });

  it('opens no conflict between undated counts ("Besecker: price 4 vs 5 count", "Two: deaths 2 vs 200 count")', () => {
    const text =
      'Two people died, and more than 200 others may have been exposed. Besecker sold 4 horses at a good price. Besecker bought 5 horses at a lower price.';
    expect(seriesOf(text, '2025-10-01').flatMap((series) => series.relations.filter((relation) => relation.type === 'conflicts'))).toEqual(
      [],
    );
  });
});
