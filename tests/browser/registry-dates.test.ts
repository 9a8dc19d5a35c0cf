// States on the day a page is read, and the registry on any day (issue 12, §1
// and §2), on the shared build of global-setup.ts. "A site built a year ago,
// read today" is the same as "a site built today, read a year from now": the
// browser's clock is set ahead instead of building the portal again (which
// would cost CI a second build). Expectations come from the model.
//
// The build is made as on the run's suite day and every page is read on it
// (tests/suite-day.mts) unless a test sets its page's clock to another day.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, currentVersion, isNormative, lifecycleStateAt, stateChangeDays } from '../../plugins/standards/model/lifecycle.js';
import type { StandardDocument } from '../../plugins/standards/model/document.js';
import { allStandards, standardOf } from '../../plugins/standards/model/registry.js';
import { LIFECYCLE_STATES } from '../../plugins/standards/model/vocabulary.js';
import { documentPath, statusPagePath } from '../../plugins/standards/export/urls.js';
import { loadCorpus, type LoadedCorpus } from '../../plugins/standards/parse/load-corpus.js';
import { launchBrowser, openPage, pageDay } from './browser.js';
import { loadScopes } from '../../plugins/standards/parse/load-scopes.js';
import { readableScopes } from '../../plugins/standards/docusaurus/scopes-data.js';
import { toTrackScopesProp, type TrackScopeProp } from '../../plugins/standards/docusaurus/scope-props.js';
import { trackByName } from '../../plugins/standards/model/vocabulary.js';

const siteUrl = inject('siteUrl');
/** The day the run is about: the build's day and the day pages are read on (tests/suite-day.mts). */
const suiteDay = inject('suiteDay');

let browser: Browser;
let corpus: LoadedCorpus;
/** The day the shared build shows in its HTML. */
let buildDay: string;

beforeAll(async () => {
  [browser, corpus] = await Promise.all([launchBrowser(), loadCorpus('Standards')]);
  const html = await (await fetch(`${siteUrl}/standards`)).text();
  // The minifier drops attribute quotes where it can.
  buildDay = /data-scs-date="?(\d{4}-\d{2}-\d{2})"? data-scs-date-kind="?build/.exec(html)?.[1] ?? '';
});
afterAll(async () => browser?.close());

const label = (document: StandardDocument, day: string) => {
  const state = lifecycleStateAt(document, day);
  return state && LIFECYCLE_STATES[state].label;
};
const versions = () => corpus.registry.documents.filter((document) => document.kind === 'document');
/** The versions whose state on `day` differs from the build day's. */
const changedSinceBuild = (day: string) => versions().filter((document) => label(document, day) !== label(document, buildDay));
/**
 * A day the site is read on whose states differ from the build day's: a year after the build; if no state
 * changes within that year, the first day one changes; if none changes after the build day at all (the
 * corpus's dates have all passed), the last day before it on which a state was another: a page built
 * today and read with the clock set back shows that day's states as well.
 */
function dayReadOtherThanBuild(): string {
  const ahead = addDays(buildDay, 365);
  if (changedSinceBuild(ahead).length > 0) return ahead;
  const days = stateChangeDays(versions());
  const later = days.find((day) => day > buildDay && changedSinceBuild(day).length > 0);
  if (later) return later;
  const earlier = days.filter((day) => day < buildDay).map((day) => addDays(day, -1)).reverse().find((day) => changedSinceBuild(day).length > 0);
  return earlier ?? ahead;
}

/** A page whose clock says `now` (or the real one), with console errors (hydration mismatches among them) collected. */
/** The search page's line that counts the results. */
const resultCount = (page: Page) => page.locator('main [aria-live] > p').first();

/** The search page's result count checked, then every hit shown ("Show more results" until none is left): their links. */
async function allSearchHits(page: Page, expectedCount: number): Promise<(string | null)[]> {
  const count = resultCount(page);
  await expect.poll(() => count.innerText(), { timeout: 15_000 }).toMatch(/result|No matches/);
  expect(await count.innerText()).toBe(`${expectedCount} result(s).`);
  const more = page.getByRole('button', { name: 'Show more results' });
  while ((await more.count()) > 0) {
    const before = await page.locator('main ol li').count();
    await more.click();
    await expect.poll(() => page.locator('main ol li').count()).toBeGreaterThan(before);
  }
  return page.locator('main ol li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
}

async function open(url: string, now?: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (now) await page.clock.setFixedTime(new Date(`${now}T12:00:00Z`));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, errors };
}

describe('a page read long after its build', () => {
  it('says in its HTML which day its states are for: the suite day the test run built it for', () => {
    expect(buildDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(buildDay).toBe(suiteDay);
  });

  it('is read on the suite day in every page the tests open, unless a test sets another day', async () => {
    const context = await browser.newContext();
    const pages = [await browser.newPage(), await context.newPage(), (await openPage(browser, `${siteUrl}/standards`)).page];
    for (const page of pages) {
      if (page.url() === 'about:blank') await page.goto(`${siteUrl}/standards`, { waitUntil: 'load' });
      expect(await pageDay(page)).toBe(suiteDay);
    }
    // The page shows the suite day as today once running.
    await pages[2]!.locator(`[data-scs-date="${suiteDay}"][data-scs-date-kind="today"]`).waitFor({ timeout: 15_000 });
    const other = addDays(suiteDay, 40);
    await pages[0]!.clock.setFixedTime(new Date(`${other}T12:00:00Z`));
    await pages[0]!.goto(`${siteUrl}/standards`, { waitUntil: 'networkidle' });
    expect(await pageDay(pages[0]!)).toBe(other);
    await pages[0]!.locator(`[data-scs-date="${other}"][data-scs-date-kind="today"]`).waitFor({ timeout: 15_000 });
    await Promise.all([...pages.map((page) => page.close()), context.close()]);
  });

  it('shows the states of the day it is read, after load, without a hydration mismatch', async () => {
    const readDay = dayReadOtherThanBuild();
    const document = changedSinceBuild(readDay)[0];
    expect(document, `a state that differs between ${buildDay} and ${readDay}`).toBeDefined();

    // React separates text parts with empty comments in the HTML.
    const html = (await (await fetch(`${siteUrl}${documentPath(document!)}`)).text()).replaceAll('<!-- -->', '');
    expect(html).toContain(`States as on ${buildDay}, the day this page was built.`);

    const { page, errors } = await open(`${siteUrl}${documentPath(document!)}`, readDay);
    await page.locator(`[data-scs-date="${readDay}"][data-scs-date-kind="today"]`).waitFor({ timeout: 15_000 });
    expect(await page.locator('.scs-banner .scs-badge').first().innerText()).toBe(label(document!, readDay));
    expect(await page.locator('.scs-meta').getByText(`State on ${readDay}`).count()).toBe(1);

    // Its status page: the current version and every version's state on that day.
    const standard = standardOf(corpus.registry, document!)!;
    const status = await open(`${siteUrl}${statusPagePath(standard)}`, readDay);
    await status.page.locator(`[data-scs-date="${readDay}"]`).first().waitFor({ timeout: 15_000 });
    const current = currentVersion(standard.versions, readDay)!;
    expect(await status.page.getByText(`Current version on ${readDay}:`).locator('a').first().getAttribute('href')).toBe(documentPath(current));
    for (const version of standard.versions) {
      const row = status.page.locator('table.scs-table tbody tr').filter({ has: status.page.locator(`a[href="${documentPath(version)}"]`) });
      expect(await row.locator('.scs-badge').first().innerText(), version.fileName).toBe(label(version, readDay));
    }
    expect([...errors, ...status.errors]).toEqual([]);
    await Promise.all([page.close(), status.page.close()]);
  });

  it('gives the sidebar entries the states of the day the page is read, or of its ?date=', async () => {
    const readDay = addDays(buildDay, 365);
    // A version whose state differs a year after the build, else one that differs on a past day of the corpus.
    const differs = (day: string) => versions().filter((document) => document.status === 'Stable' || document.status === 'Deprecated').find((document) => lifecycleStateAt(document, day) !== lifecycleStateAt(document, buildDay));
    const pastDay = stateChangeDays(versions()).find((day) => day < buildDay && differs(day) !== undefined)!;
    const entryClass = (page: Page, document: StandardDocument) => page.locator(`.theme-doc-sidebar-container li:has(> a[href="${documentPath(document)}"])`).getAttribute('class');
    for (const [day, search, now] of [
      [readDay, '', readDay],
      [pastDay, `?date=${pastDay}`, undefined],
    ] as const) {
      const document = differs(day);
      if (!document) continue; // nothing changes in the year after the build: the ?date= case still runs
      // The HTML has the build day's class; the page, once running, that day's.
      const html = await (await fetch(`${siteUrl}${documentPath(document)}`)).text();
      expect(html).toMatch(new RegExp(`class="?[^">]*scs-sb-${lifecycleStateAt(document, buildDay)}[^>]*><a[^>]*href="?${documentPath(document)}"?`));
      const { page, errors } = await open(`${siteUrl}${documentPath(document)}${search}`, now);
      await expect.poll(() => entryClass(page, document), { timeout: 15_000 }).toContain(`scs-sb-${lifecycleStateAt(document, day)}`);
      // Every entry shown (the standard's versions) has that day's class, and only one state class.
      for (const version of standardOf(corpus.registry, document)!.versions) {
        const classes = (await entryClass(page, version))!.split(/\s+/).filter((name) => name.startsWith('scs-sb-'));
        expect(classes, `${version.fileName} on ${day}`).toEqual([`scs-sb-${lifecycleStateAt(version, day)}`]);
      }
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('leads a link to /latest inside a standard to the version in force on the day it is followed, or on the page\'s ?date=', async () => {
    const source = corpus.registry.documents.find((document) => document.fileName === 'scs-0110-v1-ssd-flavors.md')!;
    const standard = allStandards(corpus.registry).find((candidate) => candidate.id === 'scs-0100')!;
    const last = stateChangeDays(standard.versions).at(-1)!;
    // A day on which another version is current than on the last day a state changes.
    const first = stateChangeDays(standard.versions).find((day) => currentVersion(standard.versions, day) !== currentVersion(standard.versions, last))!;
    expect(first, 'a day with another current version of scs-0100').toBeDefined();
    // Without script the link goes to the short link's page, which leads on (the build day's version).
    const html = await (await fetch(`${siteUrl}${documentPath(source)}`)).text();
    expect(html).toMatch(/href="?\/standards\/scs-0100\/latest"?/);
    for (const [day, search] of [
      [last, ''],
      [first, `?date=${first}`],
    ] as const) {
      const { page, errors } = await open(`${siteUrl}${documentPath(source)}${search}`, last);
      const link = page.getByRole('link', { name: 'flavor naming version in force' });
      await expect.poll(() => link.getAttribute('href'), { timeout: 15_000 }).toBe(`/standards/scs-0100/latest${search}`);
      await link.click();
      await page.waitForURL(`**${documentPath(currentVersion(standard.versions, day)!)}${search}`, { timeout: 15_000 });
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("filters the search by the state of the day it is read, not of the build day", async () => {
    // The state label of some version on a day it differs from the build day's.
    const readDay = dayReadOtherThanBuild();
    const wanted = label(changedSinceBuild(readDay)[0]!, readDay)!;
    const expected = corpus.registry.documents
      .filter((document) => (document.kind === 'document' || document.kind === 'proposal') && label(document, readDay) === wanted)
      .map((document) => documentPath(document))
      .sort();
    const { page, errors } = await open(`${siteUrl}/search?state=${encodeURIComponent(wanted)}`, readDay);
    const hrefs = await allSearchHits(page, expected.length);
    expect(hrefs.sort()).toEqual(expected);
    for (const text of await page.locator('main ol li').allInnerTexts()) expect(text).toContain(wanted);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leads /latest to the version in force on the day it is followed', async () => {
    const standard = allStandards(corpus.registry).find((candidate) => new Set(stateChangeDays(candidate.versions).map((day) => currentVersion(candidate.versions, day))).size > 1)!;
    const days = stateChangeDays(standard.versions);
    const first = addDays(days[0]!, -1);
    const last = days.at(-1)!;
    for (const [day, search] of [
      [first, `?date=${first}`],
      [last, ''],
    ] as const) {
      const { page } = await open(`${siteUrl}/standards/${standard.id}/latest${search}`, last);
      await page.waitForURL(`**${documentPath(currentVersion(standard.versions, day)!)}${search}`, { timeout: 15_000 });
      await page.close();
    }
  });
});

describe('the registry on a chosen day', () => {
  /** A version deprecated today that was in force on the day it was stabilized: the registry then differs from now. */
  const pastCase = () => {
    const document = versions().find(
      (candidate) => lifecycleStateAt(candidate, suiteDay) === 'deprecated' && candidate.stabilizedAt && isNormative(lifecycleStateAt(candidate, candidate.stabilizedAt)),
    )!;
    return { document, day: document.stabilizedAt!, standard: standardOf(corpus.registry, document)! };
  };

  it('shows the overview as on that day, says it is not today, and lists the transitions of the 180 days after it', async () => {
    const { document, day, standard } = pastCase();
    const { page, errors } = await open(`${siteUrl}/standards?date=${day}`);
    const notice = page.locator(`[data-scs-date="${day}"][data-scs-date-kind="chosen"]`);
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.innerText()).toContain('Not today');
    expect(await page.getByLabel('Registry on').inputValue()).toBe(day);
    // The version sits in the column of its state on that day.
    const row = page.locator('table.scs-overview__table tbody tr').filter({ has: page.locator(`th a[href^="${statusPagePath(standard)}"]`) });
    const columns = await page.locator('table.scs-overview__table thead th').allInnerTexts();
    const column = columns.findIndex((text) => text.trim() === LIFECYCLE_STATES[lifecycleStateAt(document, day)!].column);
    expect(await row.locator('td').nth(column - 1).locator(`a[href^="${documentPath(document)}"]`).count()).toBe(1);
    // Every change of state in the 180 days after it, as the model computes it.
    const until = addDays(day, 180);
    const expected = corpus.registry.documents
      .filter((candidate) => candidate.kind !== 'template' && candidate.kind !== 'supplement')
      .flatMap((candidate) => stateChangeDays([candidate]).filter((change) => change > day && change <= until && lifecycleStateAt(candidate, change) !== lifecycleStateAt(candidate, addDays(change, -1))));
    expect(await page.locator('.scs-coming__list li').count()).toBe(expected.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("titles and describes each standard with its current version's title and description on that day", async () => {
    // A standard whose current version on some past day has another title or description than today's.
    const heading = (document: StandardDocument | undefined) => `${document?.title}\n${document?.description ?? ''}`;
    let found: { standard: ReturnType<typeof allStandards>[number]; day: string } | undefined;
    for (const standard of allStandards(corpus.registry)) {
      const day = stateChangeDays(standard.versions).find((change) => heading(currentVersion(standard.versions, change)) !== heading(currentVersion(standard.versions, suiteDay)));
      if (day) found = { standard, day };
    }
    expect(found, 'a standard whose current title or description changed').toBeDefined();
    const { standard, day } = found!;
    const current = currentVersion(standard.versions, day)!;
    const { page, errors } = await open(`${siteUrl}/standards?date=${day}`);
    const row = page.locator('table.scs-overview__table tbody tr').filter({ has: page.locator(`th a[href^="${statusPagePath(standard)}"]`) });
    await expect.poll(() => row.locator('td').first().innerText(), { timeout: 15_000 }).toBe(current.description ? `${current.title}\n${current.description}` : current.title);
    const status = await open(`${siteUrl}${statusPagePath(standard)}?date=${day}`);
    await expect.poll(() => status.page.locator('main h1').innerText(), { timeout: 15_000 }).toBe(`${standard.id}: ${current.title}`);
    if (current.description) expect(await status.page.locator('main .scs-lead').first().innerText()).toBe(current.description);
    expect([...errors, ...status.errors]).toEqual([]);
    await Promise.all([page.close(), status.page.close()]);
  });

  it('keeps the day across links, and returns to today with the Today button', async () => {
    const { document, day, standard } = pastCase();
    const { page, errors } = await open(`${siteUrl}/standards?date=${day}`);
    await page.locator(`[data-scs-date="${day}"]`).waitFor({ timeout: 15_000 });
    await page.locator(`table.scs-overview__table th a[href="${statusPagePath(standard)}?date=${day}"]`).click();
    await page.waitForURL(`**${statusPagePath(standard)}?date=${day}`);
    const row = () => page.locator('table.scs-table tbody tr').filter({ has: page.locator(`a[href^="${documentPath(document)}"]`) });
    await expect.poll(() => row().locator('.scs-badge').first().innerText()).toBe(label(document, day));
    // On to the document: its banner is for that day too.
    await row().locator(`a[href="${documentPath(document)}?date=${day}"]`).click();
    await page.waitForURL(`**${documentPath(document)}?date=${day}`);
    await expect.poll(() => page.locator('.scs-banner .scs-badge').first().innerText()).toBe(label(document, day));
    expect(await page.locator(`[data-scs-date="${day}"][data-scs-date-kind="chosen"]`).count()).toBe(1);
    // Back on the status page, Today drops the date.
    await page.goto(`${siteUrl}${statusPagePath(standard)}?date=${day}`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Today' }).click();
    await page.waitForURL((url) => !url.search.includes('date='));
    await expect.poll(() => row().locator('.scs-badge').first().innerText()).toBe(label(document, suiteDay));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('picks a day with the date field from the keyboard, committing only the whole day (Enter or leaving the field)', async () => {
    const { document, day, standard } = pastCase();
    const { page, errors } = await open(`${siteUrl}${statusPagePath(standard)}`);
    // Every address the page moves to, including replaces of the history entry.
    const addresses = () => page.evaluate(() => (window as unknown as { scsAddresses: string[] }).scsAddresses);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { scsAddresses: string[] }).scsAddresses = seen;
      for (const name of ['pushState', 'replaceState'] as const) {
        const original = history[name].bind(history);
        history[name] = (data: unknown, unused: string, url?: string | URL | null) => {
          if (url) seen.push(String(url));
          original(data, unused, url);
        };
      }
    });
    const field = page.getByLabel('Registry on');
    await field.focus();
    const [year, month, dayOfMonth] = day.split('-');
    // Chromium's date field takes the digits in the order of its locale (en-US: month, day, year).
    // The year passes through 0002, 0020, 0202: none of these is shown or put in the address.
    await page.keyboard.type(`${month}${dayOfMonth}${year}`, { delay: 30 });
    await page.waitForTimeout(500);
    expect(await field.inputValue()).toBe(day);
    expect(await addresses()).toEqual([]);
    expect(page.url()).not.toContain('date=');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**?date=${day}`);
    expect(await addresses()).toEqual([`${statusPagePath(standard)}?date=${day}`]);
    const row = page.locator('table.scs-table tbody tr').filter({ has: page.locator(`a[href^="${documentPath(document)}"]`) });
    await expect.poll(() => row.locator('.scs-badge').first().innerText()).toBe(label(document, day));

    // Typing another day and leaving the field commits it once, too.
    const next = `${Number(year) + 1}-${month}-${dayOfMonth}`;
    // Enter leaves the focus in the field's last part: focusing it again starts at its first part.
    await field.blur();
    expect(page.url()).toContain(`date=${day}`);
    await field.focus();
    await page.keyboard.type(`${month}${dayOfMonth}${Number(year) + 1}`, { delay: 30 });
    await page.waitForTimeout(300);
    expect(page.url()).toContain(`date=${day}`);
    await field.blur();
    await page.waitForURL(`**?date=${next}`);
    // A day set at once (as the calendar does, without keys) is committed at once.
    await field.fill(day);
    await page.waitForURL(`**?date=${day}`);
    expect(await addresses()).toEqual([day, next, day].map((shown) => `${statusPagePath(standard)}?date=${shown}`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the day across a click in the sidebar, with the entry it leads to highlighted and plain links in the HTML', async () => {
    const { day } = pastCase();
    const standard = allStandards(corpus.registry).find((candidate) => candidate.versions.length > 1)!;
    const [from, to] = standard.versions;
    const entry = (page: Page, document: StandardDocument) => page.locator(`.theme-doc-sidebar-container a.menu__link[href="${documentPath(document)}"]`);
    // Without script the entry is the plain address.
    const html = await (await fetch(`${siteUrl}${documentPath(from!)}?date=${day}`)).text();
    expect(html).toMatch(new RegExp(`href="?${documentPath(to!)}"?[ >]`));
    const { page, errors } = await open(`${siteUrl}${documentPath(from!)}?date=${day}`);
    await page.locator(`[data-scs-date="${day}"][data-scs-date-kind="chosen"]`).first().waitFor({ timeout: 15_000 });
    expect(await entry(page, from!).getAttribute('aria-current')).toBe('page');
    await entry(page, to!).click();
    await page.waitForURL(`**${documentPath(to!)}?date=${day}`, { timeout: 15_000 });
    await expect.poll(() => page.locator('.scs-banner .scs-badge').first().innerText()).toBe(label(to!, day));
    expect(await page.locator(`[data-scs-date="${day}"][data-scs-date-kind="chosen"]`).count()).toBe(1);
    // The entry clicked is the active one, its address still plain.
    await expect.poll(() => entry(page, to!).getAttribute('aria-current')).toBe('page');
    expect(await entry(page, to!).getAttribute('class')).toContain('menu__link--active');
    expect(await entry(page, from!).getAttribute('aria-current')).toBeNull();
    // Without a chosen day a click goes to the plain address.
    await page.getByRole('link', { name: 'Show today' }).click();
    await page.waitForURL((url) => !url.search.includes('date='));
    await entry(page, from!).click();
    await page.waitForURL((url) => url.pathname === documentPath(from!) && url.search === '', { timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches as on that day: the state filter, the hits\' states and their links, marked as not today', async () => {
    const { document, day } = pastCase();
    const wanted = label(document, day)!;
    expect(wanted).not.toBe(label(document, suiteDay));
    const expected = corpus.registry.documents
      .filter((candidate) => (candidate.kind === 'document' || candidate.kind === 'proposal') && label(candidate, day) === wanted)
      .map((candidate) => documentPath(candidate))
      .sort();
    const { page, errors } = await open(`${siteUrl}/search?state=${encodeURIComponent(wanted)}&date=${day}`);
    const notice = page.locator(`[data-scs-date="${day}"][data-scs-date-kind="chosen"]`);
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.innerText()).toContain('Not today');
    expect(await page.getByLabel('Registry on').inputValue()).toBe(day);
    const hrefs = await allSearchHits(page, expected.length);
    expect(hrefs.map((href) => href!.replace(`?date=${day}`, '')).sort()).toEqual(expected);
    expect(hrefs.every((href) => href!.endsWith(`?date=${day}`))).toBe(true);
    for (const text of await page.locator('main ol li').allInnerTexts()) expect(text).toContain(wanted);
    // Today drops the day: the same filter then finds today's pages.
    await page.getByRole('button', { name: 'Today' }).click();
    await page.waitForURL((url) => !url.search.includes('date=') && url.search.includes('state='));
    const todays = corpus.registry.documents.filter((candidate) => (candidate.kind === 'document' || candidate.kind === 'proposal') && label(candidate, suiteDay) === wanted).length;
    await expect.poll(() => resultCount(page).innerText(), { timeout: 15_000 }).toBe(todays === 0 ? 'No matches.' : `${todays} result(s).`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('carries the day from a dated page into the navbar search: its hits and /search', async () => {
    const { document, day } = pastCase();
    const { page, errors } = await open(`${siteUrl}${documentPath(document)}?date=${day}`);
    await page.locator(`[data-scs-date="${day}"][data-scs-date-kind="chosen"]`).first().waitFor({ timeout: 15_000 });
    const box = page.locator('.navbar').getByRole('searchbox', { name: 'Search standards and documentation' });
    const id = /^scs-\d{4}-v\d+/.exec(document.id)![0];
    await box.fill(id);
    const hit = page.locator('.navbar').locator(`a[href="${documentPath(document)}?date=${day}"]`);
    await hit.first().waitFor({ timeout: 15_000 });
    expect(await hit.first().locator('xpath=..').innerText()).toContain(label(document, day)!);
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === id && url.searchParams.get('date') === day, { timeout: 15_000 });
    await page.locator(`[data-scs-date="${day}"][data-scs-date-kind="chosen"]`).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator(`main ol li > a[href="${documentPath(document)}?date=${day}"]`).count(), { timeout: 15_000 }).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows each scope version\'s state on the scope index, for the build day in the HTML and for the ?date= once running', async () => {
    const scopes = readableScopes(await loadScopes('Standards/scopes', { relativeTo: 'Standards' }));
    const listed = (day: string) => toTrackScopesProp(trackByName('Scopes')!, scopes, day);
    const texts = (list: TrackScopeProp[]) => list.flatMap((scope) => scope.versions.map((version) => `${scope.name} ${version.version} ${version.stateLabel}`));
    // A day of the scopes' timelines whose states differ from the build day's.
    const day = [...new Set(scopes.flatMap((scope) => scope.timeline.map((entry) => entry.date)))]
      .sort()
      .find((candidate) => JSON.stringify(texts(listed(candidate))) !== JSON.stringify(texts(listed(buildDay))))!;
    expect(day, 'a day on which a scope version has another state').toBeDefined();
    const html = (await (await fetch(`${siteUrl}/standards/scopes`)).text()).replaceAll('<!-- -->', '');
    for (const scope of listed(buildDay)) {
      for (const version of scope.versions) expect(html).toMatch(new RegExp(`data-scope-version="?${version.version}"?>${version.version} <span class="?scs-badge scs-badge--scope-${version.state}"?>${version.stateLabel}<`));
    }
    const { page, errors } = await open(`${siteUrl}/standards/scopes?date=${day}`);
    await page.locator(`[data-scs-date="${day}"][data-scs-date-kind="chosen"]`).waitFor({ timeout: 15_000 });
    const shown = async () => {
      const result: string[] = [];
      for (const scope of listed(day)) {
        const item = page.locator('.scs-track-scopes > li').filter({ has: page.locator(`a[href^="${scope.url}"]`) });
        for (const text of await item.locator('li[data-scope-version]').allInnerTexts()) result.push(`${scope.name} ${text.trim()}`);
      }
      return result;
    };
    await expect.poll(shown, { timeout: 15_000 }).toEqual(texts(listed(day)));
    // The link to a scope keeps the day, and so does the way back.
    const first = listed(day)[0]!;
    await page.locator(`.scs-track-scopes a[href="${first.url}?date=${day}"]`).click();
    await page.waitForURL(`**${first.url}?date=${day}`, { timeout: 15_000 });
    await page.locator('.scs-crumbs').getByRole('link', { name: 'Scopes' }).click();
    await page.waitForURL(`**/standards/scopes?date=${day}`, { timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when the date is not a day, and shows today', async () => {
    const { page } = await open(`${siteUrl}/standards?date=2025-02-30`);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: '2025-02-30' }).count()).toBe(1);
    expect(await page.getByRole('alert').filter({ hasText: '2025-02-30' }).innerText()).toContain(`showing today, ${suiteDay}`);
    await page.close();
  });
});
