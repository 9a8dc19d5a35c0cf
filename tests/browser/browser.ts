// One Chromium per test file, with console errors collected per page.
//
// Every page of a test file's browser is read on the run's suite day (tests/suite-day.mts): each new
// context (browser.newPage makes one too) gets its clock's date fixed at noon UTC of that day before
// anything is loaded in it, while timers keep running. The pages recompute their states for the day
// they are read, and the builds show the suite day, so a page read after midnight still shows the
// states the test expects. A test about another day sets it on its page (`page.clock.setFixedTime`).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.js';
import { noonOf } from '../suite-day.mjs';

export async function launchBrowser(day: string = inject('suiteDay')): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const newContext = browser.newContext.bind(browser);
  // browser.newPage makes its page's own context through browser.newContext (registry-dates.test.ts checks that its clock is fixed too).
  browser.newContext = async (...args: Parameters<Browser['newContext']>): Promise<BrowserContext> => {
    const context = await newContext(...args);
    await context.clock.setFixedTime(noonOf(day));
    return context;
  };
  return browser;
}

/** The day a page's clock says, YYYY-MM-DD in UTC, as the portal's own code reads it. */
export async function pageDay(page: Page): Promise<string> {
  return page.evaluate(() => new Date().toISOString().slice(0, 10));
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen on this page so far. */
  errors: string[];
}

export async function openPage(browser: Browser, url: string): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (!response || response.status() >= 400) errors.push(`HTTP ${response?.status()} for ${url}`);
  return { page, errors };
}
