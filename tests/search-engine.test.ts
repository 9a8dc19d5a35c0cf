import { describe, expect, it } from 'vitest';
import { createEngine, type PagefindFilters, type PagefindModule } from '../src/search/engine.js';

/** A Pagefind stand-in: `pages` match every query; each step is logged, and a step can be held until released. */
function fakePagefind(pages: number, log: string[]) {
  const held = new Map<string, () => void>();
  const hold = (step: string) => new Promise<void>((resolve) => held.set(step, resolve));
  let holding: string | null = null;
  const pagefind: PagefindModule = {
    options: async () => undefined,
    init: async () => undefined,
    async preload(term: string, options?: { filters?: PagefindFilters }) {
      log.push(`preload ${term}${options?.filters && Object.keys(options.filters).length > 0 ? ` ${JSON.stringify(options.filters)}` : ''}`);
      if (holding === `preload ${term}`) await hold(holding);
    },
    async search(query: string | null) {
      log.push(`search ${query}`);
      if (holding === `search ${query}`) await hold(holding);
      return {
        results: Array.from({ length: pages }, (_, index) => ({
          id: `p${index}`,
          score: pages - index,
          async data() {
            log.push(`data p${index}`);
            return { url: `/standards/p${index}.html`, excerpt: `<mark>${query}</mark> ${index}`, meta: { title: `Page ${index}` }, filters: { track: ['IaaS'] }, content: 'the whole page text' } as never;
          },
        })),
      };
    },
    filters: async () => ({ track: { IaaS: pages } }),
  };
  return { pagefind, holdAt: (step: string) => (holding = step), release: (step: string) => held.get(step)?.() };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const clock = () => {
  let time = 0;
  return () => (time += 10);
};

describe('search engine (next to Pagefind, in the worker)', () => {
  it('answers the hits asked for, read from their fragments, and the number of all matches', async () => {
    const log: string[] = [];
    const { pagefind } = fakePagefind(9_600, log);
    const answer = await createEngine(pagefind, clock()).search('backup', {}, 3, new AbortController().signal);
    expect(answer.total).toBe(9_600);
    expect(answer.hits).toEqual([0, 1, 2].map((index) => ({ url: `/standards/p${index}.html`, excerpt: `<mark>backup</mark> ${index}`, score: 9_600 - index, meta: { title: `Page ${index}` }, filters: { track: ['IaaS'] } })));
    // Only the hits asked for cost a fragment; the page's whole text does not travel.
    expect(log).toEqual(['preload backup', 'search backup', 'data p0', 'data p1', 'data p2']);
    expect(answer.indexMs).toBe(10);
    expect(answer.fragmentsMs).toBe(10);
  });

  it('passes the filters to the index lookup and lists all pages for a null query without preloading', async () => {
    const log: string[] = [];
    const { pagefind } = fakePagefind(2, log);
    await createEngine(pagefind).search('quota', { track: 'IaaS' }, 1, new AbortController().signal);
    await createEngine(pagefind).search(null, {}, 1, new AbortController().signal);
    expect(log).toEqual(['preload quota {"track":"IaaS"}', 'search quota', 'data p0', 'search null', 'data p0']);
  });

  it('drops a query overtaken while its index chunks load: no lookup, no fragments', async () => {
    const log: string[] = [];
    const fake = fakePagefind(5, log);
    const engine = createEngine(fake.pagefind);
    fake.holdAt('preload ba');
    const stale = new AbortController();
    const first = engine.search('ba', {}, 2, stale.signal);
    await tick();
    stale.abort();
    fake.release('preload ba');
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    expect(log).toEqual(['preload ba']);
  });

  it('drops a query overtaken during its lookup before reading fragments, and runs the next one only after it', async () => {
    const log: string[] = [];
    const fake = fakePagefind(5, log);
    const engine = createEngine(fake.pagefind);
    fake.holdAt('search ba');
    const stale = new AbortController();
    const first = engine.search('ba', {}, 2, stale.signal);
    const waiting = new AbortController();
    const skipped = engine.search('bac', {}, 2, waiting.signal);
    const newest = engine.search('back', {}, 2, new AbortController().signal);
    await tick();
    stale.abort();
    waiting.abort();
    fake.release('search ba');
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(skipped).rejects.toMatchObject({ name: 'AbortError' });
    expect((await newest).hits.map((hit) => hit.url)).toEqual(['/standards/p0.html', '/standards/p1.html']);
    expect(log).toEqual(['preload ba', 'search ba', 'preload back', 'search back', 'data p0', 'data p1']);
  });
});
