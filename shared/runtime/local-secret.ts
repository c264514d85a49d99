// The cursor-signing key of a local run: made once beside the data it pages through, readable by this
// user only, so cursors survive a restart and no one can forge them from a known value.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCAL_CURSOR_SECRET_FILE = 'cursor-secret';

export function localCursorSecret(dataDir: string): string {
  const path = join(dataDir, LOCAL_CURSOR_SECRET_FILE);
  try {
    const stored = readFileSync(path, 'utf8').trim();
    if (stored) return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  try {
    // 'wx': if two runs race, the first file wins and both read it.
    writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readFileSync(path, 'utf8').trim();
  }
  return secret;
}
