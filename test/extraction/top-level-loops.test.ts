// The extraction tables are filled by functions, not by loops at a module's top level: in the extract
// function's bundle every module's top level is one function, and its long loops made V8 compile that whole
// function at import (measured with node --trace-baseline; the cold start, bench/results.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PROJECT_ROOT = join(import.meta.dirname, '../..');
const EXTRACTION = join(PROJECT_ROOT, 'shared/extraction');

function typescriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? typescriptFiles(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

/** The loops written at the top level of a module, as "file:line". */
function topLevelLoops(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  return source.statements
    .filter((statement) => ts.isIterationStatement(statement, false))
    .map((loop) => `${relative(PROJECT_ROOT, file)}:${source.getLineAndCharacterOfPosition(loop.getStart()).line + 1}`);
}

describe('the extraction modules', () => {
  it('run no loop at their top level', () => {
    const files = typescriptFiles(EXTRACTION);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(topLevelLoops)).toEqual([]);
  });
});
