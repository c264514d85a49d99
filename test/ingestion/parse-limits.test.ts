// Hostile markup is refused before it is parsed, and parsing that still runs long is cut off: the
// inputs below took 81 s, 5.6 s, or overflowed the stack before these limits. The assertions are
// about refusal and bounded results, not speed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { lambdaEsbuildOptions, LAMBDA_WORKERS, PROJECT_ROOT } from '../../infra/lambda-bundling.js';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, parseArticlePage } from '../../shared/ingestion/article-page.js';
import { MAX_ITEM_HTML_ELEMENTS, parseFeedItems } from '../../shared/ingestion/feed-parse.js';
import { createBoundedParser } from '../../shared/ingestion/html-parsing.js';
import { nestingDepth } from '../../shared/ingestion/markup.js';
import { rssFeed } from './feed-fixtures.js';

const PAGE_URL = 'https://news.example.com/world/story';
const PARAGRAPH = '<p>Canada will spend 2 per cent of GDP on defence this year, officials in Ottawa said on Monday.</p>';
const nested = (depth: number, open = '<div>', close = '</div>') => `${open.repeat(depth)}${PARAGRAPH}${close.repeat(depth)}`;
const page = (body: string) => `<!doctype html><html><head><title>Story</title></head><body><article>${body}</article></body></html>`;
const REAL_PAGES = new URL('../../../shared/realnews/pages/', import.meta.url);

describe('nesting depth, measured without parsing', () => {
  it('counts nested elements, and neither stray close tags nor <div/> hide them', () => {
    expect(nestingDepth(nested(40), 1000)).toBe(40);
    expect(nestingDepth('<div></span>'.repeat(500), 1000)).toBe(500);
    expect(nestingDepth('<div/>'.repeat(500), 1000)).toBe(500);
  });

  it('does not count void elements, auto-closed paragraphs and list items, self-closed SVG, comments or script text', () => {
    const html =
      `<div>${'<p>one<br><img src=x>'.repeat(300)}<ul>${'<li>item'.repeat(300)}</ul><svg>${'<path d="M0"/>'.repeat(300)}</svg>` +
      `<!-- ${'<div>'.repeat(300)} --><script>const s = "${'<div>'.repeat(300)}";</script></div>`;
    expect(nestingDepth(html, 1000)).toBe(2); // div > ul, div > svg
  });

  // The pages are material beside the project (../shared), not part of it: a checkout without them skips this.
  it.skipIf(!existsSync(REAL_PAGES))('stays well under the limit on real news pages', () => {
    const files = readdirSync(REAL_PAGES).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files)
      expect(nestingDepth(readFileSync(new URL(file, REAL_PAGES), 'utf8'), 1000), file).toBeLessThan(MAX_NESTING_DEPTH / 2);
  });
});

describe('article pages', () => {
  it('refuses a small page of 3,000 nested divs before parsing it', () => {
    const html = page(nested(3000));
    expect(html.length).toBeLessThan(40_000);
    expect(() => parseArticlePage(html, PAGE_URL)).toThrow(/nests elements more than 128 deep; not an article page/);
  });

  it('still reads a page nested as deeply as the limit allows', () => {
    expect(parseArticlePage(page(nested(MAX_NESTING_DEPTH - 10)), PAGE_URL).text).toContain('2 per cent of GDP');
  });
});

describe('feed items', () => {
  it('keeps the feed when one item is 40,000 nested divs or thousands of elements: that item just has no text of its own', () => {
    const body = rssFeed('World', [
      { id: 'deep', link: 'https://news.example.com/deep', title: 'Deep', html: nested(40_000) },
      { id: 'wide', link: 'https://news.example.com/wide', title: 'Wide', html: `<p>x</p>`.repeat(MAX_ITEM_HTML_ELEMENTS + 1) },
      { id: 'fine', link: 'https://news.example.com/fine', title: 'Fine', html: PARAGRAPH },
    ]);
    const feed = parseFeedItems(body, 'https://news.example.com/feed.xml', 10);
    expect(feed.items.map((item) => [item.key, item.text])).toEqual([
      ['deep', null],
      ['wide', null],
      ['fine', expect.stringContaining('2 per cent of GDP')],
    ]);
  });
});

describe('the bounded parser (a worker thread)', () => {
  it('parses pages and feeds off the main thread, and passes refusals through with their reason', async () => {
    const parser = createBoundedParser();
    expect((await parser.parseArticlePage(page(PARAGRAPH), PAGE_URL)).text).toContain('2 per cent of GDP');
    const feed = await parser.parseFeedItems(
      rssFeed('World', [{ id: 'a', link: 'https://x.test/a', title: 'A', html: PARAGRAPH }]),
      'https://x.test/feed',
      5,
    );
    expect(feed.items).toHaveLength(1);
    await expect(parser.parseArticlePage(page(nested(3000)), PAGE_URL)).rejects.toMatchObject({
      reason: 'unreadable',
      message: expect.stringMatching(/nests elements/),
    });
    await expect(parser.parseFeedItems('not a feed', 'https://x.test/feed', 5)).rejects.toMatchObject({ reason: 'unreadable' });
  });

  it('stops a parse that runs past its time limit, refuses that input, and parses the next one on a fresh worker', async () => {
    // 350 chains of 120 nested divs: 42,350 elements and depth 121, under both caps, take Readability seconds (10.7 s
    // measured here), far beyond a 2 s limit that a small page (tens of ms) stays far within. The limit counts from when
    // the worker takes the task up, not from its start-up.
    const parser = createBoundedParser(2_000);
    const slow = page(nested(120).repeat(350));
    await expect(parser.parseArticlePage(slow, PAGE_URL)).rejects.toMatchObject({
      reason: 'unreadable',
      message: expect.stringMatching(/took longer than 2 s to parse/),
    });
    expect((await parser.parseArticlePage(page(PARAGRAPH), PAGE_URL)).text).toContain('2 per cent of GDP');
  });

  it('finds its worker beside the bundle, as on Lambda', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'factline-parse-bundle-'));
    try {
      const parsing = fileURLToPath(new URL('../../shared/ingestion/html-parsing.ts', import.meta.url));
      writeFileSync(
        join(outDir, 'entry.ts'),
        `import { boundedParser } from ${JSON.stringify(parsing)};
export const handler = (html: string) => boundedParser.parseArticlePage(html, 'https://x.test/a');`,
      );
      await build({ ...lambdaEsbuildOptions(join(outDir, 'entry.ts'), join(outDir, 'index.mjs')), logLevel: 'error' });
      for (const [file, entry] of Object.entries(LAMBDA_WORKERS))
        await build({ ...lambdaEsbuildOptions(join(PROJECT_ROOT, entry), join(outDir, file)), logLevel: 'error' });
      const script = `const { handler } = await import(${JSON.stringify(join(outDir, 'index.mjs'))}); process.stdout.write((await handler(process.argv[1])).text); process.exit(0);`;
      const text = execFileSync(process.execPath, ['--input-type=module', '-e', script, page(PARAGRAPH)], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, POWERTOOLS_LOG_LEVEL: 'SILENT' },
      });
      expect(text).toContain('2 per cent of GDP');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
