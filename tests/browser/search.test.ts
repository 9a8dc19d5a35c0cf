// The offline search as a reader uses it, on our corpus (the shared build of
// global-setup.ts): excerpts come from the text that matched, never from the
// lifecycle banner or the metadata block; the version in force ranks above its
// deprecated siblings; an id query puts that standard or version first.
// Expectations come from the registry model on the run's suite day (the day the
// portal was built for and its pages are read on), not from a list kept by hand,
// so they follow the corpus and the calendar.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentPath } from '../../plugins/standards/export/urls.js';
import { currentVersion, lifecycleStateAt } from '../../plugins/standards/model/lifecycle.js';
import { allStandards, type Standard } from '../../plugins/standards/model/registry.js';
import { loadCorpus, type LoadedCorpus } from '../../plugins/standards/parse/load-corpus.js';
import { SHORT_QUERY_PAUSE_MS } from '../../src/search/short-query.js';
import { launchBrowser, openPage } from './browser.js';

const siteUrl = inject('siteUrl');
const date = inject('suiteDay');

let browser: Browser;
let corpus: LoadedCorpus;

beforeAll(async () => {
  [browser, corpus] = await Promise.all([launchBrowser(), loadCorpus('Standards')]);
});
afterAll(async () => {
  // No console error or failed request on the search page in any of the queries.
  expect(searcher?.errors ?? []).toEqual([]);
  await browser?.close();
});

interface Hit {
  url: string;
  excerpt: string;
}

let searcher: { page: Page; errors: string[] } | undefined;

/** The hits of the search page for a query, in the order shown; one page serves every query, as a reader's tab would. */
async function search(query: string): Promise<Hit[]> {
  const url = `${siteUrl}/search?q=${encodeURIComponent(query)}`;
  if (!searcher) searcher = await openPage(browser, url);
  else await searcher.page.goto(url, { waitUntil: 'load' });
  const { page } = searcher;
  // "Searching…" first, then the count of results (or "No matches."), then the list.
  await page.locator('main [aria-live] > p', { hasText: /result\(s\)\.$|^No matches\.$/ }).waitFor();
  return page.locator('main ol > li').evaluateAll((items) =>
    items.map((item) => ({
      url: new URL(item.querySelector('a')!.href).pathname,
      excerpt: (item.querySelector('p') as HTMLElement | null)?.innerText ?? '',
    })),
  );
}

/**
 * Text reduced to its letters and digits, lower case: Pagefind and the browser
 * put different separators between elements (Pagefind none between table cells),
 * so text is compared without any.
 */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** Document hits checked per query: enough to see a pattern, few enough to keep the test short. */
const PAGES_PER_QUERY = 6;

/** The indexed text (title and body) of a page and the text of its banner and metadata block, read from the built HTML. */
async function pageText(reader: Page, url: string): Promise<{ body: string; head: string }> {
  await reader.goto(`${siteUrl}${url}`, { waitUntil: 'load' });
  return reader.evaluate(() => {
    const indexed = document.querySelector<HTMLElement>('[data-pagefind-body]')!;
    const ignored = [...indexed.querySelectorAll<HTMLElement>('[data-pagefind-ignore]')];
    const head = ignored.map((element) => element.textContent).join(' ');
    ignored.forEach((element) => element.remove());
    return { body: indexed.textContent ?? '', head };
  });
}

/** Every standard with a version in force today and at least one deprecated sibling. */
function standardsWithDeprecatedSiblings(): Array<{ standard: Standard; inForce: string; deprecated: string[] }> {
  return allStandards(corpus.registry).flatMap((standard) => {
    const inForce = currentVersion(standard.versions, date);
    const state = inForce && lifecycleStateAt(inForce, date);
    const deprecated = standard.versions.filter((version) => lifecycleStateAt(version, date) === 'deprecated');
    if (!inForce || (state !== 'effective' && state !== 'deprecation-scheduled') || deprecated.length === 0) return [];
    return [{ standard, inForce: documentPath(inForce), deprecated: deprecated.map(documentPath) }];
  });
}

describe('search excerpts', () => {
  it.each(['flavor', 'kubernetes version'])('the excerpt of each hit for %j is text of the page, never its banner or metadata', async (query) => {
    const hits = await search(query);
    const documents = hits.filter((hit) => hit.url.startsWith('/standards/scs-')).slice(0, PAGES_PER_QUERY);
    expect(documents.length).toBeGreaterThan(0);
    // The server-rendered page holds the whole text: no need to run its scripts.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const reader = await context.newPage();
    try {
      for (const hit of documents) {
        const { body, head } = await pageText(reader, hit.url);
        const excerpt = letters(hit.excerpt);
        expect(excerpt.length, `${hit.url} has an excerpt`).toBeGreaterThan(20);
        expect(letters(body), `excerpt of ${hit.url} is text of the page: ${hit.excerpt}`).toContain(excerpt);
        // What the banner and the metadata block say first (track, state, "Document scs-…") is in no excerpt.
        const opening = head.trim().split(/\s+/).slice(0, 3).join(' ');
        expect(letters(opening).length, `${hit.url} has a banner`).toBeGreaterThan(5);
        expect(excerpt, `excerpt of ${hit.url} shows its banner: ${hit.excerpt}`).not.toContain(letters(opening));
        expect(hit.excerpt).not.toMatch(/\bDocument scs-\d{4}-[vw]\d+\b|\bState on \d{4}-\d\d-\d\d\b/);
      }
    } finally {
      await context.close();
    }
  });
});

describe('search ranking', () => {
  it('ranks the version in force above its deprecated siblings for a query that matches them all', async () => {
    const cases = standardsWithDeprecatedSiblings();
    expect(cases.length).toBeGreaterThan(0);
    let compared = 0;
    for (const { standard, inForce, deprecated } of cases) {
      const query = currentVersion(standard.versions, date)!.title;
      const hits = await search(query);
      const position = (url: string) => hits.findIndex((hit) => hit.url === url);
      expect(position(inForce), `${inForce} is found for "${query}"`).toBeGreaterThanOrEqual(0);
      for (const sibling of deprecated.filter((url) => position(url) >= 0)) {
        expect(position(inForce), `${inForce} above ${sibling} for "${query}"`).toBeLessThan(position(sibling));
        compared++;
      }
    }
    // Our corpus has such pairs (scs-0100 has two deprecated versions): the test must have compared some.
    expect(compared).toBeGreaterThan(0);
  });

  it('"flavor": the version of scs-0100 in force comes before every other version of it', async () => {
    const standard = allStandards(corpus.registry).find((candidate) => candidate.id === 'scs-0100')!;
    const inForce = documentPath(currentVersion(standard.versions, date)!);
    const hits = await search('flavor');
    const versions = hits.filter((hit) => standard.versions.some((version) => documentPath(version) === hit.url));
    expect(versions.length).toBe(standard.versions.length);
    expect(versions[0]!.url).toBe(inForce);
  });
});

describe('the search page', () => {
  it('shows ten hits at a time; "Show more results" adds ten and moves the focus to the first new one', async () => {
    const hits = await search('flavor');
    expect(hits).toHaveLength(10);
    const { page } = searcher!;
    const total = Number(/^(\d+) result/.exec(await page.locator('main [aria-live] > p').first().innerText())![1]);
    expect(total).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => page.locator('main ol > li').count()).toBe(Math.min(20, total));
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('main ol > li')[10])).toBe(true);
  });
});

describe('id queries', () => {
  const expectedFirst = (query: string) => {
    const match = /^(?:scs-)?(\d{4})(?:-(v\d+))?$/i.exec(query)!;
    const standard = allStandards(corpus.registry).find((candidate) => candidate.number === match[1])!;
    const version = match[2] ? standard.versions.find((candidate) => candidate.version === Number(match[2]!.slice(1))) : currentVersion(standard.versions, date);
    return documentPath(version!);
  };

  const multiVersion = () => allStandards(corpus.registry).filter((standard) => standard.versions.length > 1);

  it.each(['scs-0100', 'SCS-0100', '0100', 'scs-0100-v2', 'SCS-0100-V2', '0100-v1', 'scs-0100-v4'])('%j puts that standard (its version in force) or that version first', async (query) => {
    expect((await search(query))[0]?.url).toBe(expectedFirst(query));
  });

  it('every standard with several versions: its id lists the version in force first, then its other versions', async () => {
    expect(multiVersion().length).toBeGreaterThan(1);
    for (const standard of multiVersion()) {
      const hits = await search(standard.id);
      expect(hits[0]?.url, standard.id).toBe(documentPath(currentVersion(standard.versions, date)!));
      const listed = hits.slice(0, standard.versions.length).map((hit) => hit.url).sort();
      expect(listed, standard.id).toEqual(standard.versions.map(documentPath).sort());
    }
  });

  it('the navbar search box puts the version first too', async () => {
    const { page } = await openPage(browser, `${siteUrl}/`);
    const box = page.getByRole('searchbox', { name: 'Search standards and documentation' });
    await box.fill('scs-0100-v2');
    const first = page.locator('nav [role="search"] ul li a').first();
    await expect.poll(async () => new URL(await first.evaluate((link) => (link as HTMLAnchorElement).href)).pathname).toBe(expectedFirst('scs-0100-v2'));
    await page.close();
  });

  it('searches in a worker of its own, which loads Pagefind and the index; the page itself fetches none of it', async () => {
    const { page } = await openPage(browser, `${siteUrl}/`);
    const box = page.getByRole('searchbox', { name: 'Search standards and documentation' });
    await box.fill('flavor');
    await expect.poll(() => page.locator('nav [role="search"] ul[data-query="flavor"] li a').count()).toBeGreaterThan(1);
    const workers = page.workers().map((worker) => new URL(worker.url()).pathname);
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/\.js$/);
    // Not Pagefind's own worker, which would send the page every match of a query.
    expect(workers[0]).not.toMatch(/pagefind-worker/);
    // The page's own resource timing: what the worker fetches is in the worker's.
    const fromPage = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    expect(fromPage.filter((pathname) => pathname.includes('/pagefind/'))).toEqual([]);
    await page.close();
  });

  it('searches a query of one or two characters only when the reader pauses (its prefix would fetch much of the index)', async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}/`);
    const box = page.getByRole('searchbox', { name: 'Search standards and documentation' });
    await box.click();
    // The page notes when the last key went down and when the list for "fl" first showed, on its own clock.
    await page.evaluate(() => {
      const seen = { lastKey: 0, shown: 0 };
      (window as unknown as { seen: typeof seen }).seen = seen;
      document.addEventListener('keydown', (event) => (seen.lastKey = event.timeStamp), true);
      new MutationObserver(() => {
        if (seen.shown === 0 && document.querySelector('nav [role="search"] ul[data-query="fl"]')) seen.shown = performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await box.pressSequentially('fl');
    await page.locator('nav [role="search"] ul[data-query="fl"]').waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seen: { lastKey: number; shown: number } }).seen);
    expect(seen.shown - seen.lastKey).toBeGreaterThanOrEqual(SHORT_QUERY_PAUSE_MS);
    // A longer query is searched at once, and its hits replace the short one's.
    await box.pressSequentially('avor');
    await expect.poll(() => page.locator('nav [role="search"] ul[data-query="flavor"] li a').count()).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
