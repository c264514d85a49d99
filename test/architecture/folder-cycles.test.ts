// The folders of shared/ depend on each other one way: read from the sources' import statements (type-only
// imports count: a cycle of types still ties two folders' releases and reviews together).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SHARED = resolve(import.meta.dirname, '../../shared');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'dist' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The top folder of shared/ a file is in ('' for a file directly in shared/). */
const folderOf = (file: string) => {
  const parts = relative(SHARED, file).split('/');
  return parts.length > 1 ? parts[0]! : '';
};

/** folder -> folder -> the first import that makes it depend on the other. */
function folderDependencies(): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SHARED)) {
    const from = folderOf(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+'(\.[^']+)'/gm)) {
      const to = folderOf(resolve(dirname(file), specifier!));
      if (!from || !to || to === from || resolve(dirname(file), specifier!).startsWith(SHARED) === false) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, `${relative(SHARED, file)} imports ${specifier}`);
    }
  }
  return edges;
}

describe('shared/ folders', () => {
  it('store implements the watches ports, and watches imports nothing from store', () => {
    const edges = folderDependencies();
    expect(edges.get('store')?.has('watches')).toBe(true);
    expect(edges.get('watches')?.get('store')).toBeUndefined();
  });

  // runtime/ holds both the logger every folder uses and the wiring that uses every folder.
  it('no two folders but runtime import each other', () => {
    const edges = folderDependencies();
    edges.delete('runtime');
    const mutual = [...edges].flatMap(([from, targets]) =>
      [...targets.keys()]
        .filter((to) => from < to && edges.get(to)?.has(from))
        .map((to) => `${from} <-> ${to}: ${targets.get(to)}; ${edges.get(to)!.get(from)}`),
    );
    expect(mutual).toEqual([]);
  });
});
