// Stack traces of a Lambda bundle, mapped to the TypeScript sources by the source map beside the bundle, read
// when the first stack is formatted rather than at import: `node --enable-source-maps` reads and parses every
// map at import, about 20 ms of each cold start (bench/results.md). Injected into every bundle by
// infra/lambda-bundling.ts; frames are written as node --enable-source-maps writes them, so the logs read the same.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface MappedFile {
  map: SourceMap;
  mapUrl: URL;
}

/** Each bundle file's source map, or null where it has none; read once, on the first frame in that file. */
const mappedFiles = new Map<string, MappedFile | null>();

function mappedFile(fileName: string): MappedFile | null {
  let mapped = mappedFiles.get(fileName);
  if (mapped === undefined) {
    mapped = null;
    try {
      const mapUrl = pathToFileURL(`${fileName.startsWith('file:') ? fileURLToPath(fileName) : fileName}.map`);
      mapped = { map: new SourceMap(JSON.parse(readFileSync(mapUrl, 'utf8'))), mapUrl };
    } catch {
      // No map beside this file (node's own modules, code not bundled): its frames stay as they are.
    }
    mappedFiles.set(fileName, mapped);
  }
  return mapped;
}

/** A mapped entry's name, where the map gives one (@types/node 20 leaves the field out). */
function entryName(map: SourceMap, line: number | null, column: number | null): string | undefined {
  if (line === null || column === null) return undefined;
  const { name } = map.findEntry(line - 1, column - 1) as { name?: unknown };
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/**
 * The original name of the function a frame is in, found as node finds it: the map's name at the function's
 * start, or else at the call to it from the next frame in the same file.
 */
function originalName(map: SourceMap, site: NodeJS.CallSite, caller: NodeJS.CallSite | undefined): string | undefined {
  return (
    entryName(map, site.getEnclosingLineNumber(), site.getEnclosingColumnNumber()) ??
    (caller && caller.getFileName() === site.getFileName() ? entryName(map, caller.getLineNumber(), caller.getColumnNumber()) : undefined)
  );
}

/** The frame as node --enable-source-maps writes it, or undefined where the map does not cover it. */
function mappedFrame(site: NodeJS.CallSite, index: number, callSites: NodeJS.CallSite[]): string | undefined {
  const fileName = site.getFileName() ?? site.getScriptNameOrSourceURL();
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  const mapped = fileName && !fileName.startsWith('node:') ? mappedFile(fileName) : null;
  if (!mapped || line === null || column === null) return undefined;
  const entry = mapped.map.findEntry(line - 1, column - 1);
  if (!('originalSource' in entry)) return undefined;
  const source = new URL(entry.originalSource, mapped.mapUrl);
  const typeName = site.getTypeName();
  const siteName = `${typeName !== null && typeName !== 'global' ? `${typeName}.` : ''}${site.getFunctionName() ?? site.getMethodName() ?? '<anonymous>'}`;
  const name = originalName(mapped.map, site, callSites[index + 1]) ?? siteName;
  const place = `${source.protocol === 'file:' ? fileURLToPath(source) : source.href}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  return `${site.isAsync() ? 'async ' : ''}${site.isConstructor() ? 'new ' : ''}${name} (${place})`;
}

const formatUnmapped = Error.prepareStackTrace;

/** V8's stack format (the error, then a line per frame), each frame in the bundle named by its source. */
function prepareStackTrace(error: Error, callSites: NodeJS.CallSite[]): string {
  // A map that cannot be read or resolved must not cost the error its stack: those frames stay as they are.
  const frames = callSites.map((site, index) => {
    try {
      return mappedFrame(site, index, callSites);
    } catch {
      return undefined;
    }
  });
  if (formatUnmapped && frames.every((frame) => frame === undefined)) return formatUnmapped(error, callSites);
  let header: string;
  try {
    header = Error.prototype.toString.call(error);
  } catch {
    header = '<error>';
  }
  return `${header}${callSites.map((site, index) => `\n    at ${frames[index] ?? String(site)}`).join('')}`;
}

// Left alone where node already maps stacks (--enable-source-maps, or tsx's process.setSourceMapsEnabled).
if (!process.sourceMapsEnabled) Error.prepareStackTrace = prepareStackTrace;
