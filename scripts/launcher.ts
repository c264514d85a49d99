// Who launched this process: the chain of parents up to `npm start` (npm, and its shell or tsx when they
// did not exec). A signal to any of them (SIGTERM, SIGHUP, or SIGINT to npm alone) may end that process
// without passing the signal on, so the runner also stops when one of them is gone, instead of running on
// under PID 1.
import { readFileSync } from 'node:fs';

interface ProcessInfo {
  ppid: number;
  /** 'Z' for a zombie: exited, not yet reaped by its parent. */
  state: string;
  command: string;
}

function processInfo(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
    const [state = '', ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    return { ppid: Number(ppid), state, command };
  } catch {
    return null; // no /proc (macOS), or the process is gone
  }
}

/** npm renames its process to the command it runs ("npm start", "npm run start"). */
const NPM_PROCESS = /^npm(\s|$)/;

export function isNpmProcess(pid: number): boolean {
  return NPM_PROCESS.test(processInfo(pid)?.command ?? '');
}

/**
 * This process's launchers, nearest first, up to and including the `npm` process when there is one;
 * without npm (or without /proc) just the parent.
 */
export function launcherChain(): number[] {
  const chain: number[] = [];
  for (let pid = process.ppid; pid > 1 && chain.length < 8; ) {
    const info = processInfo(pid);
    if (!info) break;
    chain.push(pid);
    if (NPM_PROCESS.test(info.command)) return chain;
    pid = info.ppid;
  }
  return [process.ppid];
}

function alive(pid: number): boolean {
  const info = processInfo(pid);
  if (info) return info.state !== 'Z';
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Calls `onGone` once, when one of the launchers has exited (or this process was re-parented). */
export function whenLauncherGone(launchers: number[], onGone: (pid: number) => void, everyMs = 250): () => void {
  const originalParent = process.ppid;
  const timer = setInterval(() => {
    const gone = process.ppid !== originalParent ? originalParent : launchers.find((pid) => !alive(pid));
    if (gone === undefined) return;
    clearInterval(timer);
    onGone(gone);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
