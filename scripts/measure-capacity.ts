// Measures the DynamoDB capacity each store operation consumes (ReturnConsumedCapacity against
// DynamoDB Local, table and indexes together) and what a million articles and a million series reads
// would cost on-demand. Prints markdown for docs/table-design.md.
// Run: npx tsx scripts/measure-capacity.ts
import { readFileSync } from 'node:fs';
import { articleFromInput } from '../shared/pipeline/ingest-article.js';
import { claimsFromQuantities } from '../shared/facts/claim.js';
import { createDynamoDbClient } from '../shared/store/client.js';
import { createDynamoStore } from '../shared/store/dynamo-store.js';
import { createDynamoApiKeyStore } from '../shared/store/api-key-store.js';
import { createDynamoWatchStore } from '../shared/store/watch-store.js';
import { MAX_WATCHES_PER_KEY, newApiKey } from '../shared/watches/api-key.js';
import type { StoredWatch } from '../shared/watches/watch.js';
import { createTableIfMissing } from '../shared/store/table.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { loadSyntheticArticles, syntheticArticles } from './synthetic-articles.js';

/** us-east-1 on-demand prices (since the November 2024 reduction), in USD. */
export const ON_DEMAND_PRICES = { perMillionWriteUnits: 0.625, perMillionReadUnits: 0.125, perGbMonth: 0.25 };
const BACKGROUND_ARTICLES = 500;

interface Measurement {
  operation: string;
  access: string;
  calls: number;
  readUnits: number;
  writeUnits: number;
}

export async function measureCapacity(): Promise<{ rows: Measurement[]; markdown: string }> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const dynamo = await startDynamoDbLocal();
  try {
    const client = createDynamoDbClient(dynamo.endpoint);
    const tableName = 'factline-capacity';
    await createTableIfMissing(client, tableName);
    let usage = { calls: 0, readUnits: 0, writeUnits: 0 };
    const storeOptions = {
      client,
      tableName,
      onConsumedCapacity: ({ access, capacityUnits }: { access: 'read' | 'write'; capacityUnits: number }) => {
        usage.calls += 1;
        if (access === 'read') usage.readUnits += capacityUnits;
        else usage.writeUnits += capacityUnits;
      },
    };
    const store = createDynamoStore(storeOptions);
    const seedTexts = ['000_17f27bc200e539ab.txt', '002_7a65bc34f926d3fb.txt', '003_81eb09e1f20a51a1.txt'].map((file) =>
      readFileSync(new URL(`../seeds/${file}`, import.meta.url), 'utf8'),
    );
    const [sample, other, ...background] = syntheticArticles(BACKGROUND_ARTICLES + 2, seedTexts, 7);
    await loadSyntheticArticles(store, background);

    const rows: Measurement[] = [];
    const measure = async <T>(operation: string, access: string, run: () => Promise<T>): Promise<T> => {
      usage = { calls: 0, readUnits: 0, writeUnits: 0 };
      const result = await run();
      rows.push({ operation, access, ...usage });
      return result;
    };

    const article = articleFromInput(sample!.input, new Date('2026-01-01T00:00:00Z'));
    const claims = claimsFromQuantities(article, sample!.quantities);
    await measure('putArticleOnce: new article', 'TransactWriteItems: head + text + fingerprint, attribute_not_exists', () =>
      store.putArticleOnce(article),
    );
    await measure('putArticleOnce: same article again', 'same transaction, cancelled; GetItem head + Query text', () =>
      store.putArticleOnce(article),
    );
    const copy = articleFromInput({ ...sample!.input, url: 'https://mirror.example/copy' }, new Date());
    await measure('putArticleOnce: same text, another URL', 'cancelled transaction; UpdateItem head.alsoAt; PutItem URL#', () =>
      store.putArticleOnce(copy),
    );
    await measure(
      `replaceArticleClaims: first extraction (${claims.length} claims)`,
      'BatchWrite claims; UpdateItem pointer; facts, subjects, relations',
      () => store.replaceArticleClaims(article, claims, 'v1'),
    );
    await measure('replaceArticleClaims: same claims again', 'GetItem head; Query claims; idempotent upserts', () =>
      store.replaceArticleClaims(article, claims, 'v1'),
    );
    const otherClaims = claimsFromQuantities(
      article,
      other!.quantities.map((quantity) => ({ ...quantity, start: quantity.start % 100, end: (quantity.start % 100) + 3 })),
    );
    await measure(`replaceArticleClaims: re-extraction (${otherClaims.length} new claims)`, 'as first extraction + retire old set', () =>
      store.replaceArticleClaims(article, otherClaims, 'v2'),
    );

    await measure('getArticle', 'GetItem ART#id/A + Query ART#id TEXT#', () => store.getArticle(article.id));
    await measure('getArticleClaims', 'GetItem head + Query ART#id CLM#<set>#', () => store.getArticleClaims(article.id));
    await measure('getClaim', 'GetItem head + GetItem claim', () => store.getClaim(otherClaims[0]!.id));
    await measure('findArticleByUrl (other URL)', 'GetItem + GetItem URL# + getArticle', () =>
      store.findArticleByUrl('https://mirror.example/copy'),
    );
    await measure('findArticleByFingerprint', 'GetItem FPR# + getArticle', () => store.findArticleByFingerprint(article.fingerprint));
    await measure('listClaims subject=canada, limit 20', `${4} Query bySubject SUBJ#canada#n + BatchGet heads`, () =>
      store.listClaims({ subject: 'canada' }, { limit: 20 }),
    );
    await measure('listClaims (no filter), limit 20', '8 Query byType CLAIMS#n + BatchGet heads', () =>
      store.listClaims({}, { limit: 20 }),
    );
    const series = await measure(
      'getSeries canada / defence, limit 100',
      '4 Query bySubject SUBJ#canada#n begins_with metric# + BatchGet heads',
      () => store.getSeries('canada', 'defence-spending-share-of-gdp', { limit: 100 }),
    );
    await measure('getSeries nato / member-countries (hot), limit 100', '4 Query bySubject SUBJ#nato#n + BatchGet heads', () =>
      store.getSeries('nato', 'member-countries', { limit: 100 }),
    );
    const fact = series.series!.kinds[0]!.facts[0]!;
    await measure(`getFact (${fact.appearances.length} appearances)`, 'Query byFact FACT#id + BatchGet heads', () =>
      store.getFact(fact.id),
    );
    await measure('getFactRelations', 'Query SER#subject#metric begins_with REL#kind#period#', () => store.getFactRelations(fact));
    await measure('listFacts subject=canada, limit 20', '4 Query byFact FACTS#canada#n', () =>
      store.listFacts({ subject: 'canada' }, { limit: 20 }),
    );
    await measure('listFacts q="unemployment", limit 20', '8 Query byType FACTS#n + filter', () =>
      store.listFacts({ q: 'unemployment' }, { limit: 20 }),
    );
    await measure('listSubjects, limit 50', '4 Query SUBJECTS#n', () => store.listSubjects({ limit: 50 }));
    await measure('listConflicts, limit 20', '4 Query byType CONFLICTS#n', () => store.listConflicts({ limit: 20 }));

    // Client keys and watches: one key holding the most watches it may, spread over 10 subjects.
    const apiKeys = createDynamoApiKeyStore(storeOptions);
    const watches = createDynamoWatchStore(storeOptions);
    const { key } = newApiKey('capacity', ['watch'], new Date('2026-01-01T00:00:00Z'));
    await measure('createKey', 'PutItem APIKEY#id/K attribute_not_exists', () => apiKeys.createKey(key));
    await measure('getKey (every keyed request)', 'GetItem APIKEY#id/K', () => apiKeys.getKey(key.id));
    await measure('recordKeyUse (at most once a minute a key)', 'UpdateItem SET lastUsedAt if older than a minute', () =>
      apiKeys.recordKeyUse(key.id, new Date()),
    );
    const watchOf = (index: number): StoredWatch => ({
      id: `w_${index.toString(16).padStart(24, '0')}`,
      ownerKeyId: key.id,
      target: { subject: `subject-${index % 10}`, ...(index % 2 ? { metric: 'defence-spending-share-of-gdp' } : {}) },
      events: ['fact.changed'],
      webhookUrl: 'https://hooks.example.org/factline',
      status: 'active',
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
      updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
      signingSecret: 'whsec_'.padEnd(49, 'x'),
    });
    await measure('createWatch', 'TransactWriteItems: UpdateItem WATCHCOUNT#key (count < limit) + PutItem WATCH#id', () =>
      watches.createWatch(watchOf(0)),
    );
    for (let index = 1; index < MAX_WATCHES_PER_KEY; index++) await watches.createWatch(watchOf(index));
    await measure('getWatch', 'GetItem WATCH#id/W (consistent)', () => watches.getWatch(watchOf(1).id));
    await measure(`listWatches, limit 20 (${MAX_WATCHES_PER_KEY} held)`, 'Query byType WATCHES#key', () =>
      watches.listWatches(key.id, { limit: 20 }),
    );
    await measure('setWatchStatus paused', 'GetItem + UpdateItem (REMOVE the match keys)', () =>
      watches.setWatchStatus(watchOf(1).id, 'paused'),
    );
    await measure(
      'watchesFor subject-3 / defence (5 watches of 50 match)',
      '4 Query bySubject WATCHMATCH#subject and #~, begins_with metric# and ~#',
      () => watches.watchesFor('subject-3', 'defence-spending-share-of-gdp'),
    );
    await measure('deleteWatch', 'GetItem + TransactWriteItems: DeleteItem + UpdateItem WATCHCOUNT#key', () =>
      watches.deleteWatch(watchOf(2).id),
    );

    return { rows, markdown: render(rows) };
  } finally {
    await dynamo.stop();
  }
}

function render(rows: Measurement[]): string {
  const find = (prefix: string) => rows.find((row) => row.operation.startsWith(prefix))!;
  const units = (row: Measurement) => `${row.readUnits} / ${row.writeUnits}`;
  const lines = [
    `Measured on DynamoDB Local with ${BACKGROUND_ARTICLES} synthetic articles loaded (scripts/synthetic-articles.ts); units include every index.`,
    '',
    '| Operation | DynamoDB calls | Requests | Read units | Write units |',
    '|---|---|---:|---:|---:|',
    ...rows.map((row) => `| ${row.operation} | ${row.access} | ${row.calls} | ${row.readUnits} | ${row.writeUnits} |`),
  ];
  const put = find('putArticleOnce: new');
  const extract = find('replaceArticleClaims: first');
  const seriesRead = find('getSeries canada');
  const perArticleRead = put.readUnits + extract.readUnits;
  const perArticleWrite = put.writeUnits + extract.writeUnits;
  const dollars = (value: number) => `$${value.toFixed(2)}`;
  const ingestCost = perArticleWrite * ON_DEMAND_PRICES.perMillionWriteUnits + perArticleRead * ON_DEMAND_PRICES.perMillionReadUnits;
  const seriesCost = seriesRead.readUnits * ON_DEMAND_PRICES.perMillionReadUnits;
  lines.push(
    '',
    `Prices assumed (us-east-1, on-demand, since the November 2024 reduction): $${ON_DEMAND_PRICES.perMillionWriteUnits} per million write request units, $${ON_DEMAND_PRICES.perMillionReadUnits} per million read request units, $${ON_DEMAND_PRICES.perGbMonth} per GB-month stored. Eventually consistent reads (half a unit per 4 KB) everywhere except the replace path's own reads.`,
    '',
    '| Workload | Units per item (read / write) | Units for one million | On-demand cost |',
    '|---|---|---|---:|',
    `| Ingest 1,000,000 articles (putArticleOnce + first replaceArticleClaims) | ${perArticleRead} / ${perArticleWrite} | ${perArticleRead} M read, ${perArticleWrite} M write | ${dollars(ingestCost)} |`,
    `| Serve 1,000,000 series reads (getSeries, 100 claims a page) | ${units(seriesRead)} | ${seriesRead.readUnits} M read | ${dollars(seriesCost)} |`,
  );
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { markdown } = await measureCapacity();
  console.log(markdown);
}
