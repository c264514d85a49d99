// A pattern with a `\p{..}` class costs its creation at import (docs/extraction.md, sixteenth cold start): one that
// the module's top level builds must be one the first article runs (seeds/000, the extract function's first
// message), or be built on first use (characters.ts patternOnFirstUse).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXTRACTION = join(import.meta.dirname, '../../shared/extraction');
const FIRST_ARTICLE = join(import.meta.dirname, '../../seeds/000_17f27bc200e539ab.txt');

/** The sources of the `\p` regex literals written at a module's top level (`const NAME = /.../flags;`), by name. */
function topLevelUnicodePatterns(): Map<string, string> {
  const patterns = new Map<string, string>();
  for (const file of readdirSync(EXTRACTION).filter((name) => name.endsWith('.ts'))) {
    for (const line of readFileSync(join(EXTRACTION, file), 'utf8').split('\n')) {
      const literal = /^(?:export )?const (\w+) = \/(.*)\/[a-z]*;$/.exec(line);
      if (literal?.[2]?.includes('\\p{')) patterns.set(`${file} ${literal[1]}`, literal[2]);
    }
  }
  return patterns;
}

describe('the \\p patterns built at import are the ones the first article runs', () => {
  it('every top-level \\p literal of shared/extraction runs on seeds/000 ("COUNTRY_INITIALS", "TITLE_CASE_LINE" are built on first use)', async () => {
    const run = new Set<string>();
    const exec = RegExp.prototype.exec;
    // test, match and replace all go through exec.
    RegExp.prototype.exec = function (this: RegExp, input: string) {
      run.add(this.source);
      return exec.call(this, input);
    };
    try {
      const { extractQuantities } = await import('../../shared/extraction/index.js');
      extractQuantities(readFileSync(FIRST_ARTICLE, 'utf8'), { publishedAt: '2024-05-01' });
    } finally {
      RegExp.prototype.exec = exec;
    }
    const patterns = topLevelUnicodePatterns();
    expect(patterns.size).toBeGreaterThan(10);
    expect([...patterns].filter(([, source]) => !run.has(source)).map(([name]) => name)).toEqual([]);
  });
});
