// The REST API's read routes (every path but the token routes, infra/constructs/api.ts) -> the hono app; the table grant is read-only.
import { handle } from 'hono/aws-lambda';
import { createAppCore } from '../../shared/http/app-core.js';
import { builtOpenApiDocument } from '../../shared/http/routes/page.js';
import { wireReadsOnAws } from '../../shared/runtime/aws-store-wiring.js';

// The page's files and /openapi.json as built are copied beside this bundle (infra/lambda-bundling.ts).
export const handler = handle(createAppCore({ ...wireReadsOnAws().appDeps, servesPage: true }, { openApiDocument: builtOpenApiDocument }));
