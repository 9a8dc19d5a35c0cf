// Offline search, the default when Algolia is not configured: a theme that
// provides the navbar SearchBar and the /search page; scripts/build.ts runs
// Pagefind over the built HTML afterwards. Being one plugin, it is either wholly there or wholly absent, so
// it never competes with Algolia's own SearchBar and /search route. The search
// client ranks hits with the registry's own modules (search/rank.ts), imported by
// their `.js` names: the standards plugin (docusaurus/index.ts) resolves those for
// every bundle, so this plugin needs no resolver of its own.
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export default function pagefindSearchPlugin(context: LoadContext): Plugin {
  return {
    name: 'scs-pagefind-search',

    getThemePath() {
      return path.join(context.siteDir, 'src/search/theme');
    },

    async contentLoaded({ actions }) {
      actions.addRoute({ path: path.posix.join(context.baseUrl, 'search'), component: '@site/src/search/SearchPage', exact: true });
    },
  };
}
