// `npm start` as a user runs it: a real process, a real port, DynamoDB Local with data on disk.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/dynamodb-local.js';

const dataDir = mkdtempSync(join(tmpdir(), 'factline-start-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function processesUsing(path: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', path], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function startRunner(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), FACTLINE_DATA_DIR: dataDir, FACTLINE_API_TOKEN: 'start-test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  while (!output.includes('factline is serving on')) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start did not serve within 90 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return child;
}

async function allClaimIds(port: number, subject: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ subject, limit: '100', ...(cursor ? { cursor } : {}) });
    const page = (await (await fetch(`http://127.0.0.1:${port}/claims?${query}`)).json()) as { items: Array<{ id: string; value: number }>; cursor?: string };
    ids.push(...page.items.map((claim) => claim.id));
    cursor = page.cursor;
  } while (cursor);
  return ids.sort();
}

async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill(signal);
  return exited;
}

describe('npm start', () => {
  it('serves the seed claims, stops with its java child on SIGTERM or Ctrl-C, and a second start duplicates nothing', async () => {
    const port = await freePort();
    const first = await startRunner(port);
    const claims = await allClaimIds(port, 'canada');
    const values = (await (await fetch(`http://127.0.0.1:${port}/claims?subject=canada&limit=100`)).json()) as { items: Array<{ value: number; unit: string }> };
    expect(values.items.map((claim) => `${claim.value} ${claim.unit}`)).toEqual(expect.arrayContaining(['5 percent', '3.5 percent', '2 percent']));
    expect(processesUsing(dataDir).length).toBeGreaterThan(0);
    expect(await stop(first, 'SIGTERM')).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);

    const second = await startRunner(port);
    expect(await allClaimIds(port, 'canada')).toEqual(claims);
    expect(await stop(second, 'SIGINT')).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  }, 240_000);
});
