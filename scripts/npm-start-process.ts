// `npm start` run as a user runs it, for the browser and start tests and scripts/measure-start.ts.
import { spawn, type ChildProcess } from 'node:child_process';

export interface NpmStart {
  child: ChildProcess;
  /** Everything it has printed so far (stdout, and stderr unless inherited). */
  output: () => string;
  /** What it has printed on stdout alone (INFO and DEBUG log lines, the banner). */
  stdout: () => string;
}

/**
 * Spawns `npm start` in its own process group (a signal to the group stops npm, tsx, node and java, and a
 * signal to it reaches no caller) and resolves once it prints that it serves.
 */
export async function startNpmStart(
  env: NodeJS.ProcessEnv,
  options: { timeoutMs?: number; stderr?: 'pipe' | 'inherit' } = {},
): Promise<NpmStart> {
  const { timeoutMs = 150_000, stderr = 'pipe' } = options;
  const child = spawn('npm', ['start'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', stderr], detached: true });
  let output = '';
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    stdout += text;
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (!output.includes('factline is serving on')) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npm start did not serve within ${timeoutMs / 1000} s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => output, stdout: () => stdout };
}
