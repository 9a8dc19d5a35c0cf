// The work our Docusaurus plugins do before and after the bundler, timed phase
// by phase on one corpus without building the portal: the plugins' lifecycle
// functions (as Docusaurus initializes them from docusaurus.config.ts, called
// with recording actions), the page-props builders, the sidebar, the
// outputs written after the build and the page-data step on a folder of
// HTML files shaped like the built ones. What matters is how each phase grows
// with the corpus (run it at two sizes and compare), so each phase is given in
// CPU time of this process, which another busy process on the machine changes
// less than wall time. Run by `npm run bench:phases` (scripts/bench-phases.ts),
// one size per process: STANDARDS_DIR must be set before the site's config is
// loaded, and each size starts from an empty heap.
import { createRequire } from 'node:module';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin, RouteConfig } from '@docusaurus/types';
import { buildApiFiles } from '../export/api-json.js';
import { buildAtomFeed } from '../export/atom-feed.js';
import { buildCalendarFiles } from '../export/calendar.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { fileDates } from '../history/file-history.js';
import { buildCorpusKey, loadCorpusOnce, loadHistoryOnce } from '../docusaurus/corpus.js';
import { buildLoaderKey } from '../docusaurus/corpus-dependency.js';
import { buildAllRoutes } from '../docusaurus/routes.js';
import { buildRedirectPages } from '../docusaurus/redirects.js';
import { buildStandardsSidebar } from '../docusaurus/sidebar.js';
import { pageSidebar, type SidebarPropItem } from '../docusaurus/page-sidebar.js';
import { loadPermalinkTargets } from '../docusaurus/resolve-permalinks.js';
import { standardsSitePaths } from '../docusaurus/unlink-missing-standards.js';
import { createParseFrontMatter } from '../docusaurus/front-matter-adapter.js';
import { loadScopesOnce, readableScopes } from '../docusaurus/scopes-data.js';
import { writePageDataFiles } from '../docusaurus/page-data.js';

export interface PhaseTime {
  phase: string;
  /** CPU time of this process (all its threads), milliseconds. */
  cpuMs: number;
  wallMs: number;
  /** What the phase produced, to see that two runs did the same work (routes, files, bytes). */
  note?: string;
}

export interface PhaseRun {
  documents: number;
  phases: PhaseTime[];
  /** The JS heap after loading the site (every plugin's content and routes held, after a full collection), MB. */
  heapAfterLoadMb: number | null;
}

/** Runs `work` and appends its CPU and wall time under `phase`. */
export async function timed<T>(phases: PhaseTime[], phase: string, work: () => T | Promise<T>, note?: (result: T) => string): Promise<T> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  phases.push({ phase, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - start, ...(note && { note: note(result) }) });
  return result;
}

interface InitializedPlugin extends Plugin<unknown> {
  options: { id: string };
}

interface RecordedActions {
  routes: RouteConfig[];
  dataBytes: number;
  actions: {
    addRoute(route: RouteConfig): void;
    createData(name: string, data: string | object): Promise<string>;
    setGlobalData(data: unknown): void;
  };
}

/** Actions that keep routes and count the data modules instead of writing them (Docusaurus's own writing is not ours to time). */
function recordingActions(dataDir: string): RecordedActions {
  const recorded: RecordedActions = {
    routes: [],
    dataBytes: 0,
    actions: {
      addRoute: (route) => void recorded.routes.push(route),
      createData: async (name, data) => {
        recorded.dataBytes += (typeof data === 'string' ? data : JSON.stringify(data, null, 2)).length;
        return path.join(dataDir, name);
      },
      setGlobalData: () => undefined,
    },
  };
  return recorded;
}

/** Docusaurus's context and initialized plugins for the site in `siteDir` (its config reads STANDARDS_DIR). */
async function initSite(siteDir: string): Promise<{ context: LoadContext; plugins: InitializedPlugin[] }> {
  const require = createRequire(path.join(siteDir, 'package.json'));
  const { loadContext } = require('@docusaurus/core/lib/server/site.js') as { loadContext(params: { siteDir: string; locale?: string }): Promise<LoadContext> };
  const { initPlugins } = require('@docusaurus/core/lib/server/plugins/init.js') as { initPlugins(context: LoadContext): Promise<InitializedPlugin[]> };
  const context = await loadContext({ siteDir, locale: 'en' });
  return { context, plugins: await initPlugins(context) };
}

function pluginOf(plugins: readonly InitializedPlugin[], name: string, id = 'default'): InitializedPlugin {
  const plugin = plugins.find((candidate) => candidate.name === name && candidate.options.id === id);
  if (!plugin) throw new Error(`No plugin ${name}@${id} in the site's config`);
  return plugin;
}

export interface PhaseOptions {
  siteDir: string;
  /** The corpus; must be the STANDARDS_DIR the site's config was given. */
  standardsDir: string;
  date: CalendarDate;
  /** A scratch folder for the outputs written after the build and the HTML of the page-data step (emptied first). */
  scratchDir: string;
}

/** Times every phase once, in the order a build runs them. */
export async function measurePluginPhases(options: PhaseOptions): Promise<PhaseRun> {
  const phases: PhaseTime[] = [];
  const { siteDir, standardsDir, date, scratchDir } = options;
  await rm(scratchDir, { recursive: true, force: true });
  const { context, plugins } = await timed(phases, 'init plugins (config, Docusaurus)', () => initSite(siteDir));
  const standards = pluginOf(plugins, 'scs-standards');
  const docs = pluginOf(plugins, 'docusaurus-plugin-content-docs', 'standards');
  const scopesPlugin = pluginOf(plugins, 'scs-scopes');

  // Load: as Docusaurus runs them (there concurrently; here one after the other, to time each).
  const corpus = await timed(phases, 'scs-standards loadContent (read, parse, git log)', () => standards.loadContent!(), (loaded) => `${(loaded as { files: unknown[] }).files.length} files`);
  const docsContent = await timed(phases, 'docs@standards loadContent (with adapter, sidebar)', () => docs.loadContent!());
  const docsActions = recordingActions(path.join(context.generatedFilesDir, 'docs'));
  await timed(phases, 'docs@standards contentLoaded', () => docs.contentLoaded!({ content: docsContent, actions: docsActions.actions as never }), () => `${docsActions.routes.length} routes, ${(docsActions.dataBytes / 1048576).toFixed(1)} MB data`);
  const scopesContent = await timed(phases, 'scs-scopes loadContent', () => scopesPlugin.loadContent!());
  const scopeActions = recordingActions(path.join(context.generatedFilesDir, 'scopes'));
  await timed(phases, 'scs-scopes contentLoaded', () => scopesPlugin.contentLoaded!({ content: scopesContent, actions: scopeActions.actions as never }), () => `${scopeActions.routes.length} routes`);
  const standardsActions = recordingActions(path.join(context.generatedFilesDir, 'standards'));
  await timed(phases, 'scs-standards allContentLoaded', () => standards.allContentLoaded!({ allContent: {} as never, actions: standardsActions.actions as never }), () => `${standardsActions.routes.length} routes`);
  globalThis.gc?.();
  const heapAfterLoadMb = globalThis.gc ? process.memoryUsage().heapUsed / 1048576 : null;

  // The same work in parts, to see which part grows.
  const loaded = await loadCorpusOnce(standardsDir);
  const registry = loaded.registry;
  const scopes = readableScopes(await loadScopesOnce({ dir: `${standardsDir}/scopes`, mixed: false }, standardsDir));
  await timed(phases, '  corpus key + loader key', () => [buildCorpusKey(loaded, date), buildLoaderKey(loaded, date)]);
  // (The rest of allContentLoaded is the diff and compare pages: the comparisons of consecutive versions.)
  await timed(phases, '  overview, track and status props', () => buildAllRoutes(registry, date, scopes), (built) => `${built.length} pages`);
  const adapter = createParseFrontMatter({ standardsDir, date, warn: () => undefined });

  const texts = await Promise.all(loaded.files.map(async (file) => ({ filePath: path.join(standardsDir, file.path), fileContent: await readFile(path.join(standardsDir, file.path), 'utf8') })));
  await timed(phases, '  front-matter adapter, every file', async () => {
    for (const text of texts) await adapter({ ...text, defaultParseFrontMatter: undefined as never });
  });
  const docIds = new Set(registry.documents.map((document) => document.fileName.replace(/\.md$/, '')));
  const sidebar = await timed(phases, '  sidebar generator', () => buildStandardsSidebar(registry, docIds, date));
  const docPaths = (docsActions.routes.flatMap(function flat(route: RouteConfig): RouteConfig[] {
    return [route, ...(route.routes ?? []).flatMap(flat)];
  }) as RouteConfig[]).filter((route) => !route.routes).map((route) => route.path);
  await timed(phases, '  page sidebar of every document page', () => {
    for (const pathname of docPaths) pageSidebar(sidebar as SidebarPropItem[], pathname);
  }, () => `${docPaths.length} pages`);
  await timed(phases, '  permalink targets + site paths', async () => [await loadPermalinkTargets({ standardsDir, date }), standardsSitePaths(registry)]);

  // After the build: the outputs of writeSiteOutputs, in parts, then written; the page-data step.
  const siteUrl = 'https://example.org';
  const history = fileDates(await loadHistoryOnce(standardsDir));
  await timed(phases, 'postBuild: JSON API', () => buildApiFiles(registry, date, siteUrl), (files) => `${files.length} files`);
  await timed(phases, 'postBuild: Atom feed', () => buildAtomFeed(registry, date, { siteUrl, history }));
  await timed(phases, 'postBuild: calendars', () => buildCalendarFiles(registry, date, siteUrl, scopes), (files) => `${files.length} files`);
  await timed(phases, 'postBuild: redirect pages', () => buildRedirectPages(registry, date, siteUrl), (files) => `${files.length} files`);
  const outDir = path.join(scratchDir, 'out');
  // The plugin's own pages as allContentLoaded made them (the diff pages' comparisons are not computed twice).
  await writeFakeHtml(outDir, standardsActions.routes.map((route) => ({ path: route.path, props: route.props ?? {} })), docPaths);
  await timed(phases, 'postBuild: scs-standards (outputs + page data)', () => standards.postBuild!({ content: corpus, outDir, siteConfig: context.siteConfig } as never));
  await timed(phases, '  page data alone', () => writePageDataFiles(outDir, '/', ['standards']), (count) => `${count} files`);
  await rm(scratchDir, { recursive: true, force: true });
  return { documents: registry.documents.length, phases, heapAfterLoadMb };
}

/** A built page as far as the page-data step reads it: its data element. */
export function fakePageHtml(pagePath: string, props: object): string {
  const json = JSON.stringify({ path: pagePath, ...props }).replace(/</g, '\\u003c');
  return `<!doctype html><html><head><title>x</title></head><body><div id="__docusaurus"></div><script type="application/json" id="scs-page-data">${json}</script></body></html>`;
}

/** The standards pages as HTML files where the build writes them: the plugin's pages with their props, document pages with a small stand-in. */
async function writeFakeHtml(outDir: string, pages: ReadonlyArray<{ path: string; props: object }>, documentPaths: readonly string[]): Promise<void> {
  const all = [...pages, ...documentPaths.map((pagePath) => ({ path: pagePath, props: { doc: pagePath } }))];
  for (const page of all) {
    const file = path.join(outDir, page.path === '/standards' ? 'standards.html' : `${page.path.replace(/\/$/, '')}/index.html`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, fakePageHtml(page.path, page.props));
  }
}
