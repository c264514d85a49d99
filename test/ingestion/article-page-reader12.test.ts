import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticlePage } from '../../shared/ingestion/article-page.js';
import { textOfHtml } from '../../shared/ingestion/markup.js';

// An Economic Times page of npm htmlparser-benchmark@1.1.3 keeps its article in a <tmp> element, which linkedom's
// parser (htmlparser2 10) opened as an <xmp>: the rest of the page, markup and scripts, was stored as one paragraph.
const economicTimes = readFileSync(new URL('./fixtures/economictimes-tmp-element.html', import.meta.url), 'utf8');

describe('page reader: tags the parser misreads as raw-text elements', () => {
  it('reads the article inside a <tmp> element as markup, not as text', () => {
    const page = parseArticlePage(
      economicTimes,
      'http://economictimes.indiatimes.com/tech/hardware/marketing-blitz-discounts-fail-to-sustain-apple-iphone-sales-in-india/articleshow/21111896.cms',
    );
    const paragraphs = page.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^BANGALORE: Smartphone maker Apple has seen a sharp fall in its India sales/);
    expect(paragraphs[3]).toMatch(/^Between January and March, Apple sold some 120,000 iPhones in India.*market share\.$/);
    for (const leaked of ['<', 'href', 'onclick', '.AR_1', 'outbrain']) expect(page.text).not.toContain(leaked);
  });

  it('reads a feed item whose content holds a <tmp> element', () => {
    expect(textOfHtml('<p>Profit rose <tmp>12%</tmp> to <b>$4 million</b>.</p><p>Shares fell.</p>')).toBe(
      'Profit rose 12% to $4 million.\n\nShares fell.',
    );
  });

  it('leaves other tags that start like raw-text elements alone', () => {
    const html = '<p>Sales rose <time datetime="2013-07-17">on Tuesday</time> by <tmp-figure>4%</tmp-figure>.</p><p>Next.</p>';
    expect(textOfHtml(html)).toBe('Sales rose on Tuesday by 4%.\n\nNext.');
  });
});
