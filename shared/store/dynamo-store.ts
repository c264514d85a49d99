// The DynamoDB adapter of the FactStore port. Every read is a GetItem, BatchGetItem or Query on a key
// or index from keys.ts; nothing scans. docs/table-design.md explains the design and its costs.
import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException, TransactionCanceledException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { articleIdFor, type Article } from '../articles/article.js';
import { FactlineError, NotFoundError } from '../errors.js';
import { articleIdOfClaim, sourceOf, type ArticleSource, type Claim, type ClaimsCapped } from '../facts/claim.js';
import { carryCorrections } from '../facts/corrections.js';
import { appearancesOf, factIdOf, factsFromClaims, periodKey, type Fact, type FactSummary } from '../facts/fact.js';
import { relateFacts, type FactRelation } from '../facts/relations.js';
import { buildSeries } from '../facts/series.js';
import { slugify } from '../facts/slug.js';
import { cursorKey, decodeCursor, encodeCursor, PROCESS_CURSOR_SECRET, queryBinding, type CursorSecret } from './cursor.js';
import { fanOutPage, type FanOutQuery } from './fan-out.js';
import { factSummaryFromItem } from './item-shapes.js';
import {
  articleKeys,
  claimIndexKeys,
  factKeys,
  metricKindPeriodPrefix,
  relationKeys,
  SHARDS,
  subjectKeys,
} from './keys.js';
import type {
  ClaimFilter,
  Conflict,
  FactFilter,
  FactStore,
  Page,
  PageRequest,
  PutArticleResult,
  ReplaceClaimsResult,
  SeriesPage,
  SourcedFact,
  StoredArticle,
  SubjectMetrics,
} from './port.js';
import { TTL_ATTRIBUTE } from './schema.js';
import { TableAccess, type CapacityListener, type Expression, type Item } from './table-access.js';

export interface DynamoStoreOptions {
  client: DynamoDBClient;
  tableName: string;
  /** Signs pagination cursors (shared/store/cursor.ts); defaults to a key only this process knows. */
  cursorSecret?: CursorSecret;
  /** Receives the consumed capacity of every call (used by scripts/measure-capacity.ts). */
  onConsumedCapacity?: CapacityListener;
  now?: () => Date;
}

/** Items stay under DynamoDB's 400 KB limit: text is stored in chunks of at most 100k UTF-16 units (<= 300 KB UTF-8). */
const TEXT_CHUNK_LENGTH = 100_000;
/** A reader that read the old claim-set pointer still finds the whole old set for this long. */
const RETIRED_CLAIM_SET_GRACE_SECONDS = 24 * 3600;
/** Sources kept with each side of a stored conflict. */
const SOURCES_PER_CONFLICT_SIDE = 10;
const INDEX_ATTRIBUTES = ['GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'GSI3PK', 'GSI3SK'];

type Scope = { subject: string; subjectSlug: string; metric: string; metricSlug: string; kind: string; period: string };

export function createDynamoStore(options: DynamoStoreOptions): FactStore & ArticleLookups {
  return new DynamoFactStore(options);
}

export interface ArticleLookups {
  /** The article stored under this canonical URL, or whose text was also seen there. */
  findArticleByUrl(canonicalUrl: string): Promise<StoredArticle | null>;
  /** The article that first brought this text. */
  findArticleByFingerprint(fingerprint: string): Promise<StoredArticle | null>;
}

class DynamoFactStore implements FactStore, ArticleLookups {
  private readonly table: TableAccess;
  private readonly cursorSecret: CursorSecret;
  private readonly now: () => Date;

  constructor(options: DynamoStoreOptions) {
    this.table = new TableAccess(options.client, options.tableName, options.onConsumedCapacity);
    this.cursorSecret = options.cursorSecret ?? PROCESS_CURSOR_SECRET;
    this.now = options.now ?? (() => new Date());
  }

  // ----- articles -----------------------------------------------------------------------------

  async putArticleOnce(article: Article): Promise<PutArticleResult> {
    const { text, ...metadata } = article;
    const chunks = chunkText(text);
    const head = { ...articleKeys.head(article.id), entity: 'article', ...metadata, textChunks: chunks.length, alsoAt: {} };
    const notExists = { ConditionExpression: 'attribute_not_exists(PK)' };
    try {
      await this.table.transactWrite([
        { Put: { TableName: this.table.tableName, Item: this.table.marshall(head), ...notExists } },
        ...chunks.map((chunk, index) => ({ Put: { TableName: this.table.tableName, Item: this.table.marshall({ ...articleKeys.text(article.id, index), entity: 'article-text', text: chunk }) } })),
        {
          Put: {
            TableName: this.table.tableName,
            Item: this.table.marshall({ ...articleKeys.fingerprint(article.fingerprint), entity: 'fingerprint', articleId: article.id }),
            ...notExists,
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
      ]);
      return { article, created: true };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const [headReason, ...rest] = error.CancellationReasons ?? [];
      const fingerprintReason = rest[rest.length - 1];
      if (headReason?.Code === 'ConditionalCheckFailed') {
        const stored = await this.getArticle(article.id);
        if (stored && stored.fingerprint !== article.fingerprint) return this.reviseArticle(stored, article);
        return { article: stored ?? article, created: false };
      }
      if (fingerprintReason?.Code === 'ConditionalCheckFailed' && fingerprintReason.Item) {
        const ownerId = String(unmarshall(fingerprintReason.Item).articleId);
        await this.recordAlsoAt(ownerId, article);
        const owner = await this.getArticle(ownerId);
        if (owner) return { article: owner, created: false };
      }
      throw new FactlineError('unavailable', `article ${article.id} could not be stored now; retry`, {}, { cause: error });
    }
  }

  /**
   * The same URL with other text: the article was edited. Its text and metadata are replaced in one
   * transaction (conditional on the text it replaces); re-extraction then replaces its claims.
   */
  private async reviseArticle(stored: StoredArticle, edited: Article): Promise<PutArticleResult> {
    const { text, ...metadata } = edited;
    const chunks = chunkText(text);
    const staleChunks = Math.max(0, Math.ceil(stored.text.length / TEXT_CHUNK_LENGTH) - chunks.length);
    const setFields = ['title', 'url', 'publishedAt', 'source', 'fingerprint', 'textChunks', 'revisedAt'] as const;
    const values: Item = { ...metadata, textChunks: chunks.length, revisedAt: edited.ingestedAt, ':old': stored.fingerprint };
    try {
      await this.table.transactWrite([
        {
          Update: {
            TableName: this.table.tableName,
            Key: this.table.marshall(articleKeys.head(edited.id)),
            UpdateExpression: `SET ${setFields.map((field) => `#${field} = :${field}`).join(', ')}`,
            ConditionExpression: 'fingerprint = :old',
            ExpressionAttributeNames: Object.fromEntries(setFields.map((field) => [`#${field}`, field])),
            ExpressionAttributeValues: this.table.marshall({ ...Object.fromEntries(setFields.map((field) => [`:${field}`, values[field] ?? null])), ':old': stored.fingerprint }),
          },
        },
        ...chunks.map((chunk, index) => ({ Put: { TableName: this.table.tableName, Item: this.table.marshall({ ...articleKeys.text(edited.id, index), entity: 'article-text', text: chunk }) } })),
        ...Array.from({ length: staleChunks }, (_, index) => ({ Delete: { TableName: this.table.tableName, Key: this.table.marshall(articleKeys.text(edited.id, chunks.length + index)) } })),
      ]);
    } catch (error) {
      // Another delivery revised it first: answer with what is stored now.
      if (!(error instanceof TransactionCanceledException)) throw error;
      return { article: (await this.getArticle(edited.id)) ?? stored, created: false };
    }
    try {
      await this.table.put({ ...articleKeys.fingerprint(edited.fingerprint), entity: 'fingerprint', articleId: edited.id }, { expression: 'attribute_not_exists(PK)' });
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error; // another article owns this text already
    }
    return { article: { ...edited, alsoAt: stored.alsoAt } as StoredArticle, created: false, revised: true };
  }

  /** The same text under another URL: that URL becomes another source of the first article's claims. */
  private async recordAlsoAt(ownerId: string, article: Article): Promise<void> {
    if (!article.canonicalUrl || ownerId === article.id) return;
    await this.table.update(
      articleKeys.head(ownerId),
      { expression: 'SET alsoAt.#url = :source', names: { '#url': article.canonicalUrl }, values: { ':source': sourceOf(article) } },
      'attribute_exists(PK)',
    );
    await this.table.put({ ...articleKeys.url(article.canonicalUrl), entity: 'url', articleId: ownerId });
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const head = await this.table.get(articleKeys.head(id));
    if (!head) return null;
    const chunks = await this.table.queryAll({ partitionAttribute: 'PK', partition: articleKeys.head(id).PK, sortAttribute: 'SK', sortPrefix: articleKeys.textPrefix });
    return articleFromItems(head, chunks);
  }

  async findArticleByUrl(canonicalUrl: string): Promise<StoredArticle | null> {
    const own = await this.getArticle(articleIdFor(canonicalUrl, ''));
    if (own) return own;
    const alias = await this.table.get(articleKeys.url(canonicalUrl));
    return alias ? this.getArticle(String(alias.articleId)) : null;
  }

  async findArticleByFingerprint(fingerprint: string): Promise<StoredArticle | null> {
    const owner = await this.table.get(articleKeys.fingerprint(fingerprint));
    return owner ? this.getArticle(String(owner.articleId)) : null;
  }

  // ----- claims ---------------------------------------------------------------------------------

  async getArticleClaims(id: string): Promise<Claim[] | null> {
    const head = await this.table.get(articleKeys.head(id));
    if (!head) return null;
    if (!head.claimSet) return [];
    const items = await this.table.queryAll({
      partitionAttribute: 'PK',
      partition: articleKeys.head(id).PK,
      sortAttribute: 'SK',
      sortPrefix: articleKeys.claimSetPrefix(String(head.claimSet)),
    });
    return items.map((item) => claimFromItem(item, head));
  }

  async getArticleClaimsPage(id: string, page: PageRequest): Promise<Page<Claim> | null> {
    const head = await this.table.get(articleKeys.head(id));
    if (!head) return null;
    if (!head.claimSet) return { items: [] };
    const claimSet = String(head.claimSet);
    // Bound to the claim set: after a re-extraction, an old cursor is refused rather than mixing two sets.
    const binding = queryBinding('getArticleClaimsPage', { id, claimSet });
    const secret = await cursorKey(this.cursorSecret);
    const [position] = page.cursor ? decodeCursor(secret, binding, page.cursor, 1) : [];
    if (position?.done) return { items: [] };
    const result = await this.table.query({
      partitionAttribute: 'PK',
      partition: articleKeys.head(id).PK,
      sortAttribute: 'SK',
      sortPrefix: articleKeys.claimSetPrefix(claimSet),
      limit: page.limit,
      ...(position?.after ? { exclusiveStartKey: position.after } : {}),
    });
    const after = result.lastKey ? { PK: String(result.lastKey.PK), SK: String(result.lastKey.SK) } : null;
    return {
      items: result.items.map((item) => claimFromItem(item, head)),
      ...(after ? { cursor: encodeCursor(secret, binding, [{ done: false, after }]) } : {}),
    };
  }

  /**
   * Writes the new claim set under its own version, then flips the article's pointer to it in one
   * conditional write: readers follow the pointer, so they see the old set or the new, never a mix.
   * Then updates what is derived from claims (facts, subjects, relations) and retires the old set.
   */
  async replaceArticleClaims(article: Article, claims: Claim[], extractorVersion: string, capped: ClaimsCapped | null = null): Promise<ReplaceClaimsResult> {
    const headKey = articleKeys.head(article.id);
    const head = await this.table.get(headKey, true);
    if (!head) throw new NotFoundError('article', article.id);
    const claimSet = claimSetId(extractorVersion, claims);
    const previous = head.claimSet === undefined ? null : String(head.claimSet);
    const changed = previous !== claimSet;
    if (!changed && head.derivedFor === claimSet) return { claimSet, changed };
    if (changed) {
      const corrected = previous ? carryCorrections(await this.claimSetClaims(head, previous), claims, this.now().toISOString()) : claims;
      await this.table.batchWrite(corrected.map((claim) => ({ put: claimItem(claim, claimSet) })));
      try {
        await this.table.update(
          headKey,
          {
            expression: 'SET claimSet = :next, extractorVersion = :version, claimsCapped = :capped',
            values: { ':next': claimSet, ':version': extractorVersion, ':capped': capped, ...(previous ? { ':previous': previous } : {}) },
          },
          previous ? 'claimSet = :previous' : 'attribute_not_exists(claimSet)',
        );
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const now = await this.table.get(headKey, true);
        if (now?.claimSet !== claimSet) throw new FactlineError('unavailable', `the claims of article ${article.id} were replaced concurrently; retry`);
      }
    }
    // Idempotent from here on: a retry after a crash finishes what the first attempt started.
    const items = await this.table.queryAll({ partitionAttribute: 'PK', partition: headKey.PK, sortAttribute: 'SK', sortPrefix: articleKeys.allClaimsPrefix, consistent: true });
    const current = items.filter((item) => item.claimSet === claimSet).map((item) => claimFromItem(item, head));
    const retiring = items.filter((item) => item.claimSet !== claimSet && item[TTL_ATTRIBUTE] === undefined);
    await this.updateDerived(current, retiring.map((item) => claimFromItem(item, head)));
    await this.retire(retiring);
    // Marks the derived items done for this set, so a repeat costs one read (and a crash before here is finished by a retry).
    try {
      await this.table.update(headKey, { expression: 'SET derivedFor = :claimSet', values: { ':claimSet': claimSet } }, 'claimSet = :claimSet');
    } catch (error) {
      // A newer set was flipped to meanwhile: its own replace finishes the derived items.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    return { claimSet, changed };
  }

  private async claimSetClaims(head: Item, claimSet: string): Promise<Claim[]> {
    const items = await this.table.queryAll({ partitionAttribute: 'PK', partition: String(head.PK), sortAttribute: 'SK', sortPrefix: articleKeys.claimSetPrefix(claimSet), consistent: true });
    return items.map((item) => claimFromItem(item, head));
  }

  /** Retired claim items leave every index at once and expire after a grace period. */
  private async retire(items: Item[]): Promise<void> {
    const expiresAt = Math.floor(this.now().getTime() / 1000) + RETIRED_CLAIM_SET_GRACE_SECONDS;
    await Promise.all(
      items.map((item) =>
        this.table.update(
          { PK: String(item.PK), SK: String(item.SK) },
          { expression: `SET #ttl = :expiresAt REMOVE ${INDEX_ATTRIBUTES.join(', ')}`, names: { '#ttl': TTL_ATTRIBUTE }, values: { ':expiresAt': expiresAt } },
        ),
      ),
    );
  }

  async getClaim(id: string): Promise<Claim | null> {
    const articleId = articleIdOfClaim(id);
    if (!articleId) return null;
    const head = await this.table.get(articleKeys.head(articleId));
    if (!head?.claimSet) return null;
    const item = await this.table.get(articleKeys.claim(articleId, String(head.claimSet), id));
    return item ? claimFromItem(item, head) : null;
  }

  async listClaims(filter: ClaimFilter, page: PageRequest): Promise<Page<Claim>> {
    const filters: Expression[] = [];
    if (filter.kind && !filter.metric) filters.push(equals('kind', filter.kind));
    const bySubject = filter.subject !== undefined;
    const result = await fanOutPage(this.table, this.cursorSecret, {
      operation: 'listClaims',
      parameters: filter,
      index: bySubject ? 'GSI1' : 'GSI3',
      partitionAttribute: bySubject ? 'GSI1PK' : 'GSI3PK',
      sortAttribute: bySubject ? 'GSI1SK' : 'GSI3SK',
      partitions: bySubject ? range(SHARDS.subject).map((shard) => claimIndexKeys.subjectPartition(filter.subject!, shard)) : range(SHARDS.allClaims).map(claimIndexKeys.allClaimsPartition),
      sortPrefix: metricKindPeriodPrefix(filter.metric, filter.metric ? filter.kind : undefined),
      ...optionalFilter(filters),
    }, page);
    return { items: await this.currentClaims(result.items), ...cursorOf(result) };
  }

  /**
   * Keeps the claim items of each article's current claim set (index reads can meet a set written
   * but not yet flipped to, or one just retired), with the article's other sources attached.
   */
  private async currentClaims(items: Item[]): Promise<Claim[]> {
    const articleIds = [...new Set(items.map((item) => String(item.articleId)))];
    if (!articleIds.length) return [];
    const heads = await this.table.batchGet(articleIds.map(articleKeys.head), ['id', 'claimSet', 'alsoAt']);
    const headById = new Map(heads.map((head) => [String(head.id), head]));
    return items.flatMap((item) => {
      const head = headById.get(String(item.articleId));
      return head && head.claimSet === item.claimSet ? [claimFromItem(item, head)] : [];
    });
  }

  // ----- facts, series, subjects, conflicts -----------------------------------------------------

  async getFact(id: string): Promise<Fact | null> {
    const items = await this.table.queryAll({ index: 'GSI2', partitionAttribute: 'GSI2PK', partition: claimIndexKeys.factPartition(id), sortAttribute: 'GSI2SK' });
    return factsFromClaims(await this.currentClaims(items))[0] ?? null;
  }

  async getFactRelations(fact: Fact): Promise<FactRelation[]> {
    const items = await this.table.queryAll({
      partitionAttribute: 'PK',
      partition: relationKeys.seriesPartition(fact.subjectSlug, fact.metricSlug),
      sortAttribute: 'SK',
      sortPrefix: relationKeys.scopePrefix(fact.kind, fact.period),
    });
    return items
      .map((item) => item.conflict as Conflict)
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
    if (filter.speaker) filters.push({ expression: 'contains(#speakerSlugs, :speaker)', names: { '#speakerSlugs': 'speakerSlugs' }, values: { ':speaker': slugify(filter.speaker) } });
    for (const [index, word] of words(filter.q ?? '').entries()) {
      filters.push({
        expression: `(contains(#searchText, :word${index}) OR contains(#speakerWords, :word${index}))`,
        names: { '#searchText': 'searchText', '#speakerWords': 'speakerWords' },
        values: { [`:word${index}`]: word },
      });
    }
    const bySubject = filter.subject !== undefined;
    const result = await fanOutPage(this.table, this.cursorSecret, {
      operation: 'listFacts',
      parameters: filter,
      index: bySubject ? 'GSI2' : 'GSI3',
      partitionAttribute: bySubject ? 'GSI2PK' : 'GSI3PK',
      sortAttribute: bySubject ? 'GSI2SK' : 'GSI3SK',
      partitions: bySubject ? range(SHARDS.subjectFacts).map((shard) => factKeys.subjectPartition(filter.subject!, shard)) : range(SHARDS.allFacts).map(factKeys.allPartition),
      sortPrefix: metricKindPeriodPrefix(...(prefixParts as [string?, string?, string?])),
      ...optionalFilter(filters),
    }, page);
    return { items: result.items.map(factSummaryFromItem), ...cursorOf(result) };
  }

  async getSeries(subjectSlug: string, metricSlug: string, page: PageRequest): Promise<SeriesPage> {
    const result = await fanOutPage(this.table, this.cursorSecret, seriesQuery(subjectSlug, metricSlug), page);
    return { series: buildSeries(await this.currentClaims(result.items)), ...cursorOf(result) };
  }

  async listSubjects(page: PageRequest): Promise<Page<SubjectMetrics>> {
    const result = await fanOutPage(this.table, this.cursorSecret, {
      operation: 'listSubjects',
      parameters: {},
      partitionAttribute: 'PK',
      sortAttribute: 'SK',
      partitions: range(SHARDS.subjects).map(subjectKeys.partition),
    }, page);
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
    const result = await fanOutPage(this.table, this.cursorSecret, {
      operation: 'listConflicts',
      parameters: {},
      index: 'GSI3',
      partitionAttribute: 'GSI3PK',
      sortAttribute: 'GSI3SK',
      partitions: range(SHARDS.conflicts).map(relationKeys.conflictPartition),
    }, page);
    return { items: result.items.map((item) => item.conflict as Conflict), ...cursorOf(result) };
  }

  // ----- derived items: facts, subject rows, stored relations ---------------------------------

  /** Brings facts, subject rows and stored relations in line with an article's current claims. */
  private async updateDerived(current: Claim[], retired: Claim[]): Promise<void> {
    const currentFacts = factsFromClaims(current);
    const retiredFacts = factsFromClaims(retired);
    const currentIds = new Set(currentFacts.map((fact) => fact.id));
    await Promise.all(currentFacts.map((fact) => this.upsertFact(fact)));
    await Promise.all(
      retiredFacts
        .filter((fact) => !currentIds.has(fact.id))
        .map(async (fact) => {
          if (!(await this.hasCurrentClaims({ index: 'GSI2', partitionAttribute: 'GSI2PK', sortAttribute: 'GSI2SK', partitions: [claimIndexKeys.factPartition(fact.id)] }))) {
            await this.table.delete(factKeys.item(fact.id));
          }
        }),
    );

    const seriesOf = (facts: Fact[]) => new Map(facts.map((fact) => [`${fact.subjectSlug}#${fact.metricSlug}`, fact]));
    const currentSeries = seriesOf(currentFacts);
    await Promise.all(
      [...currentSeries.values()].map((fact) =>
        this.table.put({ ...subjectKeys.row(fact.subjectSlug, fact.metricSlug), entity: 'series', subject: fact.subject, subjectSlug: fact.subjectSlug, metric: fact.metric, metricSlug: fact.metricSlug, metricLabel: fact.metricLabel }),
      ),
    );
    await Promise.all(
      [...seriesOf(retiredFacts)].filter(([key]) => !currentSeries.has(key)).map(async ([, fact]) => {
        if (!(await this.hasCurrentClaims(seriesQuery(fact.subjectSlug, fact.metricSlug)))) await this.table.delete(subjectKeys.row(fact.subjectSlug, fact.metricSlug));
      }),
    );

    const scopes = new Map<string, Scope>();
    for (const fact of [...currentFacts, ...retiredFacts]) {
      scopes.set(JSON.stringify([fact.subjectSlug, fact.metricSlug, fact.kind, fact.period]), fact);
    }
    const touched = new Set([...currentFacts, ...retiredFacts].map((fact) => fact.id));
    await Promise.all([...scopes.values()].map((scope) => this.updateScopeRelations(scope, touched)));
  }

  private async upsertFact(fact: Fact): Promise<void> {
    // Corrections live on the claims of the article that made them; the shared fact item holds identity only.
    const { appearances, superseded: _superseded, ...identity } = fact;
    const speakers = new Set(appearances.map((appearance) => appearance.speaker).filter((speaker): speaker is string => !!speaker));
    const saidOn = new Set(appearances.map((appearance) => appearance.publishedAt?.slice(0, 10)).filter((date): date is string => !!date));
    const indexKeys = factKeys.index(fact.id, fact.subjectSlug, fact.metricSlug, fact.kind, fact.period);
    const names: Record<string, string> = { '#fact': 'fact', '#entity': 'entity', '#kind': 'kind', '#period': 'period', '#searchText': 'searchText' };
    const values: Item = {
      ':fact': identity,
      ':entity': 'fact',
      ':kind': fact.kind,
      ':period': fact.period,
      ':searchText': [fact.subject, fact.metric, fact.metricLabel, fact.unit, fact.of].filter(Boolean).join(' ').toLowerCase(),
    };
    const sets = ['#fact = :fact', '#entity = :entity', '#kind = :kind', '#period = :period', '#searchText = :searchText'];
    for (const [name, value] of Object.entries(indexKeys)) {
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      sets.push(`#${name} = :${name}`);
    }
    // Sets only grow: ADD is idempotent, so a repeated update leaves the same item.
    const adds: string[] = [];
    const addSet = (attribute: string, members: Set<string>) => {
      if (!members.size) return;
      names[`#${attribute}`] = attribute;
      values[`:${attribute}`] = members;
      adds.push(`#${attribute} :${attribute}`);
    };
    addSet('speakers', speakers);
    addSet('speakerSlugs', new Set([...speakers].map(slugify)));
    addSet('saidOn', saidOn);
    addSet('speakerWords', new Set([...speakers].flatMap(words)));
    await this.table.update(factKeys.item(fact.id), { expression: `SET ${sets.join(', ')}${adds.length ? ` ADD ${adds.join(', ')}` : ''}`, names, values });
  }

  /** Whether any current claim remains under a (possibly sharded) index key. */
  private async hasCurrentClaims(query: Pick<FanOutQuery, 'index' | 'partitionAttribute' | 'sortAttribute' | 'partitions' | 'sortPrefix'>): Promise<boolean> {
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
        if ((await this.currentClaims(page.items)).length) return true;
        lastKey = page.lastKey;
      } while (lastKey);
    }
    return false;
  }

  /**
   * Recomputes the stored conflicts and supersedes among the facts of one scope; writes only what changed.
   * A relation's sources are re-read only when it is new or one of its facts is `touched` (said in the article).
   */
  private async updateScopeRelations(scope: Scope, touched: Set<string>): Promise<void> {
    const factItems = await this.table.queryAll({
      index: 'GSI2',
      partitionAttribute: 'GSI2PK',
      partition: factKeys.subjectPartition(scope.subjectSlug, factKeys.scopeShard(scope.metricSlug, scope.kind, scope.period)),
      sortAttribute: 'GSI2SK',
      sortPrefix: metricKindPeriodPrefix(scope.metricSlug, scope.kind, scope.period),
    });
    const facts = new Map(factItems.map((item) => [String((item.fact as Fact).id), factSummaryFromItem(item)]));
    const relations = relateFacts([...facts.values()]).filter((relation) => relation.type !== 'different-scope');
    const partition = relationKeys.seriesPartition(scope.subjectSlug, scope.metricSlug);
    const existing = await this.table.queryAll({ partitionAttribute: 'PK', partition, sortAttribute: 'SK', sortPrefix: relationKeys.scopePrefix(scope.kind, scope.period) });
    const existingBySortKey = new Map(existing.map((item) => [String(item.SK), item]));
    const wanted = new Set<string>();
    for (const relation of relations) {
      const key = relationKeys.item(scope.subjectSlug, scope.metricSlug, scope.kind, scope.period, relation.type, relation.from, relation.to);
      wanted.add(key.SK);
      const before = existingBySortKey.get(key.SK);
      if (before && !touched.has(relation.from) && !touched.has(relation.to) && (before.conflict as Conflict).reason === relation.reason) continue;
      const conflict: Conflict = {
        ...relation,
        subject: scope.subject,
        subjectSlug: scope.subjectSlug,
        metric: scope.metric,
        metricSlug: scope.metricSlug,
        facts: [await this.sourced(facts.get(relation.from)!), await this.sourced(facts.get(relation.to)!)],
      };
      if (before && JSON.stringify(before.conflict) === JSON.stringify(conflict)) continue;
      const index = relation.type === 'conflicts' ? relationKeys.conflictIndex(scope.subjectSlug, scope.metricSlug, relation.from, relation.to) : {};
      await this.table.put({ ...key, entity: 'relation', conflict, ...index });
    }
    await Promise.all(existing.filter((item) => !wanted.has(String(item.SK))).map((item) => this.table.delete({ PK: String(item.PK), SK: String(item.SK) })));
  }

  private async sourced(fact: FactSummary): Promise<SourcedFact> {
    const page = await this.table.query({ index: 'GSI2', partitionAttribute: 'GSI2PK', partition: claimIndexKeys.factPartition(fact.id), sortAttribute: 'GSI2SK', limit: SOURCES_PER_CONFLICT_SIDE });
    const claims = await this.currentClaims(page.items);
    const sources = claims.flatMap(appearancesOf).map(({ url, source, publishedAt, title }) => ({ url, source, publishedAt, title }));
    return { ...fact, sources: sources.slice(0, SOURCES_PER_CONFLICT_SIDE) };
  }
}

// ----- item shapes ------------------------------------------------------------------------------

function chunkText(text: string): string[] {
  const chunks: string[] = [];
  for (let offset = 0; offset < text.length; offset += TEXT_CHUNK_LENGTH) chunks.push(text.slice(offset, offset + TEXT_CHUNK_LENGTH));
  return chunks.length ? chunks : [''];
}

function alsoAtOf(head: Item): ArticleSource[] {
  return Object.entries((head.alsoAt as Record<string, ArticleSource> | undefined) ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, source]) => source);
}

function articleFromItems(head: Item, chunks: Item[]): StoredArticle {
  const text = chunks.sort((a, b) => String(a.SK).localeCompare(String(b.SK))).map((chunk) => String(chunk.text)).join('');
  return {
    id: String(head.id),
    title: (head.title as string | null) ?? null,
    url: (head.url as string | null) ?? null,
    canonicalUrl: (head.canonicalUrl as string | null) ?? null,
    text,
    publishedAt: (head.publishedAt as string | null) ?? null,
    source: (head.source as string | null) ?? null,
    fingerprint: String(head.fingerprint),
    ingestedAt: String(head.ingestedAt),
    alsoAt: alsoAtOf(head),
    extractorVersion: (head.extractorVersion as string | undefined) ?? null,
    claimsCapped: (head.claimsCapped as ClaimsCapped | null | undefined) ?? null,
  };
}

/** Same extractor version and same claims -> same id: a repeated replace is recognised as one. */
function claimSetId(extractorVersion: string, claims: Claim[]): string {
  const content = [...claims].sort((a, b) => a.id.localeCompare(b.id)).map(({ alsoAt: _alsoAt, ...claim }) => claim);
  return createHash('sha256').update(JSON.stringify([extractorVersion, content])).digest('hex').slice(0, 16);
}

function slugOrNull(name: string | null): string | null {
  return name ? slugify(name) || null : null;
}

function claimItem(claim: Claim, claimSet: string): Item {
  const { alsoAt: _alsoAt, ...stored } = claim;
  return {
    ...articleKeys.claim(claim.articleId, claimSet, claim.id),
    entity: 'claim',
    articleId: claim.articleId,
    claimSet,
    kind: claim.kind,
    claim: stored,
    ...claimIndexKeys.of({
      articleId: claim.articleId,
      claimId: claim.id,
      subjectSlug: slugOrNull(claim.subject),
      metricSlug: slugOrNull(claim.metric),
      kind: claim.kind,
      periodKey: periodKey(claim.time),
      factId: factIdOf(claim),
      publishedAt: claim.publishedAt,
    }),
  };
}

function claimFromItem(item: Item, head: Item): Claim {
  return { ...(item.claim as Omit<Claim, 'alsoAt'>), alsoAt: alsoAtOf(head) };
}

function seriesQuery(subjectSlug: string, metricSlug: string): FanOutQuery {
  return {
    operation: 'getSeries',
    parameters: { subjectSlug, metricSlug },
    index: 'GSI1',
    partitionAttribute: 'GSI1PK',
    sortAttribute: 'GSI1SK',
    partitions: range(SHARDS.subject).map((shard) => claimIndexKeys.subjectPartition(subjectSlug, shard)),
    sortPrefix: metricKindPeriodPrefix(metricSlug),
  };
}

// ----- small helpers ----------------------------------------------------------------------------

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
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

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
}

function cursorOf(result: { cursor?: string }): { cursor?: string } {
  return result.cursor ? { cursor: result.cursor } : {};
}

