import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../shared/articles/article.js';
import { newFeed, POLL_INTERVAL_MS, type Feed } from '../../shared/ingestion/feed.js';
import { POLL_FINISH_MARGIN_MS, pollBudgetMs, pollDueFeeds, type PollLimits, type PollPorts } from '../../shared/pipeline/poll-feeds.js';
import { createSafeFetcher, DEFAULT_TIMEOUT_MS, type HostResolver } from '../../shared/ingestion/safe-fetch.js';
import { ingestArticle } from '../../shared/pipeline/ingest-article.js';
import { createDynamoStore } from '../../shared/store/dynamo-store.js';
import { createDynamoFeedStore } from '../../shared/store/feed-store.js';
import type { FeedStore, StoredArticle } from '../../shared/store/port.js';
import { createTestTable } from '../support/dynamodb.js';
import { articlePage, atomFeed, jsonFeed, rssFeed, storyParagraphs, type FixtureItem } from '../ingestion/feed-fixtures.js';
import { serveBody, serveOversized, serveWithEtag, startFixtureServer, type FixtureServer } from '../ingestion/fixture-server.js';

let server: FixtureServer;
let feeds: FeedStore;
let articles: ReturnType<typeof createDynamoStore>;
/** Ids queued for extraction by this test. */
let queued: string[];

const limits: PollLimits = {
  maxFeedsPerRun: 50,
  maxItemsPerFeed: 20,
  maxItemsRead: 200,
  concurrency: 4,
  leaseMs: 60_000,
  timeBudgetMs: 60_000,
};
const t0 = new Date('2026-01-05T10:00:00Z');
const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

// "metadata.test" plays a name that resolves inside the network.
const resolver: HostResolver = async (hostname) => (hostname === 'metadata.test' ? ['169.254.169.254'] : ['127.0.0.1']);

function ports(timeoutMs = 5_000): PollPorts {
  const fetchSource = createSafeFetcher({ unsafeAllowLoopback: true, resolveHost: resolver, timeoutMs });
  return {
    feeds,
    fetchSource,
    ingest: (input: ArticleInput) =>
      ingestArticle(input, { articles, queue: { enqueue: async (id) => void queued.push(id) }, now: () => t0 }),
  };
}

async function addFeed(path: string, at = t0): Promise<Feed> {
  return (await feeds.addFeed(newFeed(`${server.origin}${path}`, at))).feed;
}

const page = (n: number) => `${server.origin}/articles/${n}`;

beforeAll(async () => {
  server = await startFixtureServer();
  for (const n of [1, 2, 3, 4, 5, 6, 7]) {
    server.route(
      `/articles/${n}`,
      serveBody(articlePage(`Story number ${n}`, storyParagraphs(`plan number ${n}`)), 'text/html; charset=utf-8'),
    );
  }
});

afterAll(() => server.close());

/** The articles this test's polls stored (each is queued once per ingest). */
async function storedArticles(): Promise<StoredArticle[]> {
  const found = await Promise.all([...new Set(queued)].map((id) => articles.getArticle(id)));
  return found.filter((article): article is StoredArticle => article !== null);
}

beforeEach(async () => {
  // Each test has its own table: it reads only the feeds and articles it stored, whatever ran before.
  const table = await createTestTable();
  feeds = createDynamoFeedStore(table);
  articles = createDynamoStore(table);
  queued = [];
});

describe('pollDueFeeds', () => {
  it('ingests each new item once, across RSS, Atom and JSON feeds, and a second poll answered 304 fetches nothing more', async () => {
    const rssItems: FixtureItem[] = [
      { id: 'rss-1', link: page(1), title: 'Story number 1', published: '2026-01-05T08:00:00Z' },
      { id: 'rss-2', link: `${page(2)}?utm_source=rss&utm_medium=feed`, title: 'Story number 2' },
      // The page is gone: the item's own content stands in.
      {
        id: 'rss-gone',
        link: `${server.origin}/articles/gone`,
        title: 'Gone story',
        html: '<p>The council approved the budget for the new bridge on Monday evening.</p>',
      },
    ];
    server.route('/rss.xml', serveWithEtag(rssFeed('Example RSS', rssItems), 'application/rss+xml', '"rss-v1"'));
    // The same story 1 again (another feed, tracking parameter and fragment), and a new story 3.
    server.route(
      '/atom.xml',
      serveWithEtag(
        atomFeed('Example Atom', [
          { id: 'urn:atom:1', link: `${page(1)}?utm_campaign=atom#top`, title: 'Story number 1', published: '2026-01-05T08:00:00Z' },
          { id: 'urn:atom:3', link: page(3), title: 'Story number 3' },
        ]),
        'application/atom+xml',
        '"atom-v1"',
      ),
    );
    // Story 4, and story 1's text syndicated under another site's URL.
    server.route('/syndicated/story-1', serveBody(articlePage('Story number 1', storyParagraphs('plan number 1')), 'text/html'));
    server.route(
      '/feed.json',
      serveWithEtag(
        jsonFeed('Example JSON', [
          { id: 'json-4', link: page(4), title: 'Story number 4' },
          { id: 'json-syndicated', link: `http://syndicator.test:${server.port}/syndicated/story-1`, title: 'Story number 1 (syndicated)' },
        ]),
        'application/feed+json',
        '"json-v1"',
      ),
    );
    for (const path of ['/rss.xml', '/atom.xml', '/feed.json']) await addFeed(path);

    const first = await pollDueFeeds(ports(), t0, limits);
    expect(first.map((report) => report.outcome)).toEqual(['updated', 'updated', 'updated']);
    const stored = await storedArticles();
    expect(stored.map((article) => article.title).sort()).toEqual([
      'Gone story',
      'Story number 1',
      'Story number 2',
      'Story number 3',
      'Story number 4',
    ]);
    // The syndicated copy is the same article, with another appearance.
    const story1 = (await articles.getArticle(stored.find((article) => article.title === 'Story number 1')!.id))!;
    expect(story1.text).toMatch(/^Officials said on Tuesday that plan number 1/);
    expect(story1.text).not.toContain('Story continues below advertisement');
    expect(story1.publishedAt).toBe('2026-01-05T08:00:00.000Z');
    expect(first.reduce((sum, report) => sum + report.duplicates, 0)).toBe(2);
    expect(story1.alsoAt.map((appearance) => appearance.url)).toContain(`http://syndicator.test:${server.port}/syndicated/story-1`);
    expect(first.find((report) => report.url.endsWith('/rss.xml'))?.fromFeedContent).toBe(1);

    const pageHits = [1, 2, 3, 4].map((n) => server.hits(`/articles/${n}`));
    const later = minutesAfter(t0, 16);
    const second = await pollDueFeeds(ports(), later, limits);
    expect(second.map((report) => report.outcome)).toEqual(['not-modified', 'not-modified', 'not-modified']);
    expect([1, 2, 3, 4].map((n) => server.hits(`/articles/${n}`))).toEqual(pageHits);
    expect(await storedArticles()).toHaveLength(5);

    const state = (await feeds.listFeeds({ limit: 10 })).items;
    expect(state).toHaveLength(3);
    for (const feed of state) {
      expect(feed).toMatchObject({
        etag: expect.any(String),
        consecutiveFailures: 0,
        nextPollAt: new Date(later.getTime() + POLL_INTERVAL_MS).toISOString(),
      });
    }
  });

  it('polls only feeds that are due, and ingests only the items added since the last poll', async () => {
    const items: FixtureItem[] = [{ id: 'a', link: page(1), title: 'Story number 1' }];
    server.route('/growing.xml', serveWithEtag(rssFeed('Growing', items), 'application/rss+xml', '"v1"'));
    await addFeed('/growing.xml');
    await pollDueFeeds(ports(), t0, limits);
    expect(await pollDueFeeds(ports(), minutesAfter(t0, 5), limits)).toEqual([]);

    server.route(
      '/growing.xml',
      serveWithEtag(rssFeed('Growing', [{ id: 'b', link: page(5), title: 'Story number 5' }, ...items]), 'application/rss+xml', '"v2"'),
    );
    const hitsBefore = server.hits('/articles/1');
    const [report] = await pollDueFeeds(ports(), minutesAfter(t0, 16), limits);
    expect(report).toMatchObject({ outcome: 'updated', newItems: 1, created: 1 });
    expect(server.hits('/articles/1')).toBe(hitsBefore);
    expect(await storedArticles()).toHaveLength(2);
  });

  it('backs off a feed that keeps failing, and it recovers when the feed does', async () => {
    let failing = true;
    const body = rssFeed('Flaky', [{ id: 'f1', link: page(6), title: 'Story number 6' }]);
    server.route('/flaky.xml', (request, response) => {
      if (failing) response.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance');
      else serveBody(body, 'application/rss+xml')(request, response);
    });
    const feed = await addFeed('/flaky.xml');

    let now = t0;
    const delaysMinutes: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const [report] = await pollDueFeeds(ports(), now, limits);
      expect(report).toMatchObject({ outcome: 'failed', error: expect.stringContaining('HTTP 503') });
      const state = (await feeds.getFeed(feed.id))!;
      expect(state.consecutiveFailures).toBe(attempt + 1);
      expect(state.lastError).toContain('HTTP 503');
      delaysMinutes.push((Date.parse(state.nextPollAt) - now.getTime()) / 60_000);
      // Not due before its back-off has passed.
      expect(await pollDueFeeds(ports(), minutesAfter(now, delaysMinutes.at(-1)! - 1), limits)).toEqual([]);
      now = new Date(state.nextPollAt);
    }
    expect(delaysMinutes).toEqual([15, 30, 60]);

    failing = false;
    const [recovered] = await pollDueFeeds(ports(), now, limits);
    expect(recovered).toMatchObject({ outcome: 'updated', created: 1 });
    expect(await feeds.getFeed(feed.id)).toMatchObject({ consecutiveFailures: 0, lastError: null, itemsIngested: 1 });
  });

  it('isolates bad input: each bad feed fails with a clear error or a bounded result, and the good feed is still ingested', async () => {
    server.route('/malformed.xml', serveBody('<rss><channel><item><title>Broken</tit', 'application/rss+xml'));
    server.route('/not-a-feed.xml', serveBody('<html><body>Hello</body></html>', 'text/html'));
    server.route('/huge.xml', serveOversized('application/rss+xml', 20, ' '));
    server.route('/endless.xml', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.write('<rss version="2.0"><channel>');
      const timer = setInterval(() => response.write('<item><title>more</title></item>'), 20);
      response.on('close', () => clearInterval(timer));
    });
    // Declared ISO-8859-1 but written in UTF-8: odd letters, still a feed.
    server.route(
      '/wrong-charset.xml',
      serveBody(
        Buffer.from(
          rssFeed('Wrong charset', [
            { id: 'wc', title: 'Zürich café', html: '<p>The café in Zürich reopened after renovation work that lasted two years.</p>' },
          ]),
        ),
        'application/rss+xml; charset=iso-8859-1',
      ),
    );
    const manyItems = Array.from({ length: 10_000 }, (_, index) => ({
      id: `bulk-${index}`,
      title: `Bulk item ${index}`,
      html: `<p>Bulk item number ${index} reports that the harbour handled ${index} containers in one week of trading.</p>`,
    }));
    server.route('/ten-thousand.xml', serveBody(rssFeed('Ten thousand', manyItems), 'application/rss+xml'));
    server.route('/good.xml', serveBody(rssFeed('Good', [{ id: 'g1', link: page(7), title: 'Story number 7' }]), 'application/rss+xml'));
    const paths = [
      '/malformed.xml',
      '/not-a-feed.xml',
      '/huge.xml',
      '/endless.xml',
      '/wrong-charset.xml',
      '/ten-thousand.xml',
      '/good.xml',
    ];
    for (const path of paths) await addFeed(path);

    const reports = await pollDueFeeds(ports(1_000), t0, { ...limits, concurrency: 2 });
    const byPath = (path: string) => reports.find((report) => report.url.endsWith(path))!;
    expect(reports).toHaveLength(paths.length);
    expect(byPath('/malformed.xml')).toMatchObject({
      outcome: 'failed',
      error: expect.stringContaining('not a readable RSS, Atom or JSON feed'),
    });
    expect(byPath('/not-a-feed.xml')).toMatchObject({ outcome: 'failed', error: expect.stringContaining('not a readable') });
    expect(byPath('/huge.xml')).toMatchObject({ outcome: 'failed', error: expect.stringContaining('larger than the 5242880 bytes') });
    expect(byPath('/endless.xml')).toMatchObject({ outcome: 'failed', error: expect.stringContaining('in time') });
    expect(byPath('/wrong-charset.xml')).toMatchObject({ outcome: 'updated', created: 1 });
    expect(byPath('/ten-thousand.xml')).toMatchObject({ outcome: 'updated', newItems: 200, created: 20 });
    expect(byPath('/good.xml')).toMatchObject({ outcome: 'updated', created: 1 });

    const bulk = (await feeds.listFeeds({ limit: 20 })).items.find((feed) => feed.url.endsWith('/ten-thousand.xml'))!;
    // A backlog remains: fetched in full again within a minute, not answered with a 304.
    expect(bulk).toMatchObject({ etag: null, lastModified: null, nextPollAt: minutesAfter(t0, 1).toISOString() });
    const next = await pollDueFeeds(ports(1_000), minutesAfter(t0, 1), limits);
    expect(next.find((report) => report.url.endsWith('/ten-thousand.xml'))).toMatchObject({ newItems: 180, created: 20 });
  });

  it('skips an item whose text is not language, ingests the items after it, and does not fail the feed on the next poll', async () => {
    server.route(
      '/symbols.xml',
      serveBody(
        rssFeed('Symbols', [
          { id: 'table', title: 'Figures', html: `<p>${'12 34 56 78 90 %% -- ++ 1.5 2.5 3.5 '.repeat(20)}</p>` },
          { id: 'story', link: page(6), title: 'Story number 6' },
        ]),
        'application/rss+xml',
      ),
    );
    await addFeed('/symbols.xml');

    const [first] = await pollDueFeeds(ports(), t0, limits);
    expect(first).toMatchObject({ outcome: 'updated', newItems: 2, skipped: 1, created: 1 });
    const [second] = await pollDueFeeds(ports(), minutesAfter(t0, 60), limits);
    expect(second).toMatchObject({ outcome: 'updated', newItems: 0 });
  });

  it('never fetches inside the network: a feed on a private address fails, an item linking to cloud metadata is not fetched', async () => {
    await feeds.addFeed(newFeed('http://10.0.0.8/feed.xml', t0));
    server.route(
      '/sneaky.xml',
      serveBody(
        rssFeed('Sneaky', [
          { id: 'meta', link: 'http://metadata.test/latest/meta-data/iam/security-credentials/', title: 'Credentials' },
          { id: 'meta-ip', link: 'http://169.254.169.254/latest/meta-data/', title: 'Credentials again' },
        ]),
        'application/rss+xml',
      ),
    );
    await addFeed('/sneaky.xml');

    const reports = await pollDueFeeds(ports(), t0, limits);
    expect(reports.find((report) => report.url.startsWith('http://10.0.0.8'))).toMatchObject({
      outcome: 'failed',
      error: expect.stringContaining('a private address; only public addresses are fetched'),
    });
    expect(reports.find((report) => report.url.endsWith('/sneaky.xml'))).toMatchObject({ outcome: 'updated', skipped: 2, created: 0 });
    expect(queued).toEqual([]);
  });

  it('defers an item whose page fails for now, and ingests it at the next poll', async () => {
    let pageDown = true;
    server.route('/articles/flaky', (request, response) => {
      if (pageDown) response.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      else serveBody(articlePage('Flaky story', storyParagraphs('the flaky page')), 'text/html')(request, response);
    });
    server.route(
      '/deferring.xml',
      serveWithEtag(
        rssFeed('Deferring', [
          { id: 'flaky', link: `${server.origin}/articles/flaky`, title: 'Flaky story' },
          { id: 'gone', link: `${server.origin}/articles/missing`, title: 'Missing story' },
        ]),
        'application/rss+xml',
        '"d1"',
      ),
    );
    const feed = await addFeed('/deferring.xml');
    const [first] = await pollDueFeeds(ports(), t0, limits);
    expect(first).toMatchObject({ outcome: 'updated', deferred: 1, skipped: 1, created: 0 });
    expect(await feeds.getFeed(feed.id)).toMatchObject({ etag: null, nextPollAt: minutesAfter(t0, 15).toISOString() });

    pageDown = false;
    const [second] = await pollDueFeeds(ports(), minutesAfter(t0, 15), limits);
    expect(second).toMatchObject({ outcome: 'updated', newItems: 1, created: 1, deferred: 0 });
    expect(await feeds.getFeed(feed.id)).toMatchObject({ etag: '"d1"' });
  });

  it('starts no feed once the run has used its time budget; the feed stays due', async () => {
    server.route(
      '/budget.xml',
      serveBody(rssFeed('Budget', [{ id: 'b1', link: page(5), title: 'Story number 5' }]), 'application/rss+xml'),
    );
    await addFeed('/budget.xml');
    expect(await pollDueFeeds(ports(), t0, { ...limits, timeBudgetMs: 0 })).toEqual([]);
    expect(await feeds.listDueFeeds(t0, 10)).toHaveLength(1);
  });

  it('polls a feed once when two polls run at the same time', async () => {
    server.route(
      '/shared.xml',
      serveBody(rssFeed('Shared', [{ id: 's1', link: page(4), title: 'Story number 4' }]), 'application/rss+xml'),
    );
    await addFeed('/shared.xml');
    const hitsBefore = server.hits('/shared.xml');
    const [a, b] = await Promise.all([pollDueFeeds(ports(), t0, limits), pollDueFeeds(ports(), t0, limits)]);
    // The second poll finds the feed taken, or (when the first was already done) not due any more.
    const outcomes = [...a!, ...b!].map((report) => report.outcome);
    expect(outcomes.filter((outcome) => outcome === 'updated')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome !== 'updated').every((outcome) => outcome === 'taken-by-another-poll')).toBe(true);
    expect(server.hits('/shared.xml') - hitsBefore).toBe(1);
  });
});

describe("saving a feed's state after a poll", () => {
  it('leaves a feed deleted during the poll deleted, and one deleted and added again with its fresh state', async () => {
    const polled = await addFeed('/removed.xml');
    const afterPoll: Feed = { ...polled, lastPolledAt: minutesAfter(t0, 1).toISOString(), consecutiveFailures: 3, lastError: 'HTTP 500' };
    await feeds.deleteFeed(polled.id);
    await feeds.saveFeedState(afterPoll);
    expect(await feeds.getFeed(polled.id)).toBeNull();

    const readded = await addFeed('/removed.xml', minutesAfter(t0, 2));
    expect(readded.id).toBe(polled.id);
    await feeds.saveFeedState(afterPoll);
    expect(await feeds.getFeed(polled.id)).toEqual(readded);

    // The poll of the feed as it stands is saved.
    await feeds.saveFeedState({ ...readded, consecutiveFailures: 1 });
    expect((await feeds.getFeed(polled.id))?.consecutiveFailures).toBe(1);
  });
});

describe('the poll budget', () => {
  it("is the invocation's remaining time less one fetch and a store, never negative", () => {
    expect(pollBudgetMs(300_000)).toBe(300_000 - POLL_FINISH_MARGIN_MS);
    expect(POLL_FINISH_MARGIN_MS).toBeGreaterThan(DEFAULT_TIMEOUT_MS);
    expect(pollBudgetMs(POLL_FINISH_MARGIN_MS - 1)).toBe(0);
    expect(pollBudgetMs(0)).toBe(0);
  });
});
