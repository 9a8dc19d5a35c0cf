// Starts the search worker (./search-worker.ts). On its own so that the bundler's worker syntax lives
// in one line, which the bench's search harness (plugins/standards/bench/search-site.ts) replaces.
export function startSearchWorker(): Worker {
  return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'scs-search' });
}
