// What a reader's first search costs (issue #13): on a page that has finished
// loading, type a query into the navbar search box and measure the bytes the
// search fetches (everything requested after typing: the Pagefind loader, its
// wasm, index chunks and result fragments) and the time from the last key typed
// to the hits shown, measured in the page as a reader would see it.
//
// HOOK for the search work: the benchmark calls `measureFirstSearch` only
// through `FIRST_SEARCH`, below. If the search box or its result list change
// (another role, label or container), change `FIRST_SEARCH_UI` here; if the
// index changes shape, nothing here needs to: every byte fetched after typing
// is counted, from the build folder the site is served from.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';

export interface FirstSearch {
  query: string;
  /** Bytes of every same-origin response after the query was typed. */
  fetchedBytes: number;
  /** The last key typed to the frame showing the query's hits (see typeIntoBox). */
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
    // The reader clicks into the box (which starts fetching the search code) and types at once.
    await searchBox(page).click();
    const resultMs = (await typeIntoBox(page, query)).ms;
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

/** A quick typist: one character every 150 ms. */
const TYPING_MS = 150;

/** The navbar search box of a page. */
export const searchBox = (page: Page) => page.getByRole(FIRST_SEARCH_UI.box.role, { name: FIRST_SEARCH_UI.box.name });

/**
 * Types `text` into the navbar box a key at a time (`charMs` apart), after emptying it, and returns the
 * time from the last key down to the frame that first shows the hits for the whole of `text` (the box marks
 * its list with the query it answers; hits for a prefix, shown while typing, do not count). Measured in the
 * page, so the browser automation's own latency is not in it.
 */
export async function typeIntoBox(page: Page, text: string, charMs = TYPING_MS): Promise<{ ms: number; hits: number }> {
  const box = searchBox(page);
  await box.click();
  await box.press('Escape');
  await page.evaluate(
    ({ text, results }) => {
      const timing = { lastKey: 0, shown: 0, hits: 0 };
      (window as unknown as { readerTiming: typeof timing }).readerTiming = timing;
      // No named functions in here (see `query` above); this listener outlives the measurement, harmlessly.
      document.addEventListener('keydown', (event) => (timing.shown === 0 ? (timing.lastKey = event.timeStamp) : 0), true);
      const observer = new MutationObserver(() => {
        const list = document.querySelector(`${results.replace(/ li a$/, '')}[data-query]`);
        if (!list || list.getAttribute('data-query') !== text) return;
        observer.disconnect();
        timing.hits = list.querySelectorAll('li a').length - 1;
        requestAnimationFrame((frame) => (timing.shown = frame));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    },
    { text, results: FIRST_SEARCH_UI.results },
  );
  await box.pressSequentially(text, { delay: charMs });
  await page.waitForFunction(() => (window as unknown as { readerTiming: { shown: number } }).readerTiming.shown > 0, null, { timeout: FIRST_SEARCH_UI.timeoutMs });
  return page.evaluate(() => {
    const { lastKey, shown, hits } = (window as unknown as { readerTiming: { lastKey: number; shown: number; hits: number } }).readerTiming;
    return { ms: shown - lastKey, hits };
  });
}

/** The one place the benchmark takes its first-search figure from. */
export const FIRST_SEARCH = measureFirstSearch;
