import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticlePage } from '../../shared/ingestion/article-page.js';
import { cleanArticleText } from '../../shared/ingestion/clean-text.js';

const newsArticle = readFileSync(new URL('./fixtures/news-article.html', import.meta.url), 'utf8');
const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');

describe('parseArticlePage', () => {
  const page = parseArticlePage(newsArticle, 'https://example-news.test/politics/nato-spending?utm_medium=feed');

  it('keeps the article paragraphs, in order, separated by blank lines', () => {
    const paragraphs = page.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^Canada joined NATO allies this year in committing to spending five per cent/);
    expect(paragraphs.at(-1)).toMatch(/^Critics in Parliament asked where the money would come from/);
    expect(page.text).toContain('target of two per cent this year.');
  });

  it('drops the furniture: ads, video lengths, captions, newsletter boxes, trending lists, copyright', () => {
    for (const furniture of [
      'Story continues below',
      '2:12',
      '©',
      'inbox',
      'Get daily',
      'Trending',
      'Something else happened',
      'shares',
      'Home',
    ]) {
      expect(page.text).not.toContain(furniture);
    }
  });

  it('reads title, byline, site, publication date and canonical URL from the markup', () => {
    expect(page.title).toBe('Canada commits to NATO spending target');
    expect(page.byline).toContain('Jane Reporter');
    expect(page.siteName).toBe('Example News');
    expect(page.publishedAt).toBe('2025-12-19T20:04:00.000Z');
    expect(page.canonicalUrl).toBe('https://www.example-news.test/politics/nato-spending/?utm_source=rss');
  });

  it('prefers article:published_time, and falls back to <time datetime>', () => {
    const withMeta = parseArticlePage(
      '<html><head><meta property="article:published_time" content="2024-03-01T10:00:00Z"></head><body><p>Text.</p></body></html>',
      'https://x.test/',
    );
    expect(withMeta.publishedAt).toBe('2024-03-01T10:00:00.000Z');
    const withTime = parseArticlePage(
      '<html><body><article><time datetime="2024-05-06">May 6</time><p>Some text here.</p></article></body></html>',
      'https://x.test/',
    );
    expect(withTime.publishedAt).toBe('2024-05-06T00:00:00.000Z');
  });

  it('leaves the date unknown when the page gives one the calendar does not have, or only a day', () => {
    for (const markup of ['<meta property="article:published_time" content="2024-02-30">', '<meta name="date" content="12">']) {
      const page = parseArticlePage(`<html><head>${markup}</head><body><p>Text.</p></body></html>`, 'https://x.test/');
      expect(page.publishedAt).toBeNull();
    }
  });

  it('returns a bounded result for malformed HTML instead of failing', () => {
    const broken = parseArticlePage(
      '<html><body><p>Unclosed <b>bold <div><p>Second paragraph of the story.</td></tr><<<>>></body',
      'https://x.test/',
    );
    expect(broken.text).toContain('Second paragraph of the story.');
    expect(parseArticlePage('', 'https://x.test/').text).toBe('');
    expect(parseArticlePage('\u0000\u0001 not html at all {"a":1}', 'https://x.test/').canonicalUrl).toBeNull();
  });

  it('ignores a canonical link that is not http(s)', () => {
    expect(parseArticlePage('<link rel="canonical" href="javascript:alert(1)"><p>x</p>', 'https://x.test/').canonicalUrl).toBeNull();
  });
});

describe('cleanArticleText on the seed articles', () => {
  it('removes Global News furniture and keeps every golden sentence', () => {
    const clean = cleanArticleText(seed('000_17f27bc200e539ab.txt'));
    for (const furniture of [
      'Story continues below advertisement',
      '2 hours ago 1',
      'ARTICLE AD BOX',
      '2:12',
      '3:20',
      '1:57',
      'Trending Now',
      '&copy 2025',
      'delivered to your inbox',
      'Get daily National news',
      'Read Entire Article',
    ]) {
      expect(clean).not.toContain(furniture);
    }
    expect(clean).not.toContain("'Zelenskyy says Russia could see new peace deal in days'");
    expect(clean).toContain('five per cent of its GDP on defence by 2035, 3.5 per cent of which will be on core military investments');
    expect(clean).toContain('Article 5 in the NATO alliance is important');
  });

  it('removes "Read more »" links but keeps the teasers, which carry claims', () => {
    const clean = cleanArticleText(seed('002_7a65bc34f926d3fb.txt'));
    expect(clean).not.toContain('Read more »');
    expect(clean).not.toContain('Similar News:');
    expect(clean).toContain('imposing 25% tariffs on Canadian goods');
  });

  it('removes credited photo captions and section headings', () => {
    const clean = cleanArticleText(seed('001_3c93c2007f62a4b9.txt'));
    expect(clean).not.toContain('© AFP');
    expect(clean).not.toContain('More on US politics:');
    expect(cleanArticleText(seed('003_81eb09e1f20a51a1.txt'))).not.toMatch(/More Stories|Don't Miss|Video Center/);
  });

  it('leaves sentences that merely start with a time alone', () => {
    expect(cleanArticleText('10:30 The meeting began on time.\n\nSecond paragraph.')).toBe(
      '10:30 The meeting began on time.\n\nSecond paragraph.',
    );
  });
});

describe('parseArticlePage bounds', () => {
  it('refuses a page with more elements than any article page has, before parsing it', () => {
    const bloated = '<html><body>' + '<div><span>x</span></div>'.repeat(30_000) + '</body></html>';
    expect(() => parseArticlePage(bloated, 'https://x.test/bloated')).toThrow(/has more than 50000 elements/);
  });
});
