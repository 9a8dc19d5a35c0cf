// WCAG 2.1 AA on every kind of page, in light and dark mode, and the portal
// used with a keyboard alone. Readers include public administrations that are
// bound to WCAG 2.1 AA (EN 301 549), so a violation here is a bug, not a nit.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, type ExpectStatic } from 'vitest';
import { loadCorpus } from '../../plugins/standards/parse/load-corpus.js';
import { runAxe, formatViolations, type ColorScheme } from './axe.js';
import { launchBrowser } from './browser.js';
import { pageTypes, type PageType } from './page-types.js';

const siteUrl = inject('siteUrl');
const corpus = await loadCorpus('Standards');
const PAGE_TYPES = pageTypes(corpus, inject('suiteDay'));
const SCHEMES: ColorScheme[] = ['light', 'dark'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

// Most of a test here is waiting (for the network to be idle, for React to take over), so the tests of a group
// run a few at a time (the browser project's maxConcurrency in vitest.config.mts), each in a page and context of
// its own: nothing is shared between them but the browser. Their assertions use the test's own `expect`.

/** Opens a page type as a reader whose system is set to `scheme`, once React has taken over. */
async function openAs(type: PageType, scheme: ColorScheme, check: ExpectStatic = expect, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, colorScheme: scheme });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${siteUrl}${type.path}`, { waitUntil: 'networkidle' });
  check(response?.status(), type.path).toBe(type.status ?? 200);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-has-hydrated') === 'true');
  await type.settle?.(page);
  // A drawn diagram is checked as drawn, not as its source shown while Mermaid loads.
  if ((await page.locator('[data-mermaid-diagram]').count()) > 0) await page.locator('[data-mermaid-diagram] svg').first().waitFor({ timeout: 30_000 });
  return { page, errors };
}

describe.each(SCHEMES)('axe-core WCAG 2.1 A and AA, %s mode', (scheme) => {
  it.concurrent.for(PAGE_TYPES)('$name ($path) has no violations', async (type, { expect }) => {
    const { page, errors } = await openAs(type, scheme, expect);
    // The site follows the system setting when the reader has not chosen one.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
    const violations = await runAxe(page);
    expect(violations.length, `${type.name} (${type.path}), ${scheme} mode:\n${formatViolations(violations)}`).toBe(0);
    // WCAG 2.1's 4.1.1 still asks for unique ids; axe 4.x no longer checks it.
    expect(await duplicateIds(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

const duplicateIds = (page: Page) =>
  page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll('[id]')) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    return [...seen].filter(([, count]) => count > 1).map(([id, count]) => `${id} (${count} times)`);
  });

describe('on a 320 px wide screen (WCAG 1.4.10 reflow)', () => {
  it.concurrent.for(PAGE_TYPES)('$name: no sideways scrolling of the page, and no violations with the menu open', async (type, { expect }) => {
    const { page } = await openAs(type, 'light', expect, { width: 320, height: 700 });
    // Wide tables scroll inside their own box; the page itself does not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    let violations = await runAxe(page);
    expect(violations.length, `${type.name} at 320 px:\n${formatViolations(violations)}`).toBe(0);
    await page.getByRole('button', { name: 'Toggle navigation bar' }).click();
    await page.locator('.navbar-sidebar').waitFor();
    // Checked once it has slid in: mid-transition, colours are blends of the backdrop.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    violations = await runAxe(page);
    expect(violations.length, `${type.name} at 320 px, menu open:\n${formatViolations(violations)}`).toBe(0);
    await page.close();
  });
});

describe('the colour-mode switch', () => {
  it.concurrent.for(SCHEMES)('overrides a %s system setting, keeps the choice across pages, and the chosen mode passes axe', async (system, { expect }) => {
    const wanted: ColorScheme = system === 'light' ? 'dark' : 'light';
    const overview = PAGE_TYPES.find((type) => type.name === 'overview')!;
    const { page } = await openAs(overview, system, expect);
    const toggle = page.getByRole('button', { name: /switch between dark and light mode/i });
    // The switch cycles system -> light -> dark; a keyboard user presses it until the other mode shows.
    for (let press = 0; press < 3 && (await page.evaluate(() => document.documentElement.dataset.theme)) !== wanted; press++) {
      await toggle.focus();
      await page.keyboard.press('Enter');
    }
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(wanted);
    // The palette follows the attribute, not the system setting: Infima's text colour of that mode.
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe(wanted === 'dark' ? 'rgb(227, 227, 227)' : 'rgb(28, 30, 33)');
    await page.locator('main a[href^="/standards/"]').first().click();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(wanted);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(wanted);
    const violations = await runAxe(page);
    expect(violations.length, `${page.url()} in ${wanted} mode chosen over a ${system} system:\n${formatViolations(violations)}`).toBe(0);
    await page.close();
  });
});

interface FocusStop {
  /** Stable per element for this walk (set on first visit). */
  key: string;
  name: string;
  region: 'main' | 'nav' | 'aside' | 'footer' | 'other';
  /** What makes the focus visible, or null when nothing does. */
  indicator: string | null;
  inViewport: boolean;
  opaque: boolean;
}

/** Where the keyboard focus is now and whether a sighted keyboard user can see it. */
async function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) return null;
    element.dataset.focusWalk ??= String(document.querySelectorAll('[data-focus-walk]').length);
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? `outline ${style.outlineWidth} ${style.outlineColor}` : null;
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : null;
    let opaque = true;
    for (let node: HTMLElement | null = element; node; node = node.parentElement) if (getComputedStyle(node).opacity === '0') opaque = false;
    const region = element.closest('main') ? 'main' : element.closest('nav') ? 'nav' : element.closest('aside') ? 'aside' : element.closest('footer') ? 'footer' : 'other';
    return {
      key: element.dataset.focusWalk,
      name: `${element.tagName.toLowerCase()}${element instanceof HTMLInputElement && element.type === 'date' ? '[type=date]' : ''} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
      region,
      indicator: outline ?? shadow,
      inViewport: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
      opaque,
    };
  });
}

/** Whether the focused element is drawn opaque and inside the viewport (focusStop's `opaque` and `inViewport`). */
function isFocusShown(): boolean {
  const element = document.activeElement;
  if (!element) return true;
  for (let node: Element | null = element; node; node = node.parentElement) if (getComputedStyle(node).opacity === '0') return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
}

/** Tabs from the top of the page until the focus leaves the document; every stop on the way. */
async function tabThrough(page: Page, limit = 400): Promise<{ stops: FocusStop[]; problems: string[]; ended: boolean }> {
  const stops: FocusStop[] = [];
  const problems: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    let stop = await focusStop(page);
    if (stop === null) return { stops, problems, ended: true };
    // Controls that fade in on focus (heading anchors, the copy button) get their transition's time:
    // up to 300 ms, checked on every frame rather than after a fixed 300 ms sleep per control.
    if (!stop.opaque || !stop.inViewport) {
      await page.waitForFunction(isFocusShown, undefined, { timeout: 300, polling: 'raf' }).catch(() => undefined);
      stop = (await focusStop(page))!;
    }
    // A date field takes one Tab per part (month, day, year) while staying the focused element: not a loop.
    if (stops.at(-1)?.key === stop.key && stop.name.startsWith('input[type=date]')) continue;
    if (stops.some((seen) => seen.key === stop!.key)) {
      problems.push(`focus came back to ${stop.name} after ${stops.length} stops: a keyboard trap or a loop`);
      break;
    }
    stops.push(stop);
    if (!stop.indicator) problems.push(`${stop.region} ${stop.name}: no visible focus indicator`);
    if (!stop.inViewport) problems.push(`${stop.region} ${stop.name}: focused outside the viewport`);
    if (!stop.opaque) problems.push(`${stop.region} ${stop.name}: focused while invisible`);
  }
  return { stops, problems, ended: false };
}

/** Whether <main> has anything to Tab to (the 404 page has only text). */
const mainHasControls = (page: Page) =>
  page.evaluate(() => document.querySelector('main')?.querySelector('a[href], button, input, select, textarea, [tabindex="0"]') != null);

describe('keyboard only', () => {
  const WALKED = PAGE_TYPES.filter((type) => type.walk !== false);

  it.concurrent.for(WALKED)('$name: Tab reaches every control with visible focus and leaves the page (no trap)', async (type, { expect }) => {
    const { page } = await openAs(type, 'light', expect);
    // settle() may have put the focus in the search box; start from the top as a reader arriving does.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const { stops, problems, ended } = await tabThrough(page);
    expect(problems, stops.map((stop) => `${stop.region} ${stop.name}`).join('\n')).toEqual([]);
    expect(ended, `still inside the page after ${stops.length} Tab presses`).toBe(true);
    expect(stops[0]!.name).toMatch(/skip to main content/i);
    if (await mainHasControls(page)) expect(new Set(stops.map((stop) => stop.region))).toContain('main');
    await page.close();
  });

  // One page per layout: the skip link is the same component everywhere, what follows <main> is not.
  const LAYOUTS = ['home', 'overview', 'status page', 'document, effective', 'handbook page', 'search, with hits', '404'];
  it.concurrent.for(WALKED.filter((type) => LAYOUTS.includes(type.name)))('$name: the skip link is the first stop, visible, and moves the focus into <main>', async (type, { expect }) => {
    const { page } = await openAs(type, 'light', expect);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    const skip = await focusStop(page);
    expect(skip?.name).toMatch(/skip to main content/i);
    expect(skip?.inViewport && skip.opaque && skip.indicator !== null).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    // The next stop is inside the main content, past the navbar and sidebar (or the footer, when main has no controls).
    await page.keyboard.press('Tab');
    expect((await focusStop(page))?.region).toBe((await mainHasControls(page)) ? 'main' : 'footer');
    await page.close();
  });

  it('the overview filters work from the keyboard, and the row count is announced', async () => {
    const overview = PAGE_TYPES.find((type) => type.name === 'overview')!;
    const { page } = await openAs(overview, 'light');
    const rows = page.locator('table.scs-overview__table tbody tr');
    const all = await rows.count();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // Tab to the Track filter from the skip link's target, as a reader would.
    const track = page.getByLabel('Track');
    for (let press = 0; press < 10 && !(await track.evaluate((element) => element === document.activeElement)); press++) await page.keyboard.press('Tab');
    expect(await track.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => rows.count()).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.get('track')).not.toBeNull();
    // Type, State, then the text field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('zzzz-no-such-standard');
    await expect.poll(() => rows.count()).toBe(0);
    expect(await page.locator('.scs-count[aria-live]').innerText()).toMatch(/Showing 0 of/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Clear filters');
    await page.keyboard.press('Enter');
    await expect.poll(() => rows.count()).toBe(all);
    await page.close();
  });

  it('the navbar search box: type, Tab into the hits, Escape closes, Enter opens all results', async () => {
    const home = PAGE_TYPES.find((type) => type.name === 'home')!;
    const { page } = await openAs(home, 'light');
    const box = page.getByRole('searchbox', { name: 'Search standards and documentation' });
    for (let press = 0; press < 10 && !(await box.evaluate((element) => element === document.activeElement)); press++) await page.keyboard.press('Tab');
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('entropy');
    const hits = page.locator('nav [role="search"] ul li a');
    await hits.first().waitFor({ timeout: 15_000 });
    // Screen readers hear that hits appeared, since the focus stays in the box.
    expect(await page.locator('nav [role="search"] [role="status"]').innerText()).toMatch(/^\d+ matches; Tab to reach them\.$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="search"] ul') !== null)).toBe(true);
    expect((await focusStop(page))?.indicator).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => hits.count()).toBe(0);
    await box.focus();
    await page.keyboard.type('entropy');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=entropy/);
    await page.locator('main ol li a').first().waitFor({ timeout: 15_000 });
    await page.close();
  });

  it('the search page: the field, both filters and the button are labelled and reachable', async () => {
    const search = PAGE_TYPES.find((type) => type.name === 'search, with hits')!;
    const { page } = await openAs(search, 'light');
    const form = page.locator('main [role="search"]');
    const names: string[] = [];
    await form.getByRole('searchbox').focus();
    for (let press = 0; press < 4; press++) {
      names.push(await page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement;
        return `${element.tagName.toLowerCase()} ${element.labels?.[0]?.textContent?.trim() ?? element.getAttribute('aria-label') ?? element.textContent}`;
      }));
      await page.keyboard.press('Tab');
    }
    expect(names).toEqual([expect.stringMatching(/^input Search/), expect.stringMatching(/^select Track/), expect.stringMatching(/^select State/), 'button Search']);
    await page.close();
  });
});
