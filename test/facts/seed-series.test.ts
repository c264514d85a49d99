// The seed articles through the real extractor and the real store: Canada's defence spending series.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedArticles } from '../../shared/articles/seeds.js';
import type { Fact } from '../../shared/facts/fact.js';
import { extractArticle } from '../../shared/pipeline/extract-article.js';
import { articleFromInput } from '../../shared/pipeline/ingest-article.js';
import { createDynamoStore } from '../../shared/store/dynamo-store.js';
import type { FactSeries } from '../../shared/facts/series.js';
import { createTestTable } from '../support/dynamodb.js';

let series: FactSeries[];

beforeAll(async () => {
  const { client, tableName } = await createTestTable();
  const store = createDynamoStore({ client, tableName });
  for (const seed of await loadSeedArticles(fileURLToPath(new URL('../../seeds/', import.meta.url)))) {
    const { article } = await store.putArticleOnce(articleFromInput(seed, new Date()));
    await extractArticle(article.id, { store });
  }
  const canada = (await store.listSubjects({ limit: 100 })).items.find((subject) => subject.slug === 'canada');
  series = [];
  for (const metric of canada?.metrics ?? []) {
    const page = await store.getSeries('canada', metric.slug, { limit: 100 });
    if (page.series) series.push(page.series);
  }
});

const facts = (one: FactSeries): Fact[] => one.kinds.flatMap((group) => group.facts);

describe("Canada's defence spending from the seed articles", () => {
  it('holds 2% for 2025 and 5% by 2035 as targets of one series, related as different scopes and not as a conflict', () => {
    const defence = series.find((one) => facts(one).some((fact) => fact.value === 5 && fact.time.by === 2035));
    expect(defence, `series found: ${series.map((one) => one.metricSlug).join(', ')}`).toBeDefined();
    const two = facts(defence!).find((fact) => fact.value === 2 && fact.time.year === 2025 && fact.kind === 'target');
    const five = facts(defence!).find((fact) => fact.value === 5 && fact.time.by === 2035 && fact.kind === 'target');
    expect(two).toBeDefined();
    expect(five).toBeDefined();
    const between = defence!.relations.filter(
      (relation) => [relation.from, relation.to].includes(two!.id) && [relation.from, relation.to].includes(five!.id),
    );
    expect(between.map((relation) => relation.type)).toEqual(['different-scope']);
    expect(defence!.relations.some((relation) => relation.type === 'conflicts')).toBe(false);
    expect(two!.appearances[0]).toMatchObject({ source: 'Global News', publishedAt: expect.stringMatching(/^2025-12-19/) });
  });
});
