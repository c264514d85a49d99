// The read routes' generated request checks (scripts/generate-read-checks.ts) are their zod declarations:
// the committed module is what the generator writes now, and on generated query strings and path
// parameters both accept the same inputs with the same output, and refuse the others with the same first
// issue (field and message), so the problem+json details do not change with the api function's bundle.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { READ_CHECKS_FILE, readChecksModule } from '../../scripts/generate-read-checks.js';
import { type RouteSpec, zodCheck } from '../../shared/http/router.js';
import * as generated from '../../shared/http/routes/read-checks.generated.js';
import { READ_ROUTES } from '../../shared/http/routes/read-routes.js';
import type { CheckedRoute } from '../../shared/http/routing.js';

const generatedRoutes: CheckedRoute[] = Object.values(generated);

/** Values a query or path parameter can take, weighted towards the edges of the declared checks. */
const parameterValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\ud800', '-', ' '), minLength: 195, maxLength: 210 }),
  fc.string({ unit: fc.constantFrom('a', '😀'), minLength: 4090, maxLength: 4100 }),
  fc.integer({ min: -5, max: 600 }).map(String),
  fc.double().map(String),
  fc.constantFrom(
    '',
    ' ',
    '-',
    '!!!',
    'Infinity',
    '-Infinity',
    'NaN',
    '1e2',
    '0x10',
    ' 7 ',
    '1.0000000000000002',
    '2.5',
    '0',
    '500',
    '501',
  ),
  fc.constantFrom('actual', 'target', 'rumour', 'json', 'csv', 'Canada', 'Côte d’Ivoire', 'defence spending', 'f_0123456789abcdef01234567'),
);

/** A parameter object with any of `keys` (and perhaps one undeclared key). */
const parameters = (keys: string[]) =>
  fc.record(Object.fromEntries([...keys, 'undeclared'].map((key) => [key, parameterValue])), { requiredKeys: [] });

describe('the generated read checks', () => {
  it('are what scripts/generate-read-checks.ts writes from the declarations', () => {
    expect(readFileSync(READ_CHECKS_FILE, 'utf8')).toBe(readChecksModule());
  });

  it('cover every read route, with the same method and path', () => {
    expect(generatedRoutes.map(({ method, path }) => `${method} ${path}`)).toEqual(
      READ_ROUTES.map(({ method, path }) => `${method} ${path}`),
    );
  });

  for (const [index, route] of READ_ROUTES.entries()) {
    const declared: RouteSpec = route;
    const checks = generatedRoutes[index]!.checks();
    for (const part of ['params', 'query'] as const) {
      const schema = declared.request()[part];
      if (!schema) continue;
      it(`check ${declared.method} ${declared.path} ${part} as zod does`, () => {
        const keys = Object.keys((schema as unknown as { _zod: { def: { shape: Record<string, unknown> } } })._zod.def.shape);
        const byZod = zodCheck(schema);
        const byGenerated = checks[part]!;
        fc.assert(
          fc.property(parameters(keys), (input) => {
            expect(byGenerated(input)).toEqual(byZod(input));
          }),
          { numRuns: 400 },
        );
      });
    }
  }

  it('refuse with zod’s words: a limit too high, an unknown kind, a name without letters', () => {
    const listClaims = generated.listClaims.checks().query!;
    expect(listClaims({ limit: '101' })).toEqual({ ok: false, path: ['limit'], message: 'Too big: expected number to be <=100' });
    expect(listClaims({ kind: 'rumour' })).toMatchObject({
      ok: false,
      path: ['kind'],
      message: expect.stringMatching(/^Invalid option: /),
    });
    expect(listClaims({ subject: '!!!' })).toEqual({ ok: false, path: ['subject'], message: 'must contain letters or digits' });
    expect(listClaims({ subject: 'Côte d’Ivoire' })).toEqual({ ok: true, value: { subject: 'cote-d-ivoire', limit: 20 } });
  });
});
