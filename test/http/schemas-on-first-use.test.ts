// The route schemas are built when first needed, not when the app is created: a cold start builds none
// of them (router.ts), a write request builds its own route's (the read routes run the checks generated from
// theirs and build none), and /openapi.json builds and documents all.
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createApp } from '../../shared/http/app.js';
import { createDynamoStore } from '../../shared/store/dynamo-store.js';
import { createTestTable } from '../support/dynamodb.js';

/** The named schemas built so far: each registers under its name when it is built. */
const builtSchemaNames = () =>
  Object.keys((z.toJSONSchema(z.globalRegistry, { unrepresentable: 'any' }) as { schemas: Record<string, unknown> }).schemas);

let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const { client, tableName } = await createTestTable();
  app = createApp({ store: createDynamoStore({ client, tableName, cursorSecret: 'schemas-test' }) });
});

// One test: what is built depends on what ran before it in this process, so the steps run in order here.
describe('route schemas', () => {
  it("are built on first use: none with the app, none documenting a request's answer, all for /openapi.json", async () => {
    expect(builtSchemaNames()).toEqual([]);

    const refused = await app.request('/claims?limit=0');
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/^query limit: /);
    const answered = await app.request('/claims?subject=Canada');
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ items: [] });
    expect(builtSchemaNames()).toEqual([]);

    const document = (await (await app.request('/openapi.json')).json()) as { components: { schemas: Record<string, unknown> } };
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Claim', 'ClaimPage', 'Fact', 'FactSeries', 'Problem', 'ArticleSubmission']),
    );
    expect(builtSchemaNames().sort()).toEqual(Object.keys(document.components.schemas).sort());
  });
});
