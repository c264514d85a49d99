// The api Lambda as CDK bundles it serves the web page byte for byte as built: the bundle is imported and
// called with API Gateway events, and every answer is compared with the files `npm start` serves. The
// files travel beside the bundle, not inside it, and only in the function that serves them.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Stack, type CfnElement } from 'aws-cdk-lib';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { FactlineFunction } from '../../infra/constructs/factline-function.js';
import { FactlineStack } from '../../infra/stack.js';
import { openApiDocument } from '../../shared/http/openapi.js';
import { PAGE_FOLDER_BESIDE_BUNDLE, PAGE_MANIFEST_FILE } from '../../shared/http/routes/page.js';
import { ENV } from '../../shared/runtime/config.js';
import { API_STAGE_NAME } from '../../infra/constructs/api.js';
import { answerHeader, restApiEvent } from '../support/lambda-events.js';

const CDK_JSON_CONTEXT = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')).context;
const STATIC_DIR = new URL('../../shared/http/page/dist/static/', import.meta.url);

interface LambdaResult {
  statusCode: number;
  multiValueHeaders: Record<string, string[]>;
  body: string;
  isBase64Encoded: boolean;
}

describe('the api function bundle', () => {
  it('serves the page, its script, style and chart chunks exactly as built, and /openapi.json as the routes declare it', async () => {
    const app = new App({ context: CDK_JSON_CONTEXT });
    const stack = new FactlineStack(app, 'Factline');
    const assembly = app.synth();
    try {
      const template = assembly.getStackByName(stack.stackName).template as {
        Resources: Record<string, { Properties: { Code: { S3Key: string } } }>;
      };
      const assetDirOf = (fn: FactlineFunction) => {
        const logicalId = Stack.of(stack).getLogicalId(fn.node.defaultChild as CfnElement);
        return join(assembly.directory, `asset.${template.Resources[logicalId]!.Properties.Code.S3Key.replace(/\.zip$/, '')}`);
      };
      const apiAsset = assetDirOf(stack.apiFunction);
      expect(existsSync(join(apiAsset, PAGE_FOLDER_BESIDE_BUNDLE, PAGE_MANIFEST_FILE))).toBe(true);
      for (const other of [stack.ingestFunction, stack.extractFunction, stack.pollFunction]) {
        expect(existsSync(join(assetDirOf(other), PAGE_FOLDER_BESIDE_BUNDLE)), other.node.path).toBe(false);
      }
      process.env[ENV.tableName] = 'page-bundle-test';
      const bundle = join(apiAsset, 'index.mjs');
      // The chart chunk (Observable Plot) is served from the file beside the bundle, not embedded in it.
      const chart = readdirSync(STATIC_DIR).find((name) => name.startsWith('chart-'))!;
      expect(readFileSync(bundle, 'utf8')).not.toContain(readFileSync(new URL(chart, STATIC_DIR), 'utf8').slice(0, 2000));
      const { handler } = (await import(pathToFileURL(bundle).href)) as {
        handler: (event: unknown, context: Context) => Promise<LambdaResult>;
      };

      const files = readdirSync(STATIC_DIR);
      expect(files).toContain('index.html');
      for (const name of files) {
        const path = name === 'index.html' ? '/' : `/static/${name}`;
        const result = await handler(restApiEvent('GET', path), { awsRequestId: `page-${name}` } as Context);
        expect(result.statusCode, path).toBe(200);
        const served = Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
        expect(served.equals(readFileSync(new URL(name, STATIC_DIR))), path).toBe(true);
      }

      // Behind the stage the page's URLs are relative (static/..., the API's paths), and /prod is sent to /prod/ so
      // that they resolve under the stage.
      const html = readFileSync(new URL('index.html', STATIC_DIR), 'utf8');
      const pageUrls = [...html.matchAll(/(?:href|src)="([^"#]+)"/g)].map(([, url]) => url!);
      expect(pageUrls.length).toBeGreaterThan(2);
      for (const url of pageUrls) {
        expect(url, url).not.toMatch(/^\//);
        const result = await handler(restApiEvent('GET', `/${url}`), { awsRequestId: `page-${url}` } as Context);
        expect(result.statusCode, url).toBe(200);
      }
      const bare = await handler(restApiEvent('GET', '/', { clientPath: `/${API_STAGE_NAME}` }), { awsRequestId: 'page-bare' } as Context);
      expect(bare.statusCode).toBe(308);
      expect(answerHeader(bare, 'location')).toBe(`/${API_STAGE_NAME}/`);

      // /openapi.json as built beside the bundle: the document the route declarations write.
      const openApi = await handler(restApiEvent('GET', '/openapi.json'), { awsRequestId: 'page-openapi' } as Context);
      expect(openApi.statusCode).toBe(200);
      expect(JSON.parse(openApi.body)).toEqual(openApiDocument());
    } finally {
      delete process.env[ENV.tableName];
      rmSync(assembly.directory, { recursive: true, force: true });
    }
  }, 180_000);
});
