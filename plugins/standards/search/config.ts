// Which search the site uses: Algolia DocSearch when its three variables are
// set, else the offline Pagefind search. Never both (they would both claim /search).
import type { LoadContext, PluginConfig } from '@docusaurus/types';
import pagefindSearchPlugin from './pagefind-plugin.js';

export interface AlgoliaThemeConfig {
  appId: string;
  apiKey: string;
  indexName: string;
  contextualSearch: boolean;
  searchPagePath: string;
}

export interface SearchConfig {
  /** Goes to `themeConfig.algolia`; undefined for the offline search. */
  algolia?: AlgoliaThemeConfig;
  plugins: PluginConfig[];
}

export function searchConfigFromEnv(env: NodeJS.ProcessEnv): SearchConfig {
  const { ALGOLIA_APP_ID: appId, ALGOLIA_SEARCH_API_KEY: apiKey, ALGOLIA_INDEX_NAME: indexName } = env;
  if (appId && apiKey && indexName) {
    // Records carry no language or version facets (see export/search-records.ts), so no contextual filters.
    return { algolia: { appId, apiKey, indexName, contextualSearch: false, searchPagePath: 'search' }, plugins: [] };
  }
  return { plugins: [pagefindSearchPlugin as (context: LoadContext) => ReturnType<typeof pagefindSearchPlugin>] };
}
