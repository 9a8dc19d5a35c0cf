// What a standard's page costs a reader (issue #3, "Speed and weight") and the
// features the savings must not take away: highlighted code without a
// highlighter in the browser, Mermaid only where a diagram is, navigation
// without viewport prefetching.
import { readFile } from 'node:fs/promises';
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
