// The project's own TypeScript files under some folders, as paths relative to the given root: for tests that
// read the source itself (imports, configuration reads).
import { readdirSync, readFileSync } from 'node:fs';

export function sourceFiles(root: URL, folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    (readdirSync(new URL(folder, root), { recursive: true }) as string[])
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `${folder}/${file}`),
  );
}

export function readSource(root: URL, file: string): string {
  return readFileSync(new URL(file, root), 'utf8');
}
