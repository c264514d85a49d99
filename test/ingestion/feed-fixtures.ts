// Feeds and article pages written for the tests, small and named for what they show.

export interface FixtureItem {
  id: string;
  link?: string;
  title: string;
  published?: string;
  /** HTML content of the item (the fallback when its page fails). */
  html?: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssFeed(title: string, items: FixtureItem[]): string {
  const entries = items
    .map(
      (item) =>
        `<item><guid isPermaLink="false">${escapeXml(item.id)}</guid><title>${escapeXml(item.title)}</title>` +
        (item.link ? `<link>${escapeXml(item.link)}</link>` : '') +
        (item.published ? `<pubDate>${new Date(item.published).toUTCString()}</pubDate>` : '') +
        (item.html ? `<description>${escapeXml(item.html)}</description>` : '') +
        '</item>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeXml(title)}</title><link>https://example.test/</link><description>Test feed</description>\n${entries}\n</channel></rss>`;
}

export function atomFeed(title: string, items: FixtureItem[]): string {
  const entries = items
    .map(
      (item) =>
        `<entry><id>${escapeXml(item.id)}</id><title>${escapeXml(item.title)}</title><updated>${item.published ?? '2025-01-01T00:00:00Z'}</updated>` +
        (item.link ? `<link rel="alternate" href="${escapeXml(item.link)}"/>` : '') +
        (item.html ? `<content type="html">${escapeXml(item.html)}</content>` : '') +
        '</entry>',
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(title)}</title><id>urn:test:${escapeXml(title)}</id><updated>2025-01-01T00:00:00Z</updated>\n${entries}\n</feed>`;
}

export function jsonFeed(title: string, items: FixtureItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((item) => ({
      id: item.id,
      url: item.link,
      title: item.title,
      date_published: item.published,
      content_html: item.html,
    })),
  });
}

export function articlePage(title: string, paragraphs: string[], extraHead = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escapeXml(title)}</title>${extraHead}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${escapeXml(title)}</h1>
${paragraphs.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`).join('\n<div class="ad"><p>Story continues below advertisement</p></div>\n')}
</article>
<footer><p>&copy; 2025 Example Media</p></footer></body></html>`;
}

/** Article prose long enough for a reader view to recognise as the main content. */
export function storyParagraphs(topic: string): string[] {
  return [
    `Officials said on Tuesday that ${topic} would be reviewed by a panel of independent experts before the end of the year.`,
    `The review follows months of debate in which critics argued that ${topic} had been handled without enough public scrutiny.`,
    `A spokesperson said the government welcomed the review and expected its findings to be published in full next spring.`,
  ];
}
