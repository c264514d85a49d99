// Runs every benchmark module in this folder (or those named on the command line) and writes their
// markdown sections, headed by the machine they ran on, to bench/results.md.
// Run through `npm run bench [-- extraction api]`: it starts node with --expose-gc for memory figures.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

/** What each benchmark module exports: its measurements as a markdown section. */
export interface BenchmarkModule {
  run(): Promise<string>;
}

const benchFolder = new URL('./', import.meta.url);
const resultsFile = new URL('../../bench/results.md', import.meta.url);

function benchmarkNames(requested: string[]): string[] {
  const available = readdirSync(benchFolder)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.slice(0, -'.ts'.length))
    .sort();
  const unknown = requested.filter((name) => !available.includes(name));
  if (unknown.length > 0) throw new Error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
  return requested.length > 0 ? available.filter((name) => requested.includes(name)) : available;
}

/** The commit measured, and whether tracked files differed from it (other work in progress). */
function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !== '';
    return changed ? `${commit} with uncommitted changes` : commit;
  } catch {
    return 'unknown';
  }
}

function describeMachine(startedAt: Date): string {
  const cpus = os.cpus();
  const gib = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);
  return [
    `- Date: ${startedAt.toISOString()}`,
    `- CPU: ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} logical cores (benchmarks run on one)`,
    `- RAM: ${gib(os.totalmem())} GiB (${gib(os.freemem())} GiB free at start)`,
    `- Load average at start: ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' / ')} (1/5/15 min; the machine may be shared)`,
    `- OS: ${os.type()} ${os.release()} ${os.arch()}`,
    `- Node: ${process.version}; commit ${gitCommit()}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const startedAt = new Date();
  const names = benchmarkNames(process.argv.slice(2));
  const sections: string[] = [];
  for (const name of names) {
    console.error(`bench: running ${name}...`);
    const module = (await import(new URL(`${name}.ts`, benchFolder).href)) as Partial<BenchmarkModule>;
    if (typeof module.run !== 'function') throw new Error(`scripts/bench/${name}.ts does not export run(): Promise<string>`);
    sections.push((await module.run()).trim());
  }
  const report = [
    '# factline benchmarks',
    '',
    `Written by \`npm run bench\` (modules: ${names.join(', ')}); overwritten on every run.`,
    '',
    '## Machine',
    '',
    describeMachine(startedAt),
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
  mkdirSync(new URL('./', resultsFile), { recursive: true });
  writeFileSync(resultsFile, report);
  console.log(report);
}

await main();
