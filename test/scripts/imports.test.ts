// Dependencies point one way: what ships or runs the project (scripts, shared, functions, infra) imports
// nothing from test/.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('imports', () => {
  it('from scripts, shared, functions and infra never reach into test/', () => {
    const root = new URL('../../', import.meta.url);
    const sources = ['scripts', 'shared', 'functions', 'infra'].flatMap((folder) =>
      (readdirSync(new URL(folder, root), { recursive: true }) as string[])
        .filter((file) => file.endsWith('.ts'))
        .map((file) => `${folder}/${file}`),
    );
    expect(sources.length).toBeGreaterThan(50);
    const fromTests = /\bfrom\s+['"](?:\.\.?\/)+test\/|\bimport\(\s*['"](?:\.\.?\/)+test\//;
    expect(sources.filter((file) => fromTests.test(readFileSync(new URL(file, root), 'utf8')))).toEqual([]);
  });
});
