// The Pagefind client, loaded on first use only: its script is a file of the
// built site (written by the search plugin after the build), not part of the
// bundle, so the bundler is told to leave the import alone.

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ id: string; data(): Promise<PagefindData> }> } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around the matched words. */
  excerpt: string;
  id: string | null;
  track: string | null;
  state: string | null;
}

let loading: Promise<Pagefind> | null = null;

export function loadPagefind(baseUrl: string): Promise<Pagefind> {
  if (!loading) {
    loading = (async () => {
      const pagefind = (await import(/* webpackIgnore: true */ `${baseUrl}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl, excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })();
    // A failed load (e.g. the dev server, which has no index) may be retried later.
    loading.catch(() => (loading = null));
  }
  return loading;
}

/** Docusaurus writes `page.html` for `/page` (no trailing slashes); links use the clean URL. */
const cleanUrl = (url: string) => url.replace(/\.html(?=#|$)/, '');

/** A null query lists every page that matches the filters. */
export async function searchSite(baseUrl: string, query: string | null, filters: Record<string, string>, limit: number): Promise<SearchHit[]> {
  const pagefind = await loadPagefind(baseUrl);
  const response = await pagefind.search(query, { filters });
  if (!response) return [];
  const data = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  return data.map((hit) => ({
    url: cleanUrl(hit.url),
    title: hit.meta.title ?? cleanUrl(hit.url),
    excerpt: hit.excerpt,
    id: hit.meta.id ?? null,
    track: hit.filters.track?.[0] ?? null,
    state: hit.filters.state?.[0] ?? null,
  }));
}

/** Values of each filter with their page counts, e.g. `{track: {IaaS: 12}}`. */
export async function searchFilters(baseUrl: string): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind(baseUrl)).filters();
}
