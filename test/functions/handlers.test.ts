// The Lambda handlers, invoked with real event shapes (the REST API's payload 1.0) against DynamoDB Local: an article goes
// in through POST /articles (ingest), out on the queue, through an SQS batch (extract), and back
// through the API (api).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecretsManagerServer, type SecretsManagerServer } from '../support/secrets-manager-server.js';
import { startSqsServer, type SqsServer } from '../support/sqs-server.js';
import { createTestTable } from '../support/dynamodb.js';
import { newFeed } from '../../shared/ingestion/feed.js';
import { POLL_FINISH_MARGIN_MS } from '../../shared/pipeline/poll-feeds.js';
import { createDynamoFeedStore } from '../../shared/store/feed-store.js';
import { API_STAGE_NAME } from '../../infra/constructs/api.js';
import { answerHeader, lambdaContext, restApiEvent, scheduledEvent, sqsEvent } from '../support/lambda-events.js';

const TOKEN = 'handler-test-token';
let sqs: SqsServer;
const QUEUE = 'factline-extraction';
const DEAD_LETTER_QUEUE = 'factline-extraction-dead-letters';
let secrets: SecretsManagerServer;
const CURSOR_SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:factline-cursor-AbCdEf';
let table: Awaited<ReturnType<typeof createTestTable>>;
let api: typeof import('../../functions/api/handler.js');
let ingest: typeof import('../../functions/ingest/handler.js');
let extract: typeof import('../../functions/extract/handler.js');
let poll: typeof import('../../functions/poll/handler.js');

beforeAll(async () => {
  table = await createTestTable();
  const { tableName, endpoint } = table;
  sqs = await startSqsServer();
  secrets = await startSecretsManagerServer();
  secrets.secrets.set(CURSOR_SECRET_ARN, 'deployed-cursor-key');
  Object.assign(process.env, {
    FACTLINE_CURSOR_SECRET_ARN: CURSOR_SECRET_ARN,
    AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
    FACTLINE_TABLE_NAME: tableName,
    FACTLINE_DYNAMODB_ENDPOINT: endpoint,
    FACTLINE_API_TOKEN: TOKEN,
    FACTLINE_QUEUE_URL: sqs.queueUrl(QUEUE),
    FACTLINE_DEAD_LETTER_QUEUE_URL: sqs.queueUrl(DEAD_LETTER_QUEUE),
    AWS_ENDPOINT_URL_SQS: sqs.endpoint,
  });
  // Handlers read their configuration at import, as on a cold start.
  [api, ingest, extract, poll] = await Promise.all([
    import('../../functions/api/handler.js'),
    import('../../functions/ingest/handler.js'),
    import('../../functions/extract/handler.js'),
    import('../../functions/poll/handler.js'),
  ]);
});

/** The queued messages of one article: each test reads only what it queued. */
function messagesFor(articleId: string) {
  return sqs.messages(QUEUE).filter((message) => (JSON.parse(message.body) as { articleId: string }).articleId === articleId);
}

/** The first seed article (with a paragraph added, to make it another article), posted through the ingest handler with the token and extracted from its queued message. */
async function ingestAndExtractSeed(addedParagraph?: string): Promise<string> {
  const seed = await readFile(new URL('../../seeds/000_17f27bc200e539ab.txt', import.meta.url), 'utf8');
  const text = addedParagraph ? `${seed}\n\n${addedParagraph}` : seed;
  const posted = await ingest.handler(
    restApiEvent('POST', '/articles', {
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ text }),
    }),
    lambdaContext('ingest'),
  );
  const { id } = JSON.parse(posted.body) as { id: string };
  expect((await extract.handler(sqsEvent(messagesFor(id)), lambdaContext('extract'))).batchItemFailures).toEqual([]);
  return id;
}

afterAll(async () => {
  await sqs.close();
  await secrets.close();
});

describe('Lambda handlers with real event shapes', () => {
  it('ingests an article, queues it, extracts it from an SQS batch with a poison message, and serves its claims', async () => {
    const text = await readFile(new URL('../../seeds/000_17f27bc200e539ab.txt', import.meta.url), 'utf8');
    const posted = await ingest.handler(
      restApiEvent('POST', '/articles', {
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ text, title: 'Rubio says', source: 'Global News', publishedAt: '2025-12-19' }),
      }),
      lambdaContext('ingest'),
    );
    expect(posted.statusCode).toBe(202);
    const { id } = JSON.parse(posted.body) as { id: string };
    expect(messagesFor(id).map((message) => JSON.parse(message.body))).toEqual([{ articleId: id }]);

    // A body that is no extraction message is not retried: it is in the dead-letter queue at once, whole, with its reason.
    const batch = sqsEvent([{ messageId: 'poison-1', body: '{"articleId":"not-an-id"}' }, ...messagesFor(id)]);
    const result = await extract.handler(batch, lambdaContext('extract'));
    expect(result.batchItemFailures).toEqual([]);
    expect(sqs.messages(DEAD_LETTER_QUEUE)).toEqual([
      {
        messageId: expect.any(String),
        body: '{"articleId":"not-an-id"}',
        attributes: {
          'factline-unreadable-reason': 'the extraction message is invalid: articleId must be a_ and 24 hex digits',
          'factline-source-id': 'poison-1',
        },
      },
    ]);

    const served = await api.handler(restApiEvent('GET', `/articles/${id}`), lambdaContext('api'));
    expect(served.statusCode).toBe(200);
    const article = JSON.parse(served.body) as { claims: Array<{ value: number; unit: string; subject: string | null }> };
    expect(article.claims.map((claim) => [claim.value, claim.unit])).toEqual(
      expect.arrayContaining([
        [5, 'percent'],
        [3.5, 'percent'],
        [2, 'percent'],
      ]),
    );
  });

  it('keeps an unreadable message on the queue when the dead-letter queue refuses it: it fails and is retried as before', async () => {
    const id = await ingestAndExtractSeed('A paragraph for the refused dead letter.');
    const deadLettersBefore = sqs.bodies(DEAD_LETTER_QUEUE);
    sqs.refuse(DEAD_LETTER_QUEUE);
    try {
      const batch = sqsEvent([{ messageId: 'poison-2', body: 'not json' }, ...messagesFor(id)]);
      const result = await extract.handler(batch, lambdaContext('extract'));
      expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'poison-2' }]);
      expect(sqs.bodies(DEAD_LETTER_QUEUE)).toEqual(deadLettersBefore);
    } finally {
      sqs.accept(DEAD_LETTER_QUEUE);
    }
  });

  it('pages with cursors signed by the key from Secrets Manager, read once per container', async () => {
    // Its own article (another text than the other tests'), ingested and extracted through the handlers.
    await ingestAndExtractSeed('Updated with a correction.');

    const claims = async (query: string) =>
      JSON.parse((await api.handler(restApiEvent('GET', '/claims', { query }), lambdaContext('api'))).body);
    const first = await claims('subject=canada&limit=1');
    expect(first.cursor).toEqual(expect.any(String));
    const second = await claims(`subject=canada&limit=1&cursor=${encodeURIComponent(first.cursor)}`);
    expect(second.items).toHaveLength(1);
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect(secrets.reads).toEqual([CURSOR_SECRET_ARN]);
    // A cursor signed with another key (e.g. the old table-derived default) is refused.
    const { encodeCursor } = await import('../../shared/store/cursor.js');
    const forged = encodeCursor('another-key', 'any', [{ done: false }]);
    const refused = await api.handler(restApiEvent('GET', '/claims', { query: `subject=canada&cursor=${forged}` }), lambdaContext('api'));
    expect(refused.statusCode).toBe(400);
  });

  it('answers API errors as problem+json through the Lambda adapter', async () => {
    const missing = await api.handler(restApiEvent('GET', '/claims/nope'), lambdaContext('api'));
    expect(missing.statusCode).toBeGreaterThanOrEqual(400);
    expect(missing.statusCode).toBeLessThan(500);
    expect(answerHeader(missing, 'content-type')).toBe('application/problem+json');
    const unauthorized = await ingest.handler(
      restApiEvent('POST', '/articles', { headers: { 'content-type': 'application/json' }, body: '{"text":"5%"}' }),
      lambdaContext('ingest'),
    );
    expect(unauthorized.statusCode).toBe(401);
  });

  it("names the invocation's request id in problem bodies and the response header: the id the access log records as functionRequestId", async () => {
    const context = lambdaContext('api');
    const missing = await api.handler(restApiEvent('GET', '/claims/nope'), context);
    expect(JSON.parse(missing.body).requestId).toBe(context.awsRequestId);
    expect(answerHeader(missing, 'x-request-id')).toBe(context.awsRequestId);
  });

  it('reads query parameters from the maps API Gateway decoded them into, encoded again for the app', async () => {
    await ingestAndExtractSeed();
    const facts = async (query: string) =>
      JSON.parse((await api.handler(restApiEvent('GET', '/facts', { query }), lambdaContext('api'))).body) as { items: unknown[] };
    // Two words with a space between them: they match only if the space arrives as a space.
    expect((await facts('q=canada%20defence&limit=5')).items.length).toBeGreaterThan(0);
    expect((await facts('q=canada%2Bdefence&limit=5')).items).toEqual([]);
    const refused = await api.handler(restApiEvent('GET', '/facts', { query: 'limit=0' }), lambdaContext('api'));
    expect(refused.statusCode).toBe(400);
    expect(JSON.parse(refused.body)).toMatchObject({ field: 'limit' });
  });

  it('writes links under the stage the client called: a ClaimReview URL keeps /prod', async () => {
    await ingestAndExtractSeed('A third revision.');
    const facts = JSON.parse(
      (await api.handler(restApiEvent('GET', '/facts', { query: 'subject=canada&limit=1' }), lambdaContext('api'))).body,
    );
    const factId = (facts as { items: Array<{ id: string }> }).items[0]?.id;
    expect(factId).toEqual(expect.any(String));
    const review = await api.handler(restApiEvent('GET', `/facts/${factId}/claimreview`), lambdaContext('api'));
    expect(review.statusCode).toBe(200);
    expect(JSON.stringify(JSON.parse(review.body))).toContain(
      `https://abc123.execute-api.eu-west-1.amazonaws.com/${API_STAGE_NAME}/facts/${factId}`,
    );
  });

  it('serves the key and watch routes from the ingest function: the admin makes a key, the key makes and reads its watch', async () => {
    const call = (method: string, path: string, token: string, body?: unknown) =>
      ingest.handler(
        restApiEvent(method, path, {
          headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          ...(body ? { body: JSON.stringify(body) } : {}),
        }),
        lambdaContext('ingest'),
      );
    const created = await call('POST', '/admin/keys', TOKEN, { name: 'Lambda client', scopes: ['watch'] });
    expect(created.statusCode).toBe(201);
    const { token } = JSON.parse(created.body) as { token: string };
    const watch = await call('POST', '/watches', token, {
      target: { subject: 'canada' },
      events: ['fact.changed'],
      webhookUrl: 'https://93.184.215.14/hook',
    });
    expect(watch.statusCode).toBe(201);
    const { id } = JSON.parse(watch.body) as { id: string };
    const read = await call('GET', `/watches/${id}`, token);
    expect(read.statusCode).toBe(200);
    expect(JSON.parse(read.body)).toMatchObject({ id, status: 'active', target: { subject: 'canada' } });
    expect((await call('GET', '/admin/keys', token)).statusCode).toBe(403);
  });

  it('runs the feed poll on the EventBridge schedule, within the time the invocation has left', async () => {
    // A due feed on a private address: polling it fails at once, without any traffic.
    const feeds = createDynamoFeedStore(table);
    await feeds.addFeed(newFeed('http://10.0.0.1/feed.xml', new Date(Date.now() - 60_000)));
    const almostOut = { ...lambdaContext('poll'), getRemainingTimeInMillis: () => POLL_FINISH_MARGIN_MS - 1 };
    expect(await poll.handler(scheduledEvent(), almostOut)).toEqual({ feeds: 0, failed: 0, created: 0, budgetMs: 0 });
    const fiveMinutes = { ...lambdaContext('poll'), getRemainingTimeInMillis: () => 300_000 };
    expect(await poll.handler(scheduledEvent(), fiveMinutes)).toEqual({
      feeds: 1,
      failed: 1,
      created: 0,
      budgetMs: 300_000 - POLL_FINISH_MARGIN_MS,
    });
  });
});
