// The claim-set aggregate's reads (claim-sets.ts adds the replacement): an article's current claims, found
// through the claim-set pointer on its head item. Apart, so that the read api's bundle carries no write code.
import { articleIdOfClaim, type Claim } from '../facts/claim.js';
import { claimFromItem } from './claim-items.js';
import { cursorKey, decodeCursor, encodeCursor, queryBinding, type CursorSecret } from './cursor.js';
import { articleKeys } from './keys.js';
import type { Page, PageRequest } from './port.js';
import type { Item, TableReads } from './table-access.js';

export class ClaimSetReads {
  constructor(
    protected readonly table: TableReads,
    protected readonly cursorSecret: CursorSecret,
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

  protected async claimSetClaims(head: Item, claimSet: string, consistent: boolean): Promise<Claim[]> {
    const items = await this.table.queryAll({
      partitionAttribute: 'PK',
      partition: String(head.PK),
      sortAttribute: 'SK',
      sortPrefix: articleKeys.claimSetPrefix(claimSet),
      ...(consistent ? { consistent } : {}),
    });
    return items.map((item) => claimFromItem(item, head));
  }
}
