// factline's configuration, read and validated in one place: the environment variables are named once
// here, set by the CDK constructs (Lambda) or the user (local runs), and a bad value is a ConfigError
// that says which variable and what it should be.
export const ENV = {
  tableName: 'FACTLINE_TABLE_NAME',
  queueUrl: 'FACTLINE_QUEUE_URL',
  /** AWS: ARN of the Secrets Manager secret holding the bearer token for write routes. */
  apiTokenSecretArn: 'FACTLINE_API_TOKEN_SECRET_ARN',
  /** AWS: ARN of the Secrets Manager secret that signs pagination cursors. */
  cursorSecretArn: 'FACTLINE_CURSOR_SECRET_ARN',
  /** Local: the bearer token itself. */
  apiToken: 'FACTLINE_API_TOKEN',
  /** Local: DynamoDB Local's endpoint. */
  dynamoDbEndpoint: 'FACTLINE_DYNAMODB_ENDPOINT',
  /** UNSAFE, tests only: "true" lets the fetcher reach loopback addresses (other private ranges stay refused). */
  unsafeAllowPrivateAddresses: 'FACTLINE_UNSAFE_ALLOW_PRIVATE_ADDRESSES',
  /** Local: DynamoDB Local's data folder (and the cursor key beside the data). */
  dataDir: 'FACTLINE_DATA_DIR',
  /** Local: seconds between feed polls. */
  pollIntervalSeconds: 'FACTLINE_POLL_INTERVAL_SECONDS',
  /** AWS: the consuming function's own dead-letter queue, for messages it can never read (shared/queue/dead-letters.ts). */
  deadLetterQueueUrl: 'FACTLINE_DEAD_LETTER_QUEUE_URL',
  /** AWS: the webhook deliveries queue (notifier and deliverer). */
  deliveryQueueUrl: 'FACTLINE_DELIVERY_QUEUE_URL',
  /** Where factline's page is served; webhook payloads link to it (npm start: its own address). */
  publicBaseUrl: 'FACTLINE_PUBLIC_BASE_URL',
  /** AWS: the SNS topic watch events are mailed through (ingest subscribes, the notifier publishes). */
  watchEmailTopicArn: 'FACTLINE_WATCH_EMAIL_TOPIC_ARN',
  port: 'PORT',
  host: 'HOST',
} as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = NodeJS.ProcessEnv;

export function requireEnv(name: string, env: Env = process.env): string {
  const value = env[name];
  if (!value) throw new ConfigError(`environment variable ${name} is required`);
  return value;
}

function optional(name: string, env: Env): string | undefined {
  return env[name] || undefined;
}

/** A whole-number setting (also the benchmarks' own knobs): its fallback when unset, a ConfigError when out of range. */
export function integer(name: string, env: Env, fallback: number, { min, max }: { min: number; max: number }): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(raw)}`);
  }
  return value;
}

/** The unsafe switch: "true" turns it on (loopback only), "false" or unset leaves it off; anything else is refused. */
function unsafeAllowLoopback(env: Env): boolean {
  const raw = env[ENV.unsafeAllowPrivateAddresses];
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new ConfigError(`${ENV.unsafeAllowPrivateAddresses} must be "true" or "false", not ${JSON.stringify(raw)}`);
}

/** What every run reads: the table, and where DynamoDB is when it is not AWS's. */
export interface CommonConfig {
  tableName: string;
  dynamoDbEndpoint?: string;
  unsafeAllowLoopback: boolean;
}

/** A Lambda function's configuration, as the CDK stack sets it. */
export interface LambdaConfig extends CommonConfig {
  queueUrl?: string;
  apiToken?: string;
  apiTokenSecretArn?: string;
  cursorSecretArn?: string;
  deliveryQueueUrl?: string;
  publicBaseUrl?: string;
  watchEmailTopicArn?: string;
}

export function readLambdaConfig(env: Env = process.env): LambdaConfig {
  return withoutUndefined({
    tableName: requireEnv(ENV.tableName, env),
    dynamoDbEndpoint: optional(ENV.dynamoDbEndpoint, env),
    unsafeAllowLoopback: unsafeAllowLoopback(env),
    queueUrl: optional(ENV.queueUrl, env),
    apiToken: optional(ENV.apiToken, env),
    apiTokenSecretArn: optional(ENV.apiTokenSecretArn, env),
    cursorSecretArn: optional(ENV.cursorSecretArn, env),
    deliveryQueueUrl: optional(ENV.deliveryQueueUrl, env),
    publicBaseUrl: optional(ENV.publicBaseUrl, env),
    watchEmailTopicArn: optional(ENV.watchEmailTopicArn, env),
  });
}

/** `npm start` and the CLIs on this machine. */
export interface LocalConfig extends CommonConfig {
  port: number;
  host: string;
  dataDir: string;
  pollIntervalSeconds: number;
  /** Absent: npm start generates one per run. */
  apiToken?: string;
  /** Absent: npm start's own address. */
  publicBaseUrl?: string;
}

export const LOCAL_DEFAULTS = {
  port: 3000,
  host: '127.0.0.1',
  tableName: 'factline',
  dataDir: '.data/dynamodb',
  pollIntervalSeconds: 300,
} as const;

export function readLocalConfig(env: Env = process.env): LocalConfig {
  return withoutUndefined({
    tableName: optional(ENV.tableName, env) ?? LOCAL_DEFAULTS.tableName,
    dynamoDbEndpoint: optional(ENV.dynamoDbEndpoint, env),
    unsafeAllowLoopback: unsafeAllowLoopback(env),
    port: integer(ENV.port, env, LOCAL_DEFAULTS.port, { min: 0, max: 65_535 }),
    host: optional(ENV.host, env) ?? LOCAL_DEFAULTS.host,
    dataDir: optional(ENV.dataDir, env) ?? LOCAL_DEFAULTS.dataDir,
    pollIntervalSeconds: integer(ENV.pollIntervalSeconds, env, LOCAL_DEFAULTS.pollIntervalSeconds, { min: 1, max: 86_400 }),
    apiToken: optional(ENV.apiToken, env),
    publicBaseUrl: optional(ENV.publicBaseUrl, env),
  });
}

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
