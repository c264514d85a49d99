// Time from `npm start` to the first served claim (GET /claims?subject=canada answering claims), on a
// fresh data folder (the seeds are ingested and extracted) and on a second start (the seeds are found).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../dynamodb-local.js';

async function firstClaimAfterStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npx', ['tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      FACTLINE_DATA_DIR: dataDir,
      POWERTOOLS_LOG_LEVEL: 'WARN',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const deadline = started + 120_000;
    while (performance.now() < deadline) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/claims?subject=canada`);
        const body = (await response.json()) as { items?: unknown[] };
        if (response.ok && body.items && body.items.length > 0) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('npm start served no claim within 120 s');
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

export async function run(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'factline-startup-'));
  try {
    const fresh = await firstClaimAfterStart(dataDir);
    const again = await firstClaimAfterStart(dataDir);
    return [
      '## Start-up: `npm start` to the first served claim',
      '',
      'Wall time from spawning the runner (tsx, DynamoDB Local, table, seeds, HTTP server) to the first',
      '`GET /claims?subject=canada` that answers claims.',
      '',
      '| Run | Seconds |',
      '| --- | ---: |',
      `| first start, empty data folder (4 seed articles ingested and extracted) | ${(fresh / 1000).toFixed(1)} |`,
      `| second start, same data (nothing new to store) | ${(again / 1000).toFixed(1)} |`,
    ].join('\n');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
