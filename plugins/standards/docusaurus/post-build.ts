// After the HTML is written: the machine-readable outputs (JSON API, front-matter
// schema, Atom feed, iCalendar files), the short permalinks' redirect pages and the offline search index. The exporters are pure; this
// file only reads git dates, writes files and runs Pagefind.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildApiFiles, type OutputFile } from '../export/api-json.js';
import { buildAtomFeed, type FileHistory } from '../export/atom-feed.js';
import { buildCalendarFiles } from '../export/calendar.js';
import { buildFrontMatterJsonSchema } from '../model/front-matter-schema.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { Registry } from '../model/registry.js';
import type { Scope } from '../model/scope.js';
import { fileDates } from '../history/file-history.js';
import { loadHistoryOnce } from './corpus.js';
import { buildRedirectPages } from './redirects.js';
import { loadRedirectsFile } from '../parse/load-redirects.js';

export interface SiteOutputsOptions {
  outDir: string;
  registry: Registry;
  siteUrl: string;
  date: CalendarDate;
  /** The corpus folder; when it is in a git checkout, the feed also dates new drafts and announced deprecations. */
  standardsDir?: string;
  /** Certification scopes, whose versions' dates go into the site-wide calendar. */
  scopes?: readonly Scope[];
}

/** Every file written after the build (machine-readable outputs and redirect pages), as site-relative path and content. Pure. */
export function buildSiteOutputs(
  registry: Registry,
  date: CalendarDate,
  siteUrl: string,
  history?: ReadonlyMap<string, FileHistory>,
  renamed: Readonly<Record<string, string>> = {},
  scopes: readonly Scope[] = [],
): OutputFile[] {
  return [
    ...buildApiFiles(registry, date, siteUrl),
    { path: '/schemas/standard-front-matter.json', content: JSON.stringify(buildFrontMatterJsonSchema(siteUrl), null, 2) + '\n' },
    { path: '/standards/feed.xml', content: buildAtomFeed(registry, date, { siteUrl, history }) },
    ...buildCalendarFiles(registry, date, siteUrl, scopes),
    ...buildRedirectPages(registry, date, siteUrl, renamed),
  ];
}

export async function writeSiteOutputs(options: SiteOutputsOptions): Promise<OutputFile[]> {
  // The same git history the pages were built with (one `git log` per build).
  const history = options.standardsDir ? fileDates(await loadHistoryOnce(options.standardsDir)) : undefined;
  const renamed = options.standardsDir ? await loadRedirectsFile(options.standardsDir) : {};
  const files = buildSiteOutputs(options.registry, options.date, options.siteUrl, history, renamed, options.scopes);
  for (const file of files) {
    const target = path.join(options.outDir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  return files;
}

export interface PagefindSummary {
  pages: number;
  /** Total bytes of the files Pagefind wrote (loader, wasm, index and fragments). */
  bytes: number;
}

/**
 * Indexes the built HTML into `<outDir>/pagefind`; pages with `data-pagefind-body`
 * are the ones indexed. Runs Pagefind's command line (the npm package picks the
 * platform binary): its Node API is ESM-only, which the config loader cannot import.
 */
export async function runPagefind(outDir: string): Promise<PagefindSummary> {
  const runner = findPackageFile('pagefind/lib/runner/bin.cjs');
  try {
    await promisify(execFile)(process.execPath, [runner, '--site', outDir, '--output-subdir', 'pagefind', '--silent'], { timeout: 300_000 });
  } catch (cause) {
    throw new Error(`Pagefind could not index ${outDir}: ${(cause as { stderr?: string }).stderr?.trim() || String(cause)}`, { cause });
  }
  const folder = path.join(outDir, 'pagefind');
  // Pagefind also writes its ready-made UIs (about 450 KB); the portal has its own, so they go.
  await Promise.all(UNUSED_PAGEFIND_FILES.map((name) => rm(path.join(folder, name), { force: true })));
  const entry = JSON.parse(await readFile(path.join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  return { pages, bytes: await folderBytes(folder) };
}

const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** A file of an installed package, found by walking up from this file (package exports hide it from require.resolve). */
function findPackageFile(relative: string): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', relative);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`Cannot find node_modules/${relative}; is pagefind installed?`);
  }
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}
