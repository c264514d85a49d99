// Dependencies point one way: what ships or runs the project (scripts, shared, functions, infra) imports
// nothing from test/, and domain code imports no code from the adapters (store, http, runtime), only the
// store's port types.
import { readSource, sourceFiles } from '../support/source-files.js';
import { describe, expect, it } from 'vitest';

describe('imports', () => {
  it('from scripts, shared, functions and infra never reach into test/', () => {
    const root = new URL('../../', import.meta.url);
    const sources = sourceFiles(root, ['scripts', 'shared', 'functions', 'infra']);
    expect(sources.length).toBeGreaterThan(50);
    const fromTests = /\bfrom\s+['"](?:\.\.?\/)+test\/|\bimport\(\s*['"](?:\.\.?\/)+test\//;
    expect(sources.filter((file) => fromTests.test(readSource(root, file)))).toEqual([]);
  });

  it('from the domain folders of shared/ never reach the adapters but for the store port types', () => {
    const root = new URL('../../shared/', import.meta.url);
    const domain = ['articles', 'extraction', 'facts', 'ingestion', 'pipeline', 'queue', 'watches'];
    const files = sourceFiles(root, domain);
    expect(files.length).toBeGreaterThan(40);
    // The logger (runtime/logger.ts, no AWS or Hono) is the one runtime module the domain may use.
    const adapterImport = (statement: string) => {
      const target = /from\s+['"]((?:\.\.\/)+(?:store|http|runtime)\/[^'"]+)['"]/.exec(statement)?.[1];
      if (!target || target.endsWith('/runtime/logger.js')) return false;
      return !(/^import\s+type\b/.test(statement) && target.endsWith('/store/port.js'));
    };
    const offenders = files.filter((file) =>
      readSource(root, file)
        .split(/\n(?=import\b)/)
        .some(adapterImport),
    );
    expect(offenders).toEqual([]);
  });
});
