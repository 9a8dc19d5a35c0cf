// The route table, reduced. Docusaurus 3.10 writes one route table
// (`@generated/routes`, `routesChunkNames`, `registry`) for both bundles, with
// one entry per page: about 0.24 KB of main.js per route, so main.js grew with
// every document, and the server bundle had a module per page and matched
// every page against all of them. Both bundles get this one instead (the
// server's in a production build, ./server-pages.ts): the same file with the
// routes of the standards pages (documents, status, track, overview and
// comparison pages) left out and one route for all of them put in their place
// (src/components/standards/routes/StandardsRoute.tsx). The browser's takes
// each page's data from the JSON the server put into its HTML, or fetches it
// from the file written next to it after the build (./page-data.ts); the
// server's reads the file written for its address before it compiled.
//
// The generated files are read as text in the shape Docusaurus 3.10 writes
// them; anything else is refused with the reason, and the build then keeps the
// full table (see index.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STANDARDS_DOCS_ID } from './page-sidebar.js';

export { STANDARDS_DOCS_ID };

/** The route modules whose pages carry their data with them (see src/components/standards/routes/). */
export const DATA_ROUTE_COMPONENTS = [
  '@site/src/components/standards/routes/OverviewRoute',
  '@site/src/components/standards/routes/TrackRoute',
  '@site/src/components/standards/routes/StatusRoute',
  '@site/src/components/standards/routes/DiffRoute',
  '@site/src/components/standards/routes/CompareRoute',
] as const;


/** The route that stands for all of them in the browser. */
export const STANDARDS_ROUTE_MODULE = '@site/src/components/standards/routes/StandardsRoute';

export interface ClientRouteFiles {
  routes: string;
  routesChunkNames: string;
  registry: string;
}

export interface ReduceOptions {
  /** The path the catch-all route answers below (the standards base path, e.g. `/standards`). */
  basePath: string;
  /** The `__plugin.json` module of the docs instance whose pages are data pages (its whole route tree goes). */
  docsPluginModule: string;
  /** Route component modules whose routes go. */
  dataComponents: readonly string[];
}

export interface ReducedRoutes extends ClientRouteFiles {
  /** Routes left out, top level (a docs tree counts once). */
  removed: number;
  kept: number;
}

interface TopLevelEntry {
  text: string;
  path: string;
  key: string | null;
}

const STRING_IN_QUOTES = String.raw`'((?:[^'\\]|\\.)*)'`;
const CREATOR = new RegExp(String.raw`ComponentCreator\(${STRING_IN_QUOTES}(?:, '(\w+)')?\)`, 'g');
const PATH_LINE = new RegExp(String.raw`^\s*path: ${STRING_IN_QUOTES},$`, 'm');
const REGISTRY_LINE = /^ {2}"([\w-]+)": \[\(\) => import\(.*\), "((?:[^"\\]|\\.)*)", require\.resolveWeak\(.*\)\],$/;

/**
 * The reduced files. Pure. Throws with the reason when the files are not in
 * the shape expected, so that the caller keeps the full table.
 */
export function reduceRouteFiles(files: ClientRouteFiles, options: ReduceOptions): ReducedRoutes {
  const chunkNames = JSON.parse(files.routesChunkNames) as Record<string, Record<string, unknown>>;
  const registry = parseRegistry(files.registry);
  const moduleOf = (chunk: unknown) => (typeof chunk === 'string' ? registry.get(chunk)?.modulePath : undefined);
  const { head, entries, tail } = splitRoutesModule(files.routes);
  const dataComponents = new Set(options.dataComponents);
  const isDataRoute = (entry: TopLevelEntry) => {
    const chunks = entry.key === null ? undefined : chunkNames[entry.key];
    if (!chunks) return false;
    if (dataComponents.has(moduleOf(chunks.__comp) ?? '')) return true;
    const context = chunks.__context as { plugin?: unknown } | undefined;
    return moduleOf(context?.plugin) === options.docsPluginModule && entry.text.includes('routes: [');
  };
  const kept = entries.filter((entry) => !isDataRoute(entry));
  const removed = entries.length - kept.length;
  if (removed === 0) throw new Error('no route of the standards pages was found in the generated route table');
  // The catch-all goes before the site's root and the not-found route (Docusaurus sorts those last).
  const at = kept.findIndex((entry) => entry.path === '/' || entry.path === '*');
  const catchAll = `  {\n    path: ${quote(options.basePath)},\n    component: StandardsRoute\n  }`;
  const texts = kept.map((entry) => entry.text);
  texts.splice(at === -1 ? texts.length : at, 0, catchAll);
  const routes = `${head}import StandardsRoute from ${JSON.stringify(STANDARDS_ROUTE_MODULE)};\n\nexport default [\n${texts.join(',\n')}\n${tail}`;

  const keys = new Set<string>();
  for (const entry of kept) for (const match of entry.text.matchAll(CREATOR)) if (match[2] !== undefined) keys.add(`${unquote(match[1]!)}-${match[2]}`);
  const keptChunkNames = Object.fromEntries(Object.entries(chunkNames).filter(([key]) => keys.has(key)));
  const usedChunks = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') usedChunks.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(keptChunkNames);
  const registryLines = [...registry.values()].filter((entry) => usedChunks.has(entry.chunk)).map((entry) => entry.line);
  return {
    routes,
    routesChunkNames: JSON.stringify(keptChunkNames, null, 2),
    registry: `export default {\n${registryLines.join('\n')}};\n`,
    removed,
    kept: kept.length,
  };
}

function quote(value: string): string {
  return `'${value.replace(/[\\']/g, (character) => `\\${character}`)}'`;
}

function unquote(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

function parseRegistry(code: string): Map<string, { chunk: string; modulePath: string; line: string }> {
  const lines = code.split('\n');
  if (lines[0] !== 'export default {') throw new Error('the generated registry does not start as expected');
  const entries = new Map<string, { chunk: string; modulePath: string; line: string }>();
  for (const raw of lines.slice(1)) {
    // The last entry is followed by the closing brace on the same line.
    const line = raw.endsWith('],};') ? raw.slice(0, -2) : raw;
    if (line === '' || line === '};') continue;
    const match = REGISTRY_LINE.exec(line);
    if (!match) throw new Error(`unexpected line in the generated registry: ${line.slice(0, 80)}`);
    entries.set(match[1]!, { chunk: match[1]!, modulePath: unquote(match[2]!), line });
  }
  return entries;
}

/**
 * The generated routes module cut into its top-level route objects, each
 * with its path and route key (`path-hash`, the key of routesChunkNames).
 * Strings are skipped, so brackets inside paths or attributes do not count.
 */
export function splitRoutesModule(code: string): { head: string; entries: TopLevelEntry[]; tail: string } {
  const marker = 'export default [\n';
  const start = code.indexOf(marker);
  if (start === -1) throw new Error('the generated routes module has no `export default [`');
  const head = code.slice(0, start);
  const entries: TopLevelEntry[] = [];
  let depth = 0;
  let entryStart = -1;
  let index = start + marker.length;
  for (; index < code.length; index++) {
    const character = code[index]!;
    if (character === "'" || character === '"') {
      index = endOfString(code, index);
      continue;
    }
    if (character === '{' || character === '[' || character === '(') {
      if (depth === 0 && character === '{') entryStart = index;
      depth++;
    } else if (character === '}' || character === ']' || character === ')') {
      if (depth === 0 && character === ']') break;
      depth--;
      if (depth === 0 && character === '}') {
        const text = `  ${code.slice(entryStart, index + 1)}`;
        const pathMatch = PATH_LINE.exec(text);
        if (!pathMatch) throw new Error(`a generated route has no path: ${text.slice(0, 80)}`);
        CREATOR.lastIndex = 0;
        const creator = CREATOR.exec(text);
        CREATOR.lastIndex = 0;
        entries.push({ text, path: unquote(pathMatch[1]!), key: creator?.[2] === undefined ? null : `${unquote(creator[1]!)}-${creator[2]}` });
      }
    }
  }
  if (index >= code.length) throw new Error('the generated routes module does not end as expected');
  return { head, entries, tail: code.slice(index) };
}

function endOfString(code: string, start: number): number {
  const quoteCharacter = code[start];
  for (let index = start + 1; index < code.length; index++) {
    if (code[index] === '\\') index++;
    else if (code[index] === quoteCharacter) return index;
  }
  throw new Error('a string in the generated routes module is not closed');
}

/**
 * Reads the generated route files, writes the reduced ones into
 * `<generatedFilesDir>/scs-client-routes/` and returns their paths (synchronous:
 * the bundler configuration is made synchronously).
 */
export function writeClientRouteFiles(generatedFilesDir: string, options: ReduceOptions): { files: ClientRouteFiles; removed: number; kept: number } {
  const [routes, routesChunkNames, registry] = ['routes.js', 'routesChunkNames.json', 'registry.js'].map((name) => readFileSync(path.join(generatedFilesDir, name), 'utf8'));
  const reduced = reduceRouteFiles({ routes: routes!, routesChunkNames: routesChunkNames!, registry: registry! }, options);
  const dir = path.join(generatedFilesDir, 'scs-client-routes');
  mkdirSync(dir, { recursive: true });
  const files = { routes: path.join(dir, 'routes.js'), routesChunkNames: path.join(dir, 'routesChunkNames.json'), registry: path.join(dir, 'registry.js') };
  writeFileSync(files.routes, reduced.routes);
  writeFileSync(files.routesChunkNames, reduced.routesChunkNames);
  writeFileSync(files.registry, reduced.registry);
  return { files, removed: reduced.removed, kept: reduced.kept };
}

/**
 * The bundler configuration's aliases with the three route files of
 * `@generated` replaced by `files`, put first so they win over `@generated`
 * itself. Pure: a new object.
 */
export function withClientRouteAliases(alias: Record<string, unknown> | undefined, files: ClientRouteFiles): Record<string, unknown> {
  return { '@generated/routes': files.routes, '@generated/routesChunkNames': files.routesChunkNames, '@generated/registry': files.registry, ...alias };
}
