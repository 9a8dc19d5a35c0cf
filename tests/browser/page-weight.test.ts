// What a standard's page costs a reader (issue #3, "Speed and weight") and the
// features the savings must not take away: highlighted code without a
// highlighter in the browser, Mermaid only where a diagram is, navigation
// without viewport prefetching.
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { measurePageWeight } from '../../plugins/standards/bench/page-weight.js';
import { PORTAL_TARGETS } from '../../plugins/standards/bench/targets.js';
import { documentPath } from '../../plugins/standards/export/urls.js';
import { loadCorpus } from '../../plugins/standards/parse/load-corpus.js';
import { launchBrowser, openPage } from './browser.js';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

let browser: Browser;
/** A document with a highlighted code fence and no diagram, and one with a diagram. */
let plainPath: string;
let diagramPath: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const { files } = await loadCorpus('Standards');
  const texts = await Promise.all(files.filter((file) => file.document).map(async (file) => ({ file, text: await readFile(path.join('Standards', path.basename(file.path)), 'utf8') })));
  plainPath = documentPath(texts.find(({ text }) => /^```(yaml|bash|json)\s*$/m.test(text) && !text.includes('```mermaid'))!.file.document!);
  diagramPath = documentPath(texts.find(({ text }) => text.includes('```mermaid'))!.file.document!);
});
afterAll(async () => browser?.close());

describe('a standard page', () => {
  it('fetches at most 550 KB of JavaScript (150 KB gzipped), without Mermaid', async () => {
    const weight = await measurePageWeight(browser, siteUrl, siteDir, plainPath);
    const largest = weight.scripts.slice(0, 3).map((script) => `${script.path} ${script.bytes}`);
    expect(weight.jsBytes, `${plainPath}: ${largest.join(', ')}`).toBeLessThanOrEqual(PORTAL_TARGETS.pageJsBytes);
    expect(weight.jsGzipBytes).toBeLessThanOrEqual(PORTAL_TARGETS.pageJsGzipBytes);
    expect(weight.mermaidFetched).toBe(false);
  });

  it('shows code highlighted, and no script of the page carries a highlighter', async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}${plainPath}`);
    const tokens = page.locator('.scs-code pre code span.token');
    expect(await tokens.count()).toBeGreaterThan(0);
    const plain = await page.locator('.scs-code pre').first().evaluate((element) => getComputedStyle(element).color);
    const colours = await tokens.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).color));
    expect(colours.some((colour) => colour !== plain)).toBe(true);
    const weight = await measurePageWeight(browser, siteUrl, siteDir, plainPath);
    for (const script of weight.scripts) {
      // Prism's core runs a hook by this name, which no minifier renames.
      expect(await readFile(path.join(siteDir, script.path), 'utf8'), script.path).not.toContain('before-tokenize');
    }
    expect(errors).toEqual([]);
  });

  it('draws a Mermaid diagram where there is one, fetching Mermaid there only', async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}${diagramPath}`);
    await page.locator('[data-mermaid-diagram] svg').first().waitFor({ timeout: 30_000 });
    expect((await measurePageWeight(browser, siteUrl, siteDir, diagramPath)).mermaidFetched).toBe(true);
    expect(errors).toEqual([]);
  });

  it('follows a sidebar link from the keyboard, fetching the next page on demand', async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}${plainPath}`);
    const link = page.locator('nav.theme-doc-sidebar-menu a[href="/standards"]').or(page.locator('.pagination-nav a').first()).first();
    const target = await link.getAttribute('href');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${target}`);
    await page.locator('main h1').first().waitFor();
    expect(errors).toEqual([]);
  });
});

// The browser's route table has one route for all standards pages (plugins/standards/docusaurus/client-routes.ts):
// each page's data comes with its HTML on the first load and from page-data/<address>.json on a click.
describe('standards pages without a route each in the browser', () => {
  it('a status page and the overview fetch at most 550 KB of JavaScript too', async () => {
    for (const address of ['/standards/iaas/scs-0100', '/standards']) {
      const weight = await measurePageWeight(browser, siteUrl, siteDir, address);
      expect(weight.jsBytes, `${address}: ${weight.scripts.slice(0, 3).map((script) => `${script.path} ${script.bytes}`).join(', ')}`).toBeLessThanOrEqual(PORTAL_TARGETS.pageJsBytes);
    }
  });

  it('no script names a document, status or comparison page: the table does not grow with the corpus', async () => {
    const weight = await measurePageWeight(browser, siteUrl, siteDir, plainPath);
    for (const script of weight.scripts) {
      const text = await readFile(path.join(siteDir, script.path), 'utf8');
      expect(text, script.path).not.toContain(plainPath);
      expect(text, script.path).not.toContain('/standards/iaas/scs-0100/diff/v1-v2');
      expect(text, script.path).not.toContain("'/standards/iaas/scs-0100'");
    }
  });

  it('renders the first page from the data in its HTML, and each click from that page\'s data file, without errors', async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}${plainPath}`);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    const title = await page.locator('article h1').first().innerText();
    // The pager's next page: another document, fetched as data.
    const next = page.locator('.pagination-nav__link--next');
    const nextPath = (await next.getAttribute('href'))!;
    await next.click();
    await page.waitForURL(`**${nextPath}`);
    await expect.poll(() => page.locator('article h1').first().innerText()).not.toBe(title);
    expect(requested).toContain(`/page-data${nextPath}.json`);
    // Breadcrumbs and the sidebar follow; the page's own text is there.
    expect(await page.locator('.theme-doc-breadcrumbs .breadcrumbs__item--active').innerText()).not.toBe('');
    expect(await page.locator('.theme-doc-sidebar-menu .menu__link--active').count()).toBeGreaterThan(0);
    expect((await page.locator('article .markdown').innerText()).length).toBeGreaterThan(200);
    // Then the status page from its breadcrumb trail, back, and forward again.
    await page.goto(`${siteUrl}/standards/iaas/scs-0100`, { waitUntil: 'networkidle' });
    await page.locator('main a[href="/standards"]').first().click();
    await expect.poll(() => page.title()).toBe('All standards | SCS Standards');
    expect(requested).toContain('/page-data/standards.json');
    await page.goBack();
    await expect.poll(() => page.title()).toMatch(/^scs-0100: /);
    expect(errors).toEqual([]);
    // The data files are where the browser asks for them.
    expect(requested.filter((address) => address.startsWith('/page-data/')).every((address) => address.endsWith('.json'))).toBe(true);
  });

  it('hovering or focusing a link fetches that page\'s data and code before the click; links in view fetch nothing; the click asks for nothing more', async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}${plainPath}`);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    await page.waitForLoadState('networkidle');
    // Links merely in view (the sidebar, the pager, the navbar) are not fetched.
    expect(requested.filter((address) => address.startsWith('/page-data/'))).toEqual([]);
    const dataOf = (href: string) => `/page-data${href}.json`;
    const dataAfter = (count: number) => requested.slice(count).filter((address) => address.startsWith('/page-data/'));
    /** Follows the link after hovering or focusing it; returns the scripts the hover or focus fetched. */
    const follow = async (link: ReturnType<typeof page.locator>, how: 'hover' | 'focus', withCode = false) => {
      const href = (await link.getAttribute('href'))!;
      const atStart = requested.length;
      expect(requested).not.toContain(dataOf(href));
      if (how === 'hover') await link.hover();
      else await link.focus();
      await expect.poll(() => requested.includes(dataOf(href)), { timeout: 10_000 }).toBe(true);
      // The code may be asked for a moment after the data (on a busy machine, after the network was idle once).
      if (withCode) await expect.poll(() => requested.slice(atStart).some((address) => address.endsWith('.js')), { timeout: 10_000 }).toBe(true);
      await page.waitForLoadState('networkidle');
      const before = requested.length;
      const scripts = requested.slice(atStart, before).filter((address) => address.endsWith('.js'));
      if (how === 'hover') await link.click();
      else await page.keyboard.press('Enter');
      await page.waitForURL(`**${href}`);
      // The page shown is the one clicked (its head says so; two versions may share a title).
      await expect.poll(() => page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`${href}$`));
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(dataAfter(before), `${how} ${href}`).toEqual([]);
      return scripts;
    };
    // A document of the same track in the sidebar, hovered.
    await follow(page.locator('.theme-doc-sidebar-menu a.menu__link[href^="/standards/scs-"]:not(.menu__link--active)').filter({ visible: true }).first(), 'hover');
    // The pager's next page.
    await follow(page.locator('.pagination-nav__link--next'), 'hover');
    // The overview's table (a page of another type, whose code comes with the hover too), then a row's link.
    // The overview's code was not loaded yet: the hover fetched it with the data.
    expect(await follow(page.locator('.navbar a[href="/standards"]').filter({ visible: true }).first(), 'hover', true)).not.toEqual([]);
    await follow(page.locator('main table a[href^="/standards/"]').filter({ visible: true }).first(), 'hover');
    expect(errors).toEqual([]);
  });

  it('tabbing through a status page and a document page fetches the data of each standards page reached, never of a short permalink: no request fails', async () => {
    for (const start of ['/standards/iaas/scs-0100', plainPath]) {
      const { page, errors } = await openPage(browser, `${siteUrl}${start}`);
      const requested: string[] = [];
      const failed: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${new URL(response.url()).pathname}`));
      await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
      await page.waitForLoadState('networkidle');
      const reached: string[] = [];
      for (let step = 0; step < 200; step++) {
        await page.keyboard.press('Tab');
        const href = await page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement && document.activeElement.target === '' ? new URL(document.activeElement.href) : null)?.pathname ?? null);
        if (href !== null) reached.push(href);
      }
      await page.waitForLoadState('networkidle');
      const shortLinks = reached.filter((href) => /^\/standards\/(scs-\d{4}|[^/]+\/latest)$/.test(href));
      // The standards pages reached: those the build wrote a data file for (scope pages, the handbook and files have none).
      const hasData = (href: string) => access(path.join(siteDir, 'page-data', `${href}.json`)).then(() => true, () => false);
      const pages = [];
      for (const href of new Set(reached)) if (href !== start && (await hasData(href))) pages.push(href);
      // The status page links to its version in force through the short permalink.
      if (start !== plainPath) expect(shortLinks, start).toContain('/standards/scs-0100/latest');
      expect(pages.length, start).toBeGreaterThan(3);
      const data = requested.filter((address) => address.startsWith('/page-data/'));
      for (const href of pages) expect(data, `${start}: focus on ${href}`).toContain(`/page-data${href}.json`);
      for (const href of shortLinks) expect(data).not.toContain(`/page-data${href}.json`);
      expect(failed, start).toEqual([]);
      expect(errors, start).toEqual([]);
      await page.close();
    }
  });

  it('a document\'s sidebar holds its own track; the other tracks are links to their track pages', async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}${plainPath}`);
    const top = page.locator('.theme-doc-sidebar-menu > li');
    const categories = await page.locator('.theme-doc-sidebar-menu > li.theme-doc-sidebar-item-category').allInnerTexts();
    const links = await page.locator('.theme-doc-sidebar-menu > li.theme-doc-sidebar-item-link > a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(await top.count()).toBe(categories.length + links.length);
    // One track (this page's) plus the proposals, which have no page of their own.
    expect(categories.length).toBeLessThanOrEqual(2);
    expect(await page.locator('.theme-doc-sidebar-menu > li.theme-doc-sidebar-item-category .menu__link--active').count()).toBeGreaterThan(0);
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const href of links) expect(href).toMatch(/^\/standards\/[a-z]+$/);
    // A track link opens its track page.
    await page.locator(`.theme-doc-sidebar-menu > li > a[href="${links[0]}"]`).click();
    await page.waitForURL(`**${links[0]}`);
    await page.locator('main h1').first().waitFor();
    expect(errors).toEqual([]);
  });
});
