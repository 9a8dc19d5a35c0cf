// Issue #13, "Done when": a page costs the same at 1,000 documents as at 100.
// The portal built from 1,000 generated documents (plugins/standards/bench/synthetic-corpus.ts,
// written by global setup into a temporary folder, never committed), and three pages
// weighed in Chromium as the benchmark weighs them (plugins/standards/bench/page-weight.ts):
// a document page without a diagram, a status page and the overview, each at most
// 550 KB of raw JavaScript. The build is made in the background while the unit tests
// run, after the other browser builds, never beside them (tests/browser/site-builds.ts).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { measurePageWeight, type PageWeight } from '../../plugins/standards/bench/page-weight.js';
import { documentFiles } from '../../plugins/standards/bench/portal-bench.js';
import { SCALE_TARGETS } from '../../plugins/standards/bench/targets.js';
import { statusPagePath } from '../../plugins/standards/export/urls.js';
import { launchBrowser, openPage } from './browser.js';
import { SCALE_DOCUMENTS } from './site-builds.js';

const site = inject('sites').scale!;
const BUDGET_KB = SCALE_TARGETS.pageJsBytes / 1024;

const PAGES = ['a document page without a diagram', 'a status page', 'the overview'] as const;

let browser: Browser;
/** The address of each of PAGES. */
const paths = new Map<(typeof PAGES)[number], string>();

beforeAll(async () => {
  browser = await launchBrowser();
  // The same choice as the benchmark's: the first document without a diagram, the first numbered one's status page.
  const documents = await documentFiles(site.corpus);
  const plain = documents.find((document) => !document.hasDiagram)!;
  const numbered = documents.find((document) => document.number !== null)!;
  paths.set('a document page without a diagram', `/standards/${plain.id}`);
  paths.set('a status page', statusPagePath(numbered)!);
  paths.set('the overview', '/standards');
});
afterAll(async () => browser?.close());

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const largest = (weight: PageWeight) => weight.scripts.slice(0, 4).map((script) => `${script.path} ${kb(script.bytes)}`).join(', ');

describe(`at ${SCALE_DOCUMENTS.toLocaleString('en')} generated documents`, () => {
  it('the corpus has that many documents, and the three pages are there', async () => {
    // Versions and supplements: the generator writes no proposals or templates.
    expect((await documentFiles(site.corpus)).length).toBe(SCALE_DOCUMENTS);
    for (const path of paths.values()) expect((await fetch(site.url + path)).status, path).toBe(200);
  });

  it.each(PAGES)(`%s fetches at most ${BUDGET_KB} KB of JavaScript`, async (name) => {
    const path = paths.get(name)!;
    const weight = await measurePageWeight(browser, site.url, site.dir, path);
    // This build has no search index (it is not needed for what a page fetches when it loads): a page that asked
    // for one would be weighed without it, so it must not have asked.
    expect(weight.failedPaths.filter((failed) => failed.startsWith('/pagefind/')), `${name} asked for the search index while loading`).toEqual([]);
    expect(weight.jsBytes, `${name} (${path}) fetches ${kb(weight.jsBytes)} of JavaScript, budget ${BUDGET_KB} KB; largest: ${largest(weight)}`).toBeLessThanOrEqual(SCALE_TARGETS.pageJsBytes);
  });

  it('a document page shows the group of its track\'s standards that holds it, and the other groups as links that lead to theirs', async () => {
    // About 75 standards a track: the sidebar groups them (plugins/standards/docusaurus/sidebar.ts), so a page
    // carries one group's instead of the whole track's.
    const { page, errors } = await openPage(browser, site.url + paths.get('a document page without a diagram'));
    const track = page.locator('.theme-doc-sidebar-menu > li.theme-doc-sidebar-item-category');
    expect(await track.count()).toBe(1);
    const shownGroup = track.locator('li.theme-doc-sidebar-item-category.scs-sb-group');
    const groupLinks = track.locator('li.theme-doc-sidebar-item-link.scs-sb-group > a');
    expect(await shownGroup.count()).toBe(1);
    expect(await shownGroup.locator('.menu__link--active').count()).toBeGreaterThan(0);
    const labels = await groupLinks.allInnerTexts();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^scs-\d{4} – scs-\d{4}$/);
    // The group is a step of the breadcrumbs.
    const groupLabel = (await shownGroup.locator('.menu__list-item-collapsible').first().innerText()).trim();
    expect(await page.locator('nav[aria-label="Breadcrumbs"]').innerText()).toContain(groupLabel);
    // A group's link opens its first standard's first document, where that group is shown whole.
    const href = (await groupLinks.first().getAttribute('href'))!;
    await groupLinks.first().click();
    await page.waitForURL(`**${href}`);
    await shownGroup.locator('.menu__link--active').first().waitFor();
    expect((await shownGroup.locator('.menu__list-item-collapsible').first().innerText()).trim()).toBe(labels[0]);
    expect(await groupLinks.allInnerTexts()).not.toContain(labels[0]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
