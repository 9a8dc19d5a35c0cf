// The docs instance that renders the standards: plugin-content-docs with two
// changes. (1) Its documents are compiled by our content loader
// (content-module.ts) instead of the MDX loader: data, not code. (2) Each
// docs instance ships its list of documents (id, path, sidebar) to the
// browser in main.js, about 120 bytes per document; the list serves navbar
// items of the `doc` and `docsVersion*` kinds and version suggestions, none
// of which point at this instance (it has one Docusaurus version; a
// standard's versions are documents), so it is left out. (3) The version's
// metadata, a route prop every document page loads, lists every document's
// id, title, description and sidebar again (about 300 bytes per document);
// only category cards read it, and the standards sidebar has none, so that
// list is left out too. Routes, sidebars and pages are unchanged.
import { createRequire } from 'node:module';
import pluginContentDocs, { validateOptions } from '@docusaurus/plugin-content-docs';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { createBodyRenderer, createContentCompiler, type DocsLoaderOptions } from './content-module.js';
import { devPageData, useDevPageData } from './dev-page-data.js';
import { buildCorpusKey, forgetCorpus, loadCorpusOnce, perCorpus } from './corpus.js';
import { installAtomicGenerate } from './atomic-generate.js';
import { installIndexedDocNavigation } from './docs-navigation.js';
import { docsWatchPaths, reloadTriggerFile, startDevWatch } from './dev-watch.js';
import { loadPermalinkTargets } from './resolve-permalinks.js';
import { serverContentDir } from './server-data.js';

type Options = Parameters<typeof pluginContentDocs>[1] & { scs: { standardsDir: string; date: CalendarDate } };

interface GlobalData {
  versions: { docs: unknown[] }[];
}

interface RouteLike {
  path: string;
  props?: Record<string, unknown>;
  routes?: RouteLike[];
}

/**
 * The route tree with the document list emptied in every version metadata
 * prop (`props.version.docs`): read by `useDocById` for category cards only.
 * Pure: the routes given are left alone.
 */
export function withoutVersionDocs<T extends RouteLike>(route: T): T {
  const version = route.props?.version as { docs?: unknown } | undefined;
  const props = version && typeof version === 'object' && 'docs' in version ? { ...route.props, version: { ...version, docs: {} } } : route.props;
  return { ...route, ...(props && { props }), ...(route.routes && { routes: route.routes.map((child) => withoutVersionDocs(child)) }) };
}

interface LoaderItem {
  loader?: string;
  options?: unknown;
}

const require = createRequire(import.meta.url);
const MDX_LOADER = require.resolve('@docusaurus/mdx-loader');
const CONTENT_LOADER = require.resolve('./content-loader.cjs');

/** The instance's global data without its document list. Pure. */
export function withoutDocumentList<T extends GlobalData>(data: T): T {
  return { ...data, versions: data.versions.map((version) => ({ ...version, docs: [] })) };
}

/**
 * A webpack config fragment with every use of the MDX loader replaced by
 * `replace(itsOptions)`. Pure: the fragment given is left alone.
 */
export function replaceMdxLoader<T>(fragment: T, replace: (options: DocsLoaderOptions & { dependencies?: string[] }) => LoaderItem): T {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (typeof value !== 'object' || value === null || value instanceof RegExp) return value;
    const item = value as LoaderItem;
    if (item.loader === MDX_LOADER) return replace(item.options as DocsLoaderOptions);
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, key === 'use' || key === 'rules' || key === 'module' || key === 'oneOf' ? visit(entry) : entry]));
  };
  return visit(fragment) as T;
}

interface LoadedDocs {
  loadedVersions: Array<{ docs: Array<{ frontMatter: Record<string, unknown> }>; drafts: Array<{ frontMatter: Record<string, unknown> }> }>;
}

/**
 * The loaded content with only the documents the corpus publishes: those the
 * front-matter adapter gave page data (`scs`). Docusaurus lists files by its
 * own pattern; which of them are pages is decided by the file set
 * (parse/file-set.ts), file by file, never by a pattern built from a name. Pure.
 */
export function withPublishedDocumentsOnly<T extends LoadedDocs>(content: T): T {
  const isPage = (doc: { frontMatter: Record<string, unknown> }) => doc.frontMatter.scs !== undefined;
  return {
    ...content,
    loadedVersions: content.loadedVersions.map((version) => ({ ...version, docs: version.docs.filter(isPage), drafts: version.drafts.filter(isPage) })),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

const attachmentSetOf = perCorpus((corpus) => new Set(corpus.fileSet.assets));

export default async function standardsDocsPlugin(context: LoadContext, options: Options): Promise<Plugin<unknown>> {
  const { scs, ...docsOptions } = options;
  const plugin = (await pluginContentDocs(context, docsOptions)) as Plugin<unknown>;
  const { loadContent, contentLoaded, configureWebpack } = plugin;
  let loads = 0;
  let loaded: { key: string; content: LoadedDocs } | undefined;
  // One compiler for the client and the server bundle, so the second reuses the first's work.
  let compile: ReturnType<typeof createContentCompiler> | undefined;
  // Both from the corpus as last loaded, not once per process: the dev server loads it again after an edit.
  const targets = () => loadPermalinkTargets(scs);
  // Pages bundle only the attachments of the file set the linter checks (parse/file-set.ts).
  const attachments = async () => attachmentSetOf(await loadCorpusOnce(scs.standardsDir));
  const trigger = reloadTriggerFile(context.generatedFilesDir);
  // In the dev server, from the first load of the site on: Docusaurus's generated files are written whole
  // (./atomic-generate.ts), and the first reload after an edit compares with what was written, not with the disk.
  if (process.env.NODE_ENV === 'development') installAtomicGenerate();
  // Previous/next links of every document by index, not by a search of the whole sidebar per document (./docs-navigation.ts).
  installIndexedDocNavigation();
  // The dev server serves the documents' page data from memory (./dev-page-data.ts).
  const devData = useDevPageData(process.env) ? devPageData(context.siteDir) : undefined;
  // A production build composes the same data before its server bundle renders the pages (./server-pages.ts).
  const pageData = devData ?? (process.env.NODE_ENV === 'production' ? devPageData(context.siteDir) : undefined);
  return {
    ...plugin,
    getPathsToWatch() {
      // Called by the dev server only. The documents are watched by ./dev-watch.ts instead of Docusaurus: an
      // edit to a body alone needs no reload of the site (the bundler recompiles that document's module by
      // itself), and at 1,000 documents a reload took most of the 19 s an edit needed to show. An edit that
      // changes what other pages show (front matter, a document added or removed) touches `trigger`, which
      // Docusaurus watches, and the site reloads as before.
      startDevWatch({ standardsDir: scs.standardsDir, date: scs.date, trigger });
      return docsWatchPaths(plugin.getPathsToWatch?.() ?? [], scs.standardsDir, options.include, trigger);
    },
    loadContent:
      loadContent &&
      (async () => {
        // A reload (the dev server, after an edit to a document) reads the corpus again before the
        // front-matter adapter asks for it; unchanged files are not parsed again (see ./corpus.ts).
        if (loads++ > 0) forgetCorpus(scs.standardsDir);
        // An edit to a body alone changes no metadata, sidebar or route: the bundler recompiles that
        // document's module by itself, so the documents are not read again (at 1,000 documents that
        // took most of the time an edit needed to show). Known limit, dev server only: a document
        // without a `description` keeps the one Docusaurus took from its first paragraph until the next
        // edit of any front matter.
        const key = buildCorpusKey(await loadCorpusOnce(scs.standardsDir), scs.date);
        if (loaded?.key === key) return loaded.content;
        const content = withPublishedDocumentsOnly((await loadContent()) as LoadedDocs);
        loaded = { key, content };
        return content;
      }),
    contentLoaded:
      contentLoaded &&
      (async (args) => {
        const routes: RouteLike[] = [];
        const data = new Map<string, unknown>();
        await contentLoaded({
          ...args,
          actions: {
            ...args.actions,
            setGlobalData: (globalData) => args.actions.setGlobalData(withoutDocumentList(globalData as GlobalData)),
            addRoute: (route) => {
              const kept = withoutVersionDocs(route);
              if (pageData) routes.push(kept as RouteLike);
              args.actions.addRoute(kept);
            },
            createData: (name, value) => {
              if (pageData && name.endsWith('.json')) data.set(name, typeof value === 'string' ? parseJson(value) : value);
              return args.actions.createData(name, value);
            },
          },
        });
        pageData?.setDocs({ pluginName: plugin.name, pluginId: docsOptions.id ?? 'default', routes, data });
      }),
    configureWebpack:
      configureWebpack &&
      ((...args) => {
        const fragment = configureWebpack(...args);
        return replaceMdxLoader(fragment, (docs) => {
          // A production build's browser bundle has no documents (client-routes.ts): only the server asks.
          const production = (args[0] as { mode?: string }).mode === 'production';
          // The server bundle of a production build reads each page tree from a file as its page renders (./server-data.ts).
          const serverDataDir = production ? serverContentDir(context.generatedFilesDir) : undefined;
          compile ??= createContentCompiler({ docs, root: scs.standardsDir, permalinkTargets: targets, attachments, requestsPerDocument: production ? 1 : 2, serverDataDir });
          if (pageData && !args[1]) pageData.setBodyRenderer(createBodyRenderer({ docs, root: scs.standardsDir, permalinkTargets: targets, attachments }));
          return { loader: CONTENT_LOADER, options: { compile, dependencies: docs.dependencies ?? [] } };
        });
      }),
  };
}

standardsDocsPlugin.validateOptions = ({ validate, options }: { validate: never; options: Options }) => {
  const { scs, ...docsOptions } = options;
  return { ...validateOptions({ validate, options: docsOptions } as never), scs };
};
