// `npm run ingest -- URL|FILE ... | --feed URL`: ingest by hand through the same code the Lambdas run
// (safe fetch, clean text, ingestArticle, extraction), then print what was stored.
//
//   npm run ingest -- https://example.com/news/story
//   npm run ingest -- saved-page.html notes.txt --source "Example News" --published 2025-12-19
//   npm run ingest -- --feed https://example.com/rss.xml --max 100
//
// Uses DynamoDB Local with npm start's data (.data/dynamodb), or the one at FACTLINE_DYNAMODB_ENDPOINT.
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { ArticleInput } from '../shared/articles/article.js';
import { articleInputFromUrl } from '../shared/ingestion/article-from-url.js';
import { parseArticlePage } from '../shared/ingestion/article-page.js';
import { cleanArticleText } from '../shared/ingestion/clean-text.js';
import { newFeed } from '../shared/ingestion/feed.js';
import { DEFAULT_POLL_LIMITS, pollFeed } from '../shared/pipeline/poll-feeds.js';
import type { InProcessQueue } from '../shared/queue/in-process-queue.js';
import { messageOf } from '../shared/errors.js';
import { ConfigError, readLocalConfig } from '../shared/runtime/config.js';
import { wireFactlineInProcess } from '../shared/runtime/in-process-wiring.js';
import { localCursorSecret } from '../shared/runtime/local-secret.js';
import type { Factline } from '../shared/runtime/wiring.js';
import { createDynamoDbClient } from '../shared/store/client.js';
import { createTableIfMissing } from '../shared/store/table.js';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local.js';

const USAGE = `usage: npm run ingest -- URL|FILE [URL|FILE ...] [--title T] [--source S] [--published YYYY-MM-DD]
       npm run ingest -- --feed FEED_URL [--max N]`;

interface Outcome {
  input: string;
  id?: string;
  created?: boolean;
  error?: string;
}

const { values: options, positionals: inputs } = parseArgs({
  allowPositionals: true,
  options: {
    feed: { type: 'string' },
    max: { type: 'string', default: '100' },
    title: { type: 'string' },
    source: { type: 'string' },
    published: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

async function main(): Promise<number> {
  if (options.help || (!options.feed && inputs.length === 0)) {
    console.log(USAGE);
    return options.help ? 0 : 2;
  }
  const maxItems = Number(options.max);
  if (!Number.isSafeInteger(maxItems) || maxItems < 1)
    throw new ConfigError(`--max must be a whole number from 1, not ${JSON.stringify(options.max)}`);
  const { dynamoDbEndpoint: endpoint, dataDir, tableName, unsafeAllowLoopback } = readLocalConfig();
  // Our own DynamoDB Local on npm start's data, unless one is already running (e.g. npm start's).
  const dynamo: DynamoDbLocal | null = endpoint ? null : await startDynamoDbLocal({ dbPath: dataDir, quickStart: true });
  try {
    const client = createDynamoDbClient(endpoint ?? dynamo!.endpoint);
    await createTableIfMissing(client, tableName, { dataDir });
    const factline = wireFactlineInProcess({ client, tableName, cursorSecret: localCursorSecret(dataDir), unsafeAllowLoopback });
    const { queue } = factline;

    const outcomes = options.feed ? await ingestFeed(factline, options.feed, maxItems) : await ingestInputs(factline, inputs);
    await queue.drained();
    return await printOutcomes(factline, outcomes, queue);
  } finally {
    await dynamo?.stop();
  }
}

async function ingestInputs(factline: Factline, sources: string[]): Promise<Outcome[]> {
  const bar = sources.length > 1 ? progressBar('articles', sources.length) : null;
  const outcomes: Outcome[] = [];
  for (const source of sources) {
    try {
      const input = { ...(await articleInputOf(factline, source)), ...overrides() };
      const result = await factline.ingest(input);
      outcomes.push({ input: source, id: result.id, created: result.created });
    } catch (error) {
      outcomes.push({ input: source, error: messageOf(error) });
    }
    bar?.increment();
  }
  bar?.stop();
  return outcomes;
}

async function articleInputOf(factline: Factline, source: string): Promise<ArticleInput> {
  if (/^https?:\/\//i.test(source)) return articleInputFromUrl(source, factline.fetchSource);
  const path = resolve(source);
  const content = await readFile(path, 'utf8');
  if (['.html', '.htm', '.xhtml'].includes(extname(path).toLowerCase())) {
    const page = parseArticlePage(content, pathToFileURL(path).toString());
    return withoutNulls({
      text: page.text,
      title: page.title,
      url: page.canonicalUrl,
      publishedAt: page.publishedAt,
      source: page.siteName,
    });
  }
  return { text: cleanArticleText(content) };
}

async function ingestFeed(factline: Factline, url: string, maxItems: number): Promise<Outcome[]> {
  const now = new Date();
  const { feed } = await factline.feeds.addFeed(newFeed(url, now));
  const ingested: Outcome[] = [];
  let bar: cliProgress.SingleBar | null = null;
  const report = await pollFeed(
    {
      feeds: factline.feeds,
      fetchSource: factline.fetchSource,
      ingest: async (input) => {
        const result = await factline.ingest({ ...input, ...overrides() });
        ingested.push({ input: input.url ?? input.title ?? '(feed item)', id: result.id, created: result.created });
        return result;
      },
      onProgress: ({ done, total }) => {
        bar ??= progressBar('items', total);
        bar.update(done);
      },
    },
    feed,
    now,
    { ...DEFAULT_POLL_LIMITS, maxItemsPerFeed: maxItems, maxItemsRead: Math.max(maxItems, DEFAULT_POLL_LIMITS.maxItemsRead) },
  );
  (bar as cliProgress.SingleBar | null)?.stop();
  const summary =
    `feed ${feed.id}: ${report.outcome}, ${report.newItems} new items, ${report.created} stored, ${report.duplicates} already stored, ` +
    `${report.fromFeedContent} from the feed's own text, ${report.skipped} skipped, ${report.deferred} deferred`;
  console.log(report.error ? `${summary}\n  error: ${report.error}` : summary);
  return report.outcome === 'failed' ? [...ingested, { input: url, error: report.error ?? 'failed' }] : ingested;
}

async function printOutcomes(factline: Factline, outcomes: Outcome[], queue: InProcessQueue): Promise<number> {
  const failedExtraction = new Set(queue.deadLetters.map((letter) => letter.articleId));
  for (const outcome of outcomes) {
    if (!outcome.id) {
      console.log(`failed   ${outcome.input}\n         ${outcome.error}`);
      continue;
    }
    const article = await factline.store.getArticle(outcome.id);
    const claims = (await factline.store.getArticleClaims(outcome.id)) ?? [];
    const status = outcome.created ? 'stored ' : 'existed';
    const extraction = failedExtraction.has(outcome.id) ? 'extraction failed' : `${claims.length} claims`;
    console.log(`${status}  ${outcome.id}  ${JSON.stringify(article?.title ?? null)}  ${article?.url ?? outcome.input}`);
    console.log(
      `         ${article?.text.length ?? 0} characters, ${extraction}${article?.publishedAt ? `, published ${article.publishedAt.slice(0, 10)}` : ''}`,
    );
  }
  const stored = outcomes.filter((outcome) => outcome.created).length;
  const failed = outcomes.filter((outcome) => !outcome.id).length;
  console.log(`\n${stored} stored, ${outcomes.length - stored - failed} already there, ${failed} failed`);
  return failed > 0 || failedExtraction.size > 0 ? 1 : 0;
}

function overrides(): Partial<ArticleInput> {
  return withoutNulls({ title: options.title ?? null, source: options.source ?? null, publishedAt: options.published ?? null });
}

function withoutNulls<T extends Record<string, string | null>>(record: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null)) as { [K in keyof T]: Exclude<T[K], null> };
}

function progressBar(unit: string, total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    { format: `{bar} {value}/{total} ${unit}`, hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest failed: ${messageOf(error)}`);
    process.exit(1);
  },
);
