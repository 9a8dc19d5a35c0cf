// Up to two search workers (./search-worker.ts). A lookup in Pagefind cannot stop once begun: at
// 10,000 documents one for a common word takes about 200 ms, longer than a quick typist's gap between
// keys, so the query of the last key used to wait for the lookup of the key before it. A query that
// finds its worker busy with an overtaken one goes to the other, started then (so a reader who types
// one query never pays for it); the overtaken lookup ends unread. Pure, tested in
// tests/search-engine-pool.test.ts.
import type { Engine } from './engine';

/** An engine that knows whether it is still working on a search, even one its caller gave up on. */
export interface PooledEngine extends Engine {
  busy(): boolean;
}

/** Engines in a pool: the first is started by the caller, the others (up to `size`) on demand. */
export function createEnginePool(first: PooledEngine, start: () => Promise<PooledEngine>, size = 2): Engine {
  const engines: PooledEngine[] = [first];
  let starting: Promise<PooledEngine | null> | null = null;
  async function idleEngine(): Promise<PooledEngine> {
    const idle = engines.find((engine) => !engine.busy());
    if (idle) return idle;
    if (engines.length < size) {
      starting ??= start().then(
        (engine) => (engines.push(engine), engine),
        // A second worker that does not start is not an error: the first one answers, later.
        () => null,
      );
      const started = await starting;
      starting = null;
      if (started) return started;
      size = engines.length;
    }
    return engines.find((engine) => !engine.busy()) ?? engines[0]!;
  }
  return {
    search: async (query, filters, count, signal) => (await idleEngine()).search(query, filters, count, signal),
    filters: () => first.filters(),
    // The chunks are fetched by the engine that will take the next query: an idle one.
    preload: (term) => (engines.find((engine) => !engine.busy()) ?? first).preload(term),
  };
}
