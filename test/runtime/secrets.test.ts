// The Secrets Manager path of the token and the cursor key, through the real SDK client against a
// loopback server speaking the service's JSON protocol; and the local run's cursor key under .data/.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokenResolver } from '../../shared/runtime/api-token.js';
import { ConfigError, readLambdaConfig, readLocalConfig } from '../../shared/runtime/config.js';
import { LOCAL_CURSOR_SECRET_FILE, localCursorSecret } from '../../shared/runtime/local-secret.js';
import { tableOnAws } from '../../shared/runtime/aws-store-wiring.js';
import { wireFactlineOnAws } from '../../shared/runtime/aws-wiring.js';
import { cachedSecret } from '../../shared/runtime/secrets.js';
import { cursorKey } from '../../shared/store/cursor.js';
import { startSecretsManagerServer, type SecretsManagerServer } from '../support/secrets-manager-server.js';
import { readSource, sourceFiles } from '../support/source-files.js';

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:factline-cursor-AbCdEf';
let server: SecretsManagerServer;
let client: SecretsManagerClient;

beforeAll(async () => {
  server = await startSecretsManagerServer();
  client = new SecretsManagerClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
});
afterAll(() => server.close());

describe('a secret from Secrets Manager', () => {
  it('is read on first use, once, and cached for the life of the container', async () => {
    server.secrets.set(ARN, 'first-key');
    const secret = cachedSecret(ARN, client);
    expect(server.reads.filter((id) => id === ARN)).toHaveLength(0);
    expect(await Promise.all([secret(), secret()])).toEqual(['first-key', 'first-key']);
    server.secrets.set(ARN, 'rotated-key');
    expect(await secret()).toBe('first-key');
    expect(server.reads.filter((id) => id === ARN)).toHaveLength(1);
    // A new container (a new resolver) reads the rotated value.
    expect(await cachedSecret(ARN, client)()).toBe('rotated-key');
  });

  it('is read again after a failure instead of caching it', async () => {
    const arn = `${ARN}-outage`;
    server.secrets.set(arn, 'after-outage');
    const secret = cachedSecret(arn, client);
    server.failNext(1);
    await expect(secret()).rejects.toThrow(/bad day/);
    expect(await secret()).toBe('after-outage');
    expect(server.reads.filter((id) => id === arn)).toHaveLength(2);
  });

  it('refuses a missing or empty secret with its error', async () => {
    await expect(cachedSecret(`${ARN}-missing`, client)()).rejects.toThrow(/can't find/);
    server.secrets.set(`${ARN}-empty`, '');
    await expect(cachedSecret(`${ARN}-empty`, client)()).rejects.toBeInstanceOf(ConfigError);
  });

  it('gives the bearer token from the secret on AWS, or the variable locally', async () => {
    server.secrets.set(`${ARN}-token`, 'token-from-aws');
    expect(await apiTokenResolver({ apiTokenSecretArn: `${ARN}-token` }, client)()).toBe('token-from-aws');
    expect(await apiTokenResolver({ apiToken: 'local-token', apiTokenSecretArn: `${ARN}-token` }, client)()).toBe('local-token');
    expect(() => apiTokenResolver({})).toThrow(ConfigError);
  });
});

describe('the Lambda wiring on AWS', () => {
  // The wiring makes its own SDK clients, as in a container: they find the stand-in through the SDK's
  // service endpoint variable.
  const saved = process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
  beforeAll(() => {
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = server.endpoint;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
    else process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = saved;
  });

  it('takes the write token from its secret, on first use and once per container', async () => {
    const arn = `${ARN}-wired-token`;
    server.secrets.set(arn, 'deployed-token');
    const { appDeps } = wireFactlineOnAws({ FACTLINE_TABLE_NAME: 't', FACTLINE_API_TOKEN_SECRET_ARN: arn });
    expect(server.reads.filter((id) => id === arn)).toHaveLength(0);
    expect(await appDeps.apiToken!()).toBe('deployed-token');
    expect(await appDeps.apiToken!()).toBe('deployed-token');
    expect(server.reads.filter((id) => id === arn)).toHaveLength(1);
    // A function without the token serves no write routes, and says so.
    await expect(wireFactlineOnAws({ FACTLINE_TABLE_NAME: 't' }).appDeps.apiToken!()).rejects.toThrow(/serves no write routes/);
  });

  it('signs cursors with the key from its secret, read once per container; without one it cannot page', async () => {
    const arn = `${ARN}-wired-cursor`;
    server.secrets.set(arn, 'deployed-cursor-key');
    const { cursorSecret } = tableOnAws({ FACTLINE_TABLE_NAME: 't', FACTLINE_CURSOR_SECRET_ARN: arn });
    expect(typeof cursorSecret).toBe('function');
    const read = cursorSecret as () => Promise<string>;
    expect(await Promise.all([read(), read()])).toEqual(['deployed-cursor-key', 'deployed-cursor-key']);
    expect(server.reads.filter((id) => id === arn)).toHaveLength(1);
    // Two containers sign the same cursor alike, so a cursor from one is taken by the other.
    const other = tableOnAws({ FACTLINE_TABLE_NAME: 't', FACTLINE_CURSOR_SECRET_ARN: arn }).cursorSecret as () => Promise<string>;
    expect(await cursorKey(other)).toBe(await cursorKey(read));
    const unset = tableOnAws({ FACTLINE_TABLE_NAME: 't' }).cursorSecret as () => Promise<string>;
    await expect(unset()).rejects.toThrow(/FACTLINE_CURSOR_SECRET_ARN is not set/);
  });
});

describe('the local cursor key', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'factline-secret-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is made once under the data folder, readable by this user only, and the same on the next start', () => {
    const first = localCursorSecret(join(dataDir, 'dynamodb'));
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    const path = join(dataDir, 'dynamodb', LOCAL_CURSOR_SECRET_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim()).toBe(first);
    expect(localCursorSecret(join(dataDir, 'dynamodb'))).toBe(first);
    expect(localCursorSecret(join(dataDir, 'other'))).not.toBe(first);
  });
});

describe('the configuration reader', () => {
  it('reads the local settings with their defaults', () => {
    expect(readLocalConfig({})).toEqual({
      tableName: 'factline',
      unsafeAllowLoopback: false,
      port: 3000,
      host: '127.0.0.1',
      dataDir: '.data/dynamodb',
      pollIntervalSeconds: 300,
    });
    expect(readLocalConfig({ PORT: '8080', FACTLINE_POLL_INTERVAL_SECONDS: '60', FACTLINE_API_TOKEN: 't' })).toMatchObject({
      port: 8080,
      pollIntervalSeconds: 60,
      apiToken: 't',
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '3000.5'],
    ['FACTLINE_POLL_INTERVAL_SECONDS', '0'],
    ['FACTLINE_POLL_INTERVAL_SECONDS', '-5'],
    ['FACTLINE_POLL_INTERVAL_SECONDS', '1e3'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(() => readLocalConfig({ [name]: value })).toThrow(new RegExp(`^${name} must be a whole number`));
  });

  it('reads the Lambda settings, requiring the table; the unsafe switch only on exactly "true", refused if malformed', () => {
    expect(() => readLambdaConfig({})).toThrow(/FACTLINE_TABLE_NAME is required/);
    expect(readLambdaConfig({ FACTLINE_TABLE_NAME: 't', FACTLINE_CURSOR_SECRET_ARN: ARN })).toEqual({
      tableName: 't',
      unsafeAllowLoopback: false,
      cursorSecretArn: ARN,
    });
    expect(() => readLambdaConfig({ FACTLINE_TABLE_NAME: 't', FACTLINE_UNSAFE_ALLOW_PRIVATE_ADDRESSES: '1' })).toThrow(
      /must be "true" or "false", not "1"/,
    );
    expect(readLambdaConfig({ FACTLINE_TABLE_NAME: 't', FACTLINE_UNSAFE_ALLOW_PRIVATE_ADDRESSES: 'false' }).unsafeAllowLoopback).toBe(
      false,
    );
    expect(readLambdaConfig({ FACTLINE_TABLE_NAME: 't', FACTLINE_UNSAFE_ALLOW_PRIVATE_ADDRESSES: 'true' }).unsafeAllowLoopback).toBe(true);
  });

  it('is the one place that reads factline settings or turns a variable into a number (scripts, wiring, functions, infra)', () => {
    const root = new URL('../../', import.meta.url);
    const sources = sourceFiles(root, ['scripts', 'shared', 'functions', 'infra']);
    expect(sources.length).toBeGreaterThan(50);
    const adHoc = /\b(?:Number|parseInt|parseFloat)\(\s*process\.env|process\.env(?:\.|\[')(?:FACTLINE_|PORT\b|HOST\b)/;
    const offenders = sources.filter((file) => file !== 'shared/runtime/config.ts' && adHoc.test(readSource(root, file)));
    expect(offenders).toEqual([]);
  });
});
