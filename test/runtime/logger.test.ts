import { describe, expect, it } from 'vitest';
import { createLogger, parseLogLevel, withLogKeys, type LogLevel } from '../../shared/runtime/logger.js';

function capture(level: LogLevel, traceHeader?: string) {
  const lines: Array<{ line: string; level: LogLevel }> = [];
  const logger = createLogger({
    service: 'factline-test',
    level,
    write: (line, lineLevel) => lines.push({ line, level: lineLevel }),
    now: () => new Date('2026-12-05T06:00:00.000Z'),
    traceHeader: () => traceHeader,
  });
  return { logger, lines, entries: () => lines.map(({ line }) => JSON.parse(line) as Record<string, any>) };
}

describe('logger', () => {
  it('writes one JSON line per event: level, message, timestamp, service, the trace id and the caller keys', () => {
    const { logger, lines, entries } = capture('INFO', 'Root=1-6751a2b0-0123456789abcdef01234567;Parent=53995c3f42cd8ad8;Sampled=1');
    logger.info('request', { requestId: 'req-1', status: 200 });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.line).not.toContain('\n');
    expect(entries()[0]).toEqual({
      level: 'INFO',
      message: 'request',
      timestamp: '2026-12-05T06:00:00.000Z',
      service: 'factline-test',
      xray_trace_id: '1-6751a2b0-0123456789abcdef01234567',
      requestId: 'req-1',
      status: 200,
    });
  });

  it('serializes errors with name, message, stack and cause, wherever they are in the keys', () => {
    const { logger, entries } = capture('INFO');
    const failure = new TypeError('table unreachable', { cause: new Error('connect ETIMEDOUT') });
    logger.error('request failed', { messageId: 'm-1', error: failure, nested: { errors: [new RangeError('too deep')] } });
    const [entry] = entries();
    expect(entry).not.toHaveProperty('xray_trace_id');
    expect(entry!.level).toBe('ERROR');
    expect(entry!.messageId).toBe('m-1');
    expect(entry!.error).toMatchObject({
      name: 'TypeError',
      message: 'table unreachable',
      cause: { name: 'Error', message: 'connect ETIMEDOUT' },
    });
    expect(entry!.error.stack).toContain('logger.test.ts');
    expect(entry!.nested.errors[0]).toMatchObject({ name: 'RangeError', message: 'too deep' });
  });

  it('writes what JSON cannot hold without failing the caller or losing the event', () => {
    const { logger, entries } = capture('INFO');
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => logger.warn('odd keys', { requestId: 'req-2', count: 12n, cycle })).not.toThrow();
    expect(entries()[0]).toMatchObject({ level: 'WARN', message: 'odd keys', requestId: 'req-2', count: '12', cycle: '[unserializable]' });
  });

  it('drops events below its level, and SILENT writes nothing', () => {
    const warnings = capture('WARN');
    warnings.logger.debug('d');
    warnings.logger.info('i');
    warnings.logger.warn('w');
    warnings.logger.error('e');
    warnings.logger.critical('c');
    expect(warnings.lines.map(({ level }) => level)).toEqual(['WARN', 'ERROR', 'CRITICAL']);
    const silent = capture('SILENT');
    silent.logger.critical('c');
    expect(silent.lines).toEqual([]);
  });

  it('reads the level as Powertools did: case-insensitive, INFO when unset or unknown', () => {
    expect(parseLogLevel('silent')).toBe('SILENT');
    expect(parseLogLevel('Debug')).toBe('DEBUG');
    expect(parseLogLevel(undefined)).toBe('INFO');
    expect(parseLogLevel('verbose')).toBe('INFO');
    expect(parseLogLevel('constructor')).toBe('INFO');
  });
});

describe('keys for a whole request or message', () => {
  it('puts the scoped keys on every line logged inside withLogKeys, across awaits, the caller keys winning', async () => {
    const { logger, entries } = capture('INFO');
    await withLogKeys({ messageId: 'msg-1', phase: 'outer' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.warn('source fetch failed', { host: 'news.example' });
      await withLogKeys({ phase: 'inner' }, async () => logger.info('nested', { phase: 'own' }));
    });
    logger.info('outside');
    expect(entries().map(({ message, messageId, phase }) => ({ message, messageId, phase }))).toEqual([
      { message: 'source fetch failed', messageId: 'msg-1', phase: 'outer' },
      { message: 'nested', messageId: 'msg-1', phase: 'own' },
      { message: 'outside', messageId: undefined, phase: undefined },
    ]);
  });
});
