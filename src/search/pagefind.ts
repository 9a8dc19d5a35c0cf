// The Pagefind client, loaded on first use only: its script is a file of the
// built site (written by the search plugin after the build), not part of the
// bundle. It runs in a worker of its own with ./engine.ts beside it
// (./search-worker.ts), which sends the page only the hits it shows (a second
// worker takes a query while the first is busy, ./engine-pool.ts); where no
// worker starts, the same engine runs in the page. The order of the
// hits (version in force first, id queries) is decided by
// plugins/standards/search/rank.ts on the day of the search, loaded with the
// first search too, so no page pays for it before a reader searches.
import type { RankedHit } from '@site/plugins/standards/search/rank';
import { createEngine, startPagefind, type Engine, type PagefindFilters } from './engine';
import { createEnginePool, type PooledEngine } from './engine-pool';
import { isShortQuery } from './short-query';
import { startSearchWorker } from './start-worker';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

export interface SearchHit extends RankedHit {
  title: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around the matched words; plain text for a hit found by id. */
  excerpt: string;
  track: string | null;
  /** The state on the day of the search (today, or the `?date=` chosen), in words (`Effective`, `Supplement`), computed in the browser. */
  state: string | null;
}

/** Hits read beyond the ones shown, so that a version in force just below the cut can still move up. */
const RERANK_MARGIN = 4;

let loading: Promise<Engine> | null = null;

/** Pagefind and its engine, started once: in a worker, else in the page. */
export function loadPagefind(baseUrl: string): Promise<Engine> {
  if (!loading) {
    loading = startInWorker(baseUrl).then(
      (first) => createEnginePool(first, () => startInWorker(baseUrl)),
      async () => createEngine(await startPagefind(window.location.origin, baseUrl)),
    );
    // A failed load (e.g. the dev server, which has no index) may be retried later.
    loading.catch(() => (loading = null));
  }
  return loading;
}

type Call = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/**
 * The engine in a search worker: each call a message, answered by id; an aborted search is told to the
 * worker and rejected at once, and the worker counts as busy until it has answered it.
 */
async function startInWorker(baseUrl: string): Promise<PooledEngine> {
  if (typeof Worker === 'undefined') throw new Error('This browser has no web workers.');
  const worker = startSearchWorker();
  let last = 0;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: unknown): void }>();
  const searching = new Set<number>();
  worker.onmessage = ({ data: reply }: MessageEvent<WorkerReply>) => {
    searching.delete(reply.id);
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(reply.aborted ? new DOMException(reply.message, 'AbortError') : new Error(reply.message));
  };
  // A worker that cannot load or crashes fails what waits for it (the first call then falls back to the page).
  worker.onerror = (event) => {
    event.preventDefault();
    for (const waiting of pending.values()) waiting.reject(new Error(`The search worker failed: ${event.message || 'it could not be loaded'}`));
    pending.clear();
    searching.clear();
  };
  const call = <T>(request: Call, signal?: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const id = ++last;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      if (request.type === 'search') searching.add(id);
      worker.postMessage({ ...request, id } as WorkerRequest);
      signal?.addEventListener(
        'abort',
        () => {
          if (!pending.delete(id)) return;
          worker.postMessage({ type: 'abort', target: id } satisfies WorkerRequest);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  try {
    await call({ type: 'init', baseUrl });
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return {
    search: (query, filters, count, signal) => call({ type: 'search', query, filters, count }, signal),
    filters: () => call({ type: 'filters' }),
    preload: async (term) => worker.postMessage({ type: 'preload', term } satisfies WorkerRequest),
    busy: () => searching.size > 0,
  };
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
async function pagefindFilters(pagefind: Engine, filters: Record<string, string>, date: string): Promise<PagefindFilters | null> {
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
  const [answer, versions] = await Promise.all([
    pagefindFilters(pagefind, filters, date).then((asked) => (asked === null ? null : pagefind.search(query, asked, limit + RERANK_MARGIN, signal ?? NEVER))),
    idQuery ? loadStandard(baseUrl, idQuery.standard) : [],
  ]);
  signal?.throwIfAborted();
  // Marks for the browser's performance timeline (and the benchmark): the index lookup, then the hits' fragments.
  if (answer) {
    const end = performance.now();
    measure('scs-search:index', end - answer.fragmentsMs - answer.indexMs, end - answer.fragmentsMs);
    measure('scs-search:fragments', end - answer.fragmentsMs, end);
  }

  const read = (hit: Omit<SearchHit, 'state'>): SearchHit => ({ ...hit, state: rank.hitStateLabel(hit, date) });
  const textHits = (answer?.hits ?? []).map((data) =>
    read({
      url: cleanUrl(data.url),
      title: data.meta.title ?? cleanUrl(data.url),
      excerpt: data.excerpt,
      score: data.score,
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
  return { hits: ordered.slice(0, limit), total: (answer?.total ?? 0) - dropped + foundOnlyById };
}

/** The signal of a search nobody aborts. */
const NEVER = new AbortController().signal;

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
 * Fetches the index chunks for the words typed so far, in the worker that will
 * take the next query (an idle one), so that its search finds them loaded.
 * Failures are left to the search itself to report.
 */
export function preloadSearch(baseUrl: string, query: string): void {
  if (query.trim() === '' || isShortQuery(query)) return;
  loadPagefind(baseUrl).then(
    (pagefind) => pagefind.preload(query.trim()).catch(() => undefined),
    () => undefined,
  );
}
