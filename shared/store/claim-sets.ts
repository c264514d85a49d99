// The claim-set aggregate: an article's claims, written as a new set and made current by flipping the
// pointer on the article's head item (docs/table-design.md, "Replacing an article's claims in one step").
import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Article } from '../articles/article.js';
import { FactlineError, NotFoundError } from '../errors.js';
import { articleIdOfClaim, type Claim, type ClaimsCapped } from '../facts/claim.js';
import { carryCorrections } from '../facts/corrections.js';
import { claimFromItem, claimItem } from './claim-items.js';
import { cursorKey, decodeCursor, encodeCursor, queryBinding, type CursorSecret } from './cursor.js';
import type { FactItems } from './facts.js';
import { articleKeys } from './keys.js';
import type { Page, PageRequest, ReplaceClaimsResult } from './port.js';
import { GLOBAL_INDEXES, TTL_ATTRIBUTE } from './schema.js';
import type { Item, TableAccess } from './table-access.js';

/** A reader that read the old claim-set pointer still finds the whole old set for this long. */
const RETIRED_CLAIM_SET_GRACE_SECONDS = 24 * 3600;
const INDEX_ATTRIBUTES = GLOBAL_INDEXES.flatMap((index) => [index.partition, index.sort]);

export class ClaimSets {
  constructor(
    private readonly table: TableAccess,
    private readonly facts: FactItems,
    private readonly cursorSecret: CursorSecret,
    private readonly now: () => Date,
  ) {}

  async getArticleClaims(id: string): Promise<Claim[] | null> {
    const head = await this.table.get(articleKeys.head(id));
    if (!head) return null;
    if (!head.claimSet) return [];
    return this.claimSetClaims(head, String(head.claimSet), false);
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

  async getClaim(id: string): Promise<Claim | null> {
    const articleId = articleIdOfClaim(id);
    if (!articleId) return null;
    const head = await this.table.get(articleKeys.head(articleId));
    if (!head?.claimSet) return null;
    const item = await this.table.get(articleKeys.claim(articleId, String(head.claimSet), id));
    return item ? claimFromItem(item, head) : null;
  }

  /**
   * Writes the new claim set under its own version, then flips the article's pointer to it in one
   * conditional write: readers follow the pointer, so they see the old set or the new, never a mix.
   * Then updates what is derived from claims (facts, subjects, relations) and retires the old set.
   */
  async replaceArticleClaims(
    article: Article,
    claims: Claim[],
    extractorVersion: string,
    capped: ClaimsCapped | null = null,
  ): Promise<ReplaceClaimsResult> {
    const headKey = articleKeys.head(article.id);
    const head = await this.table.get(headKey, true);
    if (!head) throw new NotFoundError('article', article.id);
    const claimSet = claimSetId(extractorVersion, claims);
    const previous = head.claimSet === undefined ? null : String(head.claimSet);
    const changed = previous !== claimSet;
    if (!changed && head.derivedFor === claimSet) return { claimSet, changed };
    if (changed) {
      const corrected = previous
        ? carryCorrections(await this.claimSetClaims(head, previous, true), claims, this.now().toISOString())
        : claims;
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
        if (now?.claimSet !== claimSet)
          throw new FactlineError('unavailable', `the claims of article ${article.id} were replaced concurrently; retry`);
      }
    }
    // Idempotent from here on: a retry after a crash finishes what the first attempt started.
    const items = await this.table.queryAll({
      partitionAttribute: 'PK',
      partition: headKey.PK,
      sortAttribute: 'SK',
      sortPrefix: articleKeys.allClaimsPrefix,
      consistent: true,
    });
    const current = items.filter((item) => item.claimSet === claimSet).map((item) => claimFromItem(item, head));
    const retiring = items.filter((item) => item.claimSet !== claimSet && item[TTL_ATTRIBUTE] === undefined);
    await this.facts.update(
      current,
      retiring.map((item) => claimFromItem(item, head)),
    );
    await this.retire(retiring);
    // Marks the derived items done for this set, so a repeat costs one read (and a crash before here is finished by a retry).
    try {
      await this.table.update(
        headKey,
        { expression: 'SET derivedFor = :claimSet', values: { ':claimSet': claimSet } },
        'claimSet = :claimSet',
      );
    } catch (error) {
      // A newer set was flipped to meanwhile: its own replace finishes the derived items.
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    return { claimSet, changed };
  }

  private async claimSetClaims(head: Item, claimSet: string, consistent: boolean): Promise<Claim[]> {
    const items = await this.table.queryAll({
      partitionAttribute: 'PK',
      partition: String(head.PK),
      sortAttribute: 'SK',
      sortPrefix: articleKeys.claimSetPrefix(claimSet),
      ...(consistent ? { consistent } : {}),
    });
    return items.map((item) => claimFromItem(item, head));
  }

  /** Retired claim items leave every index at once and expire after a grace period. */
  private async retire(items: Item[]): Promise<void> {
    const expiresAt = Math.floor(this.now().getTime() / 1000) + RETIRED_CLAIM_SET_GRACE_SECONDS;
    await Promise.all(
      items.map((item) =>
        this.table.update(
          { PK: String(item.PK), SK: String(item.SK) },
          {
            expression: `SET #ttl = :expiresAt REMOVE ${INDEX_ATTRIBUTES.join(', ')}`,
            names: { '#ttl': TTL_ATTRIBUTE },
            values: { ':expiresAt': expiresAt },
          },
        ),
      ),
    );
  }
}

/** Same extractor version and same claims -> same id: a repeated replace is recognised as one. */
function claimSetId(extractorVersion: string, claims: Claim[]): string {
  const content = [...claims].sort((a, b) => a.id.localeCompare(b.id)).map(({ alsoAt: _alsoAt, ...claim }) => claim);
  return createHash('sha256')
    .update(JSON.stringify([extractorVersion, content]))
    .digest('hex')
    .slice(0, 16);
}
