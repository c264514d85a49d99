// API Gateway HTTP API ($default route) -> the hono app. Read routes only; the table grant is read-only.
import { handle } from 'hono/aws-lambda';
import { createApp } from '../../shared/http/app.js';
import { wireReadsOnAws } from '../../shared/runtime/aws-store-wiring.js';

// The page's files are copied beside this bundle (infra/lambda-bundling.ts).
export const handler = handle(createApp({ ...wireReadsOnAws().appDeps, servesPage: true }));
