// Secrets on AWS come from Secrets Manager: read on first use, through a client made then too (neither
// at cold start), cached for the container's life, and read again after a failure instead of caching
// it. A rotated value reaches new containers (docs/operations.md says how to recycle the warm ones).
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { ConfigError } from './config.js';

export function cachedSecret(secretId: string, client?: SecretsManagerClient): () => Promise<string> {
  let cached: Promise<string> | undefined;
  return () => {
    client ??= new SecretsManagerClient({});
    cached ??= client
      .send(new GetSecretValueCommand({ SecretId: secretId }))
      .then((secret) => {
        if (!secret.SecretString) throw new ConfigError(`the secret ${secretId} is empty`);
        return secret.SecretString;
      })
      .catch((error: unknown) => {
        cached = undefined; // retry on the next use instead of caching a failure
        throw error;
      });
    return cached;
  };
}
