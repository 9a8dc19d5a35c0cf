// What changed between versions, in a real Chromium on the shared build:
// a diff page shows inserted and deleted requirements as marked text, the
// status page and the newer version link to it, and any two versions can be
// compared from the status page. Expectations come from the comparison
// module run on the same corpus.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compareDocuments } from '../../plugins/standards/compare/compare.js';
import { buildComparableDocument, documentLabel as label } from '../../plugins/standards/compare/sections.js';
import type { Page } from 'playwright-core';
import { consecutivePairs, diffPagePath } from '../../plugins/standards/docusaurus/diff-props.js';
import { documentPath, statusPagePath } from '../../plugins/standards/export/urls.js';
import { allStandards } from '../../plugins/standards/model/registry.js';
import { loadCorpus, type LoadedCorpus } from '../../plugins/standards/parse/load-corpus.js';
import { launchBrowser, openPage } from './browser.js';

const siteUrl = inject('siteUrl');
let browser: Browser;
let corpus: LoadedCorpus;

beforeAll(async () => {
  [browser, corpus] = await Promise.all([launchBrowser(), loadCorpus('Standards')]);
});
afterAll(async () => browser?.close());

/** The first pair of consecutive versions in our corpus with a requirement added and one removed. */
function pairWithRequirementChanges() {
  for (const standard of allStandards(corpus.registry)) {
    for (const { from, to } of consecutivePairs(standard)) {
      const comparison = compareDocuments(buildComparableDocument(from), buildComparableDocument(to));
      const { added, removed } = comparison.summary.requirements;
      if (added.length > 0 && removed.length > 0) return { standard, from, to, comparison };
    }
  }
  throw new Error('Standards/ has no pair of consecutive versions with a requirement added and one removed');
}

/** The list under a summary heading such as "Requirements added in scs-0100-v3". */
const list = (page: Page, heading: string) => page.locator('h3', { hasText: heading }).locator('xpath=following-sibling::ul[1]');
async function listed(page: Page, heading: string, mark: 'ins' | 'del'): Promise<string[]> {
  if ((await page.locator('h3', { hasText: heading }).count()) === 0) return [];
  return list(page, heading).locator(`li > ${mark}`).evaluateAll(visibleTexts);
}

/** The text a sighted reader sees in each element: the hidden labels for screen readers left out. */
const visibleTexts = (elements: Element[]) =>
  elements.map((element) =>
    [...element.childNodes].filter((node) => !(node instanceof Element && node.classList.contains('scs-visually-hidden'))).map((node) => node.textContent).join(''),
  );

describe('a diff page', () => {
  it('shows an inserted and a deleted requirement, marked in text and not by colour alone', async () => {
    const { standard, from, to, comparison } = pairWithRequirementChanges();
    const { page, errors } = await openPage(browser, `${siteUrl}${diffPagePath(standard, from, to)}`);
    const added = comparison.summary.requirements.added[0]!;
    const removed = comparison.summary.requirements.removed[0]!;

    expect(await listed(page, 'Requirements added', 'ins')).toEqual(comparison.summary.requirements.added.map((requirement) => requirement.text));
    expect(await listed(page, 'Requirements removed', 'del')).toEqual(comparison.summary.requirements.removed.map((requirement) => requirement.text));
    const inserted = list(page, 'Requirements added').locator('ins').filter({ hasText: added.text }).first();
    const deleted = list(page, 'Requirements removed').locator('del').filter({ hasText: removed.text }).first();
    // Screen readers and text-only readers get words, not just a colour.
    expect(await inserted.textContent()).toBe(`[inserted: ${added.text}]`);
    expect(await deleted.textContent()).toBe(`[deleted: ${removed.text}]`);
    const styles = await inserted.evaluate((element) => getComputedStyle(element).textDecorationLine);
    expect(styles).toContain('underline');
    expect(await deleted.evaluate((element) => getComputedStyle(element).textDecorationLine)).toContain('line-through');

    // Under the summary, the texts section by section; unchanged ones folded.
    const rows = comparison.rows;
    expect(await page.locator('main details').count()).toBe(rows.filter((row) => row.kind === 'unchanged').length);
    expect(await page.locator('main section section h3').count()).toBe(rows.filter((row) => row.kind !== 'unchanged').length);
    expect(errors).toEqual([]);
  });

  it('is linked from the status page and from the newer version, near its banner', async () => {
    const { standard, from, to } = pairWithRequirementChanges();
    const status = await openPage(browser, `${siteUrl}${statusPagePath(standard)}`);
    await status.page.getByRole('link', { name: `Changes from ${label(from)} to ${label(to)}` }).click();
    await status.page.waitForURL(`**${diffPagePath(standard, from, to)}`);
    await status.page.locator('#diff-summary').waitFor();

    const newer = await openPage(browser, `${siteUrl}${documentPath(to)}`);
    const link = newer.page.locator('.scs-document-head').getByRole('link', { name: `What changed since ${label(from)}` });
    expect(await link.getAttribute('href')).toBe(diffPagePath(standard, from, to));
    expect([...status.errors, ...newer.errors]).toEqual([]);
  });
});

describe('comparing any two versions', () => {
  it('compares the versions chosen on the status page in the browser, with the same result as the build', async () => {
    const standard = allStandards(corpus.registry).find((candidate) => candidate.versions.length >= 3);
    if (!standard) throw new Error('Standards/ has no standard with three versions');
    const [first, last] = [standard.versions[0]!, standard.versions.at(-1)!];
    const comparison = compareDocuments(buildComparableDocument(first), buildComparableDocument(last));
    const { page, errors } = await openPage(browser, `${siteUrl}${statusPagePath(standard)}`);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
    await page.getByLabel('Older version').selectOption(label(first));
    await page.getByLabel('Newer version').selectOption(label(last));
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.locator('#diff-summary').waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).searchParams.get('from')).toBe(label(first));
    expect(await page.locator('h1').innerText()).toBe(`${standard.id}: changes from ${label(first)} to ${label(last)}`);
    const { added, removed } = comparison.summary.requirements;
    expect(added.length + removed.length).toBeGreaterThan(0);
    expect(await listed(page, 'Requirements added', 'ins')).toEqual(added.map((requirement) => requirement.text));
    expect(await listed(page, 'Requirements removed', 'del')).toEqual(removed.map((requirement) => requirement.text));
    expect(errors).toEqual([]);
  });
});
