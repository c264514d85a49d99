// `npx tsx scripts/generate-read-checks.ts`: writes shared/http/routes/read-checks.generated.ts, the request
// checks of the read routes as data (shared/http/request-checks.ts runs them), from their zod declarations
// (routes/read-routes.ts). Every message is zod's own, computed here by running zod on an input that fails
// that one check. A schema kind the runner does not know stops the generation. test/http/read-checks.test.ts
// fails when the file is not what this writes, and compares the checks with zod on generated inputs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { receivedKind } from '../shared/http/request-checks.js';
import type { RouteSpec } from '../shared/http/router.js';
import { slugOfName } from '../shared/http/routes/name-slug.js';
import { READ_ROUTES } from '../shared/http/routes/read-routes.js';
import * as declared from '../shared/http/routes/read-routes.js';

export const READ_CHECKS_FILE = join(import.meta.dirname, '../shared/http/routes/read-checks.generated.ts');

/** The transforms a declaration may use, by the name the generated module imports them under. */
const TRANSFORMS = new Map<unknown, { name: string; from: string }>([[slugOfName, { name: 'slugOfName', from: './name-slug.js' }]]);

/** A query or path parameter is a string or absent: inputs that reach every type refusal such values can meet. */
const TYPE_PROBES: unknown[] = [undefined, 'x', 'Infinity', '-Infinity'];

type Schema = z.ZodMiniType;
interface Def {
  type: string;
  [key: string]: unknown;
}
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;

function firstMessage(schema: Schema, input: unknown): string | undefined {
  const result = z.safeParse(schema, input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** zod's message for each type of input `schema` refuses, keyed as the runner names what it received. */
function typeMessages(schema: Schema, def: Def, coerce: boolean): Record<string, string> {
  const unchecked = (schema as unknown as { clone(def: Def): Schema }).clone({ ...def, checks: [] });
  const messages: Record<string, string> = {};
  for (const probe of TYPE_PROBES) {
    const message = firstMessage(unchecked, probe);
    if (message === undefined) continue;
    const kind = receivedKind(coerce ? Number(probe) : probe);
    if (messages[kind] !== undefined && messages[kind] !== message) throw new Error(`two messages for a ${kind}: ${message}`);
    messages[kind] = message;
  }
  return messages;
}

/** An input that fails this check alone. */
function failingInput(check: Def): unknown {
  const limit = check.value as number;
  switch (check.check) {
    case 'min_length':
      return 'a'.repeat(Math.max(0, (check.minimum as number) - 1));
    case 'max_length':
      return 'a'.repeat((check.maximum as number) + 1);
    case 'string_format': {
      const pattern = check.pattern as RegExp;
      return ['', ' ', '\u0000', '#', 'x'.repeat(1000)].find((candidate) => !new RegExp(pattern.source, pattern.flags).test(candidate));
    }
    case 'multiple_of':
      return limit / 2 || 0.5;
    case 'greater_than':
      return check.inclusive ? limit - 1 : limit;
    case 'less_than':
      return check.inclusive ? limit + 1 : limit;
    default:
      throw new Error(`no check of kind ${check.check} in the generated read checks`);
  }
}

function valueChecks(schema: Schema, def: Def): string[] {
  return ((def.checks as unknown[] | undefined) ?? []).map((check) => {
    const checkDef = defOf(check);
    // Length checks carry zod's own condition (the value has a length), which a refused type never meets here.
    const lengthCheck = checkDef.check === 'min_length' || checkDef.check === 'max_length';
    if ((checkDef.when && !lengthCheck) || checkDef.abort)
      throw new Error(`a conditional or aborting check (${checkDef.check}) cannot be generated`);
    const alone = (schema as unknown as { clone(def: Def): Schema }).clone({ ...def, checks: [check] });
    const message = firstMessage(alone, failingInput(checkDef));
    if (message === undefined) throw new Error(`no input fails the ${checkDef.check} check`);
    const said = JSON.stringify(message);
    switch (checkDef.check) {
      case 'min_length':
        return `{ check: 'minLength', length: ${checkDef.minimum}, message: ${said} }`;
      case 'max_length':
        return `{ check: 'maxLength', length: ${checkDef.maximum}, message: ${said} }`;
      case 'string_format':
        if (checkDef.format !== 'regex') throw new Error(`no string format ${checkDef.format} in the generated read checks`);
        return `{ check: 'pattern', pattern: ${String(checkDef.pattern)}, message: ${said} }`;
      case 'multiple_of':
        return `{ check: 'multipleOf', divisor: ${checkDef.value}, message: ${said} }`;
      default: {
        const check = checkDef.check === 'greater_than' ? 'minimum' : 'maximum';
        return `{ check: '${check}', limit: ${checkDef.value}, inclusive: ${checkDef.inclusive}, message: ${said} }`;
      }
    }
  });
}

/** Literals declared once in the generated module, by their text: the same schema used twice is one constant. */
type Constants = Map<string, string>;

function constant(literal: string, constants: Constants): string {
  let name = constants.get(literal);
  if (!name) constants.set(literal, (name = `c${constants.size}`));
  return name;
}

/** The schema as a CheckNode (request-checks.ts): the name of its constant. */
function node(schema: Schema, transforms: Set<string>, constants: Constants): string {
  return constant(nodeLiteral(schema, transforms, constants), constants);
}

function nodeLiteral(schema: Schema, transforms: Set<string>, constants: Constants): string {
  const def = defOf(schema);
  switch (def.type) {
    case 'object': {
      if (def.catchall) throw new Error('an object with a catchall cannot be generated');
      const shape = Object.entries(def.shape as Record<string, Schema>).map(
        ([key, field]) => `[${JSON.stringify(key)}, ${node(field, transforms, constants)}]`,
      );
      const missing = z.config().localeError?.({ code: 'invalid_type', expected: 'nonoptional', input: undefined } as never);
      return `{ kind: 'object', shape: [${shape.join(', ')}], missingMessage: ${JSON.stringify(typeof missing === 'string' ? missing : 'Invalid input')} }`;
    }
    case 'optional':
      return `{ kind: 'optional', inner: ${node(def.innerType as Schema, transforms, constants)} }`;
    case 'default':
      return `{ kind: 'default', inner: ${node(def.innerType as Schema, transforms, constants)}, value: ${JSON.stringify(def.defaultValue)} }`;
    case 'string':
      if (def.coerce) throw new Error('a coerced string cannot be generated');
      return `{ kind: 'string', checks: [${valueChecks(schema, def).join(', ')}], typeMessages: ${constant(JSON.stringify(typeMessages(schema, def, false)), constants)} }`;
    case 'number': {
      const coerce = def.coerce === true;
      return `{ kind: 'number', coerce: ${coerce}, checks: [${valueChecks(schema, def).join(', ')}], typeMessages: ${constant(JSON.stringify(typeMessages(schema, def, coerce)), constants)} }`;
    }
    case 'enum': {
      const values = Object.values(def.entries as Record<string, unknown>);
      if (values.some((value) => typeof value !== 'string')) throw new Error('an enum of other than strings cannot be generated');
      const message = firstMessage(schema, '\u0000 not one of them');
      return `{ kind: 'enum', values: ${JSON.stringify(values)}, message: ${JSON.stringify(message)} }`;
    }
    case 'pipe':
      return `{ kind: 'pipe', in: ${node(def.in as Schema, transforms, constants)}, out: ${node(def.out as Schema, transforms, constants)} }`;
    case 'transform': {
      const transform = TRANSFORMS.get(def.transform);
      if (!transform) throw new Error('a transform not listed in TRANSFORMS cannot be generated');
      transforms.add(transform.name);
      return `{ kind: 'transform', transform: ${transform.name} }`;
    }
    default:
      throw new Error(`no schema of type ${def.type} in the generated read checks`);
  }
}

/** The name read-routes.ts exports the route under. */
function exportedName(route: RouteSpec): string {
  const name = Object.entries(declared).find(([, value]) => value === route)?.[0];
  if (!name) throw new Error(`${route.method} ${route.path} is not exported by read-routes.ts`);
  return name;
}

/** The generated module's text. */
export function readChecksModule(): string {
  const transforms = new Set<string>();
  const constants: Constants = new Map();
  const routes = READ_ROUTES.map((route: RouteSpec) => {
    const { params, query, body } = route.request();
    if (body) throw new Error(`${route.method} ${route.path}: a read route with a body cannot be generated`);
    const name = exportedName(route);
    const parts = [
      params ? `params: ${node(params, transforms, constants)}` : '',
      query ? `query: ${node(query, transforms, constants)}` : '',
    ].filter(Boolean);
    return [
      `export const ${name}: CheckedRoute<ValidInput<typeof declared.${name}>> = {`,
      `  method: '${route.method}',`,
      `  path: '${route.path}',`,
      `  checks: generatedChecks({ ${parts.join(', ')} }),`,
      '};',
    ].join('\n');
  });
  const transformImports = [...transforms].map(
    (name) => `import { ${name} } from '${[...TRANSFORMS.values()].find((t) => t.name === name)!.from}';`,
  );
  return [
    '// Generated by scripts/generate-read-checks.ts from the zod declarations in read-routes.ts: do not edit.',
    "// Each read route's request checks as data, run by ../request-checks.ts with zod's messages.",
    "import { generatedChecks } from '../request-checks.js';",
    "import type { ValidInput } from '../router.js';",
    "import type { CheckedRoute } from '../routing.js';",
    ...transformImports,
    "import type * as declared from './read-routes.js';",
    '',
    ...[...constants].map(([literal, name]) => `const ${name} = ${literal} as const;`),
    '',
    routes.join('\n\n'),
    '',
  ].join('\n');
}

if (process.argv[1] === import.meta.filename) writeFileSync(READ_CHECKS_FILE, readChecksModule());
