// Request checks as data, written by scripts/generate-read-checks.ts from the read routes' zod declarations
// (routes/read-checks.generated.ts), and run here the way zod runs those schemas: the same output, the same
// first issue, with zod's own messages computed when the checks were generated. The read api function checks
// requests with these instead of carrying zod (bench/results.md); test/http/read-checks.test.ts compares both
// on generated inputs. Only the kinds the read routes use exist: the generator refuses any other.
import type { CheckResult, RouteChecks } from './routing.js';

/** A zod issue as the check met it: its message, whether the value's own checks stop there (zod's "abort"). */
interface Issue {
  path: PropertyKey[];
  message: string;
  aborts: boolean;
}

/** Where a transform reports what is wrong: zod's payload, or the one run() gives it. */
export interface TransformIssues {
  issues: { push(issue: { code: 'custom'; message: string; input: unknown }): unknown };
}

/** A transform as zod calls it: it may push issues with their message (zod's custom issues). */
export type Transform = (value: never, payload: TransformIssues) => unknown;

export type ValueCheck =
  | { check: 'minLength' | 'maxLength'; length: number; message: string }
  | { check: 'pattern'; pattern: RegExp; message: string }
  | { check: 'multipleOf'; divisor: number; message: string }
  | { check: 'minimum' | 'maximum'; limit: number; inclusive: boolean; message: string };

/** Messages of a type refusal, by what was received (receivedKind): zod's words for each. */
export type TypeMessages = Readonly<Record<string, string>>;

export type CheckNode =
  | { kind: 'object'; shape: ReadonlyArray<readonly [string, CheckNode]>; missingMessage: string }
  | { kind: 'optional'; inner: CheckNode }
  | { kind: 'default'; inner: CheckNode; value: unknown }
  | { kind: 'string'; checks: readonly ValueCheck[]; typeMessages: TypeMessages }
  | { kind: 'number'; coerce: boolean; checks: readonly ValueCheck[]; typeMessages: TypeMessages }
  | { kind: 'enum'; values: readonly string[]; message: string }
  | { kind: 'pipe'; in: CheckNode; out: CheckNode }
  | { kind: 'transform'; transform: Transform };

/** What a type refusal says it received, as zod names it ("undefined", "NaN", "Infinity", "object", ...). */
export function receivedKind(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

interface Payload {
  value: unknown;
  issues: Issue[];
}

/** zod's optin/optout: whether an absent key is allowed in, and whether undefined may come out. */
function optIn(node: CheckNode): 'optional' | 'defaulted' | undefined {
  if (node.kind === 'optional') return optIn(node.inner) === 'defaulted' ? 'defaulted' : 'optional';
  if (node.kind === 'default') return 'defaulted';
  if (node.kind === 'transform') return 'optional';
  return node.kind === 'pipe' ? optIn(node.in) : undefined;
}

function optOut(node: CheckNode): 'optional' | undefined {
  if (node.kind === 'optional') return 'optional';
  return node.kind === 'pipe' ? optOut(node.out) : undefined;
}

function typeIssue(messages: TypeMessages, value: unknown): Issue {
  return { path: [], message: messages[receivedKind(value)] ?? 'Invalid input', aborts: true };
}

/** Lengths are counted as zod counts them: in code points, not UTF-16 units. */
const codePoints = (text: string) => [...text].length;

/** zod's rule (util.floatSafeRemainder; its module is 13 kB): a multiple within a few units of rounding error. */
function isMultipleOf(value: number, divisor: number): boolean {
  const ratio = value / divisor;
  return Math.abs(ratio - Math.round(ratio)) < 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
}

function passes(check: ValueCheck, value: never): boolean {
  switch (check.check) {
    case 'minLength':
      return codePoints(value) >= check.length;
    case 'maxLength':
      return codePoints(value) <= check.length;
    case 'pattern':
      check.pattern.lastIndex = 0;
      return check.pattern.test(value);
    case 'multipleOf':
      return isMultipleOf(value, check.divisor);
    case 'minimum':
      return check.inclusive ? value >= check.limit : value > check.limit;
    case 'maximum':
      return check.inclusive ? value <= check.limit : value < check.limit;
  }
}

function runChecks(payload: Payload, checks: readonly ValueCheck[]): Payload {
  if (payload.issues.some((issue) => issue.aborts)) return payload;
  for (const check of checks) {
    if (!passes(check, payload.value as never)) payload.issues.push({ path: [], message: check.message, aborts: false });
  }
  return payload;
}

function runObject(node: Extract<CheckNode, { kind: 'object' }>, payload: Payload): Payload {
  const input = payload.value as Record<string, unknown>;
  const output: Record<string, unknown> = {};
  for (const [key, field] of node.shape) {
    const result = run(field, { value: input[key], issues: [] });
    const present = key in input;
    const optin = optIn(field);
    const optout = optOut(field);
    if (!present && optout === 'optional' && optin === 'optional') continue;
    if (result.issues.length > 0) {
      if (optin !== undefined && optout === 'optional' && !present) continue;
      payload.issues.push(...result.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })));
    }
    if (!present && optin === undefined) {
      if (result.issues.length === 0) payload.issues.push({ path: [key], message: node.missingMessage, aborts: true });
      continue;
    }
    if (result.value !== undefined) output[key] = result.value;
    else if (present || (optin === 'defaulted' && optout !== 'optional')) output[key] = undefined;
  }
  payload.value = output;
  return payload;
}

function run(node: CheckNode, payload: Payload): Payload {
  switch (node.kind) {
    case 'object':
      return runObject(node, payload);
    case 'optional':
      return payload.value === undefined && optIn(node.inner) !== 'defaulted' ? payload : run(node.inner, payload);
    case 'default':
      if (payload.value === undefined) return { ...payload, value: node.value };
      return run(node.inner, payload);
    case 'string':
      if (typeof payload.value !== 'string') payload.issues.push(typeIssue(node.typeMessages, payload.value));
      return runChecks(payload, node.checks);
    case 'number': {
      if (node.coerce) payload.value = Number(payload.value);
      if (typeof payload.value !== 'number' || !Number.isFinite(payload.value))
        payload.issues.push(typeIssue(node.typeMessages, payload.value));
      return runChecks(payload, node.checks);
    }
    case 'enum':
      if (!node.values.includes(payload.value as string)) payload.issues.push({ path: [], message: node.message, aborts: true });
      return payload;
    case 'pipe': {
      const left = run(node.in, payload);
      return left.issues.length > 0 ? left : run(node.out, left);
    }
    case 'transform': {
      const issues: Array<{ message: string }> = [];
      payload.value = node.transform(payload.value as never, { issues });
      payload.issues.push(...issues.map(({ message }) => ({ path: [], message, aborts: true })));
      return payload;
    }
  }
}

/** A check of one request part, as routing.ts mounts it. */
export function requestCheck(node: CheckNode): (value: unknown) => CheckResult {
  return (value) => {
    const { value: output, issues } = run(node, { value, issues: [] });
    const [first] = issues;
    return first ? { ok: false, path: first.path, message: first.message } : { ok: true, value: output };
  };
}

/** The route checks of generated nodes, built on the route's first request. */
export function generatedChecks(parts: { params?: CheckNode; query?: CheckNode }): () => RouteChecks {
  let checks: RouteChecks | undefined;
  return () =>
    (checks ??= {
      ...(parts.params ? { params: requestCheck(parts.params) } : {}),
      ...(parts.query ? { query: requestCheck(parts.query) } : {}),
    });
}
