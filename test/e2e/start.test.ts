// `npm start` as a user runs it (through npm, its shell and tsx): a real process, a real port,
// DynamoDB Local with data on disk, stopped by a signal to the PID it prints.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { freePort, startDynamoDbLocal } from '../../scripts/dynamodb-local.js';
import { startNpmStart } from '../../scripts/npm-start-process.js';
import { createDynamoDbClient } from '../../shared/store/client.js';

const dataDir = mkdtempSync(join(tmpdir(), 'factline-start-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function processesUsing(path: string): string[] {
  try {
    return execFileSync('pgrep', ['-f', path], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

interface Runner {
  child: ChildProcess;
  output: () => string;
  /** The PIDs `npm start` prints: npm's own, and the server's. */
  npmPid: number;
  serverPid: number;
}

async function startRunner(port: number): Promise<Runner> {
  // Its own process group, as in a terminal: a signal to it reaches no test process.
  const { child, output: printed } = await startNpmStart(
    { PORT: String(port), FACTLINE_DATA_DIR: dataDir, FACTLINE_API_TOKEN: 'start-test' },
    { timeoutMs: 90_000 },
  );
  const output = printed();
  const pids = /pid (\d+) \(npm start\) or (\d+) \(the server\)/.exec(output);
  if (!pids) throw new Error(`npm start printed no PIDs:\n${output}`);
  expect(Number(pids[1])).toBe(child.pid);
  return { child, output: printed, npmPid: Number(pids[1]), serverPid: Number(pids[2]) };
}

async function portAnswers(port: number): Promise<boolean> {
  return fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) }).then(
    () => true,
    () => false,
  );
}

/** Signals one PID, then waits until the server no longer answers and nothing uses the data folder. */
async function stopBy(runner: Runner, pid: number, signal: NodeJS.Signals, port: number): Promise<void> {
  process.kill(pid, signal);
  const deadline = Date.now() + 15_000;
  while ((await portAnswers(port)) || processesUsing(dataDir).length > 0) {
    if (Date.now() > deadline) {
      const left = processesUsing(dataDir);
      const described = left.length
        ? execFileSync('ps', ['-o', 'pid,ppid,etime,stat,args', '-p', left.join(',')], { encoding: 'utf8' })
        : '(none)';
      throw new Error(`still running 15 s after ${signal} to ${pid}:\n${described}\nnpm start printed:\n${runner.output().slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (runner.child.exitCode === null && runner.child.signalCode === null)
    await new Promise((resolve) => runner.child.once('exit', resolve));
}

/** About 1,500 sentences with figures: seconds of extraction on the server's event loop. */
function postLongArticle(port: number): Promise<Response> {
  const sentences = Array.from(
    { length: 1500 },
    (_, index) =>
      `The council of district ${index} said on Monday it would spend ${index + 3} million dollars on roads, up ${(index % 9) + 1}% from 2024.`,
  );
  return fetch(`http://127.0.0.1:${port}/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer start-test' },
    body: JSON.stringify({ title: 'Road budgets', text: sentences.join(' ') }),
  });
}

async function allClaimIds(port: number, subject: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const query = new URLSearchParams({ subject, limit: '100', ...(cursor ? { cursor } : {}) });
    const page = (await (await fetch(`http://127.0.0.1:${port}/claims?${query}`)).json()) as {
      items: Array<{ id: string; value: number }>;
      cursor?: string;
    };
    ids.push(...page.items.map((claim) => claim.id));
    cursor = page.cursor;
  } while (cursor);
  return ids.sort();
}

describe('npm start', () => {
  it('serves the seed claims, stops everything on a signal to either PID it prints, and a restart duplicates nothing', async () => {
    const port = await freePort();
    const first = await startRunner(port);
    const claims = await allClaimIds(port, 'canada');
    const values = (await (await fetch(`http://127.0.0.1:${port}/claims?subject=canada&limit=100`)).json()) as {
      items: Array<{ value: number; unit: string }>;
    };
    expect(values.items.map((claim) => `${claim.value} ${claim.unit}`)).toEqual(
      expect.arrayContaining(['5 percent', '3.5 percent', '2 percent']),
    );
    expect(processesUsing(dataDir).length).toBeGreaterThan(0);
    // npm passes SIGTERM on while the server is busy extracting a long article (its event loop blocked for
    // a second or more); the server stops DynamoDB Local and exits, and so does npm. (Under tsx's CLI the
    // server was SIGKILLed when it did not acknowledge within 30 ms, and java ran on.)
    expect((await postLongArticle(port)).status).toBe(202);
    await stopBy(first, first.npmPid, 'SIGTERM', port);
    expect(first.child.exitCode).toBe(0);

    // npm dies of SIGHUP at once; the server sees its launcher gone and stops anyway.
    const second = await startRunner(port);
    expect(await allClaimIds(port, 'canada')).toEqual(claims);
    await stopBy(second, second.npmPid, 'SIGHUP', port);

    // Ctrl-C aimed at the server process alone.
    const third = await startRunner(port);
    expect(await allClaimIds(port, 'canada')).toEqual(claims);
    await stopBy(third, third.serverPid, 'SIGINT', port);
    expect(third.child.exitCode).toBe(0);

    // The server killed outright (no handler runs): on Linux the kernel stops java with it (parent-death signal).
    if (process.platform === 'linux') {
      const fourth = await startRunner(port);
      await stopBy(fourth, fourth.serverPid, 'SIGKILL', port);
    }
  }, 300_000);
});

/** `npm start` that is expected to stop by itself: its exit code and everything it printed. */
async function runUntilExit(env: NodeJS.ProcessEnv): Promise<{ exitCode: number | null; output: string }> {
  const child = spawn('npm', ['start'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { exitCode, output };
}

describe('npm start on a port already in use', () => {
  it('says so, exits 1 without claiming to serve, and leaves nothing running', async () => {
    const busyDir = mkdtempSync(join(tmpdir(), 'factline-busy-port-'));
    const holder = createServer().listen(0, '127.0.0.1');
    await once(holder, 'listening');
    const port = (holder.address() as AddressInfo).port;
    try {
      const { exitCode, output } = await runUntilExit({ PORT: String(port), FACTLINE_DATA_DIR: busyDir });
      expect(exitCode).toBe(1);
      expect(output).toContain(`factline could not start: cannot serve on 127.0.0.1 port ${port}: listen EADDRINUSE`);
      expect(output).not.toContain('factline is serving on');
      expect(processesUsing(busyDir)).toEqual([]);
    } finally {
      holder.close();
      rmSync(busyDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('npm start on a data folder made by an older factline', () => {
  it('says what to do, exits 1 and leaves nothing running', async () => {
    const oldDir = mkdtempSync(join(tmpdir(), 'factline-old-data-'));
    try {
      const dynamo = await startDynamoDbLocal({ dbPath: oldDir });
      const oldIndexes = ['GSI1', 'GSI2', 'GSI3'];
      await createDynamoDbClient(dynamo.endpoint).send(
        new CreateTableCommand({
          TableName: 'factline',
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: ['PK', 'SK', ...oldIndexes.flatMap((name) => [`${name}PK`, `${name}SK`])].map((name) => ({
            AttributeName: name,
            AttributeType: 'S',
          })),
          KeySchema: [
            { AttributeName: 'PK', KeyType: 'HASH' },
            { AttributeName: 'SK', KeyType: 'RANGE' },
          ],
          GlobalSecondaryIndexes: oldIndexes.map((name) => ({
            IndexName: name,
            KeySchema: [
              { AttributeName: `${name}PK`, KeyType: 'HASH' },
              { AttributeName: `${name}SK`, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          })),
        }),
      );
      await dynamo.stop();

      const { exitCode, output } = await runUntilExit({ PORT: String(await freePort()), FACTLINE_DATA_DIR: oldDir });
      expect(exitCode).toBe(1);
      expect(output).toContain('factline could not start: the table factline in ' + oldDir + ' was made by an older factline');
      expect(output).toContain('lacks the indexes byFact, bySubject, byType');
      expect(output).toContain(`mv ${oldDir} ${oldDir}.old`);
      expect(output).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
      expect(processesUsing(oldDir)).toEqual([]);
    } finally {
      rmSync(oldDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("npm start's logs", () => {
  it("give what a route's code logs the request's id, as the request line on stdout has it", async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'factline-request-logs-'));
    const port = await freePort();
    // Nothing listens there: the article fetch fails on connect, deep in the route, and the fetcher logs it.
    const closedPort = await freePort();
    const { child, output, stdout } = await startNpmStart(
      {
        PORT: String(port),
        FACTLINE_DATA_DIR: logDir,
        FACTLINE_API_TOKEN: 'start-test',
        FACTLINE_UNSAFE_ALLOW_PRIVATE_ADDRESSES: 'true',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
      { timeoutMs: 90_000 },
    );
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer start-test', 'x-request-id': 'req-e2e-42' },
        body: JSON.stringify({ url: `http://127.0.0.1:${closedPort}/story` }),
      });
      expect(answer.status).toBe(422);
      expect(answer.headers.get('x-request-id')).toBe('req-e2e-42');
      const linesOf = (text: string) =>
        text
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as Record<string, unknown>);
      const deadline = Date.now() + 10_000;
      while (!linesOf(stdout()).some((line) => line.message === 'request' && line.requestId === 'req-e2e-42')) {
        if (Date.now() > deadline) throw new Error(`no request line on stdout:\n${stdout().slice(-3000)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(linesOf(stdout())).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ message: 'request', requestId: 'req-e2e-42', method: 'POST', path: '/articles', status: 422 }),
        ]),
      );
      // Logged by the fetcher, which is given no id (a WARN line: stderr): the request's scope puts it there.
      expect(linesOf(output())).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            level: 'WARN',
            message: 'source fetch failed',
            host: `127.0.0.1:${closedPort}`,
            requestId: 'req-e2e-42',
          }),
        ]),
      );
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
      rmSync(logDir, { recursive: true, force: true });
    }
  }, 120_000);
});
