// The environment variables factline reads: named once here, set by the CDK constructs and the local runner.
export const ENV = {
  tableName: 'FACTLINE_TABLE_NAME',
  queueUrl: 'FACTLINE_QUEUE_URL',
  /** AWS: ARN of the Secrets Manager secret holding the bearer token for write routes. */
  apiTokenSecretArn: 'FACTLINE_API_TOKEN_SECRET_ARN',
  /** Local: the bearer token itself. */
  apiToken: 'FACTLINE_API_TOKEN',
  /** Local: DynamoDB Local's endpoint. */
  dynamoDbEndpoint: 'FACTLINE_DYNAMODB_ENDPOINT',
  /** UNSAFE, tests only: "true" lets the fetcher reach loopback addresses (other private ranges stay refused). */
  unsafeAllowPrivateAddresses: 'FACTLINE_UNSAFE_ALLOW_PRIVATE_ADDRESSES',
} as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function requireEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (!value) throw new ConfigError(`environment variable ${name} is required`);
  return value;
}
