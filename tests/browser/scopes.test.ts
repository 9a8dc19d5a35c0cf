// Scope and compliance pages in a real Chromium: what a reader and an
// operator see. Expectations come from the model and the result files.
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { evaluateSubjects, type SubjectEvaluation } from '../../plugins/standards/compliance/evaluate.js';
import { lifecycleStateAt } from '../../plugins/standards/model/lifecycle.js';
import type { Registry } from '../../plugins/standards/model/registry.js';
import { LIFECYCLE_STATES } from '../../plugins/standards/model/vocabulary.js';
import { loadCorpus } from '../../plugins/standards/parse/load-corpus.js';
import { SCOPE_VERSION_STATES, type Scope } from '../../plugins/standards/model/scope.js';
import { scopeVersionStateAt, versionsNewestFirst } from '../../plugins/standards/model/scope-timeline.js';
import { loadComplianceFiles } from '../../plugins/standards/parse/load-compliance.js';
import { loadScopes } from '../../plugins/standards/parse/load-scopes.js';
import { axeViolationsInBothModes } from './axe.js';
import { launchBrowser, openPage } from './browser.js';

const siteUrl = inject('siteUrl');
const SCREENSHOTS = path.resolve('test-results/screenshots');
/** The day the portal was built for and its pages are read on (tests/suite-day.mts); the compliance results are evaluated on it too. */
const date = inject('suiteDay');

let browser: Browser;
let scopes: Scope[];
let subjects: SubjectEvaluation[];
let registry: Registry;

beforeAll(async () => {
  browser = await launchBrowser();
  scopes = (await loadScopes('Standards/scopes', { relativeTo: 'Standards' })).flatMap((file) => (file.scope ? [file.scope] : []));
  subjects = evaluateSubjects(scopes, await loadComplianceFiles('compliance'), date);
  ({ registry } = await loadCorpus('Standards'));
});
afterAll(async () => browser?.close());

const iaas = () => scopes.find((scope) => scope.slug === 'scs-compatible-iaas')!;

describe('a scope page', () => {
  it("shows the scope's versions as columns with today's state, the modules and standards they include, the timeline and the test cases", async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}/standards/scopes/scs-compatible-iaas`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('SCS-compatible IaaS');
    const matrix = page.locator('table.scs-scope-matrix');
    // The HTML names the build day; once running, the page says "today".
    await expect.poll(() => matrix.locator('thead th').nth(1).innerText(), { timeout: 15_000 }).toBe('Standard version (state today)');
    const headers = await matrix.locator('thead th').allInnerTexts();
    const versions = versionsNewestFirst(iaas());
    expect(headers).toEqual([
      'Module',
      'Standard version (state today)',
      ...versions.map((version) => `${version.version} ${SCOPE_VERSION_STATES[scopeVersionStateAt(iaas(), version.version, date)].label}`),
    ]);
    // v4 includes flavor naming v3 with its bound prefix; next does not include it.
    const flavorRow = matrix.locator('tbody tr', { has: page.locator('th', { hasText: 'Flavor naming v3' }) });
    await expect.poll(() => flavorRow.locator('td').first().innerText()).toMatch(/^scs-0100-v3 /);
    const cells = await flavorRow.locator('td').allInnerTexts();
    expect(cells[versions.findIndex((version) => version.version === 'next') + 1]).toBe('Not included');
    expect(cells[versions.findIndex((version) => version.version === 'v4') + 1]).toContain('flavor_prefix = SCS-');

    // The timeline names every version, marks today and says each state in words.
    const timeline = page.locator('.scs-scope-timeline');
    await expect.poll(() => timeline.locator('figcaption').innerText()).toContain(`today, ${date}`);
    expect(await timeline.locator('.scs-timeline__label').allInnerTexts()).toEqual(versions.map((version) => version.version));
    expect(await timeline.locator('.scs-timeline__segment .scs-visually-hidden').allTextContents()).toContain('Effective from 2023-06-15 to 2024-04-01');

    // Test cases link to where they are described.
    const syntax = page.locator('li', { has: page.locator('code', { hasText: 'scs-0100-syntax-check' }) });
    expect(await syntax.innerText()).toContain('main; scripted; valid for a day');
    expect(await syntax.getByRole('link').getAttribute('href')).toBe('/standards/scs-0100-w1-flavor-naming-implementation-testing#behaviour-of-the-conformance-test');
    // Many links read "how it is checked"; each one's accessible name says which test case it is about.
    expect(await syntax.getByRole('link').textContent()).toBe('how it is checked (scs-0100-syntax-check)');
    expect(await page.locator('li', { has: page.locator('code', { hasText: 'scs-0102-update-policy' }) }).innerText()).toContain('manual');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'scope-iaas.png'), fullPage: true });
    expect(await axeViolationsInBothModes(page)).toEqual([]);

    // The standard links to its document page (after the checks: a client-side navigation leaves Docusaurus's progress bar behind).
    await flavorRow.locator('td').first().getByRole('link').click();
    await page.waitForURL(/\/standards\/scs-0100-v3-flavor-naming$/);
    expect(errors).toEqual([]);
  });

  it("lists the scope versions that include a standard on its status page and its document pages", async () => {
    const status = await openPage(browser, `${siteUrl}/standards/iaas/scs-0104`);
    const onStatus = await status.page.locator('.scs-scope-usage li').allInnerTexts();
    expect(onStatus).toContain(`SCS-compatible IaaS v5 ${SCOPE_VERSION_STATES[scopeVersionStateAt(iaas(), 'v5', date)].label} requires scs-0104-v1-standard-images (tested in: main, recommended)`);
    const document = await openPage(browser, `${siteUrl}/standards/scs-0104-v1-standard-images`);
    const onDocument = await document.page.locator('.scs-meta--scopes li').allInnerTexts();
    expect(onDocument.map((line) => line.split(' ').slice(0, 4).join(' '))).toEqual(
      versionsNewestFirst(iaas())
        .filter((version) => version.include.some((include) => include.ref === 'scs-0104-v1'))
        .map((version) => `SCS-compatible IaaS ${version.version} ${SCOPE_VERSION_STATES[scopeVersionStateAt(iaas(), version.version, date)].label}`),
    );
    expect([...status.errors, ...document.errors]).toEqual([]);
  });
});

describe('scope states on another day', () => {
  /** A day of the IaaS timeline on which some version has another state than today, and the label of each state then. */
  const otherDay = () => {
    const scope = iaas();
    const day = scope.timeline
      .map((entry) => entry.date)
      .sort()
      .find((candidate) => scope.versions.some((version) => scopeVersionStateAt(scope, version.version, candidate) !== scopeVersionStateAt(scope, version.version, date)))!;
    const label = (version: string) => SCOPE_VERSION_STATES[scopeVersionStateAt(scope, version, day)].label;
    return { scope, day, label };
  };

  it('shows the scope page as on a ?date=, and as on the day it is read', async () => {
    const { scope, day, label } = otherDay();
    expect(day).toBeDefined();
    const flavor = registry.documents.find((document) => document.fileName === 'scs-0100-v3-flavor-naming.md')!;
    for (const [search, now, heading] of [
      [`?date=${day}`, undefined, `Standard version (state on ${day})`],
      ['', day, 'Standard version (state today)'],
    ] as const) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      if (now) await page.clock.setFixedTime(new Date(`${now}T12:00:00Z`));
      await page.goto(`${siteUrl}/standards/scopes/scs-compatible-iaas${search}`, { waitUntil: 'networkidle' });
      const matrix = page.locator('table.scs-scope-matrix');
      await expect.poll(() => matrix.locator('thead th').nth(1).innerText(), { timeout: 15_000 }).toBe(heading);
      expect(await matrix.locator('thead th').allInnerTexts()).toEqual(['Module', heading, ...versionsNewestFirst(scope).map((version) => `${version.version} ${label(version.version)}`)]);
      // The standards' states too are that day's.
      const flavorRow = matrix.locator('tbody tr', { has: page.locator('th', { hasText: 'Flavor naming v3' }) });
      expect(await flavorRow.locator('td').first().locator('.scs-badge').innerText()).toBe(LIFECYCLE_STATES[lifecycleStateAt(flavor, day)!].label);
      expect(await page.locator('.scs-scope-timeline figcaption').innerText()).toContain(`${search ? 'the chosen day' : 'today'}, ${day}`);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('lists the scope versions of a standard with their states on the ?date= of its status and document pages', async () => {
    const { scope, day, label } = otherDay();
    const including = versionsNewestFirst(scope).filter((version) => version.include.some((include) => include.ref === 'scs-0104-v1'));
    const status = await openPage(browser, `${siteUrl}/standards/iaas/scs-0104?date=${day}`);
    await expect
      .poll(() => status.page.locator('.scs-scope-usage li').allInnerTexts(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(including.map((version) => `SCS-compatible IaaS ${version.version} ${label(version.version)} requires scs-0104-v1-standard-images (tested in: main, recommended)`)));
    // The scope link keeps the day.
    expect(await status.page.locator('.scs-scope-usage a').first().getAttribute('href')).toBe(`/standards/scopes/scs-compatible-iaas?date=${day}`);
    const document = await openPage(browser, `${siteUrl}/standards/scs-0104-v1-standard-images?date=${day}`);
    await expect
      .poll(() => document.page.locator('.scs-meta--scopes li').allInnerTexts(), { timeout: 15_000 })
      .toEqual(including.map((version) => expect.stringContaining(`SCS-compatible IaaS ${version.version} ${label(version.version)}`)));
    expect(await document.page.locator('.scs-meta--scopes p').innerText()).toContain(`states on ${day}`);
    expect([...status.errors, ...document.errors]).toEqual([]);
    await Promise.all([status.page.close(), document.page.close()]);
  });
});

describe('the compliance table', () => {
  it('shows each subject with the versions it holds, the states of the versions in force, the last check and a link to details', async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}/compliance`);
    const table = page.locator('table.scs-compliance-table');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Subject', 'SCS-compatible IaaS', 'SCS-compatible KaaS', 'Last check', 'Details']);
    const rowNames = await table.locator('tbody th[scope="row"]').allInnerTexts();
    expect(rowNames.map((name) => name.split('\n')[0])).toEqual(subjects.map((subject) => subject.subject.name));
    for (const subject of subjects) {
      const row = table.locator('tbody tr', { has: page.locator('th', { hasText: subject.subject.name }) });
      const cells = await row.locator('td').allInnerTexts();
      scopes.forEach((scope, index) => {
        const evaluation = subject.scopes.find((entry) => entry.scope === scope)?.evaluation;
        const expected = !evaluation ? 'Not tested' : evaluation.held ? `Holds ${evaluation.held.version}${evaluation.held.tentative ? ' (tentative)' : ''}` : 'Holds no version';
        expect(cells[index], `${subject.subject.name}, ${scope.name}`).toContain(expected);
        // Expired results are said in words, as many as the evaluation counts on the suite day.
        const stale = evaluation?.testcases.filter((testcase) => testcase.stale).length ?? 0;
        if (stale > 0) expect(cells[index], `${subject.subject.name}, ${scope.name}`).toContain(`${stale} expired result${stale === 1 ? '' : 's'}`);
        else expect(cells[index], `${subject.subject.name}, ${scope.name}`).not.toContain('expired');
      });
    }
    // The fixture's Dune Kubernetes has not reported since October: its results have expired on any later day.
    const dune = table.locator('tbody tr', { has: page.locator('th', { hasText: 'Dune Kubernetes' }) });
    expect(await dune.innerText()).toMatch(/\d+ expired results?/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'compliance.png'), fullPage: true });
    expect(await axeViolationsInBothModes(page)).toEqual([]);

    await dune.getByRole('link', { name: 'Details of Dune Kubernetes' }).click();
    await page.waitForURL(/\/compliance\/dune-kubernetes$/);
    expect(errors).toEqual([]);
  });
});

describe("a subject's details", () => {
  it('lists every test case with its result, age and expiry, and marks expired results as such', async () => {
    const { page, errors } = await openPage(browser, `${siteUrl}/compliance/dune-kubernetes`);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Dune Kubernetes');
    const evaluation = subjects.find((subject) => subject.subject.slug === 'dune-kubernetes')!.scopes[0]!.evaluation;
    const rows = page.locator('table.scs-testcase-table tbody tr');
    expect(await rows.locator('th code').allInnerTexts()).toEqual(evaluation.testcases.map((testcase) => testcase.testcase));
    // Some are expired on the suite day (the subject has not reported since October), and exactly those are marked.
    expect(evaluation.testcases.filter((entry) => entry.stale).length).toBeGreaterThan(0);
    for (const testcase of evaluation.testcases) {
      const row = rows.filter({ has: page.locator('code', { hasText: new RegExp(`^${testcase.testcase}$`) }) });
      const text = await row.innerText();
      if (testcase.stale) {
        expect(text).toContain(`Expired on ${testcase.expiresOn}`);
        expect(await row.getAttribute('class')).toContain('scs-row--stale');
      } else {
        expect(text, testcase.testcase).not.toContain('Expired on');
        expect((await row.getAttribute('class')) ?? '', testcase.testcase).not.toContain('scs-row--stale');
      }
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'subject-dune.png'), fullPage: true });
    expect(await axeViolationsInBothModes(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a badge', () => {
  it('is a static SVG at a stable address, with its meaning as accessible text, shown on the details page', async () => {
    const response = await fetch(`${siteUrl}/compliance/aurora-cloud/scs-compatible-iaas.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await response.text();
    const held = subjects.find((subject) => subject.subject.slug === 'aurora-cloud')!.scopes[0]!.evaluation.held;
    // The fixture's results age with the suite day: once some have expired, the scope is held tentatively (or not
    // at all), and the badge says so. On 2026-11-27 Aurora held v4 with every result valid; a day later tentatively.
    const said = `Aurora Cloud (region north) ${held ? `holds SCS-compatible IaaS ${held.version}` : 'does not hold SCS-compatible IaaS'}`;
    const tentatively = held?.tentative ? ' tentatively' : '';
    expect(svg).toContain(`<title>${said}${held?.tentative ? ' tentatively (some results are missing, expired or aborted)' : ''}</title>`);
    expect(svg).toContain(`role="img" aria-label="${said}`);
    expect(svg).not.toMatch(/<script|on\w+=/i);

    // A scope the subject was never tested for still has a badge that says so.
    expect(await (await fetch(`${siteUrl}/compliance/aurora-cloud/scs-compatible-kaas.svg`)).text()).toContain('does not hold SCS-compatible KaaS: no test results');

    const { page, errors } = await openPage(browser, `${siteUrl}/compliance/aurora-cloud`);
    const image = page.locator('.scs-badge-embed img');
    expect(await image.getAttribute('alt')).toBe(`${said}${tentatively}`);
    await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(50);
    const badge = await browser.newPage();
    await badge.goto(`${siteUrl}/compliance/aurora-cloud/scs-compatible-iaas.svg`);
    const box = await badge.locator('svg text').last().boundingBox();
    const width = Number(await badge.locator('svg').getAttribute('width'));
    // The text fits inside the badge.
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
    await badge.screenshot({ path: path.join(SCREENSHOTS, 'badge.png') });
    await badge.close();
    expect(errors).toEqual([]);
  });
});
