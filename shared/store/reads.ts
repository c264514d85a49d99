// The read side: lists, facts, series, subjects and conflicts, read from the indexes and checked
// against each article's current claim set (claim-items.ts currentClaims).
import type { Claim } from '../facts/claim.js';
import { FACT_SEARCH_FIELDS, type SourcedRelation } from '../facts/derivation.js';
import { searchWords } from '../facts/search-words.js';
import { factsFromClaims, type Fact, type FactSummary } from '../facts/fact.js';
import type { FactRelation } from '../facts/relations.js';
import { buildSeries } from '../facts/series.js';
import { slugify } from '../facts/slug.js';
import { currentClaims, seriesQuery } from './claim-items.js';
import type { CursorSecret } from './cursor.js';
import { fanOutPage } from './fan-out.js';
import { factSummaryFromItem } from './item-shapes.js';
import { claimIndexKeys, factKeys, metricKindPeriodPrefix, relationKeys, SHARDS, shardNumbers, subjectKeys } from './keys.js';
import { INDEXES, onIndex } from './schema.js';
import type { ClaimFilter, Conflict, FactFilter, Page, PageRequest, SeriesPage, SubjectMetrics } from './port.js';
import type { Expression, TableReads } from './table-access.js';

export class StoreReads {
  constructor(
    private readonly table: TableReads,
    private readonly cursorSecret: CursorSecret,
  ) {}

  async listClaims(filter: ClaimFilter, page: PageRequest): Promise<Page<Claim>> {
    const filters: Expression[] = [];
    if (filter.kind && !filter.metric) filters.push(equals('kind', filter.kind));
    const bySubject = filter.subject !== undefined;
    const result = await fanOutPage(
      this.table,
      this.cursorSecret,
      {
        operation: 'listClaims',
        parameters: filter,
        ...onIndex(bySubject ? INDEXES.bySubject : INDEXES.byType),
        partitions: bySubject
          ? shardNumbers(SHARDS.subject).map((shard) => claimIndexKeys.subjectPartition(filter.subject!, shard))
          : shardNumbers(SHARDS.allClaims).map(claimIndexKeys.allClaimsPartition),
        sortPrefix: metricKindPeriodPrefix(filter.metric, filter.metric ? filter.kind : undefined),
        ...optionalFilter(filters),
      },
      page,
    );
    return { items: await currentClaims(this.table, result.items), ...cursorOf(result) };
  }

  async getFact(id: string): Promise<Fact | null> {
    const items = await this.table.queryAll({ ...onIndex(INDEXES.byFact), partition: claimIndexKeys.factPartition(id) });
    return factsFromClaims(await currentClaims(this.table, items))[0] ?? null;
  }

  async getFactRelations(fact: Fact): Promise<FactRelation[]> {
    const items = await this.table.queryAll({
      partitionAttribute: 'PK',
      partition: relationKeys.seriesPartition(fact.subjectSlug, fact.metricSlug),
      sortAttribute: 'SK',
      sortPrefix: relationKeys.scopePrefix(fact.kind, fact.period),
    });
    return items
      .map((item) => item.relation as SourcedRelation)
      .filter((relation) => relation.from === fact.id || relation.to === fact.id)
      .map(({ type, from, to, reason }) => ({ type, from, to, reason }));
  }

  async listFacts(filter: FactFilter, page: PageRequest): Promise<Page<FactSummary>> {
    const prefixParts: Array<string | undefined> = [filter.metric];
    if (filter.metric) prefixParts.push(filter.kind);
    if (filter.metric && filter.kind) prefixParts.push(filter.period);
    const filters: Expression[] = [];
    if (filter.kind && !filter.metric) filters.push(equals('kind', filter.kind));
    if (filter.period && !(filter.metric && filter.kind)) filters.push(equals('period', filter.period));
    if (filter.speaker) {
      filters.push({
        expression: 'contains(#speakerSlugs, :speaker)',
        names: { '#speakerSlugs': 'speakerSlugs' },
        values: { ':speaker': slugify(filter.speaker) },
      });
    }
    // matchesSearch (facts/derivation.ts) as a filter: a substring of a search field, or one of the speakers' words.
    for (const [index, word] of searchWords(filter.q ?? '').entries()) {
      const inFields = FACT_SEARCH_FIELDS.map((field) => `contains(#${field}, :word${index})`);
      filters.push({
        expression: `(${[...inFields, `contains(#speakerWords, :word${index})`].join(' OR ')})`,
        names: { ...Object.fromEntries(FACT_SEARCH_FIELDS.map((field) => [`#${field}`, field])), '#speakerWords': 'speakerWords' },
        values: { [`:word${index}`]: word },
      });
    }
    const bySubject = filter.subject !== undefined;
    const result = await fanOutPage(
      this.table,
      this.cursorSecret,
      {
        operation: 'listFacts',
        parameters: filter,
        ...onIndex(bySubject ? INDEXES.byFact : INDEXES.byType),
        partitions: bySubject
          ? shardNumbers(SHARDS.subjectFacts).map((shard) => factKeys.subjectPartition(filter.subject!, shard))
          : shardNumbers(SHARDS.allFacts).map(factKeys.allPartition),
        sortPrefix: metricKindPeriodPrefix(...(prefixParts as [string?, string?, string?])),
        ...optionalFilter(filters),
      },
      page,
    );
    return { items: result.items.map(factSummaryFromItem), ...cursorOf(result) };
  }

  async getSeries(subjectSlug: string, metricSlug: string, page: PageRequest): Promise<SeriesPage> {
    const result = await fanOutPage(this.table, this.cursorSecret, seriesQuery(subjectSlug, metricSlug), page);
    return { series: buildSeries(await currentClaims(this.table, result.items)), ...cursorOf(result) };
  }

  async listSubjects(page: PageRequest): Promise<Page<SubjectMetrics>> {
    const result = await fanOutPage(
      this.table,
      this.cursorSecret,
      {
        operation: 'listSubjects',
        parameters: {},
        partitionAttribute: 'PK',
        sortAttribute: 'SK',
        partitions: shardNumbers(SHARDS.subjects).map(subjectKeys.partition),
      },
      page,
    );
    const subjects: SubjectMetrics[] = [];
    for (const row of result.items) {
      const metric = { metric: String(row.metric), slug: String(row.metricSlug), label: (row.metricLabel as string | null) ?? null };
      const last = subjects[subjects.length - 1];
      if (last && last.slug === row.subjectSlug) last.metrics.push(metric);
      else subjects.push({ subject: String(row.subject), slug: String(row.subjectSlug), metrics: [metric] });
    }
    return { items: subjects, ...cursorOf(result) };
  }

  async listConflicts(page: PageRequest): Promise<Page<Conflict>> {
    const result = await fanOutPage(
      this.table,
      this.cursorSecret,
      {
        operation: 'listConflicts',
        parameters: {},
        ...onIndex(INDEXES.byType),
        partitions: shardNumbers(SHARDS.conflicts).map(relationKeys.conflictPartition),
      },
      page,
    );
    return { items: result.items.map((item) => item.relation as Conflict), ...cursorOf(result) };
  }
}

function equals(attribute: string, value: string): Expression {
  return { expression: `#${attribute} = :${attribute}`, names: { [`#${attribute}`]: attribute }, values: { [`:${attribute}`]: value } };
}

function optionalFilter(filters: Expression[]): { filter?: Expression } {
  if (!filters.length) return {};
  return {
    filter: {
      expression: filters.map((filter) => filter.expression).join(' AND '),
      names: Object.assign({}, ...filters.map((filter) => filter.names)),
      values: Object.assign({}, ...filters.map((filter) => filter.values)),
    },
  };
}

function cursorOf(result: { cursor?: string }): { cursor?: string } {
  return result.cursor ? { cursor: result.cursor } : {};
}
