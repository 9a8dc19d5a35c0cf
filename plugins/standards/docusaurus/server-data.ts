// The server bundle of a production build without the standards pages' data.
//
// Docusaurus renders every page from its server bundle, which keeps the full
// route table (client-routes.ts reduces only the browser's): it bundled every
// page's props module, every document's metadata module and every document's
// content. At 1,000 documents that was about 40 MB of data, which the bundler
// held in native memory several times over (the build peaked at 2.8 GB), and
// which the rendering loaded into its heap page by page and kept to the end.
//
// In the server bundle only, those modules are stubs instead: a data module
// reads its JSON file from the generated-files folder (where Docusaurus wrote
// it) and a document's content module reads its page tree from a file the
// content compiler writes there (content-module.ts), while their page is
// rendered, and they forget it once the page is written
// (./server-data-runtime.cjs). The HTML is the same: the data is the same
// JSON, parsed the same way. The browser's bundle is left as it is.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { STANDARDS_DOCS_ID } from './client-routes.js';

const require = createRequire(import.meta.url);
/** The module the stubs call (bundled once into the server bundle). */
export const SERVER_DATA_RUNTIME = require.resolve('./server-data-runtime.cjs');
export const SERVER_DATA_LOADER = require.resolve('./server-data-loader.cjs');

/** Where the content compiler writes the documents' page trees for the server bundle. */
export function serverContentDir(generatedFilesDir: string): string {
  return path.join(generatedFilesDir, 'scs-standards-content');
}

/** The folders of generated data modules that grow with the corpus: our pages' props, the standards docs instance's metadata and props. */
export function serverDataFolders(generatedFilesDir: string): string[] {
  let dir = generatedFilesDir;
  try {
    // The bundler names modules by their real path.
    dir = realpathSync(generatedFilesDir);
  } catch {
    // Not written yet: the path as given.
  }
  return [path.join(dir, 'scs-standards'), path.join(dir, 'docusaurus-plugin-content-docs', STANDARDS_DOCS_ID)];
}

/** A data module's file: JSON, and not one of the plugins' own `__*.json` files (plugin data, loader keys). */
const DATA_FILE = /[\\/](?!__)[^\\/]+\.json$/i;

/**
 * The bundler rule that turns each page data module under `folders` into a
 * stub reading its file (./server-data-loader.cjs). For the server config of
 * a production build only. Pure.
 */
export function serverDataRule(folders: readonly string[]): {
  test: RegExp;
  include: string[];
  type: 'javascript/auto';
  use: Array<{ loader: string; options: { runtime: string } }>;
} {
  return { test: DATA_FILE, include: [...folders], type: 'javascript/auto', use: [{ loader: SERVER_DATA_LOADER, options: { runtime: SERVER_DATA_RUNTIME } }] };
}

/** What the server's content module of a document reads while its page renders. */
export interface ServerContent {
  nodes: unknown;
  contentTitle: string | undefined;
  toc: unknown;
}

/**
 * Writes a document's page tree, title and table of contents into `dir`,
 * named by their content (so a module compiled in an earlier build and
 * reused from the bundler's cache still finds its own data), and returns the
 * file's path. Written whole, then renamed: a reader never sees half a file.
 */
export function writeServerContent(dir: string, content: ServerContent): string {
  const json = JSON.stringify(content);
  const file = path.join(dir, `${createHash('sha256').update(json).digest('hex').slice(0, 32)}.json`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, json);
  renameSync(partial, file);
  return file;
}

/**
 * The server's content module of a document: the renderer, the document's
 * metadata module (a stub itself, see serverDataRule) and its bundled files
 * are imported as before; the rest is read from `dataFile`. Pure.
 */
export function serverContentModuleCode(params: { dataFile: string; renderer: string; metadataRequest: string | null; assetRequires: readonly string[] }): string {
  const { dataFile, renderer, metadataRequest, assetRequires } = params;
  return [
    `var metadataModule = ${metadataRequest === null ? 'null' : `require(${JSON.stringify(metadataRequest)})`};`,
    `require(${JSON.stringify(SERVER_DATA_RUNTIME)}).defineContentModule(exports, ${JSON.stringify(dataFile)}, {`,
    `  createDocumentBody: require(${JSON.stringify(renderer)}).createDocumentBody,`,
    `  assetUrls: [${assetRequires.join(', ')}],`,
    `  metadata: metadataModule && function () { return metadataModule.default; },`,
    `});`,
    '',
  ].join('\n');
}
