// After the HTML is written: the machine-readable outputs (JSON API, front-matter
// schema, Atom feed) and the offline search index. The exporters are pure; this
// file only reads git dates, writes files and runs Pagefind.
import { execFile } from 'node:child_process';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildApiFiles, type OutputFile } from '../export/api-json.js';
import { buildAtomFeed, type FileHistory } from '../export/atom-feed.js';
import { buildFrontMatterJsonSchema } from '../model/front-matter-schema.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { Registry } from '../model/registry.js';

export interface SiteOutputsOptions {
  outDir: string;
  registry: Registry;
  siteUrl: string;
  date: CalendarDate;
  /** The corpus folder; when it is in a git checkout, the feed also dates new drafts and announced deprecations. */
  standardsDir?: string;
}

/** Every machine-readable file, as site-relative path and content. Pure. */
export function buildSiteOutputs(registry: Registry, date: CalendarDate, siteUrl: string, history?: ReadonlyMap<string, FileHistory>): OutputFile[] {
  return [
    ...buildApiFiles(registry, date, siteUrl),
    { path: '/schemas/standard-front-matter.json', content: JSON.stringify(buildFrontMatterJsonSchema(), null, 2) + '\n' },
    { path: '/standards/feed.xml', content: buildAtomFeed(registry, date, { siteUrl, history }) },
  ];
}

export async function writeSiteOutputs(options: SiteOutputsOptions): Promise<OutputFile[]> {
  const history = options.standardsDir ? await loadFileHistory(options.standardsDir) : undefined;
  const files = buildSiteOutputs(options.registry, options.date, options.siteUrl, history);
  for (const file of files) {
    const target = path.join(options.outDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  return files;
}

/**
 * Day each file was added and last changed, from one `git log` over the folder.
 * Empty when the folder is not in a git checkout or git is missing: the feed
 * then has only the events front matter dates.
 */
export async function loadFileHistory(standardsDir: string): Promise<Map<string, FileHistory>> {
  const history = new Map<string, FileHistory>();
  let output: string;
  try {
    ({ stdout: output } = await promisify(execFile)('git', ['log', '--format=%x00%cs', '--name-only', '--relative', '--no-renames', '--', '.'], {
      cwd: standardsDir,
      maxBuffer: 64 * 1024 * 1024,
      timeout: 60_000,
    }));
  } catch {
    return history;
  }
  // Newest commit first: the first date seen is the last change, the last one the addition.
  for (const commit of output.split('\0').slice(1)) {
    const [date = '', ...files] = commit.split('\n').filter(Boolean);
    for (const file of files) {
      const known = history.get(file);
      history.set(file, { added: date, changed: known?.changed ?? date });
    }
  }
  return history;
}

export interface PagefindSummary {
  pages: number;
  /** Total bytes of the files Pagefind wrote (loader, wasm, index and fragments). */
  bytes: number;
}

/** Indexes the built HTML into `<outDir>/pagefind`. Pages with `data-pagefind-body` are the ones indexed. */
export async function runPagefind(outDir: string): Promise<PagefindSummary> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, bytes: await folderBytes(path.join(outDir, 'pagefind')) };
  } finally {
    await pagefind.close();
  }
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}
