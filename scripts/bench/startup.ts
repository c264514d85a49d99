// Time from `npm start` as a user types it (npm, its prestart: the prerequisites and the page, then the
// server: DynamoDB Local, table, notifier, seeds) to the first served claim (GET /claims?subject=canada
// answering claims): on a fresh data folder, on a second start, and on a second start with a large folder.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataFolder, timeOneStart, type StartTiming } from '../measure-start.js';

/** About 85 MB: 100 synthetic articles and 10,000 filler items of 3.5 KB. */
const LARGE = { articles: 100, fillerItems: 10_000 };

function row(run: string, timing: StartTiming): string {
  const phases = timing.readyLine.replace(/^ready in [\d.]+ s /, '');
  return `| ${run} | ${timing.firstClaimSeconds.toFixed(1)} | ${timing.servingSeconds.toFixed(1)} | ${timing.beforeServerSeconds.toFixed(1)} | ${phases} |`;
}

export async function run(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'factline-startup-'));
  const largeDir = mkdtempSync(join(tmpdir(), 'factline-startup-large-'));
  try {
    const fresh = await timeOneStart(dataDir);
    const again = await timeOneStart(dataDir);
    await loadDataFolder(largeDir, LARGE.articles, LARGE.fillerItems);
    const size = execFileSync('du', ['-sh', largeDir], { encoding: 'utf8' }).split('\t')[0];
    await timeOneStart(largeDir); // its first start stores the seeds and reads the stream the load wrote
    const large = await timeOneStart(largeDir);
    return [
      '## Start-up: `npm start` to the first served claim',
      '',
      'Wall time from spawning `npm start` (npm; its prestart, scripts/prepare.ts: the prerequisites and the page,',
      'built only when a source changed; then the server) to the first `GET /claims?subject=canada` that answers',
      'claims. The phases are the server\'s own ready line; "npm, prestart" is what passes before the server\'s node starts.',
      '',
      '| Run | First claim (s) | Serving (s) | npm, prestart (s) | The server, by phase |',
      '| --- | ---: | ---: | ---: | --- |',
      row('first start, empty data folder (4 seed articles ingested and extracted)', fresh),
      row('second start, same data (nothing new to store)', again),
      row(`second start, ${size} data folder (${LARGE.articles} synthetic articles, ${LARGE.fillerItems} filler items)`, large),
    ].join('\n');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(largeDir, { recursive: true, force: true });
  }
}
