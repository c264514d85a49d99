// `npm run keys -- create --name N --scopes read,watch | list | revoke ID`: the admin's client API keys.
//
// Uses DynamoDB Local with npm start's data (.data/dynamodb), or the one at FACTLINE_DYNAMODB_ENDPOINT
// (npm start prints it), as scripts/ingest.ts does. The same operations as the admin routes /admin/keys.
import { parseArgs } from 'node:util';
import { messageOf } from '../shared/errors.js';
import { readLocalConfig } from '../shared/runtime/config.js';
import { localCursorSecret } from '../shared/runtime/local-secret.js';
import { createDynamoApiKeyStore } from '../shared/store/api-key-store.js';
import { createDynamoDbClient } from '../shared/store/client.js';
import { createDynamoWatchStore } from '../shared/store/watch-store.js';
import { createTableIfMissing } from '../shared/store/table.js';
import { isKeyId, newApiKey, revokeApiKey, SCOPES, type ApiKeyStore } from '../shared/watches/api-key.js';
import type { ApiKey, Scope, WatchStore } from '../shared/watches/watch.js';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local.js';

const USAGE = `usage: npm run keys -- create --name NAME --scopes ${SCOPES.join(',')}   (one or more, comma-separated)
       npm run keys -- list
       npm run keys -- revoke KEY_ID`;

class UsageError extends Error {}

type Command = { name: 'create'; keyName: string; scopes: Scope[] } | { name: 'list' } | { name: 'revoke'; id: string };

function parseCommand(args: string[]): Command {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { name: { type: 'string' }, scopes: { type: 'string' } },
  });
  const [command, ...rest] = positionals;
  if (command === 'create') {
    const keyName = values.name?.trim();
    if (!keyName) throw new UsageError('create needs --name NAME (who the key is for)');
    if (keyName.length > 100) throw new UsageError('--name is longer than 100 characters');
    const scopes = (values.scopes ?? '')
      .split(',')
      .map((scope) => scope.trim())
      .filter(Boolean);
    if (scopes.length === 0) throw new UsageError(`create needs --scopes, one or more of ${SCOPES.join(', ')}`);
    const unknown = scopes.filter((scope) => !(SCOPES as readonly string[]).includes(scope));
    if (unknown.length)
      throw new UsageError(
        `unknown scope ${unknown.map((scope) => JSON.stringify(scope)).join(', ')}; the scopes are ${SCOPES.join(', ')}`,
      );
    if (rest.length) throw new UsageError(`create takes no other arguments (got ${rest.join(' ')})`);
    return { name: 'create', keyName, scopes: scopes as Scope[] };
  }
  if (command === 'list' && rest.length === 0) return { name: 'list' };
  if (command === 'revoke') {
    if (rest.length !== 1) throw new UsageError('revoke needs exactly one KEY_ID (npm run keys -- list shows them)');
    if (!isKeyId(rest[0]!))
      throw new UsageError(`${JSON.stringify(rest[0])} is not a key id (20 hex digits, the part after flk_ in a token)`);
    return { name: 'revoke', id: rest[0]! };
  }
  throw new UsageError(command ? `unknown command ${JSON.stringify([command, ...rest].join(' '))}` : 'no command given');
}

function describeKey(key: ApiKey): string {
  const state = key.revokedAt ? `revoked ${key.revokedAt}` : `last used ${key.lastUsedAt ?? 'never'}`;
  return `${key.id}  ${JSON.stringify(key.name)}  scopes ${key.scopes.join(',')}  created ${key.createdAt}  ${state}`;
}

async function run(command: Command, { apiKeys: keys, watches }: { apiKeys: ApiKeyStore; watches: WatchStore }): Promise<number> {
  if (command.name === 'create') {
    const { key, token } = newApiKey(command.keyName, command.scopes, new Date());
    await keys.createKey(key);
    console.log(`created ${describeKey(key)}`);
    console.log(`token (shown once; the client sends it as "Authorization: Bearer <token>"):\n${token}`);
    return 0;
  }
  if (command.name === 'list') {
    let cursor: string | undefined;
    let count = 0;
    do {
      const page = await keys.listKeys({ limit: 100, ...(cursor ? { cursor } : {}) });
      for (const key of page.items) console.log(describeKey(key));
      count += page.items.length;
      cursor = page.cursor;
    } while (cursor);
    console.log(`${count} key${count === 1 ? '' : 's'}`);
    return 0;
  }
  const revoked = await revokeApiKey(command.id, { apiKeys: keys, watches }, new Date());
  if (!revoked) {
    console.error(`keys: no key ${command.id}`);
    return 1;
  }
  console.log(`revoked ${describeKey(revoked.key)}\n${revoked.pausedWatches} of its watches paused`);
  return 0;
}

async function main(): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(process.argv.slice(2));
  } catch (error) {
    console.error(`keys: ${messageOf(error)}\n${USAGE}`);
    return 2;
  }
  const { dynamoDbEndpoint: endpoint, dataDir, tableName } = readLocalConfig();
  // Our own DynamoDB Local on npm start's data, unless one is already running (e.g. npm start's).
  const dynamo: DynamoDbLocal | null = endpoint ? null : await startDynamoDbLocal({ dbPath: dataDir, quickStart: true });
  try {
    const client = createDynamoDbClient(endpoint ?? dynamo!.endpoint);
    await createTableIfMissing(client, tableName);
    const tableOptions = { client, tableName, cursorSecret: localCursorSecret(dataDir) };
    return await run(command, { apiKeys: createDynamoApiKeyStore(tableOptions), watches: createDynamoWatchStore(tableOptions) });
  } finally {
    await dynamo?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`keys failed: ${messageOf(error)}`);
    process.exit(1);
  },
);
