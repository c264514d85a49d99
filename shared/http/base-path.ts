// Where the app sits in the URL the client used. Behind a REST API's execute-api URL every path starts with
// the stage (/prod/claims), which the Lambda event's `path` (what the app routes on) leaves out; links the
// app writes into an answer (a Link header, a URL in a document) must carry it. Elsewhere it is ''.

interface RestApiBindings {
  event?: { requestContext?: { stage?: unknown; path?: unknown } };
}

export interface Mount {
  /** '' or '/<stage>': what comes before the app's own paths in the client's URL. */
  basePath: string;
  /** The path as the client sent it, when the event says (a REST API event's requestContext.path). */
  clientPath?: string;
}

export function mountOf(bindings: unknown): Mount {
  const context = (bindings as RestApiBindings | undefined)?.event?.requestContext;
  const { stage, path } = context ?? {};
  if (typeof stage !== 'string' || typeof path !== 'string') return { basePath: '' };
  const stagePrefix = `/${stage}`;
  // A custom domain leaves the stage out of the client's path.
  const basePath = path === stagePrefix || path.startsWith(`${stagePrefix}/`) ? stagePrefix : '';
  return { basePath, clientPath: path };
}
