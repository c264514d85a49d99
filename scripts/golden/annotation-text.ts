// The command line the annotation printers share (othernews, freshnews, browndev, modernnews): the list of articles, the
// paragraphs of some (`--json` for records), and `--check` that a golden file's records are the source paragraphs.
import { readFileSync } from 'node:fs';

export interface AnnotationArticle {
  article: string;
  publishedAt: string | null;
  paragraphs: string[];
}

/** Ids of a golden file's records whose text or place differs from the source paragraphs (`idPrefix-article-nn`). */
export function recordMismatches(goldenFile: URL, idPrefix: string, articles: AnnotationArticle[]): string[] {
  const records = readFileSync(goldenFile, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; text: string });
  const expected = articles.flatMap((article) =>
    article.paragraphs.map((text, index) => ({ id: `${idPrefix}-${article.article}-${String(index + 1).padStart(2, '0')}`, text })),
  );
  const mismatches = expected.filter((paragraph, index) => records[index]?.id !== paragraph.id || records[index]?.text !== paragraph.text);
  if (records.length !== expected.length) mismatches.push({ id: `${records.length} records for ${expected.length} paragraphs`, text: '' });
  return mismatches.map((paragraph) => paragraph.id);
}

/** `--check` for a set in two halves: each half's file against the articles annotated into it (a half with none has no file). */
export function halvesMismatches(
  set: string,
  idPrefix: string,
  annotated: Readonly<Record<'dev' | 'sealed', readonly string[]>>,
  articles: AnnotationArticle[],
): string[] {
  return (['dev', 'sealed'] as const)
    .filter((split) => annotated[split].length > 0)
    .flatMap((split) =>
      recordMismatches(
        new URL(`../../test/golden/${set}-${split}.jsonl`, import.meta.url),
        idPrefix,
        annotated[split].map((name) => articles.find((article) => article.article === name)!),
      ),
    );
}

/** Runs the printer's command line; `labels` adds columns to an article's line and heading (othernews: its split). */
export function runAnnotationText<Article extends AnnotationArticle>(
  args: string[],
  articles: () => Article[],
  options: { check?: () => string[]; labels?: (article: Article) => string[] } = {},
): void {
  if (options.check && args.includes('--check')) {
    const mismatches = options.check();
    console.log(mismatches.length === 0 ? 'every record is its source paragraph' : `mismatched: ${mismatches.join(', ')}`);
    process.exitCode = mismatches.length === 0 ? 0 : 1;
    return;
  }
  const labels = options.labels ?? (() => []);
  const asJson = args.includes('--json');
  const wanted = args.filter((arg) => arg !== '--json');
  const all = articles();
  if (wanted.length === 0) {
    for (const article of all)
      console.log([article.article, ...labels(article), article.publishedAt ?? '-', `${article.paragraphs.length} paragraphs`].join('\t'));
    return;
  }
  for (const article of all.filter((candidate) => wanted.includes(candidate.article))) {
    if (asJson) console.log(JSON.stringify(article));
    else {
      console.log(`=== ${article.article} (${[...labels(article), article.publishedAt ?? 'no date'].join(', ')})`);
      article.paragraphs.forEach((paragraph, index) => console.log(`[${String(index + 1).padStart(2, '0')}] ${paragraph}`));
    }
  }
}
