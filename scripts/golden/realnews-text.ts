// Prints the article text the pipeline stores for each real page in ../shared/realnews/pages, one
// numbered paragraph a line, so a blind annotator can label it; with --check, verifies that the
// realnews golden sets' records join back to exactly that text.
// Usage: tsx scripts/golden/realnews-text.ts [page ...] | --json (all pages) | --check
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticlePage } from '../../shared/ingestion/article-page.js';

/** Kept sealed for the real-copy golden set (test/golden/realnews-sealed.jsonl): never opened while developing. */
export const SEALED_PAGES: readonly string[] = [
  'nytimes-3',
  'seattletimes-1',
  'citylab-1',
  'wapo-1',
  'cnn',
  'yahoo-1',
  'theverge',
  'guardian-1',
  'webmd-1',
  'telegraph',
];

export const PAGES_FOLDER = fileURLToPath(new URL('../../../shared/realnews/pages/', import.meta.url));

export interface RealPage {
  name: string;
  /** YYYY-MM-DD, from Readability's expected metadata, else the page reader; null when neither knows. */
  publishedAt: string | null;
  paragraphs: string[];
}

export function pageNames(): string[] {
  return readdirSync(PAGES_FOLDER)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort();
}

export function readRealPage(name: string): RealPage {
  const html = readFileSync(`${PAGES_FOLDER}${name}.html`, 'utf8');
  const metadata = JSON.parse(readFileSync(`${PAGES_FOLDER}${name}.metadata.json`, 'utf8')) as { publishedTime?: string | null };
  const page = parseArticlePage(html, `https://${name.replace(/-\d+$/, '')}.example/${name}`);
  const published = dateOnly(metadata.publishedTime) ?? dateOnly(page.publishedAt);
  return { name, publishedAt: published, paragraphs: page.text === '' ? [] : page.text.split('\n\n') };
}

function dateOnly(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return match ? match[1]! : null;
}

interface ArticleRecord {
  id: string;
  article: string;
  text: string;
}

/** Each article's records joined with "\n\n", checked against the page reader's text; returns the mismatches. */
export function articleMismatches(records: readonly ArticleRecord[]): string[] {
  const byArticle = new Map<string, string[]>();
  for (const record of records) byArticle.set(record.article, [...(byArticle.get(record.article) ?? []), record.text]);
  const problems: string[] = [];
  for (const [name, texts] of byArticle) {
    const expected = readRealPage(name).paragraphs.join('\n\n');
    if (texts.join('\n\n') !== expected) problems.push(`${name}: records do not join to the page text`);
  }
  return problems;
}

function readRecords(file: string): ArticleRecord[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ArticleRecord);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--check') {
    const files = ['test/golden/realnews-dev.jsonl', 'test/golden/realnews-sealed.jsonl'];
    const problems = files.flatMap((file) => articleMismatches(readRecords(file)));
    for (const problem of problems) console.error(problem);
    process.exitCode = problems.length === 0 ? 0 : 1;
  } else if (args[0] === '--json') {
    console.log(JSON.stringify(pageNames().map(readRealPage)));
  } else {
    for (const name of args.length > 0 ? args : pageNames()) {
      const page = readRealPage(name);
      console.log(`=== ${name} publishedAt=${page.publishedAt} paragraphs=${page.paragraphs.length}`);
      page.paragraphs.forEach((paragraph, index) => console.log(`[${String(index + 1).padStart(2, '0')}] ${paragraph}`));
    }
  }
}
