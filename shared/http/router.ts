// Every route module builds its sub-app with createRouter(), so validation failures everywhere
// become the same problem+json 400 naming the field.
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { ValidationError } from '../errors.js';

export interface AppVariables {
  requestId: string;
}

export interface AppEnv {
  Variables: AppVariables;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(body)';
}

export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const field = issue ? fieldName(issue.path) : '(request)';
      throw new ValidationError(`${result.target} ${field}: ${issue?.message ?? 'is invalid'}`, field);
    },
  });
}

/** Problem body schema, shared by every route's documented error answers. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    field: z.string().optional(),
    requestId: z.string().optional(),
  })
  .openapi('Problem');

export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: `Problem (${status})`, content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  );
