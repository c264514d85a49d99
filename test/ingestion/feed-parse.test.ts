import { describe, expect, it } from 'vitest';
import { SourceRefusedError } from '../../shared/ingestion/errors.js';
import { parseFeedItems } from '../../shared/ingestion/feed-parse.js';
import { atomFeed, jsonFeed, rssFeed } from './feed-fixtures.js';

const FEED_URL = 'https://news.example.com/feeds/world.xml';

describe('parseFeedItems', () => {
  it('reads RSS items: guid as key, absolute link, ISO date, content as clean text', () => {
    const feed = parseFeedItems(
      rssFeed('World', [
        {
          id: 'guid-1',
          link: '/world/story-1',
          title: 'Story &amp; more',
          published: '2026-01-02T03:04:05Z',
          html: '<p>First paragraph.</p><p>Read more »</p><p>Second paragraph.</p>',
        },
      ]),
      FEED_URL,
      10,
    );
    expect(feed.title).toBe('World');
    expect(feed.items).toEqual([
      {
        key: 'guid-1',
        url: 'https://news.example.com/world/story-1',
        title: 'Story & more',
        publishedAt: '2026-01-02T03:04:05.000Z',
        text: 'First paragraph.\n\nSecond paragraph.',
      },
    ]);
  });

  it('keys an item without a guid by its canonical link, and one without either by its content', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://x.test/</link><description>d</description>
      <item><title>A</title><link>https://x.test/a/?utm_source=rss#top</link></item>
      <item><title>B</title><description>Only text here.</description></item></channel></rss>`;
    const [linked, bare] = parseFeedItems(rss, FEED_URL, 10).items;
    expect(linked?.key).toBe('https://x.test/a');
    expect(bare?.key).toMatch(/^hash:[0-9a-f]{32}$/);
    expect(bare?.url).toBeNull();
  });

  it('reads Atom entries and JSON Feed items', () => {
    const atom = parseFeedItems(
      atomFeed('Atom', [
        { id: 'urn:1', link: 'https://x.test/1', title: 'One', published: '2026-02-01T00:00:00Z', html: '<p>Atom text.</p>' },
      ]),
      FEED_URL,
      10,
    );
    expect(atom.items[0]).toMatchObject({ key: 'urn:1', url: 'https://x.test/1', title: 'One', text: 'Atom text.' });
    const json = parseFeedItems(
      jsonFeed('JSON', [{ id: 'j1', link: 'https://x.test/j1', title: 'J', html: '<p>Json text.</p>' }]),
      FEED_URL,
      10,
    );
    expect(json.items[0]).toMatchObject({ key: 'j1', url: 'https://x.test/j1', text: 'Json text.' });
  });

  it('reads only the first items of a huge feed', () => {
    const items = Array.from({ length: 10_000 }, (_, index) => ({ id: `i${index}`, title: `Item ${index}` }));
    const feed = parseFeedItems(rssFeed('Big', items), FEED_URL, 50);
    expect(feed.items).toHaveLength(50);
    expect(feed.items[49]?.key).toBe('i49');
  });

  it('ignores links that are not http(s)', () => {
    const feed = parseFeedItems(rssFeed('T', [{ id: 'x', link: 'javascript:alert(1)', title: 'X' }]), FEED_URL, 10);
    expect(feed.items[0]?.url).toBeNull();
  });

  it.each([
    ['malformed XML', '<rss><channel><item><title>Broken</tit'],
    ['an HTML page', '<html><body><p>Not a feed</p></body></html>'],
    ['empty', ''],
    ['JSON that is not a feed', '{"hello":"world"}'],
  ])('refuses %s with a clear error', (_name, body) => {
    expect(() => parseFeedItems(body, FEED_URL, 10)).toThrow(SourceRefusedError);
    expect(() => parseFeedItems(body, FEED_URL, 10)).toThrow(/is not a readable RSS, Atom or JSON feed/);
  });

  it('does not expand DTD entities: no billion laughs, no external entities', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lololololol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
      <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
      <rss version="2.0"><channel><title>T</title><link>https://x.test/</link><description>d</description><item><guid>1</guid><title>&lol4;</title></item></channel></rss>`;
    expect(parseFeedItems(laughs, FEED_URL, 10).items[0]?.title).toBe('&lol4;');
    const external = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>t</title>
      <link>https://x.test/</link><description>d</description><item><guid>1</guid><title>&xxe;</title></item></channel></rss>`;
    expect(() => parseFeedItems(external, FEED_URL, 10)).toThrow(SourceRefusedError);
  });
});
