// The claim-set aggregate's writes: an article's claims, written as a new set and made current by flipping the
// pointer on the article's head item (docs/table-design.md, "Replacing an article's claims in one step").
import { createHash } from 'node:crypto';
import type { Article } from '../articles/article.js';
import { FactlineError, NotFoundError } from '../errors.js';
import type { Claim, ClaimsCapped } from '../facts/claim.js';
import { carryCorrections } from '../facts/corrections.js';
import { claimFromItem, claimItem } from './claim-items.js';
import { ClaimSetReads } from './claim-set-reads.js';
import type { CursorSecret } from './cursor.js';
import type { FactItems } from './facts.js';
import { articleKeys } from './keys.js';
import type { ReplaceClaimsResult } from './port.js';
import { GLOBAL_INDEXES, TTL_ATTRIBUTE } from './schema.js';
import type { Item, TableAccess } from './table-access.js';

/** A reader that read the old claim-set pointer still finds the whole old set for this long. */
const RETIRED_CLAIM_SET_GRACE_SECONDS = 24 * 3600;
const INDEX_ATTRIBUTES = GLOBAL_INDEXES.flatMap((index) => [index.partition, index.sort]);

/** The claim set's reads (claim-set-reads.ts) and its replacement. */
export class ClaimSets extends ClaimSetReads {
  constructor(
    protected override readonly table: TableAccess,
    private readonly facts: FactItems,
    cursorSecret: CursorSecret,
    private readonly now: () => Date,
  ) {
    super(table, cursorSecret);
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
      const flipped = await this.table.updateIf(
        headKey,
        {
          expression: 'SET claimSet = :next, extractorVersion = :version, claimsCapped = :capped',
          values: { ':next': claimSet, ':version': extractorVersion, ':capped': capped, ...(previous ? { ':previous': previous } : {}) },
        },
        previous ? 'claimSet = :previous' : 'attribute_not_exists(claimSet)',
      );
      if (!flipped && (await this.table.get(headKey, true))?.claimSet !== claimSet)
        throw new FactlineError('unavailable', `the claims of article ${article.id} were replaced concurrently; retry`);
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
    // Marks the derived items done for this set, so a repeat costs one read (and a crash before here is finished by a
    // retry); not if a newer set was flipped to meanwhile: its own replace finishes the derived items.
    await this.table.updateIf(
      headKey,
      { expression: 'SET derivedFor = :claimSet', values: { ':claimSet': claimSet } },
      'claimSet = :claimSet',
    );
    return { claimSet, changed };
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
