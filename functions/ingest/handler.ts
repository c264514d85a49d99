// The REST API's token routes (POST /articles, /feeds, /watches, /admin: TOKEN_ROUTES) -> the hono app, with the write grants.
// The feed poll has its own function (functions/poll).
import { handle } from 'hono/aws-lambda';
import { createApp } from '../../shared/http/app.js';
import { wireFactlineOnAws } from '../../shared/runtime/aws-wiring.js';

export const handler = handle(createApp(wireFactlineOnAws().appDeps));
