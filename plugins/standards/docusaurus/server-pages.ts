// The standards pages on the server: one route, as in the browser.
//
// Docusaurus renders every page from its server bundle. With its full route
// table that bundle had a module per standards page (props, metadata, content;
// about 20,500 routes at 10,000 documents), which the bundler held in native
// memory (about 2 GB at 10,000), and every page was matched against the whole
// table (react-router compiles at most 10,000 paths, so beyond that it
// compiled patterns again at each match: rendering grew with the square of the
// corpus). Now the server bundle gets the browser's reduced table
// (./client-routes.ts): one route for every standards page
// (src/components/standards/routes/StandardsRoute.tsx), which renders a page
// from its data as the browser does on a click.
//
// That data is composed before the bundler runs, exactly as the dev server
// composes it (./dev-page-data.ts): the props the plugin's routes were added
// with, and for documents the docs version's metadata, the page's sidebar, the
// document's metadata and its body as the content loader renders it. Each
// page's data is written to a file of its own; the server reads the file of the
// address it renders (./server-pages-runtime.cjs) and forgets it once the page
// is written. The files a document shows or links to are in the data as their
// paths; one module of the server bundle requires them all through
// Docusaurus's file loaders (so they are emitted as before and copied into the
// site, ./page-data.ts) and gives the server their addresses.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { attachmentRequire } from './content-module.js';
import type { DevPageData, ShareSidebar } from './dev-page-data.js';

const require = createRequire(import.meta.url);
/** Reads a page's data file while the page renders (bundled into the server bundle). */
export const SERVER_PAGES_RUNTIME = require.resolve('./server-pages-runtime.cjs');
/** What StandardsRoute imports for its server path: the module below in the server bundle, nothing in the browser's. */
export const SERVER_PAGES_MODULE = '@scs/server-pages';
/** The page component the server renders a standards page with (the browser's, with every page kind loaded). */
const SERVER_PAGE_COMPONENT = '@site/src/components/standards/routes/server-page';

/** Where the pages' data files, their index and the attachments module are written. */
export function serverPagesDir(generatedFilesDir: string): string {
  return path.join(generatedFilesDir, 'scs-server-pages');
}

/** The server bundle's module behind SERVER_PAGES_MODULE. Pure. */
export function serverPagesModuleCode(dir: string): string {
  return [
    `var runtime = require(${JSON.stringify(SERVER_PAGES_RUNTIME)});`,
    `var page = require(${JSON.stringify(SERVER_PAGE_COMPONENT)});`,
    `module.exports = { read: runtime.createReader(${JSON.stringify(dir)}, require("./attachments.js")), Page: page.default };`,
    '',
  ].join('\n');
}

/** The module that requires every attachment (absolute paths, sorted) and maps each path to its address. Pure. */
export function attachmentsModuleCode(files: readonly string[]): string {
  return `module.exports = {\n${files.map((file) => `  ${JSON.stringify(file)}: ${attachmentRequire(file)},\n`).join('')}};\n`;
}

/**
 * Writes the server's module (and, until the pages are written, an attachments module without any) into
 * `dir` and returns its path. Synchronous: the bundler's configuration is made synchronously.
 */
export function writeServerPagesModule(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const entry = path.join(dir, 'server-pages.js');
  writeFileSync(entry, serverPagesModuleCode(dir));
  const attachments = path.join(dir, 'attachments.js');
  if (!existsSync(attachments)) writeFileSync(attachments, attachmentsModuleCode([]));
  return entry;
}

export interface ServerPagesSummary {
  pages: number;
  attachments: number;
  /** Distinct sidebars (every page of a track shows the same one). */
  sidebars: number;
}

/** The key a page's data has in place of a sidebar written once for all pages that show it (./server-pages-runtime.cjs reads it). */
export const SHARED_SIDEBAR_KEY = '$scsSidebar';

/**
 * Composes every standards page's data (`store`, filled by the plugins' contentLoaded) and writes it into
 * `dir`: `pages/<n>.json` each, `index.json` (page key -> file), `attachments.js`, and `sidebars/<n>.json`,
 * each sidebar once: a page's data names its sidebar's file instead of carrying it (at 10,000 documents a
 * track's sidebar is most of a document's data, about 1 MB). One page at a time: nothing of a page is kept
 * once its file is written.
 */
export async function writeServerPages(store: DevPageData, dir: string, baseUrl: string): Promise<ServerPagesSummary> {
  const pagesDir = path.join(dir, 'pages');
  const sidebarsDir = path.join(dir, 'sidebars');
  await Promise.all([pagesDir, sidebarsDir].map((folder) => rm(folder, { recursive: true, force: true })));
  await Promise.all([pagesDir, sidebarsDir].map((folder) => mkdir(folder, { recursive: true })));
  // pageSidebar gives pages of the same shape (which track and group are kept) the same array: one file each.
  const sidebarFiles = new Map<unknown, string>();
  const shareSidebar: ShareSidebar = (sidebar) => {
    let file = sidebarFiles.get(sidebar);
    if (file === undefined) {
      file = `sidebars/${sidebarFiles.size}.json`;
      sidebarFiles.set(sidebar, file);
      writeFileSync(path.join(dir, file), JSON.stringify(sidebar));
    }
    return { [SHARED_SIDEBAR_KEY]: file };
  };
  const attachments = new Set<string>();
  const assetPath = (documentFile: string, file: string) => {
    const absolute = path.resolve(path.dirname(documentFile), file);
    attachments.add(absolute);
    return absolute;
  };
  const index: Record<string, string> = {};
  let pages = 0;
  for (const address of store.addresses()) {
    const text = await store.pageDataText(address, baseUrl, assetPath, shareSidebar);
    store.forgetBodies();
    if (text === null) continue;
    const name = `pages/${pages++}.json`;
    index[address] = name;
    await writeFile(path.join(dir, name), text);
  }
  await writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
  await writeFile(path.join(dir, 'attachments.js'), attachmentsModuleCode([...attachments].sort()));
  return { pages, attachments: attachments.size, sidebars: sidebarFiles.size };
}

interface RunningCompiler {
  hooks: { beforeRun: { tapPromise(name: string, run: () => Promise<void>): void } };
}

/** A bundler plugin for the server bundle: writes the pages' data before it compiles (the attachments module is compiled). */
export function serverPagesWriter(store: DevPageData, dir: string, baseUrl: string): { apply(compiler: RunningCompiler): void } {
  return {
    apply(compiler) {
      compiler.hooks.beforeRun.tapPromise('scs-server-pages', async () => {
        const started = Date.now();
        try {
          const { pages, attachments, sidebars } = await writeServerPages(store, dir, baseUrl);
          console.log(`[scs-standards] Server pages: ${pages} pages' data, ${sidebars} sidebars and ${attachments} attachments written in ${Date.now() - started} ms`);
        } catch (cause) {
          throw new Error(`Could not write the standards pages' data for the server into ${dir}`, { cause });
        }
      });
    },
  };
}
