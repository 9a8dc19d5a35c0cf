// The built portal in a real Chromium: what a reader sees and can do.
// Expectations come from the registry model, not from a list kept by hand.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, lifecycleStateAt } from '../../plugins/standards/model/lifecycle.js';
import { allStandards } from '../../plugins/standards/model/registry.js';
import { loadCorpus, type LoadedCorpus } from '../../plugins/standards/parse/load-corpus.js';
import { launchBrowser, openPage } from './browser.js';

const siteUrl = inject('siteUrl');
const SCREENSHOTS = path.resolve('test-results/screenshots');
/** The day the portal was built for and its pages are read on (tests/suite-day.mts). */
const date = inject('suiteDay');

let browser: Browser;
let corpus: LoadedCorpus;

beforeAll(async () => {
  [browser, corpus] = await Promise.all([launchBrowser(), loadCorpus('Standards')]);
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

const standards = () => allStandards(corpus.registry);
const deprecatedWithSuccessor = () =>
  corpus.registry.documents.find((doc) => lifecycleStateAt(doc, date) === 'deprecated' && doc.replacedBy.length > 0)!;

describe('the overview', () => {
  it('lists every standard, and its filters narrow the table and live in the URL', async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}/standards`);
    const rowIds = () => page.locator('table.scs-overview__table tbody th[scope="row"]').allInnerTexts();
    // Standards by number, and proposals (not numbered yet) by file name.
    const listed = [...standards().map((standard) => standard.id), ...corpus.registry.proposals.map((proposal) => proposal.id)];
    expect((await rowIds()).sort()).toEqual(listed.sort());
    await page.screenshot({ path: path.join(SCREENSHOTS, 'overview.png'), fullPage: true });

    await page.getByLabel('Track').selectOption('kaas');
    const kaas = standards().filter((standard) => standard.track.slug === 'kaas').map((standard) => standard.id);
    await expect.poll(async () => (await rowIds()).sort()).toEqual(kaas.sort());
    expect(new URL(page.url()).searchParams.get('track')).toBe('kaas');

    // The shared URL restores the same view.
    const shared = await openPage(browser, page.url());
    await expect.poll(async () => (await shared.page.locator('table.scs-overview__table tbody th[scope="row"]').allInnerTexts()).sort()).toEqual(kaas.sort());

    await page.getByLabel('Track').selectOption('');
    await page.getByRole('searchbox', { name: /text/i }).or(page.locator('.scs-filters__text input')).first().fill('entropy');
    await expect.poll(rowIds).toEqual(['scs-0101']);
    expect(errors).toEqual([]);
    expect(shared.errors).toEqual([]);
  });

  it('sorts by a column from the keyboard', async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}/standards`);
    const sortButton = page.locator('button.scs-sort', { hasText: 'Standard' });
    await sortButton.focus();
    await page.keyboard.press('Enter');
    const ids = await page.locator('table.scs-overview__table tbody th[scope="row"]').allInnerTexts();
    expect(ids).toEqual([...ids].sort().reverse());
    expect(await page.locator('th[aria-sort="descending"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('document pages', () => {
  it('a deprecated version shows its banner and links to its replacement', async () => {
    const deprecated = deprecatedWithSuccessor();
    const { page, errors } = await openPage(browser, `${siteUrl}/standards/${deprecated.id}`);
    const banner = page.locator('.scs-banner');
    await expect.poll(() => banner.innerText()).toMatch(/deprecated/i);
    const successor = deprecated.replacedBy[0]!.replace(/\.md$/, '');
    expect(await banner.locator(`a[href$="/standards/${successor}"]`).count()).toBeGreaterThan(0);
    expect(await page.title()).toContain(deprecated.title);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'deprecated-document.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('keeps its title in the tab while React takes over, and changes it on navigation', async () => {
    const page = await browser.newPage();
    // Every title the tab shows from the first byte on, checked every millisecond and on every change.
    await page.addInitScript({
      content: `
        const titles = (window.__titles = []);
        const record = () => { if (titles[titles.length - 1] !== document.title) titles.push(document.title); };
        new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
        setInterval(record, 1);`,
    });
    await page.goto(`${siteUrl}/standards/scs-0100-v3-flavor-naming`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    await page.waitForTimeout(200);
    const titles = (await page.evaluate('window.__titles')) as string[];
    expect(titles.filter((title) => title !== ''), JSON.stringify(titles)).toEqual(['SCS Flavor Naming Standard | SCS Standards']);
    // Client-side navigation still sets each page's title.
    await page.locator('nav a[href="/standards"]').first().click();
    await expect.poll(() => page.title()).toBe('All standards | SCS Standards');
    await page.locator('main a[href="/standards/scs-0101-v1-entropy"]').first().click();
    await expect.poll(() => page.title()).toBe('SCS Entropy | SCS Standards');
    await page.goBack();
    await expect.poll(() => page.title()).toBe('All standards | SCS Standards');
    await page.close();
  });

  it('an unknown address says so, in the page and in the tab', async () => {
    const page = await browser.newPage();
    for (const address of ['/standards/scs-0100-v9-no-such-version', '/no/such/page']) {
      const response = await page.goto(`${siteUrl}${address}`, { waitUntil: 'networkidle' });
      expect(response?.status(), address).toBe(404);
      await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
      await expect.poll(() => page.locator('main').innerText()).toMatch(/Page Not Found/i);
      expect(await page.title(), address).toBe('Page Not Found | SCS Standards');
    }
    await page.close();
  });

  it('a standard with a future stabilization date says when it takes effect', async () => {
    // One that takes effect after the suite day, as its HTML and the running page show it. Once every
    // stabilization date of the corpus has passed, the last one to take effect, read on the day before (?date=).
    const upcoming = corpus.registry.documents.find((doc) => lifecycleStateAt(doc, date) === 'effective-soon');
    const last = corpus.registry.documents
      .filter((doc) => doc.stabilizedAt && lifecycleStateAt(doc, addDays(doc.stabilizedAt, -1)) === 'effective-soon')
      .sort((a, b) => a.stabilizedAt!.localeCompare(b.stabilizedAt!))
      .at(-1);
    const document = upcoming ?? last;
    expect(document, 'a version with a stabilization date').toBeDefined();
    const search = upcoming ? '' : `?date=${addDays(document!.stabilizedAt!, -1)}`;
    const { page, errors } = await openPage(browser, `${siteUrl}/standards/${document!.id}${search}`);
    if (!upcoming) await page.locator(`[data-scs-date="${addDays(document!.stabilizedAt!, -1)}"][data-scs-date-kind="chosen"]`).first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('.scs-banner').innerText()).toContain(document!.stabilizedAt!);
    expect(errors).toEqual([]);
  });
});

describe('status pages', () => {
  it('show every version of a standard', async () => {
    const standard = [...standards()].sort((a, b) => b.versions.length - a.versions.length)[0]!;
    const { page, errors } = await openPage(browser, `${siteUrl}/standards/${standard.track.slug}/${standard.id}`);
    const text = await page.locator('main').innerText();
    for (const version of standard.versions) expect(text).toContain(version.id.split('-').slice(0, 3).join('-'));
    for (const supplement of standard.supplements) expect(text).toContain(supplement.title);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'status-page.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('are reached from the short permalinks', async () => {
    const standard = standards().find((candidate) => candidate.versions.length > 1)!;
    const { page } = await openPage(browser, `${siteUrl}/standards/${standard.id}`);
    await page.waitForURL(`**/standards/${standard.track.slug}/${standard.id}`);
    const latest = await openPage(browser, `${siteUrl}/standards/${standard.id}/latest`);
    await latest.page.waitForURL(/\/standards\/scs-\d{4}-v\d+-/);
    const expected = corpus.registry.documents.filter((doc) => doc.number === standard.number && doc.kind === 'document');
    const current = expected.find((doc) => latest.page.url().endsWith(`/standards/${doc.id}`));
    expect(current, `latest went to ${latest.page.url()}`).toBeDefined();
  });
});

describe('search', () => {
  const search = async (query: string) => {
    const { page, errors } = await openPage(browser, `${siteUrl}/search?q=${encodeURIComponent(query)}`);
    await page.locator('main ol li a').first().waitFor({ timeout: 15_000 });
    return { page, errors, hits: await page.locator('main ol li').allInnerTexts() };
  };

  it('finds a standard by its id, with track and state', async () => {
    const { hits, errors } = await search('scs-0101');
    // Each hit shows its id on a line of its own (other hits may mention it in their text).
    const standard = hits.find((hit) => /^scs-0101-v1$/m.test(hit));
    expect(standard).toMatch(/Entropy/i);
    expect(standard).toMatch(/IaaS/);
    expect(standard).toMatch(/Effective/);
    expect(errors).toEqual([]);
  });

  it('finds a standard by a word of its title and by a word of its body', async () => {
    expect((await search('flavor naming')).hits.join('\n')).toMatch(/flavor/i);
    // "Sonobuoy" appears only in the body of the KaaS scope document.
    expect((await search('Sonobuoy')).hits.join('\n')).toMatch(/KaaS/);
  });
});

describe('the JSON API', () => {
  it('matches the corpus', async () => {
    const response = await fetch(`${siteUrl}/api/standards.json`);
    expect(response.status).toBe(200);
    const api = (await response.json()) as { standards: Array<{ id: string }>; documents: Array<{ id: string; state: string | null }> };
    expect(api.standards.map((standard) => standard.id).sort()).toEqual(standards().map((standard) => standard.id).sort());
    const documents = corpus.registry.documents.filter((doc) => doc.kind !== 'template');
    expect(Object.fromEntries(api.documents.map((doc) => [doc.id, doc.state]))).toEqual(
      Object.fromEntries(documents.map((doc) => [doc.id, lifecycleStateAt(doc, date)])),
    );
  });
});

describe('every page', () => {
  const pages = ['/', '/standards', '/standards/iaas', '/standards/iaas/scs-0100', '/standards/scs-0100-v3-flavor-naming', '/docs', '/search'];

  // Each in a page of its own, a few at a time (the browser project's maxConcurrency): most of it is waiting for the page.
  it.concurrent.for(pages)('%s has a title, landmarks, no console errors and keyboard-reachable controls', async (url, { expect }) => {
    const { page, errors } = await openPage(browser, `${siteUrl}${url}`);
    expect(await page.title()).not.toBe('');
    expect(await page.locator('main').count()).toBeGreaterThan(0);
    expect(await page.locator('nav').count()).toBeGreaterThan(0);
    expect(await page.locator('h1').count()).toBeGreaterThan(0);
    // Tab from the top reaches the main navigation link and something inside <main>.
    const reached = new Set<string>();
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => (document.activeElement?.closest('main') ? 'main' : document.activeElement?.closest('nav') ? 'nav' : 'other')));
    }
    expect([...reached]).toEqual(expect.arrayContaining(['nav', 'main']));
    expect(errors).toEqual([]);
  });
});
