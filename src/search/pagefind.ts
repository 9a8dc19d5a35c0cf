// The Pagefind client, loaded on first use only: its script is a file of the
// built site (written by the search plugin after the build), not part of the
// bundle, so the bundler is told to leave the import alone. The order of the
// hits (version in force first, id queries) is decided by
// plugins/standards/search/rank.ts on the day of the search, loaded with the
// first search too, so no page pays for it before a reader searches.
import type { RankedHit } from '@site/plugins/standards/search/rank';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string | { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
  /** Every filter value of the index, with its number of pages. */
  filters(): Promise<Record<string, Record<string, number> | undefined>>;
  preload(term: string): Promise<void>;
}

export interface SearchHit extends RankedHit {
  title: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around the matched words; plain text for a hit found by id. */
  excerpt: string;
  track: string | null;
  /** The state on the day of the search (today, or the `?date=` chosen), in words (`Effective`, `Supplement`), computed in the browser. */
  state: string | null;
}

/** Words around a match in an excerpt: enough to read, short enough to keep fragments of little use cheap to show. */
const EXCERPT_WORDS = 24;
/** Hits read beyond the ones shown, so that a version in force just below the cut can still move up. */
const RERANK_MARGIN = 4;

let loading: Promise<Pagefind> | null = null;

export function loadPagefind(baseUrl: string): Promise<Pagefind> {
  if (!loading) {
    loading = (async () => {
      const pagefind = (await import(/* webpackIgnore: true */ `${baseUrl}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl, excerptLength: EXCERPT_WORDS });
      await pagefind.init();
      return pagefind;
    })();
    // A failed load (e.g. the dev server, which has no index) may be retried later.
    loading.catch(() => (loading = null));
  }
  return loading;
}

const loadRanking = () => import('@site/plugins/standards/search/rank');

/**
 * Everything a first query needs before it can run (Pagefind's script, wasm and index entry, and the
 * ranking code), fetched when a reader is about to search: the search box gets the focus or the pointer
 * comes near it. Pages where nobody searches fetch none of it.
 */
export function prepareSearch(baseUrl: string): Promise<unknown> {
  return Promise.all([loadPagefind(baseUrl), loadRanking()]);
}
const loadStateFilter = () => import('@site/plugins/standards/search/state-filter');

/**
 * The filters for Pagefind: the state asked for becomes the pages whose dates
 * give that state on `date` (the pages declare their dates, not a state, which
 * would be the build day's); null when no page can match.
 */
async function pagefindFilters(pagefind: Pagefind, filters: Record<string, string>, date: string): Promise<Record<string, string | { any: string[] }> | null> {
  const { state, ...others } = filters;
  if (!state) return others;
  const { LIFECYCLE_FILTER, lifecycleValuesInState } = await loadStateFilter();
  const values = lifecycleValuesInState(Object.keys((await pagefind.filters())[LIFECYCLE_FILTER] ?? {}), state, date);
  // Pagefind reads an empty `any` as no filter at all.
  return values.length === 0 ? null : { ...others, [LIFECYCLE_FILTER]: { any: values } };
}

/** Docusaurus writes `page.html` for `/page` (no trailing slashes); links use the clean URL. */
const cleanUrl = (url: string) => url.replace(/\.html(?=#|$)/, '');

interface ApiVersion {
  id: string;
  kind: string;
  title: string;
  description: string | null;
  status: string | null;
  track: string | null;
  stabilizedAt: string | null;
  deprecatedAt: string | null;
  url: string | null;
}

/** The versions of one standard from the JSON API (`/api/standards/scs-0100.json`); none when there is no such standard. */
async function loadStandard(baseUrl: string, standard: string): Promise<ApiVersion[]> {
  const response = await fetch(`${baseUrl}api/standards/${standard}.json`).catch(() => null);
  if (!response?.ok) return [];
  const body = (await response.json().catch(() => null)) as { versions?: ApiVersion[] } | null;
  return Array.isArray(body?.versions) ? body.versions : [];
}

export interface SearchResults {
  /** The first `limit` hits, best first. */
  hits: SearchHit[];
  /** How many pages match in all (text matches, and the versions an id query names). */
  total: number;
}

/**
 * A null query lists every page that matches the filters. Only the hits asked
 * for (and a few more, for the ranking) are read: each costs Pagefind a fetch
 * of the page's fragment. `day` is the day the states are for (a `?date=`); null for today.
 * An aborted `signal` (the reader typed on) stops the search before it reads the hits, with an AbortError.
 */
export async function searchSite(
  baseUrl: string,
  query: string | null,
  filters: Record<string, string>,
  limit: number,
  day: string | null = null,
  signal?: AbortSignal,
): Promise<SearchResults> {
  const [pagefind, rank] = await Promise.all([loadPagefind(baseUrl), loadRanking()]);
  // The day of the states (filter, labels, version in force first): the `?date=` chosen, else today.
  const date = day ?? rank.today();
  const idQuery = rank.parseIdQuery(query);
  // Marks for the browser's performance timeline (and the benchmark): the index lookup, then the hits' fragments.
  const started = performance.now();
  const [response, versions] = await Promise.all([
    pagefindFilters(pagefind, filters, date).then((asked) => (asked === null ? null : pagefind.search(query, { filters: asked }))),
    idQuery ? loadStandard(baseUrl, idQuery.standard) : [],
  ]);
  const searched = performance.now();
  measure('scs-search:index', started, searched);
  signal?.throwIfAborted();

  const read = (hit: Omit<SearchHit, 'state'>): SearchHit => ({ ...hit, state: rank.hitStateLabel(hit, date) });
  const results = response?.results.slice(0, limit + RERANK_MARGIN) ?? [];
  const fragments = await Promise.all(results.map(async (result) => ({ result, data: await result.data() })));
  measure('scs-search:fragments', searched, performance.now());
  const textHits = fragments.map(({ result, data }) =>
    read({
      url: cleanUrl(data.url),
      title: data.meta.title ?? cleanUrl(data.url),
      excerpt: data.excerpt,
      score: result.score,
      shortId: data.meta.id ?? null,
      standard: data.meta.standard ?? null,
      kind: toKind(data.meta.kind),
      status: rank.toStatus(data.meta.status),
      stabilizedAt: data.meta.stabilized ?? null,
      deprecatedAt: data.meta.deprecated ?? null,
      track: data.filters.track?.[0] ?? null,
    }),
  );
  const idHits = versions.flatMap((version) =>
    version.url === null
      ? []
      : [
          read({
            url: `${baseUrl}${version.url.replace(/^\//, '')}`,
            title: version.title,
            excerpt: escapeText(version.description ?? ''),
            score: null,
            shortId: /^scs-\d{4}-[vw]\d+/i.exec(version.id)?.[0] ?? version.id,
            standard: idQuery!.standard,
            kind: toKind(version.kind),
            status: rank.toStatus(version.status),
            stabilizedAt: version.stabilizedAt,
            deprecatedAt: version.deprecatedAt,
            track: version.track,
          }),
        ],
  );
  // The filters were applied by Pagefind to the text hits, the state for today; hits found by id meet them here.
  const meets = (hit: SearchHit) => (!filters.track || hit.track === filters.track) && (!filters.state || hit.state === filters.state);
  const ordered = rank.orderHits(textHits, idHits, idQuery, date).filter(meets);
  const foundOnlyById = idHits.filter((hit) => meets(hit) && !textHits.some((text) => text.url === hit.url)).length;
  const dropped = textHits.length - textHits.filter(meets).length;
  return { hits: ordered.slice(0, limit), total: (response?.results.length ?? 0) - dropped + foundOnlyById };
}

/** A span on the performance timeline; browsers without User Timing level 3 simply get none. */
function measure(name: string, start: number, end: number): void {
  try {
    performance.measure(name, { start, end });
  } catch {
    // Older browsers take only mark names here; the search does not depend on it.
  }
}

function toKind(text: string | undefined): SearchHit['kind'] {
  return text === 'document' || text === 'supplement' || text === 'proposal' ? text : null;
}

/** Hits found by id show their description as the excerpt; the Excerpt component reads escaped text. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Fetches the index chunks for the words typed so far, while the box waits for
 * the typing to pause: the search that follows finds them loaded. Failures are
 * left to the search itself to report.
 */
export function preloadSearch(baseUrl: string, query: string): void {
  if (query.trim() === '') return;
  loadPagefind(baseUrl).then(
    (pagefind) => pagefind.preload(query.trim()).catch(() => undefined),
    () => undefined,
  );
}
