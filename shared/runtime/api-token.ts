// Resolves the bearer token for write routes: FACTLINE_API_TOKEN locally, a Secrets Manager secret on AWS.
// Read once per container and cached; a rotated secret is picked up by new containers.
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfigError, ENV } from './config.js';

export function apiTokenResolver(env: NodeJS.ProcessEnv = process.env): () => Promise<string> {
  const direct = env[ENV.apiToken];
  if (direct) return async () => direct;
  const secretArn = env[ENV.apiTokenSecretArn];
  if (!secretArn) throw new ConfigError(`set ${ENV.apiToken} (local) or ${ENV.apiTokenSecretArn} (AWS)`);
  let cached: Promise<string> | undefined;
  return () => {
    cached ??= new SecretsManagerClient({})
      .send(new GetSecretValueCommand({ SecretId: secretArn }))
      .then((secret) => {
        if (!secret.SecretString) throw new ConfigError('the API token secret is empty');
        return secret.SecretString;
      })
      .catch((error: unknown) => {
        cached = undefined; // retry on the next request instead of caching a failure
        throw error;
      });
    return cached;
  };
}
