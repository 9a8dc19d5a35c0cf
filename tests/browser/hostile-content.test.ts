// The hostile-content fixture (tests/fixtures/hostile-content) built into a
// real portal and read by Chromium: every link and element of each hostile
// page is clicked; no dialog may open, no script URL may be followed, no
// payload may run, and the text after every unclosed element must be there.
// The portal of the other browser tests is built from Standards/ only, so this
// file reads a build of its own, from the fixture alone (made in global setup,
// see tests/browser/site-builds.ts for why six documents suffice).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.js';

const HOSTILE_PAGES = [
  'scs-0180-v1-svg-animation',
  'scs-0181-v1-unclosed-blocks',
  'scs-0182-v1-unclosed-inline',
  'scs-0183-v1-dom-clobbering',
  'scs-0184-v1-script-urls',
  'scs-0185-v1-attachments',
];

// Built from the fixture alone in global setup, before this file starts (tests/browser/site-builds.ts, "hostile").
const { url: siteUrl, dir: siteDir } = inject('sites').hostile!;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Tests talk to 127.0.0.1 only: whatever a hostile page asks for elsewhere is refused (and counted).
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  // A click on a link to a script URL runs it without any navigation event: record such clicks where they happen.
  await context.addInitScript({
    // A string, not a function: what the test runner compiles could refer to helpers the page does not have.
    // Kept in sessionStorage: a script URL whose value is a string replaces the document, and its window with it.
    content: `document.addEventListener('click', (event) => {
      const link = event.target && event.target.closest ? event.target.closest('a') : null;
      if (!link) return;
      const href = link instanceof SVGAElement ? link.href.animVal : link.href;
      if (/^\\s*(javascript|vbscript):/i.test(href)) sessionStorage.setItem('scsScriptLinks', (sessionStorage.getItem('scsScriptLinks') || '') + href + '\\n');
    }, true);`,
  });
});

afterAll(async () => {
  await browser?.close();
});

interface Watched {
  page: Page;
  dialogs: string[];
  navigations: string[];
  offsite: string[];
}

async function open(url: string): Promise<Watched> {
  const page = await context.newPage();
  const watched: Watched = { page, dialogs: [], navigations: [], offsite: [] };
  page.on('dialog', (dialog) => {
    watched.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('framenavigated', (frame) => watched.navigations.push(frame.url()));
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') watched.offsite.push(request.url());
  });
  // A payload that runs without a dialog marks the window instead.
  await page.goto(url, { waitUntil: 'networkidle' });
  return watched;
}

/** What a payload would have left behind, plus everything the page did that it must not. */
async function evidence(watched: Watched): Promise<{ dialogs: string[]; scriptNavigations: string[]; scriptLinksClicked: unknown; offsite: string[]; marker: unknown }> {
  const [marker, scriptLinksClicked] = await watched.page
    .evaluate(() => {
      const state = window as unknown as { __scsHostile?: unknown };
      return [state.__scsHostile, sessionStorage.getItem('scsScriptLinks') ?? undefined];
    })
    .catch(() => [undefined, undefined]);
  return {
    dialogs: watched.dialogs,
    // Pictures may be opened as data:image/ URLs, a downloaded file leaves its tab without one; nothing else but the site itself.
    scriptNavigations: [...watched.navigations, watched.page.url()].filter((url) => url !== '' && !/^https?:|^about:blank$|^data:image\//i.test(url)),
    scriptLinksClicked,
    offsite: watched.offsite,
    marker,
  };
}

const CLEAN = { dialogs: [], scriptNavigations: [], scriptLinksClicked: undefined, offsite: [], marker: undefined };
const pageUrl = (name: string) => `${siteUrl}/standards/${name}`;

describe.each(HOSTILE_PAGES)('%s in Chromium', (name) => {
  it('carries nothing that can run: no script, SVG, MathML, handler or script URL in the document', async () => {
    const watched = await open(pageUrl(name));
    const found = await watched.page.evaluate(() => {
      // The document's own content; the theme around it (icons, edit link) is not the document's.
      const body = document.querySelector('article .markdown')!;
      const problems: string[] = [];
      for (const element of body.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase();
        if (['script', 'style', 'svg', 'math', 'iframe', 'object', 'embed', 'form', 'base', 'meta', 'animate', 'set', 'foreignobject', 'template', 'noscript', 'textarea', 'select'].includes(tag) && !element.closest('.scs-mermaid')) {
          problems.push(`<${tag}>`);
        }
        for (const attribute of element.attributes) {
          const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          if (/^on/i.test(attribute.name)) problems.push(`${tag}[${attribute.name}]`);
          if (/^(javascript|vbscript|data):/.test(value) && !/^data:image\//.test(value)) problems.push(`${tag}[${attribute.name}=${attribute.value}]`);
        }
      }
      return problems;
    });
    expect(found).toEqual([]);
    expect(await evidence(watched)).toEqual(CLEAN);
    await watched.page.close();
  });

  it('runs nothing when every element is clicked, and follows no script URL from any link', async () => {
    const watched = await open(pageUrl(name));
    // Every element of the document, clicked in place (links that leave the page are followed one by one below).
    const clicked = await watched.page.evaluate(() => {
      let count = 0;
      for (const element of document.querySelectorAll('article .markdown *')) {
        if (element.closest('a[href]:not([href^="#"])')) continue;
        (element as HTMLElement).click?.();
        element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
        element.dispatchEvent(new FocusEvent('focus'));
        count++;
      }
      return count;
    });
    expect(clicked).toBeGreaterThan(10);
    await watched.page.waitForTimeout(300);
    expect(await evidence(watched)).toEqual(CLEAN);
    // A script URL that evaluates to a string replaces the whole document: it must still be the page.
    expect(await watched.page.locator('article .markdown').count()).toBe(1);
    const links = await watched.page.locator('article .markdown a[href]').count();
    await watched.page.close();

    // Each link in a fresh tab of its own, six tabs at a time: most of a visit is waiting (for a tab that may
    // open, for a payload that may run), and what a visit records is its tab's alone (listeners, sessionStorage).
    const visitLink = async (index: number) => {
      const visit = await open(pageUrl(name));
      const link = visit.page.locator('article .markdown a[href]').nth(index);
      const href = await link.getAttribute('href');
      expect(href, `link ${index}`).toMatch(/^(https?:|mailto:|#|\/|data:image\/)/);
      // Without script only a target or a download opens a tab: those links get the long wait, the rest a short one.
      const mayOpenTab = await link.evaluate((anchor) => !['', '_self'].includes(anchor.getAttribute('target') ?? '') || anchor.hasAttribute('download'));
      const popup = visit.page.waitForEvent('popup', { timeout: mayOpenTab ? 1500 : 300 }).catch(() => null);
      await link.click({ force: true, timeout: 5000, modifiers: [] }).catch(() => undefined);
      const opened = await popup;
      await visit.page.waitForTimeout(300);
      expect(await evidence(visit), `after clicking ${href}`).toEqual(CLEAN);
      if (opened) {
        const watchedPopup: Watched = { page: opened, dialogs: [], navigations: [opened.url()], offsite: [] };
        opened.on('dialog', (dialog) => {
          watchedPopup.dialogs.push(dialog.message());
          void dialog.dismiss().catch(() => undefined);
        });
        // A file the browser downloads closes its tab by itself.
        await opened.waitForLoadState('load').catch(() => undefined);
        await opened.waitForTimeout(300).catch(() => undefined);
        expect(await evidence(watchedPopup), `in the tab ${href} opened`).toEqual(CLEAN);
        await opened.close().catch(() => undefined);
      }
      await visit.page.close();
    };
    let next = 0;
    const worker = async () => {
      for (let index = next++; index < links; index = next++) await visitLink(index);
    };
    await Promise.all(Array.from({ length: 6 }, () => worker()));
  }, 240_000);
});

describe('text after unclosed elements', () => {
  const MARKERS: Record<string, string[]> = {
    'scs-0181-v1-unclosed-blocks': ['NOSCRIPT', 'TEMPLATE', 'STYLE', 'SCRIPT', 'TEXTAREA', 'TITLE', 'XMP', 'IFRAME', 'NOEMBED', 'NOFRAMES', 'SELECT', 'COMMENT', 'PLAINTEXT', 'LAST'],
    'scs-0182-v1-unclosed-inline': ['INLINE-STYLE', 'LIST-NOSCRIPT', 'QUOTE-TEXTAREA', 'BLOCK-TITLE', 'INLINE-SELECT', 'CUT-TAG'],
  };

  it.each(Object.entries(MARKERS))('%s shows every later section, on the page, in its table of contents and in the page the search indexes', async (name, markers) => {
    const watched = await open(pageUrl(name));
    const text = await watched.page.locator('article .markdown').innerText();
    for (const marker of markers) expect(text).toContain(`AFTER-${marker} is shown.`);
    const headings = await watched.page.locator('article .markdown h2').allInnerTexts();
    const toc = await watched.page.locator('.table-of-contents a').allInnerTexts();
    expect(headings.length).toBe(markers.length + 1);
    expect(toc).toHaveLength(headings.length);
    // Pagefind indexes the built HTML inside data-pagefind-body.
    const html = await readFile(path.join(siteDir, 'standards', `${name}.html`), 'utf8');
    const indexed = /data-pagefind-body[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
    for (const marker of markers) expect(indexed).toContain(`AFTER-${marker} is shown.`);
    expect(await evidence(watched)).toEqual(CLEAN);
    await watched.page.close();
  });
});

describe('ids and names written in a document', () => {
  it('cannot clobber the page\'s globals: the diagram is drawn, and links to written anchors still arrive', async () => {
    const watched = await open(pageUrl('scs-0183-v1-dom-clobbering'));
    await expect.poll(() => watched.page.locator('.scs-mermaid svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const globals = await watched.page.evaluate(() => ({
      getElementById: typeof document.getElementById,
      body: document.body instanceof HTMLBodyElement,
      cookie: typeof document.cookie,
      mermaid: (window as unknown as Record<string, unknown>).mermaid instanceof Element,
      root: document.getElementById('__docusaurus')?.closest('article') === null,
    }));
    expect(globals).toEqual({ getElementById: 'function', body: true, cookie: 'string', mermaid: false, root: true });
    await watched.page.getByRole('link', { name: 'to the mermaid anchor', exact: true }).click();
    await expect.poll(() => new URL(watched.page.url()).hash).toBe('#user-content-mermaid');
    expect(await watched.page.locator('#user-content-mermaid').count()).toBe(1);
    await watched.page.getByRole('link', { name: 'to the diagram anchor', exact: true }).click();
    await expect.poll(() => new URL(watched.page.url()).hash).toBe('#user-content-scs-diagram');
    expect(await evidence(watched)).toEqual(CLEAN);
    await watched.page.close();
  });

  it('are reached by links from other documents that name them as written', async () => {
    const watched = await open(pageUrl('scs-0184-v1-script-urls'));
    await watched.page.getByRole('link', { name: 'an anchor written in another document', exact: true }).click({ timeout: 10_000 });
    await expect.poll(() => watched.page.url()).toMatch(/\/standards\/scs-0183-v1-dom-clobbering#scs-diagram$/);
    // `<a name="scs-diagram">` was written; the page has it as `user-content-scs-diagram`, scrolled to the top.
    const top = () => watched.page.evaluate(() => document.querySelector('a[name="user-content-scs-diagram"]')?.getBoundingClientRect().top ?? null);
    await expect.poll(top, { timeout: 10_000 }).not.toBeNull();
    await expect.poll(async () => Math.abs((await top()) ?? 9999) < 200, { timeout: 10_000 }).toBe(true);
    expect(await evidence(watched)).toEqual(CLEAN);
    await watched.page.close();
  });
});

describe('attachments', () => {
  it('publishes the passive files and static SVG pictures, served as images, and none of the active files', async () => {
    const watched = await open(pageUrl('scs-0185-v1-attachments'));
    const article = watched.page.locator('article .markdown');
    // Links to active files show their text only.
    expect(await article.innerText()).toContain('Active files are not: a page, an XHTML page, an XML file, a script and an unknown file.');
    for (const text of ['a page', 'an XHTML page', 'an XML file', 'a script', 'an unknown file']) {
      expect(await article.getByRole('link', { name: text, exact: true }).count(), text).toBe(0);
    }
    const sources = await article.locator('img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
    // Small files are inlined as data URLs (as in Docusaurus), larger ones published as files.
    const svgLinks = await article.locator('a[href$=".svg"], a[href^="data:image/svg+xml"]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(sources).toHaveLength(5);
    expect(svgLinks).toHaveLength(2);
    for (const url of [...sources, ...svgLinks]) {
      if (url.startsWith('data:')) {
        expect(url).toMatch(/^data:image\/(svg\+xml|png);/);
        if (url.startsWith('data:image/svg+xml;base64,')) expect(Buffer.from(url.split(',')[1]!, 'base64').toString()).not.toMatch(/<script|\son[a-z]+=|foreignObject|<animate|<set|javascript:|evil\.example|@import|<a[\s>]/i);
        continue;
      }
      const response = await watched.page.request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type'], url).toMatch(/^image\/(svg\+xml|png)/);
      if (url.endsWith('.svg')) expect(await response.text(), url).not.toMatch(/<script|\son[a-z]+=|foreignObject|<animate|<set|javascript:|evil\.example|@import|<a[\s>]/i);
    }
    // Every picture is drawn (a refused or broken SVG would not be).
    const drawn = await article.locator('img').evaluateAll((images) => images.map((image) => (image as HTMLImageElement).naturalWidth > 0));
    expect(drawn).toEqual(sources.map(() => true));
    // The SVG opened on its own, as a reader would from the link, runs nothing either.
    for (const url of svgLinks) {
      const opened = await open(url);
      await opened.page.mouse.click(20, 20);
      await opened.page.waitForTimeout(300);
      expect(await evidence(opened), url).toEqual(CLEAN);
      await opened.page.close();
    }
    expect(await evidence(watched)).toEqual(CLEAN);
    await watched.page.close();
  });

  it('leaves the active files out of the build', async () => {
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) await walk(file);
        else if (/scs-0185-(page|data|tool|blob)\b/.test(entry.name) && !entry.name.endsWith('.csv')) found.push(path.relative(siteDir, file));
        else if (/\.(html|xhtml|xml|js|bin|svg)$/.test(entry.name)) {
          const text = await readFile(file, 'utf8');
          for (const payload of ['html-attachment', 'xhtml-attachment', 'xml-attachment', 'js-attachment', 'svg-onload', 'svg-script', 'svg-file-set', 'large-script']) {
            if (text.includes(payload)) found.push(`${path.relative(siteDir, file)}: ${payload}`);
          }
        }
      }
    };
    await walk(siteDir);
    expect(found).toEqual([]);
  });
});
