// A loopback HTTP server that speaks Secrets Manager's JSON protocol (awsJson1_1) for GetSecretValue,
// so the real SDK client reads secrets from it. It counts the reads and can fail on demand.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export interface SecretsManagerServer {
  endpoint: string;
  /** ARN -> value; change it to play a rotation. */
  secrets: Map<string, string>;
  /** GetSecretValue calls, by SecretId. */
  reads: string[];
  /** The next n calls answer 500 (a Secrets Manager outage). */
  failNext(n: number): void;
  close(): Promise<void>;
}

export async function startSecretsManagerServer(): Promise<SecretsManagerServer> {
  const secrets = new Map<string, string>();
  const reads: string[] = [];
  let failures = 0;
  const answer = (response: import('node:http').ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID() });
    response.end(JSON.stringify(body));
  };
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      if (request.headers['x-amz-target'] !== 'secretsmanager.GetSecretValue') {
        return answer(response, 400, { __type: 'InvalidRequestException', message: `unsupported ${request.headers['x-amz-target']}` });
      }
      const { SecretId } = JSON.parse(raw) as { SecretId: string };
      reads.push(SecretId);
      if (failures > 0) {
        failures--;
        return answer(response, 500, { __type: 'InternalServiceError', message: 'Secrets Manager is having a bad day' });
      }
      const value = secrets.get(SecretId);
      if (value === undefined)
        return answer(response, 400, { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." });
      answer(response, 200, {
        ARN: SecretId,
        Name: SecretId.split(':').pop(),
        SecretString: value,
        VersionId: randomUUID(),
        VersionStages: ['AWSCURRENT'],
        CreatedDate: Date.now() / 1000,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    secrets,
    reads,
    failNext: (n) => void (failures = n),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
