// Offline search, the default when Algolia is not configured: a theme that
// provides the navbar SearchBar and the /search page; scripts/build.ts runs
// Pagefind over the built HTML afterwards. Being one plugin, it is either wholly there or wholly absent, so
// it never competes with Algolia's own SearchBar and /search route.
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export default function pagefindSearchPlugin(context: LoadContext): Plugin {
  return {
    name: 'scs-pagefind-search',

    getThemePath() {
      return path.join(context.siteDir, 'src/search/theme');
    },

    configureWebpack() {
      // The search ranks hits with the model's own lifecycle function (search/rank.ts), whose
      // ESM imports name `.js` files that exist as `.ts`. Only for imports made by the registry's
      // own files: a package that ships `x.ts` beside `x.js` keeps getting its `x.js`.
      const registry = path.join(context.siteDir, 'plugins', 'standards');
      return { module: { rules: [{ test: /\.ts$/, include: [registry], resolve: { extensionAlias: { '.js': ['.ts', '.js'] } } }] } };
    },

    async contentLoaded({ actions }) {
      actions.addRoute({ path: path.posix.join(context.baseUrl, 'search'), component: '@site/src/search/SearchPage', exact: true });
    },
  };
}
