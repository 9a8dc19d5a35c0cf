// The standards plugin: lifecycle glue only. It loads the corpus once, says
// once which files are not published and why, adds the overview, track and
// status pages, and makes the bundler's cache depend on the corpus (see
// ./corpus-dependency.ts); the short permalinks are written as static
// redirect files after the build. The documents themselves are rendered by a
// docs instance (see docusaurus.config.ts) whose front matter comes from
// ./front-matter-adapter.
import { actionsBelowBaseUrl } from './site-address.js';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { RuleSetRule, WebpackPluginInstance } from 'webpack';
import type { LoadedCorpus } from '../parse/load-corpus.js';
import { forgetCorpus, formatFindings, loadCorpusOnce, loadHistoryOnce, unpublishedFiles, writeCorpusKey } from './corpus.js';
import { addLoaderDependency, buildLoaderKey, corpusKeyFile, CORPUS_DEPENDENT_LOADERS } from './corpus-dependency.js';
import { normalizeOptions, STANDARDS_DOCUMENT_PATTERN, type PluginOptions } from './options.js';
import { buildAllRoutes, createAllRoutes } from './routes.js';
import { buildDiffRoutes, createDiffRoutes } from './diff-routes.js';
import { writeSiteOutputs } from './post-build.js';
import { loadScopesOnce, readableScopes } from './scopes-data.js';
import { DATA_ROUTE_COMPONENTS, STANDARDS_DOCS_ID, withClientRouteAliases, writeClientRouteFiles } from './client-routes.js';
import { copyEmittedAttachments, writePageDataFiles } from './page-data.js';
import { lazyDevFragment, useLazyCompilation } from './dev-bundler.js';
import { devPageData, useDevPageData } from './dev-page-data.js';
import { serverDataFolders, serverDataRule } from './server-data.js';
import { SERVER_PAGES_MODULE, serverPagesDir, serverPagesWriter, writeServerPagesModule } from './server-pages.js';
import { markBuildFinished } from './build-finished.js';

export type { PluginOptions } from './options.js';

/** What the build log says about a corpus: the files left out, each with its reason, then a count of the rest. Pure. */
export function formatCorpusReport(corpus: LoadedCorpus): string[] {
  const lines: string[] = [];
  const left = unpublishedFiles(corpus);
  if (left.length > 0) {
    lines.push(`[scs-standards] Not publishing ${left.length} file(s) of ${corpus.root}:\n${formatFindings(corpus.root, left).join('\n')}`);
  }
  const published = corpus.files.filter((file) => file.document !== null);
  const problems = formatFindings(corpus.root, published);
  if (problems.length > 0) {
    lines.push(`[scs-standards] ${problems.length} problem(s) in published documents (npm run lint:standards explains them):\n${problems.join('\n')}`);
  }
  return lines;
}

export default function standardsPlugin(context: LoadContext, options: Partial<PluginOptions>): Plugin<LoadedCorpus> {
  const { standardsDir, date, scopes } = normalizeOptions(context.siteDir, options);
  const keyFile = corpusKeyFile(context.generatedFilesDir);
  let loads = 0;
  let contentLoads = 0;
  // The dev server serves the standards pages' data from memory, and its browser bundle has the reduced route
  // table (./dev-page-data.ts).
  const devData = useDevPageData(process.env) ? devPageData(context.siteDir) : undefined;
  // A production build composes the same data before its server bundle renders the pages (./server-pages.ts).
  const pageData = devData ?? (process.env.NODE_ENV === 'production' ? devPageData(context.siteDir) : undefined);
  return {
    name: 'scs-standards',

    getPathsToWatch() {
      // The folder itself, not below: a watcher that walks subfolders would follow links to folders, and
      // loops. New attachments in subfolders are picked up at the next start. The documents are left to the
      // docs instance, which watches them: its reload runs every plugin's allContentLoaded, where the pages
      // below are made, so an edit costs one reload of the site, not two (see ./standards-docs-plugin.ts).
      // (An extglob: the watcher ignores `!pattern` entries given with absolute paths.)
      return [path.join(standardsDir, `!(${STANDARDS_DOCUMENT_PATTERN})`)];
    },

    async loadContent() {
      // The first load is shared with the adapter and sidebar; a reload in the dev server reads again.
      if (loads++ > 0) forgetCorpus(standardsDir);
      const [corpus] = await Promise.all([loadCorpusOnce(standardsDir), loadHistoryOnce(standardsDir)]);
      for (const line of formatCorpusReport(corpus)) console.warn(line);
      return corpus;
    },

    async allContentLoaded({ actions }) {
      // The corpus as last loaded by whichever plugin reloaded (this one, or the docs instance after an edit).
      const corpus = await loadCorpusOnce(standardsDir);
      await writeCorpusKey(keyFile, buildLoaderKey(corpus, date));
      // Status pages list the scope versions that include a standard (problems are reported by the scopes plugin).
      const scopeFiles = await loadScopesOnce(scopes ?? { dir: `${standardsDir}/scopes`, mixed: false }, standardsDir);
      try {
        const added: { path: string; component: string; props: object }[] = [];
        const below = actionsBelowBaseUrl(pageData ? { addRoute: (route) => (added.push(route as (typeof added)[number]), actions.addRoute(route)) } : actions, context.baseUrl);
        createAllRoutes(below, buildAllRoutes(corpus.registry, date, readableScopes(scopeFiles)));
        createDiffRoutes(below, buildDiffRoutes(corpus.registry, date));
        pageData?.setPropsRoutes(added);
        // After a reload of the site (front matter, a document added or removed), open pages fetch their data again.
        if (devData && contentLoads++ > 0) devData.siteReloaded();
      } catch (cause) {
        throw new Error(`Could not build the standards pages from ${standardsDir}`, { cause });
      }
    },

    configureWebpack(config, isServer, utils) {
      // Runs after the docs instances: their loaders are in the config already.
      addLoaderDependency(config, CORPUS_DEPENDENT_LOADERS, keyFile);
      // The route table without a route per standards page (see ./client-routes.ts), in the browser's bundle
      // and, in a production build, in the server's, which renders every standards page through the same one
      // route from data written before it compiles (./server-pages.ts). The dev server too, unless
      // SCS_DEV_PAGE_DATA is false: it has no server bundle, and answers the pages' data requests from memory
      // (./dev-page-data.ts). The files documents show or link to are emitted by the server bundle alone
      // (./server-pages.ts), into its own folder, which Docusaurus deletes after rendering: they are copied
      // into the site first.
      const serverBuild = isServer && config.mode === 'production';
      const pagesDir = serverPagesDir(context.generatedFilesDir);
      const plugins: WebpackPluginInstance[] = serverBuild ? [copyEmittedAttachments(context.outDir)] : [];
      // StandardsRoute's server path: the server bundle's reader of the pages' data; nothing elsewhere.
      let serverPagesAlias: string | false = false;
      const reduce = serverBuild || (!isServer && (config.mode === 'production' || (config.mode === 'development' && devData !== undefined)));
      config.resolve = { ...config.resolve, alias: { [SERVER_PAGES_MODULE]: false, ...(config.resolve?.alias as Record<string, unknown> | undefined) } as unknown as Record<string, string> };
      if (reduce) {
        try {
          const { files, removed, kept } = writeClientRouteFiles(context.generatedFilesDir, {
            basePath: `${context.baseUrl}standards`,
            docsPluginModule: `@generated/docusaurus-plugin-content-docs/${STANDARDS_DOCS_ID}/__plugin.json`,
            dataComponents: DATA_ROUTE_COMPONENTS,
          });
          if (serverBuild && pageData) {
            serverPagesAlias = writeServerPagesModule(pagesDir);
            plugins.push(serverPagesWriter(pageData, pagesDir, context.baseUrl));
          }
          if (!serverBuild || serverPagesAlias !== false) {
            config.resolve = { ...config.resolve, alias: withClientRouteAliases(config.resolve?.alias as Record<string, unknown> | undefined, files) as Record<string, string> };
            config.resolve.alias = { ...(config.resolve.alias as Record<string, string>), [SERVER_PAGES_MODULE]: serverPagesAlias as string };
          }
          console.log(`[scs-standards] ${isServer ? 'Server' : 'Browser'} route table: ${kept} routes kept, ${removed} standards routes served by one`);
        } catch (error) {
          console.warn(`[scs-standards] Browser route table left in full: ${(error as Error).message}`);
        }
      }
      // Pages that run registry code in the browser (the comparison of any two versions, the lifecycle
      // functions of ./dated.ts and ./page-states.ts, the search's ranking in search/rank.ts) import
      // TypeScript modules by their `.js` names, as Node's ESM resolution wants them. The one such
      // resolver of the site; only for the registry's own files: a package that ships `x.ts` beside
      // `x.js` keeps getting its `x.js`.
      const registry = path.join(context.siteDir, 'plugins', 'standards');
      const rules: RuleSetRule[] = [{ test: /\.ts$/, include: [registry], resolve: { extensionAlias: { '.js': ['.ts', '.js'] } } }];
      // Should the server keep the full table (its reduction refused above), the server bundle of a production build
      // is still without every page's data: each page reads its props and metadata from their files as it renders
      // (./server-data.ts; the documents' content: standards-docs-plugin.ts). With the reduced table no such module is left.
      if (isServer && config.mode === 'production') {
        rules.push(serverDataRule(serverDataFolders(context.generatedFilesDir)));
        // And in one file: with a chunk per page (each page's `import()`), the bundler kept a chunk graph and an output
        // file for each of the thousands of pages, and the rendering loaded them one by one. Eager imports add no
        // chunk; merging chunks afterwards (LimitChunkCountPlugin) compares them in pairs.
        return { plugins, module: { rules, parser: { javascript: { dynamicImportMode: 'eager' } } } };
      }
      const fragment = { plugins, module: { rules } };
      // The dev server answers the standards pages' data requests itself (./dev-page-data.ts).
      const dataMiddleware = devData && !isServer && config.mode === 'development' ? devData.middleware(context.baseUrl) : undefined;
      const withData = (devServer: { setupMiddlewares?: (middlewares: unknown[], server: unknown) => unknown[] } | undefined) =>
        dataMiddleware
          ? {
              setupMiddlewares: (middlewares: unknown[], server: unknown) => {
                devServer?.setupMiddlewares?.(middlewares, server);
                middlewares.unshift({ name: 'scs-page-data', middleware: dataMiddleware });
                return [];
              },
            }
          : devServer;
      // The dev server's browser bundle compiles a page's modules when the page is opened (./dev-bundler.ts).
      if (!useLazyCompilation({ isServer, mode: config.mode, bundler: utils?.currentBundler?.name, env: process.env.SCS_DEV_LAZY })) {
        return dataMiddleware ? ({ ...fragment, devServer: withData(undefined) } as typeof fragment) : fragment;
      }
      const lazy = lazyDevFragment();
      return { ...fragment, plugins: [...plugins, ...lazy.plugins], lazyCompilation: lazy.lazyCompilation, devServer: withData(lazy.devServer) } as typeof fragment;
    },

    async postBuild({ content, outDir, siteConfig }) {
      // The JSON API, the front-matter schema, the Atom feed and the calendars (see post-build.ts).
      const scopeFiles = await loadScopesOnce(scopes ?? { dir: `${standardsDir}/scopes`, mixed: false }, standardsDir);
      const siteUrl = siteConfig.url + siteConfig.baseUrl.replace(/\/$/, '');
      await writeSiteOutputs({ outDir, registry: content.registry, siteUrl, date, standardsDir, scopes: readableScopes(scopeFiles) });
      // Each standards page's data, for the browser's clicks from page to page (see ./page-data.ts).
      await writePageDataFiles(outDir, siteConfig.baseUrl, ['standards']);
      // Last: tells scripts/build.ts that the build finished (Docusaurus exits with 0 when stopped, see ./build-finished.ts).
      await markBuildFinished(process.env);
    },
  };
}
