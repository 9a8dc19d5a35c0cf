// The messages between the page (./pagefind.ts) and the search worker (./search-worker.ts).
import type { PagefindFilters } from './engine';

export type WorkerRequest =
  | { type: 'init'; id: number; baseUrl: string }
  | { type: 'search'; id: number; query: string | null; filters: PagefindFilters; count: number }
  /** The page no longer wants the answer to search `target`: the worker drops it at its next step. */
  | { type: 'abort'; target: number }
  | { type: 'filters'; id: number }
  | { type: 'preload'; term: string };

export type WorkerReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; aborted: boolean; message: string };
