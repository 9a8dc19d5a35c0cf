// Offline search, the default when Algolia is not configured: a theme that
// provides the navbar SearchBar, the /search page, and Pagefind run over the
// built HTML. Being one plugin, it is either wholly there or wholly absent, so
// it never competes with Algolia's own SearchBar and /search route.
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { runPagefind } from '../docusaurus/post-build.js';

export default function pagefindSearchPlugin(context: LoadContext): Plugin {
  return {
    name: 'scs-pagefind-search',

    getThemePath() {
      return path.join(context.siteDir, 'src/search/theme');
    },

    async contentLoaded({ actions }) {
      actions.addRoute({ path: path.posix.join(context.baseUrl, 'search'), component: '@site/src/search/SearchPage', exact: true });
    },

    async postBuild({ outDir }) {
      const started = Date.now();
      const summary = await runPagefind(outDir);
      console.log(`[scs-search] Pagefind indexed ${summary.pages} pages into ${(summary.bytes / 1024).toFixed(0)} KB in ${Date.now() - started} ms`);
    },
  };
}
