// Resolves the bearer token for write routes: FACTLINE_API_TOKEN locally, a Secrets Manager secret on AWS.
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfigError, ENV, type LambdaConfig } from './config.js';
import { cachedSecret } from './secrets.js';

export function apiTokenResolver(
  config: Pick<LambdaConfig, 'apiToken' | 'apiTokenSecretArn'>,
  client?: SecretsManagerClient,
): () => Promise<string> {
  const direct = config.apiToken;
  if (direct) return async () => direct;
  if (!config.apiTokenSecretArn) throw new ConfigError(`set ${ENV.apiToken} (local) or ${ENV.apiTokenSecretArn} (AWS)`);
  return cachedSecret(config.apiTokenSecretArn, client);
}
