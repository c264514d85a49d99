// `npm run -s extract -- FILE...` prints each article's claims; `npm run -s extract -- --jsonl` reads
// {"id", "text", "publishedAt"?} lines on stdin and writes {"id", "quantities"} lines, in order.
// Same code path as the Lambda and `npm start`: extractQuantities from shared/extraction.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { extractClaims, extractQuantities, EXTRACTOR_VERSION, type ExtractOptions } from '../shared/extraction/index.js';

const USAGE = `usage: npm run -s extract -- [--all] FILE...       claims of each article file (--all: every quantity)
       npm run -s extract -- --jsonl < in.jsonl  {"id","text","publishedAt"?} per line -> {"id","quantities"} per line`;

interface JsonlInput {
  id?: unknown;
  text?: unknown;
  publishedAt?: unknown;
}

function optionsFor(publishedAt: unknown): ExtractOptions {
  return typeof publishedAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? { publishedAt: publishedAt.slice(0, 10) } : {};
}

async function extractJsonl(): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let input: JsonlInput;
    try {
      input = JSON.parse(line) as JsonlInput;
    } catch {
      failures += 1;
      process.stdout.write(`${JSON.stringify({ id: null, error: `line ${lineNumber}: not valid JSON` })}\n`);
      continue;
    }
    if (typeof input.text !== 'string') {
      failures += 1;
      process.stdout.write(`${JSON.stringify({ id: input.id ?? null, error: `line ${lineNumber}: "text" must be a string` })}\n`);
      continue;
    }
    const quantities = extractQuantities(input.text, optionsFor(input.publishedAt));
    process.stdout.write(`${JSON.stringify({ id: input.id ?? null, quantities })}\n`);
  }
  return failures === 0 ? 0 : 1;
}

function extractFiles(files: string[], everyQuantity: boolean): number {
  let failures = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      failures += 1;
      console.error(`${file}: ${(error as Error).message}`);
      continue;
    }
    const quantities = everyQuantity ? extractQuantities(text) : extractClaims(text);
    console.log(`${file} (extractor ${EXTRACTOR_VERSION}): ${quantities.length} ${everyQuantity ? 'quantities' : 'claims'}`);
    for (const quantity of quantities) {
      const range = quantity.low !== undefined ? ` [${quantity.low}..${quantity.high}]` : '';
      const time =
        quantity.time.by !== undefined ? ` by ${quantity.time.by}` : quantity.time.year !== undefined ? ` in ${quantity.time.year}` : '';
      const about = [quantity.subject, quantity.metricLabel].filter(Boolean).join(' / ');
      console.log(
        `  ${quantity.claimScore.toFixed(2)}  "${quantity.text}" = ${quantity.bound === '=' ? '' : `${quantity.bound} `}${quantity.value}${range} ${quantity.unit}${quantity.counted ? ` (${quantity.counted})` : ''}${time}  ${quantity.kind}${about ? `  ${about}` : ''}${quantity.speaker ? `  said ${quantity.speaker}` : ''}`,
      );
    }
  }
  return failures === 0 ? 0 : 1;
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.length === 0) {
  console.error(USAGE);
  process.exitCode = args.length === 0 ? 2 : 0;
} else if (args.includes('--jsonl')) {
  process.exitCode = await extractJsonl();
} else {
  process.exitCode = extractFiles(
    args.filter((arg) => arg !== '--all'),
    args.includes('--all'),
  );
}
