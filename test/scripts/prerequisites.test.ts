// What `npm start` and `npm test` do about a missing Java or Chromium: install on Debian as root,
// otherwise stop at once with one line naming the package.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFor, PREREQUISITES } from '../../scripts/prerequisites.js';

const java = PREREQUISITES.find((prerequisite) => prerequisite.debianPackage === 'openjdk-17-jre-headless')!;
const chromium = PREREQUISITES.find((prerequisite) => prerequisite.debianPackage === 'chromium')!;

describe('prerequisites', () => {
  it('are ready when nothing the purpose needs is missing', () => {
    expect(planFor('start', [], { canAptInstall: false })).toEqual({ action: 'ready' });
    expect(planFor('start', [chromium], { canAptInstall: false })).toEqual({ action: 'ready' });
  });

  it('installs the missing packages where apt-get can, and names them in one line where it cannot', () => {
    expect(planFor('test', [java, chromium], { canAptInstall: true })).toEqual({
      action: 'install',
      packages: ['openjdk-17-jre-headless', 'chromium'],
    });
    const stop = planFor('test', [chromium], { canAptInstall: false });
    expect(stop).toEqual({ action: 'stop', message: expect.stringContaining('install chromium') });
    expect(stop.action === 'stop' && stop.message.split('\n')).toHaveLength(1);
  });

  it('stops `npm start` at once, naming the Java package, on a machine without java or apt-get', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare.ts', 'start'], {
      encoding: 'utf8',
      // An empty PATH: no java, no apt-get.
      env: { ...process.env, PATH: mkdtempSync(join(tmpdir(), 'factline-empty-path-')) },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^npm start needs Java 17 .*install openjdk-17-jre-headless/)]);
  });
});
