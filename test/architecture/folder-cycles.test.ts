// The folders of shared/ depend on each other one way: read from the sources' import statements (type-only
// imports count: a cycle of types still ties two folders' releases and reviews together). A cycle of any length
// fails, not only two folders importing each other; fixtures written by the test check that it finds them.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

type FolderGraph = Map<string, Map<string, string>>;

/** folder -> folder -> the first import that makes it depend on the other, among the top folders of `root`. */
function folderDependencies(root: string): FolderGraph {
  /** The top folder of root a file is in ('' for a file directly in root). */
  const folderOf = (file: string) => {
    const parts = relative(root, file).split('/');
    return parts.length > 1 ? parts[0]! : '';
  };
  const edges: FolderGraph = new Map();
  for (const file of sourceFiles(root)) {
    const from = folderOf(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+'(\.[^']+)'/gm)) {
      const target = resolve(dirname(file), specifier!);
      const to = folderOf(target);
      if (!from || !to || to === from || !target.startsWith(root)) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, `${relative(root, file)} imports ${specifier}`);
    }
  }
  return edges;
}

/**
 * Every cycle among the folders, of any length: one per strongly connected component of two or more folders
 * (Tarjan), given as the shortest way round it from its first folder by name, each step with the import behind it.
 */
function folderCycles(edges: FolderGraph): string[] {
  const targetsOf = (folder: string) => [...(edges.get(folder)?.keys() ?? [])].sort();
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const components: string[][] = [];
  const connect = (folder: string) => {
    index.set(folder, index.size);
    lowLink.set(folder, index.get(folder)!);
    stack.push(folder);
    for (const to of targetsOf(folder)) {
      if (!index.has(to)) {
        connect(to);
        lowLink.set(folder, Math.min(lowLink.get(folder)!, lowLink.get(to)!));
      } else if (stack.includes(to)) lowLink.set(folder, Math.min(lowLink.get(folder)!, index.get(to)!));
    }
    if (lowLink.get(folder) !== index.get(folder)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== folder);
    if (component.length > 1) components.push(component.sort());
  };
  for (const folder of [...edges.keys()].sort()) if (!index.has(folder)) connect(folder);

  return components.map((component) => {
    // Breadth first from the first folder, inside the component, back to it.
    const start = component[0]!;
    const cameFrom = new Map<string, string>();
    const queue = [start];
    while (queue.length > 0 && !cameFrom.has(start)) {
      const folder = queue.shift()!;
      for (const to of targetsOf(folder).filter((target) => component.includes(target) && !cameFrom.has(target))) {
        cameFrom.set(to, folder);
        queue.push(to);
      }
    }
    const path = [start];
    for (let folder = cameFrom.get(start)!; folder !== start; folder = cameFrom.get(folder)!) path.unshift(folder);
    path.unshift(start);
    const steps = path.slice(1).map((to, step) => edges.get(path[step]!)!.get(to)!);
    return `${path.join(' -> ')} (${steps.join('; ')})`;
  });
}

/** A folder tree of TypeScript files, each file importing the types of the others named. */
function writeFixture(files: Record<string, string[]>): string {
  const root = mkdtempSync(join(tmpdir(), 'factline-folder-cycles-'));
  for (const [file, imports] of Object.entries(files)) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    const lines = imports.map(
      (target, n) =>
        `import type { Shape as Shape${n} } from '${relative(dirname(path), join(root, target))
          .replace(/^(?!\.)/, './')
          .replace(/\.ts$/, '.js')}';`,
    );
    writeFileSync(path, `${lines.join('\n')}\nexport interface Shape { n?: number }\n`);
  }
  return root;
}

describe('the folder cycle check', () => {
  const cyclesIn = (files: Record<string, string[]>) => {
    const root = writeFixture(files);
    try {
      return folderCycles(folderDependencies(root));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

  it('finds a cycle through three folders, naming each import on the way', () => {
    expect(
      cyclesIn({
        'alpha/a.ts': ['beta/b.ts'],
        'beta/b.ts': ['gamma/c.ts'],
        'gamma/c.ts': ['alpha/a.ts'],
        'delta/d.ts': ['alpha/a.ts'],
      }),
    ).toEqual([
      'alpha -> beta -> gamma -> alpha (alpha/a.ts imports ../beta/b.js; beta/b.ts imports ../gamma/c.js; gamma/c.ts imports ../alpha/a.js)',
    ]);
  });

  it('finds two folders importing each other, and each of two separate cycles', () => {
    expect(
      cyclesIn({
        'alpha/a.ts': ['beta/b.ts'],
        'beta/b.ts': ['alpha/a.ts'],
        'gamma/c.ts': ['delta/d.ts'],
        'delta/d.ts': ['epsilon/e.ts'],
        'epsilon/e.ts': ['zeta/f.ts'],
        'zeta/f.ts': ['gamma/c.ts'],
      }).map((cycle) => cycle.split(' (')[0]),
    ).toEqual(['alpha -> beta -> alpha', 'delta -> epsilon -> zeta -> gamma -> delta']);
  });

  it('finds none where the folders depend one way, a diamond included', () => {
    expect(
      cyclesIn({
        'alpha/a.ts': ['beta/b.ts', 'gamma/c.ts'],
        'beta/b.ts': ['delta/d.ts'],
        'gamma/c.ts': ['delta/d.ts'],
        'delta/d.ts': [],
        'root.ts': ['alpha/a.ts'],
      }),
    ).toEqual([]);
  });
});

describe('shared/ folders', () => {
  it('store implements the watches ports, and watches imports nothing from store', () => {
    const edges = folderDependencies(SHARED);
    expect(edges.get('store')?.has('watches')).toBe(true);
    expect(edges.get('watches')?.get('store')).toBeUndefined();
  });

  // runtime/ holds both the logger every folder uses and the wiring that uses every folder.
  it('depend on each other in no cycle, of any length, but through runtime', () => {
    const edges = folderDependencies(SHARED);
    edges.delete('runtime');
    expect(folderCycles(edges)).toEqual([]);
  });
});
