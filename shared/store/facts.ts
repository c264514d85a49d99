// The items derived from claims: facts, rows of the subject registry, and stored relations. What to
// write is decided by shared/facts/derivation.ts; this module reads its inputs and writes its outputs.
import type { Claim } from '../facts/claim.js';
import {
  deriveChanges,
  planScopeRelations,
  relationId,
  sourcedFact,
  sourcedRelation,
  SOURCES_PER_RELATION_SIDE,
  type FactRecord,
  type FactScope,
  type SourcedRelation,
} from '../facts/derivation.js';
import type { FactSummary } from '../facts/fact.js';
import { currentClaims, seriesQuery } from './claim-items.js';
import type { FanOutQuery } from './fan-out.js';
import { claimIndexKeys, factKeys, metricKindPeriodPrefix, relationKeys, subjectKeys } from './keys.js';
import { INDEXES, onIndex } from './schema.js';
import type { Item, TableAccess } from './table-access.js';
import { factSummaryFromItem } from './item-shapes.js';

export class FactItems {
  constructor(private readonly table: TableAccess) {}

  /** Brings facts, subject rows and stored relations in line with an article's current claims. */
  async update(current: Claim[], retired: Claim[]): Promise<void> {
    const changes = deriveChanges(current, retired);
    await Promise.all(changes.facts.map((record) => this.putFact(record)));
    await Promise.all(
      changes.unstatedFacts.map(async (fact) => {
        const appearances = { ...onIndex(INDEXES.byFact), partitions: [claimIndexKeys.factPartition(fact.id)] };
        if (!(await this.hasCurrentClaims(appearances))) await this.table.delete(factKeys.item(fact.id));
      }),
    );
    await Promise.all(
      changes.series.map((entry) =>
        this.table.put({ ...subjectKeys.row(entry.subjectSlug, entry.metricSlug), entity: 'series', ...entry }),
      ),
    );
    await Promise.all(
      changes.unstatedSeries.map(async ({ subjectSlug, metricSlug }) => {
        if (!(await this.hasCurrentClaims(seriesQuery(subjectSlug, metricSlug))))
          await this.table.delete(subjectKeys.row(subjectSlug, metricSlug));
      }),
    );
    await Promise.all(changes.scopes.map((scope) => this.updateScopeRelations(scope, changes.touched)));
  }

  private async putFact(record: FactRecord): Promise<void> {
    const { fact } = record;
    const indexKeys = factKeys.index(fact.id, fact.subjectSlug, fact.metricSlug, fact.kind, fact.period);
    const names: Record<string, string> = {
      '#fact': 'fact',
      '#entity': 'entity',
      '#kind': 'kind',
      '#period': 'period',
      '#searchText': 'searchText',
    };
    const values: Item = { ':fact': fact, ':entity': 'fact', ':kind': fact.kind, ':period': fact.period, ':searchText': record.searchText };
    const sets = ['#fact = :fact', '#entity = :entity', '#kind = :kind', '#period = :period', '#searchText = :searchText'];
    for (const [name, value] of Object.entries(indexKeys)) {
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      sets.push(`#${name} = :${name}`);
    }
    // Sets only grow: ADD is idempotent, so a repeated update leaves the same item.
    const adds: string[] = [];
    for (const attribute of ['speakers', 'speakerSlugs', 'saidOn', 'speakerWords'] as const) {
      if (!record[attribute].size) continue;
      names[`#${attribute}`] = attribute;
      values[`:${attribute}`] = record[attribute];
      adds.push(`#${attribute} :${attribute}`);
    }
    await this.table.update(factKeys.item(fact.id), {
      expression: `SET ${sets.join(', ')}${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
      names,
      values,
    });
  }

  /** Whether any current claim remains under a (possibly sharded) index key. */
  private async hasCurrentClaims(
    query: Pick<FanOutQuery, 'index' | 'partitionAttribute' | 'sortAttribute' | 'partitions' | 'sortPrefix'>,
  ): Promise<boolean> {
    for (const partition of query.partitions) {
      let lastKey: Item | undefined;
      do {
        const page = await this.table.query({
          ...(query.index ? { index: query.index } : {}),
          partitionAttribute: query.partitionAttribute,
          sortAttribute: query.sortAttribute,
          partition,
          ...(query.sortPrefix ? { sortPrefix: query.sortPrefix } : {}),
          limit: 100,
          ...(lastKey ? { exclusiveStartKey: lastKey } : {}),
        });
        if ((await currentClaims(this.table, page.items)).length) return true;
        lastKey = page.lastKey;
      } while (lastKey);
    }
    return false;
  }

  /**
   * Recomputes the stored conflicts and supersedes among the facts of one scope; writes only what changed.
   * A relation's sources are re-read only when it is new or one of its facts is `touched` (said in the article).
   */
  private async updateScopeRelations(scope: FactScope, touched: Set<string>): Promise<void> {
    const factItems = await this.table.queryAll({
      ...onIndex(INDEXES.byFact),
      partition: factKeys.subjectPartition(scope.subjectSlug, factKeys.scopeShard(scope.metricSlug, scope.kind, scope.period)),
      sortPrefix: metricKindPeriodPrefix(scope.metricSlug, scope.kind, scope.period),
    });
    const partition = relationKeys.seriesPartition(scope.subjectSlug, scope.metricSlug);
    const storedItems = await this.table.queryAll({
      partitionAttribute: 'PK',
      partition,
      sortAttribute: 'SK',
      sortPrefix: relationKeys.scopePrefix(scope.kind, scope.period),
    });
    const stored = storedItems.map((item) => item.relation as SourcedRelation);
    const storedById = new Map(stored.map((relation) => [relationId(relation), relation]));
    const plan = planScopeRelations(factItems.map(factSummaryFromItem), stored, touched);
    for (const { relation, facts } of plan.refresh) {
      const record = sourcedRelation(scope, relation, [await this.sourced(facts[0]), await this.sourced(facts[1])]);
      const before = storedById.get(relationId(relation));
      if (before && JSON.stringify(before) === JSON.stringify(record)) continue;
      const key = relationKeys.item(
        scope.subjectSlug,
        scope.metricSlug,
        scope.kind,
        scope.period,
        relation.type,
        relation.from,
        relation.to,
      );
      const index =
        relation.type === 'conflicts' ? relationKeys.conflictIndex(scope.subjectSlug, scope.metricSlug, relation.from, relation.to) : {};
      await this.table.put({ ...key, entity: 'relation', relation: record, ...index });
    }
    await Promise.all(
      plan.remove.map((relation) =>
        this.table.delete(
          relationKeys.item(scope.subjectSlug, scope.metricSlug, scope.kind, scope.period, relation.type, relation.from, relation.to),
        ),
      ),
    );
  }

  private async sourced(fact: FactSummary) {
    const page = await this.table.query({
      ...onIndex(INDEXES.byFact),
      partition: claimIndexKeys.factPartition(fact.id),
      limit: SOURCES_PER_RELATION_SIDE,
    });
    return sourcedFact(fact, await currentClaims(this.table, page.items));
  }
}
