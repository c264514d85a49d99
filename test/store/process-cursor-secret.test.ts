// A store given no cursor key makes one for the process on first use, not at import: every deployed
// function passes its key, so drawing random bytes at import was only cold-start time.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../infra/lambda-bundling.js';

// Counts node:crypto's randomBytes calls (the real function still runs), imports the cursor module, then asks for the key twice.
const PROBE = `
import crypto from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';
const draw = crypto.randomBytes;
let draws = 0;
crypto.randomBytes = (...args) => { draws++; return draw(...args); };
syncBuiltinESMExports();
const { processCursorSecret } = await import(process.argv[1]);
const atImport = draws;
const keys = [processCursorSecret(), processCursorSecret()];
process.stdout.write(JSON.stringify({ atImport, afterUse: draws, keys }));
`;

describe('the process cursor key', () => {
  it('is drawn on first use, once, and not at import', () => {
    const module = pathToFileURL(`${PROJECT_ROOT}/shared/store/cursor.ts`).href;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE, module], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    const { atImport, afterUse, keys } = JSON.parse(child.stdout) as { atImport: number; afterUse: number; keys: string[] };
    expect(atImport).toBe(0);
    expect(afterUse).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(keys[1]).toBe(keys[0]);
  }, 30_000);
});
