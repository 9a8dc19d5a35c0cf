// The search section of the benchmark (issue 13: "a first search query: at
// most 300 KB fetched at 10,000 documents, results in under 300 ms on a warm
// page"). For each size: a synthetic corpus, its search-only site
// (search-site.ts) indexed by Pagefind as the build does, then in Chromium:
// what the first query fetches and how long it takes, from the navbar box
// (6 hits) and from the search page (10 hits), and how long later queries
// take on the warm page.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { runPagefind } from '../docusaurus/post-build.js';
import { today } from '../model/lifecycle.js';
import { allStandards } from '../model/registry.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { searchBox, typeIntoBox } from './first-search.js';
import { createSearchSite, HARNESS_PATH } from './search-site.js';
import { createSyntheticCorpus } from './synthetic-corpus.js';

/** The goal at 10,000 documents; printed beside every size so the growth is visible. */
export const SEARCH_TARGETS = { firstQueryBytes: 300 * 1024, warmQueryMs: 300 };

/** Hits the navbar box and the search page show at first (SearchBar's MAX_HITS, SearchPage's PAGE_SIZE). */
const NAVBAR_HITS = 6;
const SEARCH_PAGE_HITS = 10;

/**
 * Words the synthetic prose uses often and rarely; the id query names the first standard. Each warm query is
 * new to the page, so it fetches its own index chunks and fragments: what a reader waits for once the box is ready.
 */
const QUERIES = {
  first: 'network',
  warm: ['image audit', 'encryption', 'region', 'quota', 'federation mapping', 'snapshot', 'upgrade window', 'rotate keys', 'tenant', 'firmware'],
  /** Typed into the navbar box a character at a time, as a reader does (see typeIntoBox). */
  typed: ['backup schedule', 'hypervisor', 'certificate', 'ingress', 'replication'],
};

export interface QueryCost {
  /** Bytes as sent: Pagefind's index files are compressed already; scripts and JSON as a server gzips them. */
  bytes: number;
  rawBytes: number;
  requests: number;
  /** Largest files fetched, for reading the figures. */
  largest: Array<{ path: string; bytes: number }>;
  ms: number;
  hits: number;
}

export interface SearchBenchResult {
  documents: number;
  pages: number;
  indexBytes: number;
  indexSeconds: number;
  /** Navbar box: the first query on a loaded page, Pagefind not loaded yet. */
  barFirst: QueryCost;
  /** Search page: the first query with its first 10 hits. */
  pageFirst: QueryCost;
  /** Navbar box once Pagefind is loaded (the box loads it on focus): first query, then later ones (median). */
  barPreloadedMs: number;
  /** One per warm query, in the order of QUERIES.warm; the bench prints their median. */
  warmMs: number[];
  /** Of each warm query: Pagefind's index lookup, then reading the hits' fragments (the rest is ranking). */
  warmIndexMs: number[];
  warmFragmentsMs: number[];
  /**
   * What a reader sees, in the portal's own navbar box (SearchBar, rendered in the harness), from the
   * last key typed to the hits shown (the frame after they are in the page), the box's pause included:
   * the first query typed right after clicking into the box (which starts fetching the search code), its
   * bytes from the click on; the first query once the box has loaded the search code (a warm page); new queries then.
   */
  reader: { firstMs: number; firstBytes: number; warmFirstMs: number; newMs: number[] };
  /** The machine's 1-minute load average when the queries started and when they ended. */
  load: [number, number];
  idQuery: { query: string; ms: number; bytes: number; first: string | null };
}

export async function runSearchBench(repoRoot: string, workDir: string, browser: Browser, size: number): Promise<SearchBenchResult> {
  const corpusDir = path.join(workDir, `search-corpus-${size}`);
  const siteDir = path.join(workDir, `search-site-${size}`);
  await createSyntheticCorpus(corpusDir, size);
  const { registry } = await loadCorpus(corpusDir);
  await createSearchSite(repoRoot, registry, today(), siteDir);
  const started = Date.now();
  const index = await runPagefind(siteDir);
  const indexSeconds = (Date.now() - started) / 1000;
  const idQuery = allStandards(registry)[0]?.id ?? 'scs-0100';
  return measureSearchSite(siteDir, browser, { documents: size, pages: index.pages, indexBytes: index.bytes, indexSeconds }, idQuery);
}

/** The measurements on a search-only site built and indexed already (also for trying a change without rebuilding it). */
export async function measureSearchSite(
  siteDir: string,
  browser: Browser,
  site: Pick<SearchBenchResult, 'documents' | 'pages' | 'indexBytes' | 'indexSeconds'>,
  idQuery: string,
): Promise<SearchBenchResult> {
  // Pagefind fetches from a web worker, whose requests the page does not report: the server counts them all.
  const server = await startCountingServer(siteDir);
  try {
    const measure = async (run: (page: Page) => Promise<{ ms: number; hits: number } & Record<string, unknown>>, preload = false) => {
      // A fresh context each time: nothing cached from an earlier measurement.
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await page.goto(server.url + HARNESS_PATH, { waitUntil: 'networkidle' });
        await page.waitForFunction(() => 'searchBench' in window);
        if (preload) await page.evaluate(() => (window as unknown as Harness).searchBench.loadPagefind('/'));
        server.served.length = 0;
        const result = await run(page);
        return { result, cost: await costOf(siteDir, [...server.served], result), page, context };
      } catch (error) {
        await context.close();
        throw error;
      }
    };
    const query = (page: Page, text: string, limit: number) =>
      page.evaluate(
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        async ({ text, limit }) => {
          const { searchBench } = window as unknown as Harness;
          const start = performance.now();
          performance.clearMeasures();
          const { hits } = await searchBench.searchSite('/', text, {}, limit);
          const ms = performance.now() - start;
          const [index, fragments] = ['scs-search:index', 'scs-search:fragments'].map((name) => performance.getEntriesByName(name, 'measure')[0]?.duration ?? NaN);
          return { ms, hits: hits.length, first: hits[0]?.url ?? null, indexMs: index!, fragmentsMs: fragments! };
        },
        { text, limit },
      );

    const loadBefore = os.loadavg()[0]!;
    const bar = await measure((page) => query(page, QUERIES.first, NAVBAR_HITS));
    await bar.context.close();
    const searchPage = await measure((page) => query(page, QUERIES.first, SEARCH_PAGE_HITS));
    await searchPage.context.close();
    const warm = await measure((page) => query(page, QUERIES.first, NAVBAR_HITS), true);
    const warmMs: number[] = [];
    const warmIndexMs: number[] = [];
    const warmFragmentsMs: number[] = [];
    for (const text of QUERIES.warm) {
      const result = await query(warm.page, text, NAVBAR_HITS);
      warmMs.push(result.ms);
      warmIndexMs.push(result.indexMs);
      warmFragmentsMs.push(result.fragmentsMs);
    }
    const id = await query(warm.page, idQuery, NAVBAR_HITS);
    await warm.context.close();
    const idCost = await measure((page) => query(page, idQuery, NAVBAR_HITS));
    await idCost.context.close();

    // The reader, in the real box: click into it and type at once (the search code loads meanwhile).
    const readerFirst = await measure((page) => typeIntoBox(page, QUERIES.first));
    await readerFirst.context.close();
    // Click into it, let the search code arrive (a reader who clicks and then thinks), type; then new queries.
    const readerWarm = await measure(async (page) => {
      await searchBox(page).click();
      await page.evaluate(() => (window as unknown as Harness).searchBench.prepareSearch('/'));
      return typeIntoBox(page, QUERIES.first);
    });
    const readerNewMs: number[] = [];
    for (const text of QUERIES.typed) readerNewMs.push((await typeIntoBox(readerWarm.page, text)).ms);
    await readerWarm.context.close();
    const load: [number, number] = [loadBefore, os.loadavg()[0]!];
    return {
      ...site,
      barFirst: bar.cost,
      pageFirst: searchPage.cost,
      barPreloadedMs: warm.result.ms,
      warmMs,
      warmIndexMs,
      warmFragmentsMs,
      load,
      idQuery: { query: idQuery, ms: id.ms, bytes: idCost.cost.bytes, first: id.first },
      reader: { firstMs: readerFirst.result.ms, firstBytes: readerFirst.cost.bytes, warmFirstMs: readerWarm.result.ms, newMs: readerNewMs },
    };
  } finally {
    await server.close();
  }
}

interface Harness {
  searchBench: {
    prepareSearch(baseUrl: string): Promise<unknown>;
    loadPagefind(baseUrl: string): Promise<unknown>;
    preloadSearch(baseUrl: string, query: string): void;
    searchSite(baseUrl: string, query: string, filters: Record<string, string>, limit: number): Promise<{ hits: Array<{ url: string }> }>;
  };
}

interface CountingServer {
  url: string;
  /** Paths served since it was last emptied. */
  served: string[];
  close(): Promise<void>;
}

/** Serves the search-only site on 127.0.0.1 with a static host's caching and notes every path it serves. */
async function startCountingServer(root: string): Promise<CountingServer> {
  const served: string[] = [];
  const server = createServer(async (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.resolve(root, '.' + path.posix.normalize(urlPath));
    const body = file.startsWith(root + path.sep) ? await readFile(file).catch(() => null) : null;
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    served.push(urlPath);
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    // As GitHub Pages does: a file asked for again within 10 minutes (e.g. by the box's second search worker) comes from the browser's cache.
    response.writeHead(200, { 'content-type': type, 'cache-control': 'max-age=600' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Pagefind's own files are compressed when written (gzip); everything else a server would gzip. */
const PRECOMPRESSED = /\.pf_(meta|index|filter|fragment)$|\.pagefind$/;

async function costOf(siteDir: string, fetched: readonly string[], result: { ms: number; hits: number }): Promise<QueryCost> {
  const files = await Promise.all(
    fetched.map(async (urlPath) => {
      const body = await readFile(path.join(siteDir, decodeURIComponent(urlPath))).catch(() => null);
      if (!body) return { path: urlPath, bytes: 0, rawBytes: 0 };
      return { path: urlPath, rawBytes: body.length, bytes: PRECOMPRESSED.test(urlPath) ? body.length : gzipSync(body).length };
    }),
  );
  const largest = [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 5).map(({ path, bytes }) => ({ path, bytes }));
  return {
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    rawBytes: files.reduce((sum, file) => sum + file.rawBytes, 0),
    requests: files.length,
    largest,
    ms: result.ms,
    hits: result.hits,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)}`;
const ms = (value: number) => `${value.toFixed(0)}`;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The search table: one column per size, the goal beside it. */
export function formatSearchTable(results: readonly SearchBenchResult[]): string {
  const row = (label: string, figure: (result: SearchBenchResult) => string, target = '') => [label, ...results.map(figure), target];
  const rows = [
    row('Documents', (result) => String(result.documents)),
    row('Pages indexed', (result) => String(result.pages)),
    row('Index KB on disk', (result) => kb(result.indexBytes)),
    row('Indexing s', (result) => result.indexSeconds.toFixed(1)),
    // What a reader sees in the navbar box: the goals apply here.
    row('Reader: first query typed on clicking into the box,', () => '', ''),
    row('  last key to hits shown ms', (result) => ms(result.reader.firstMs), `< ${SEARCH_TARGETS.warmQueryMs}`),
    row('  KB from the click', (result) => kb(result.reader.firstBytes), `≤ ${kb(SEARCH_TARGETS.firstQueryBytes)} at 10,000`),
    row('Reader: first query, search code loaded (warm page) ms', (result) => ms(result.reader.warmFirstMs), `< ${SEARCH_TARGETS.warmQueryMs}`),
    row('Reader: new queries ms (median / slowest)', (result) => `${ms(median(result.reader.newMs))} / ${ms(Math.max(...result.reader.newMs))}`, `< ${SEARCH_TARGETS.warmQueryMs}`),
    // The search client called directly (no box, no typing): where the time goes.
    row('Navbar first query KB', (result) => kb(result.barFirst.bytes), `≤ ${kb(SEARCH_TARGETS.firstQueryBytes)} at 10,000`),
    row('  requests', (result) => String(result.barFirst.requests)),
    row('  ms (Pagefind loaded by it)', (result) => ms(result.barFirst.ms)),
    row('Search page first query KB', (result) => kb(result.pageFirst.bytes), `≤ ${kb(SEARCH_TARGETS.firstQueryBytes)} at 10,000`),
    row('  requests', (result) => String(result.pageFirst.requests)),
    row('  ms', (result) => ms(result.pageFirst.ms)),
    row('Call after loading, first query ms', (result) => ms(result.barPreloadedMs)),
    row('Call after loading, new queries ms (median)', (result) => ms(median(result.warmMs))),
    row('  fastest / slowest', (result) => `${ms(Math.min(...result.warmMs))} / ${ms(Math.max(...result.warmMs))}`),
    row('  index lookup / fragments (medians)', (result) => `${ms(median(result.warmIndexMs))} / ${ms(median(result.warmFragmentsMs))}`),
    row('Id query ms / first query KB', (result) => `${ms(result.idQuery.ms)} / ${kb(result.idQuery.bytes)}`),
    row('Load average (1 min), start / end', (result) => result.load.map((value) => value.toFixed(1)).join(' / ')),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
  const lines = rows.map((cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  for (const result of results) {
    lines.push(`${result.documents} documents: search page's first query fetched ${result.pageFirst.largest.map((file) => `${file.path} ${kb(file.bytes)} KB`).join(', ')}`);
    lines.push(`${result.documents} documents: id query "${result.idQuery.query}" listed ${result.idQuery.first ?? 'nothing'} first`);
  }
  return lines.join('\n');
}

/** Every size in turn, as the bench runs them; returns the printed section. */
export async function runSearchBenches(repoRoot: string, workDir: string, browser: Browser, sizes: readonly number[], log: (line: string) => void): Promise<string> {
  const results: SearchBenchResult[] = [];
  for (const size of sizes) {
    log(`search: ${size} documents…`);
    results.push(await runSearchBench(repoRoot, workDir, browser, size));
  }
  return `\nSearch: the portal's search client on a search-only site of each synthetic corpus, indexed by Pagefind as the build does (search-site.ts)\n${formatSearchTable(results)}`;
}
