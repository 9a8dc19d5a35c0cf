import { describe, expect, it } from 'vitest';
import type { EngineAnswer } from '../src/search/engine.js';
import { createEnginePool, type PooledEngine } from '../src/search/engine-pool.js';

/** An engine whose searches stay running until finished by hand; it logs what it is asked. */
function fakeEngine(name: string, log: string[]) {
  const running: Array<() => void> = [];
  const engine: PooledEngine = {
    search(query) {
      log.push(`${name} search ${query}`);
      return new Promise<EngineAnswer>((resolve) => running.push(() => resolve({ hits: [], total: 0, indexMs: 0, fragmentsMs: 0 })));
    },
    filters: async () => (log.push(`${name} filters`), {}),
    preload: async (term) => void log.push(`${name} preload ${term}`),
    busy: () => running.length > 0,
  };
  return { engine, finish: () => running.shift()?.() };
}
const signal = () => new AbortController().signal;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Searches each query in turn, the pool acting between them, as keys typed one after another. */
async function searchEach(pool: ReturnType<typeof createEnginePool>, queries: readonly string[]): Promise<void> {
  for (const query of queries) {
    void pool.search(query, {}, 6, signal());
    await tick();
  }
}

describe('search engine pool', () => {
  it('uses one engine while it is idle, and starts no other', async () => {
    const log: string[] = [];
    const a = fakeEngine('a', log);
    let started = 0;
    const pool = createEnginePool(a.engine, async () => (started++, fakeEngine('b', log).engine));
    const first = pool.search('ba', {}, 6, signal());
    await tick();
    a.finish();
    await first;
    const second = pool.search('back', {}, 6, signal());
    await tick();
    a.finish();
    await second;
    expect(started).toBe(0);
    expect(log).toEqual(['a search ba', 'a search back']);
  });

  it('sends a query that finds the engine busy to a second one, started then, and never more than two', async () => {
    const log: string[] = [];
    const a = fakeEngine('a', log);
    const b = fakeEngine('b', log);
    let started = 0;
    const pool = createEnginePool(a.engine, async () => (started++, b.engine));
    // With both busy, the third waits in the first engine's queue (its own engine drops it if overtaken).
    await searchEach(pool, ['b', 'ba', 'bac']);
    expect(started).toBe(1);
    expect(log).toEqual(['a search b', 'b search ba', 'a search bac']);
    // The next preload goes to an engine that is idle, where the next query will go.
    b.finish();
    await tick();
    await pool.preload('back');
    await pool.filters();
    expect(log.slice(3)).toEqual(['b preload back', 'a filters']);
  });

  it('keeps to one engine when the second does not start', async () => {
    const log: string[] = [];
    const a = fakeEngine('a', log);
    let started = 0;
    const pool = createEnginePool(a.engine, async () => {
      started++;
      throw new Error('no second worker');
    });
    await searchEach(pool, ['b', 'ba', 'bac']);
    expect(started).toBe(1);
    expect(log).toEqual(['a search b', 'a search ba', 'a search bac']);
  });
});
