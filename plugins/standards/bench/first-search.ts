// What a reader's first search costs (issue #13): on a page that has finished
// loading, type a query into the navbar search box and measure the bytes the
// search fetches (everything requested after typing: the Pagefind loader, its
// wasm, index chunks and result fragments) and the time until the first result
// link is shown.
//
// HOOK for the search work: the benchmark calls `measureFirstSearch` only
// through `FIRST_SEARCH`, below. If the search box or its result list change
// (another role, label or container), change `FIRST_SEARCH_UI` here; if the
// index changes shape, nothing here needs to: every byte fetched after typing
// is counted, from the build folder the site is served from.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';

export interface FirstSearch {
  query: string;
  /** Bytes of every same-origin response after the query was typed. */
  fetchedBytes: number;
  /** Typing done to first result link visible. */
  resultMs: number;
  files: number;
}

/** How the benchmark finds the search box and its results. */
export const FIRST_SEARCH_UI = {
  /** Starting page: a document page, where a reader most often searches from. */
  box: { role: 'searchbox' as const, name: 'Search standards and documentation' },
  results: 'nav [role="search"] ul li a',
  timeoutMs: 30_000,
};

export async function measureFirstSearch(browser: Browser, siteUrl: string, buildDir: string, startPath: string, query: string): Promise<FirstSearch> {
  const page = await browser.newPage();
  try {
    await page.goto(siteUrl + startPath, { waitUntil: 'networkidle', timeout: 120_000 });
    const fetched = new Set<string>();
    const origin = new URL(siteUrl).origin;
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === origin && response.status() < 400) fetched.add(url.pathname);
    });
    const box = page.getByRole(FIRST_SEARCH_UI.box.role, { name: FIRST_SEARCH_UI.box.name });
    await box.click();
    const started = performance.now();
    await box.fill(query);
    await page.locator(FIRST_SEARCH_UI.results).first().waitFor({ timeout: FIRST_SEARCH_UI.timeoutMs });
    const resultMs = performance.now() - started;
    await page.waitForLoadState('networkidle');
    let fetchedBytes = 0;
    for (const pathname of fetched) {
      const body = await readFile(path.join(buildDir, decodeURIComponent(pathname))).catch(() => null);
      if (body) fetchedBytes += body.length;
    }
    return { query, fetchedBytes, resultMs, files: fetched.size };
  } finally {
    await page.close();
  }
}

/** The one place the benchmark takes its first-search figure from. */
export const FIRST_SEARCH = measureFirstSearch;
