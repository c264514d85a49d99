// News-style text for the benchmark and the fuzzer: the seed articles and the golden sentences,
// recombined deterministically so that every run measures the same bytes.
import { readFileSync, readdirSync } from 'node:fs';
import { parseArticlePage } from '../shared/ingestion/article-page.js';

const repository = new URL('../', import.meta.url);

export interface NewsSources {
  /** Paragraphs of the seed articles, page furniture included. */
  seedParagraphs: string[];
  /** The texts of test/golden/news.jsonl. */
  goldenSentences: string[];
}

export function loadNewsSources(): NewsSources {
  const seedsFolder = new URL('seeds/', repository);
  const seedParagraphs = readdirSync(seedsFolder)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .flatMap((file) => readFileSync(new URL(file, seedsFolder), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  const goldenSentences = readFileSync(new URL('test/golden/news.jsonl', repository), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  return { seedParagraphs, goldenSentences };
}

/** A seeded pseudo-random generator in [0, 1) (mulberry32): same seed, same sequence. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick: no items');
  return items[Math.floor(random() * items.length)]!;
}

/** Rewrites about half of the digit runs with other digits of the same length, so articles differ. */
function varyNumbers(text: string, random: () => number): string {
  return text.replace(/\d+/g, (digits) => (random() < 0.5 ? digits : digits.replace(/\d/g, () => String(Math.floor(random() * 10)))));
}

/**
 * One article: a title line, then paragraphs of seed text and of golden sentences, numbers varied.
 * `seedShare` is the chance that a paragraph is seed text: the golden sentences are number-dense by
 * design, the seed articles are news at its usual density.
 */
function buildArticle(sources: NewsSources, random: () => number, seedShare: number): string {
  const paragraphs = [pick(random, sources.goldenSentences).replace(/[.!?]$/, '')];
  const paragraphCount = 5 + Math.floor(random() * 6);
  for (let index = 0; index < paragraphCount; index += 1) {
    if (random() < seedShare) {
      paragraphs.push(pick(random, sources.seedParagraphs));
    } else {
      const sentenceCount = 2 + Math.floor(random() * 4);
      paragraphs.push(Array.from({ length: sentenceCount }, () => pick(random, sources.goldenSentences)).join(' '));
    }
  }
  return varyNumbers(paragraphs.join('\n\n'), random);
}

/** Articles totalling at least `targetBytes` of UTF-8, the same for the same seed. */
export function buildNewsCorpus(sources: NewsSources, targetBytes: number, seed = 1, seedShare = 0.4): string[] {
  const random = createRandom(seed);
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const article = buildArticle(sources, random, seedShare);
    articles.push(article);
    bytes += Buffer.byteLength(article, 'utf8');
  }
  return articles;
}

const REAL_NEWS_PAGES = new URL('../shared/realnews/pages/', repository);

/** The article text of every page of ../shared/realnews (news written by others), as the project's page reader cleans it. */
export function loadRealNews(): string[] {
  return readdirSync(REAL_NEWS_PAGES)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => parseArticlePage(readFileSync(new URL(file, REAL_NEWS_PAGES), 'utf8'), `https://realnews.example/${file}`).text)
    .filter((text) => text.length > 0);
}
