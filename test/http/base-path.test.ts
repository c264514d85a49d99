// Where the app sits in the client's URL: behind a REST API's execute-api URL, under the stage.
import { describe, expect, it } from 'vitest';
import { mountOf } from '../../shared/http/base-path.js';
import { restApiEvent } from '../support/lambda-events.js';

describe('mountOf', () => {
  it('finds the stage in a REST API event on the execute-api URL, and nothing elsewhere', () => {
    expect(mountOf({ event: restApiEvent('GET', '/claims') })).toEqual({ basePath: '/prod', clientPath: '/prod/claims' });
    expect(mountOf({ event: restApiEvent('GET', '/', { clientPath: '/prod' }) })).toEqual({ basePath: '/prod', clientPath: '/prod' });
    // A custom domain: the client's path carries no stage. "/production" is not under "/prod".
    expect(mountOf({ event: restApiEvent('GET', '/claims', { clientPath: '/claims' }) }).basePath).toBe('');
    expect(mountOf({ event: restApiEvent('GET', '/x', { clientPath: '/production/x' }) }).basePath).toBe('');
    // npm start (no bindings) and an HTTP API event (no requestContext.path).
    expect(mountOf(undefined)).toEqual({ basePath: '' });
    expect(mountOf({ event: { requestContext: { stage: '$default', http: { path: '/claims' } } } })).toEqual({ basePath: '' });
  });
});
