// The claim-set aggregate's reads (claim-sets.ts adds the replacement): an article's current claims, found
// through the claim-set pointer on its head item. Apart, so that the read api's bundle carries no write code.
import { articleIdOfClaim, type Claim } from '../facts/claim.js';
import { claimFromItem } from './claim-items.js';
import type { CursorSecret } from './cursor.js';
import { fanOutPage } from './fan-out.js';
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
    const { items, cursor } = await fanOutPage(
      this.table,
      this.cursorSecret,
      {
        operation: 'getArticleClaimsPage',
        parameters: { id, claimSet },
        partitionAttribute: 'PK',
        sortAttribute: 'SK',
        partitions: [articleKeys.head(id).PK],
        sortPrefix: articleKeys.claimSetPrefix(claimSet),
      },
      page,
    );
    return { items: items.map((item) => claimFromItem(item, head)), ...(cursor ? { cursor } : {}) };
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
