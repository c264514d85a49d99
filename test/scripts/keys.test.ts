// `npm run keys` as an admin runs it: the real command against DynamoDB Local (FACTLINE_DYNAMODB_ENDPOINT,
// as while npm start runs), then the key it made used against the real app on the same table.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../shared/http/app.js';
import { wireFactlineInProcess } from '../../shared/runtime/in-process-wiring.js';
import { createTestTable, type TestTable } from '../support/dynamodb.js';

let table: TestTable;

beforeAll(async () => {
  table = await createTestTable();
});

async function keys(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npm', ['run', '-s', 'keys', '--', ...args], {
      env: { ...process.env, FACTLINE_DYNAMODB_ENDPOINT: table.endpoint, FACTLINE_TABLE_NAME: table.tableName },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run keys', () => {
  it('creates a key whose token works, lists it, and revokes it so that it no longer does', async () => {
    const created = await keys('create', '--name', 'Desk alerts', '--scopes', 'read,watch');
    expect(created.code, created.stderr).toBe(0);
    const token = /^(flk_[0-9a-f]{20}_[A-Za-z0-9_-]{43})$/m.exec(created.stdout)?.[1];
    const id = token!.slice(4, 24);
    expect(created.stdout).toContain(`created ${id}  "Desk alerts"  scopes read,watch`);

    const app = createApp(
      wireFactlineInProcess({ client: table.client, tableName: table.tableName, apiToken: async () => 'admin-token' }).appDeps,
    );
    const listWatches = () => app.request('/watches', { headers: { authorization: `Bearer ${token}` } });
    expect((await listWatches()).status).toBe(200);
    const watch = await app.request('/watches', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ target: { subject: 'canada' }, events: ['fact.changed'], webhookUrl: 'https://93.184.215.14/hook' }),
    });
    expect(watch.status).toBe(201);

    const listed = await keys('list');
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${id}  "Desk alerts"  scopes read,watch  created \\S+  last used 20`, 'm'));
    expect(listed.stdout).toContain('1 key');
    expect(listed.stdout).not.toContain(token!.slice(25));

    const revoked = await keys('revoke', id);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toMatch(new RegExp(`^revoked ${id} .* revoked 20`, 'm'));
    expect(revoked.stdout).toContain('1 of its watches paused');
    expect((await listWatches()).status).toBe(401);
  });

  it.each([
    [['create', '--scopes', 'read'], /create needs --name/],
    [['create', '--name', 'x', '--scopes', 'read,admin'], /unknown scope "admin"; the scopes are read, write, watch/],
    [['revoke', 'flk_abc'], /is not a key id/],
    [['rotate'], /unknown command "rotate"/],
  ])('refuses %j with a clear message and the usage (exit 2)', async (args, message) => {
    const result = await keys(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('usage: npm run keys');
  });

  it('says so when the key to revoke does not exist (exit 1)', async () => {
    const result = await keys('revoke', '0123456789abcdef0123');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('keys: no key 0123456789abcdef0123');
  });
});
