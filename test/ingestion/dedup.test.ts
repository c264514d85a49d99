import { describe, expect, it } from 'vitest';
import { articleIdFor, canonicalizeUrl, fingerprintText } from '../../shared/articles/article.js';
import { feedIdFor } from '../../shared/ingestion/feed.js';

describe('the same article under URL variants is one article', () => {
  const canonical = 'https://news.example.com/politics/budget-2026';

  it.each([
    ['a trailing slash', 'https://news.example.com/politics/budget-2026/'],
    ['a fragment', 'https://news.example.com/politics/budget-2026#comments'],
    ['tracking parameters', 'https://news.example.com/politics/budget-2026?utm_source=rss&utm_medium=feed&fbclid=abc&at_campaign=x&_gl=1'],
    ['www and upper case host', 'https://WWW.News.Example.com/politics/budget-2026'],
    ['the default port', 'https://news.example.com:443/politics/budget-2026'],
  ])('%s', (_name, variant) => {
    expect(canonicalizeUrl(variant)).toBe(canonical);
  });

  it('keeps parameters that select content, in a stable order', () => {
    expect(canonicalizeUrl('https://x.test/story?page=2&id=7&utm_campaign=a')).toBe('https://x.test/story?id=7&page=2');
  });

  it('gives the same text the same fingerprint whatever its spacing and case', () => {
    expect(fingerprintText('Canada will spend  5 per cent.\n\nBy 2035.')).toBe(fingerprintText('canada will spend 5 per cent. by 2035.'));
    expect(articleIdFor(null, fingerprintText('A'))).not.toBe(articleIdFor(null, fingerprintText('B')));
  });

  it('gives a feed one id under its URL variants', () => {
    expect(feedIdFor('https://news.example.com/rss/?utm_source=x')).toBe(feedIdFor('https://news.example.com/rss'));
  });
});
