// The data files of the standards pages, for the browser's clicks from page to
// page (see src/components/standards/routes/): each built page of the standards
// carries its data as JSON in its HTML; after the build it is copied to
// `page-data/<address>.json`, which the browser fetches instead of the HTML.
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const SCRIPT_OPEN = /<script\b([^>]*)>/gi;
const OUR_ID = /(?:^|\s)id=(?:"scs-page-data"|'scs-page-data'|scs-page-data(?=\s|\/|$))/;

/** The page data JSON in a built page's HTML, or null. Pure. */
export function pageDataOfHtml(html: string): { path: string; json: string } | null {
  for (const open of html.matchAll(SCRIPT_OPEN)) {
    if (!OUR_ID.test(open[1]!)) continue;
    const start = open.index! + open[0].length;
    const end = html.indexOf('</script>', start);
    if (end === -1) return null;
    const data = JSON.parse(html.slice(start, end)) as { path?: unknown };
    return typeof data.path === 'string' ? { path: data.path, json: JSON.stringify(data) } : null;
  }
  return null;
}

/** Where a page's data goes in the built site (the browser asks for the same, see StandardsRoute.tsx). Pure. */
export function pageDataFile(pagePath: string, baseUrl: string): string {
  const inSite = pagePath.startsWith(baseUrl) ? pagePath.slice(baseUrl.length) : pagePath.replace(/^\//, '');
  return `page-data/${inSite.replace(/\/+$/, '')}.json`;
}

/** Writes the data file of every built page under `folders` (site-relative) that has page data; returns how many. */
export async function writePageDataFiles(outDir: string, baseUrl: string, folders: readonly string[]): Promise<number> {
  let written = 0;
  const htmlFiles: string[] = [];
  for (const folder of folders) {
    const dir = path.join(outDir, folder);
    const own = `${dir}.html`;
    htmlFiles.push(own);
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isFile() && entry.name.endsWith('.html')) htmlFiles.push(path.join(entry.parentPath, entry.name));
  }
  for (const file of htmlFiles) {
    const html = await readFile(file, 'utf8').catch(() => null);
    const found = html === null ? null : pageDataOfHtml(html);
    if (!found) continue;
    const target = path.join(outDir, pageDataFile(found.path, baseUrl));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, found.json);
    written++;
  }
  return written;
}

interface EmittingCompiler {
  outputPath: string;
  hooks: { afterEmit: { tapPromise(name: string, run: (compilation: { getAssets(): ReadonlyArray<{ name: string }> }) => Promise<void>): void } };
}

/** Files Docusaurus's file loaders emit: pictures and other attachments. */
const ATTACHMENT_ASSET = /^assets\/(?:images|files)\//;

/**
 * A bundler plugin for the server bundle: copies the attachments it emitted
 * (into its own output folder) to the same place in the site.
 */
export function copyEmittedAttachments(outDir: string): { apply(compiler: EmittingCompiler): void } {
  return {
    apply(compiler) {
      compiler.hooks.afterEmit.tapPromise('scs-standards-attachments', async (compilation) => {
        for (const { name } of compilation.getAssets()) {
          if (!ATTACHMENT_ASSET.test(name)) continue;
          const target = path.join(outDir, name);
          await mkdir(path.dirname(target), { recursive: true });
          await copyFile(path.join(compiler.outputPath, name), target);
        }
      });
    },
  };
}
