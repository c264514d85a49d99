// The fact reads domain code makes (the notifier: a changed fact, and the facts of its scope). The store's
// FactReads extends this one declaration, so the two cannot drift; shared/watches cannot import the store's
// port (the store implements the watch ports: folder-cycles.test.ts).
import type { Page, PageRequest } from '../paging.js';
import type { Fact, FactSummary } from './fact.js';
import type { FactFilter } from './filters.js';

export interface FactLookups {
  getFact(id: string): Promise<Fact | null>;
  listFacts(filter: FactFilter, page: PageRequest): Promise<Page<FactSummary>>;
}
