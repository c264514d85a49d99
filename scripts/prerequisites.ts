// Run before `npm start` and `npm test` (scripts/prepare.ts, npm's prestart and pretest): what the two
// commands need beyond node_modules is there, installed here when it can be (Debian, as root: apt-get, as
// .ci/run did), or the run stops at once with one line naming the package.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type Purpose = 'start' | 'test';

export interface Prerequisite {
  /** What the user reads. */
  name: string;
  /** The Debian package that provides it. */
  debianPackage: string;
  why: string;
  neededFor: Purpose[];
  isPresent: () => boolean;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const PREREQUISITES: Prerequisite[] = [
  {
    name: 'Java 17',
    debianPackage: 'openjdk-17-jre-headless',
    why: 'DynamoDB Local runs on it',
    neededFor: ['start', 'test'],
    // Found on the PATH, not run: `java -version` starts a JVM (0.1 to 0.5 s of every npm start).
    isPresent: () => onPath('java'),
  },
  {
    name: 'Chromium',
    debianPackage: 'chromium',
    why: 'the browser tests drive it',
    neededFor: ['test'],
    isPresent: () => isExecutable(CHROMIUM_PATH),
  },
];

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => folder !== '' && isExecutable(join(folder, command)));
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface Machine {
  /** apt-get can install packages here: Debian-like, run as root. */
  canAptInstall: boolean;
}

export type Plan = { action: 'ready' } | { action: 'install'; packages: string[] } | { action: 'stop'; message: string };

/** What to do about the prerequisites of a purpose that are missing. */
export function planFor(purpose: Purpose, missing: Prerequisite[], machine: Machine): Plan {
  const needed = missing.filter((prerequisite) => prerequisite.neededFor.includes(purpose));
  if (!needed.length) return { action: 'ready' };
  if (machine.canAptInstall) return { action: 'install', packages: needed.map((prerequisite) => prerequisite.debianPackage) };
  return { action: 'stop', message: stopMessage(purpose, needed) };
}

export function stopMessage(purpose: Purpose, needed: Prerequisite[]): string {
  const what = needed.map((prerequisite) => `${prerequisite.name} (${prerequisite.why})`).join(' and ');
  const packages = needed.map((prerequisite) => prerequisite.debianPackage).join(' ');
  return `npm ${purpose} needs ${what}: install ${packages} (Debian/Ubuntu: sudo apt-get install -y ${packages}), then run it again.`;
}

function currentMachine(): Machine {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/etc/debian_version') && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  return { canAptInstall: isRoot && hasApt };
}

export function isPurpose(value: unknown): value is Purpose {
  return value === 'start' || value === 'test';
}

/** Installs what is missing where it can; otherwise prints what to install and exits 1. */
export function ensure(purpose: Purpose): void {
  const missing = () => PREREQUISITES.filter((prerequisite) => prerequisite.neededFor.includes(purpose) && !prerequisite.isPresent());
  const plan = planFor(purpose, missing(), currentMachine());
  if (plan.action === 'ready') return;
  if (plan.action === 'install') {
    console.log(`npm ${purpose}: installing ${plan.packages.join(' ')} with apt-get`);
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', ...plan.packages], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      // Reported below with the packages still missing.
    }
  }
  const stillMissing = missing();
  if (stillMissing.length) {
    console.error(stopMessage(purpose, stillMissing));
    process.exit(1);
  }
}
