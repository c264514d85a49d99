// One structured JSON logger for every function and the local runner: one line per event with level,
// message, timestamp, service, the X-Ray trace id on Lambda, and the caller's keys (requestId, messageId,
// ...). Errors anywhere in those keys are written with name, message, stack and cause.
// Written here rather than Powertools Logger: its 21 kB cost every function a few ms of cold start
// (bench/results.md). POWERTOOLS_LOG_LEVEL (DEBUG, INFO, WARN, ERROR, CRITICAL, SILENT; default INFO; SILENT
// in tests) and POWERTOOLS_SERVICE_NAME keep Powertools' meaning; POWERTOOLS_DEV=true indents each entry.
import { AsyncLocalStorage } from 'node:async_hooks';

const LEVELS = { DEBUG: 0, INFO: 1, WARN: 2, ERROR: 3, CRITICAL: 4, SILENT: 5 } as const;

export type LogLevel = keyof typeof LEVELS;

/** What a log entry may carry beside its message; Error values are serialized with their stack. */
export type LogKeys = Record<string, unknown>;

export interface LoggerOptions {
  service: string;
  level: LogLevel;
  /** Indents each entry (local reading); one line otherwise. */
  pretty?: boolean;
  /** Where a line goes: stdout for DEBUG and INFO, stderr from WARN up (as Powertools did). */
  write?: (line: string, level: LogLevel) => void;
  now?: () => Date;
  /** The X-Ray trace header Lambda sets (`Root=...;Parent=...`), read at each entry. */
  traceHeader?: () => string | undefined;
}

interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  cause?: unknown;
}

/** Keys every line logged inside withLogKeys carries: the request or message id, down to the fetch a request makes. */
const scopedKeys = new AsyncLocalStorage<LogKeys>();

/** Runs `work` so that every line logged while it runs, in any module, carries `keys` (the caller's own keys win). */
export function withLogKeys<T>(keys: LogKeys, work: () => T): T {
  return scopedKeys.run({ ...scopedKeys.getStore(), ...keys }, work);
}

function serializeError(error: Error): SerializedError {
  return {
    name: error.name,
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(error.cause === undefined ? {} : { cause: error.cause }),
  };
}

function jsonValue(_key: string, value: unknown): unknown {
  if (value instanceof Error) return serializeError(value);
  if (typeof value === 'bigint') return value.toString();
  return value;
}

const writable = (value: unknown) => {
  try {
    JSON.stringify(value, jsonValue);
    return true;
  } catch {
    return false;
  }
};

function stringify(entry: LogKeys, pretty = false): string {
  try {
    return JSON.stringify(entry, jsonValue, pretty ? 2 : undefined);
  } catch {
    // A key that cannot be written (a cycle) must neither lose the event nor fail the caller.
    return JSON.stringify(
      Object.fromEntries(Object.entries(entry).map(([key, value]) => [key, writable(value) ? value : '[unserializable]'])),
      jsonValue,
    );
  }
}

function writeToStandardStreams(line: string, level: LogLevel): void {
  (LEVELS[level] >= LEVELS.WARN ? process.stderr : process.stdout).write(`${line}\n`);
}

export function parseLogLevel(value: string | undefined): LogLevel {
  const level = value?.toUpperCase();
  return level !== undefined && Object.hasOwn(LEVELS, level) ? (level as LogLevel) : 'INFO';
}

export function createLogger(options: LoggerOptions) {
  const write = options.write ?? writeToStandardStreams;
  const now = options.now ?? (() => new Date());
  const traceHeader = options.traceHeader ?? (() => process.env._X_AMZN_TRACE_ID);
  const threshold = LEVELS[options.level];

  const log = (level: Exclude<LogLevel, 'SILENT'>, message: string, keys: LogKeys = {}) => {
    if (LEVELS[level] < threshold) return;
    const traceId = /(?:^|;)Root=([^;]+)/.exec(traceHeader() ?? '')?.[1];
    const entry = {
      level,
      message,
      timestamp: now().toISOString(),
      service: options.service,
      ...(traceId ? { xray_trace_id: traceId } : {}),
      ...scopedKeys.getStore(),
      ...keys,
    };
    write(stringify(entry, options.pretty), level);
  };

  return {
    debug: (message: string, keys?: LogKeys) => log('DEBUG', message, keys),
    info: (message: string, keys?: LogKeys) => log('INFO', message, keys),
    warn: (message: string, keys?: LogKeys) => log('WARN', message, keys),
    error: (message: string, keys?: LogKeys) => log('ERROR', message, keys),
    critical: (message: string, keys?: LogKeys) => log('CRITICAL', message, keys),
  };
}

export type Logger = ReturnType<typeof createLogger>;

export const logger: Logger = createLogger({
  service: process.env.POWERTOOLS_SERVICE_NAME ?? 'factline',
  level: parseLogLevel(process.env.POWERTOOLS_LOG_LEVEL),
  pretty: process.env.POWERTOOLS_DEV === 'true',
});
