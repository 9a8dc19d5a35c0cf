// What runs next to Pagefind: in the search worker (./search-worker.ts), or in the page where a
// worker cannot start. Pagefind answers a query with every matching page (about 9,600 of 10,000 for
// a common word), each with the places its words occur; sent from a worker to the page, that list
// cost more than the search itself (its copy, and a message back to the worker for every result
// the page forgets). Here the list stays where Pagefind is: only the hits asked for, read in full,
// and the number of matches cross to the page. A query overtaken by a newer one (the reader typed
// on) is dropped before each costly step: the index lookup, and reading its hits' fragments.
import { oneAtATime } from './one-at-a-time';

export type PagefindFilters = Record<string, string | { any: string[] }>;

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

/** The part of Pagefind's module the engine uses. */
export interface PagefindModule {
  options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number> | undefined>>;
  preload(term: string, options?: { filters?: PagefindFilters }): Promise<void>;
}

/** A hit as read from its fragment: what the page shows and ranks, nothing more. */
export interface EngineHit {
  url: string;
  excerpt: string;
  score: number;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface EngineAnswer {
  /** The first `count` hits in Pagefind's order. */
  hits: EngineHit[];
  /** Every page that matches. */
  total: number;
  /** Milliseconds of the index lookup and of reading the hits' fragments (the bench's split). */
  indexMs: number;
  fragmentsMs: number;
}

/** Words around a match in an excerpt: enough to read, short enough to keep fragments of little use cheap to show. */
export const EXCERPT_WORDS = 24;

/** Loads Pagefind's module from the site (`<origin><baseUrl>pagefind/pagefind.js`) and starts it in this thread. */
export async function startPagefind(origin: string, baseUrl: string): Promise<PagefindModule> {
  const pagefind = (await import(/* webpackIgnore: true */ `${origin}${baseUrl}pagefind/pagefind.js`)) as PagefindModule;
  // In a worker Pagefind runs in it anyway; in the page (no worker), it must not start one of its own.
  await pagefind.options({ baseUrl, excerptLength: EXCERPT_WORDS, noWorker: true });
  await pagefind.init();
  return pagefind;
}

export interface Engine {
  /** Rejects with the signal's reason when `signal` is aborted before the answer is complete. */
  search(query: string | null, filters: PagefindFilters, count: number, signal: AbortSignal): Promise<EngineAnswer>;
  filters(): Promise<Record<string, Record<string, number> | undefined>>;
  preload(term: string): Promise<void>;
}

/** An engine over a started Pagefind: searches one at a time, each dropped as soon as it is overtaken. */
export function createEngine(pagefind: PagefindModule, now: () => number = () => performance.now()): Engine {
  const serial = oneAtATime();
  return {
    search: (query, filters, count, signal) =>
      serial(async () => {
        const started = now();
        // The index chunks the words need (fetched and decoded), then a check before the lookup, which cannot stop once begun.
        if (query !== null && query.trim() !== '') await pagefind.preload(query, { filters });
        signal.throwIfAborted();
        const response = await pagefind.search(query, { filters });
        const searched = now();
        signal.throwIfAborted();
        const results = response?.results ?? [];
        const hits = await Promise.all(
          results.slice(0, count).map(async (result) => {
            const { url, excerpt, meta, filters: pageFilters } = await result.data();
            return { url, excerpt, meta, filters: pageFilters, score: result.score };
          }),
        );
        return { hits, total: results.length, indexMs: searched - started, fragmentsMs: now() - searched };
      }, signal),
    filters: () => pagefind.filters(),
    preload: (term) => pagefind.preload(term),
  };
}
