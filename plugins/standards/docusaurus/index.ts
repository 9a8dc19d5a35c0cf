// The standards plugin: lifecycle glue only. It loads the corpus once,
// reports its problems linter-style and adds the overview, track and status
// pages; the short permalinks are written as static redirect files after the build. The documents themselves are rendered by a docs instance
// (see docusaurus.config.ts) whose front matter comes from ./front-matter-adapter.
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedCorpus } from '../parse/load-corpus.js';
import { forgetCorpus, formatFindings, loadCorpusOnce } from './corpus.js';
import { normalizeOptions, type PluginOptions } from './options.js';
import { buildAllRoutes, createAllRoutes } from './routes.js';
import { writeSiteOutputs } from './post-build.js';
import { loadScopesOnce, readableScopes } from './scopes-data.js';

export type { PluginOptions } from './options.js';

export default function standardsPlugin(context: LoadContext, options: Partial<PluginOptions>): Plugin<LoadedCorpus> {
  const { standardsDir, date, scopes } = normalizeOptions(context.siteDir, options);
  let loads = 0;
  return {
    name: 'scs-standards',

    getPathsToWatch() {
      return [`${standardsDir}/**/scs-*.md`];
    },

    async loadContent() {
      // The first load is shared with the adapter and sidebar; a reload in the dev server reads again.
      if (loads++ > 0) forgetCorpus(standardsDir);
      const corpus = await loadCorpusOnce(standardsDir);
      const lines = formatFindings(standardsDir, corpus.files);
      if (lines.length > 0) {
        console.warn(`[scs-standards] ${lines.length} problem(s) in ${standardsDir} (npm run lint:standards explains them):\n${lines.join('\n')}`);
      }
      return corpus;
    },

    async contentLoaded({ content, actions }) {
      // Status pages list the scope versions that include a standard (problems are reported by the scopes plugin).
      const scopeFiles = await loadScopesOnce(scopes ?? { dir: `${standardsDir}/scopes`, mixed: false }, standardsDir);
      try {
        createAllRoutes(actions, buildAllRoutes(content.registry, date, readableScopes(scopeFiles)));
      } catch (cause) {
        throw new Error(`Could not build the standards pages from ${standardsDir}`, { cause });
      }
    },

    async postBuild({ content, outDir, siteConfig }) {
      // The JSON API, the front-matter schema and the Atom feed (see post-build.ts).
      await writeSiteOutputs({ outDir, registry: content.registry, siteUrl: siteConfig.url + siteConfig.baseUrl.replace(/\/$/, ''), date, standardsDir });
    },
  };
}
