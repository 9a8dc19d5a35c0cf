// What a reader's browser fetches for one built page: every JavaScript file
// (raw and gzipped), and whether the Mermaid renderer was among them. Bytes
// are read from the build folder the page is served from, so prefetched
// chunks (whose bodies Chromium does not keep) are counted exactly too.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface FetchedFile {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface PageWeight {
  urlPath: string;
  scripts: FetchedFile[];
  jsBytes: number;
  jsGzipBytes: number;
  mermaidFetched: boolean;
  /** Bytes fetched below /pagefind/ (search pages only). */
  pagefindBytes: number;
  /** Paths of the site the page asked for and did not get (status 400 or more, or no answer). */
  failedPaths: string[];
}

export async function measurePageWeight(browser: Browser, siteUrl: string, buildDir: string, urlPath: string): Promise<PageWeight> {
  const page = await browser.newPage();
  const fetched = new Set<string>();
  const failed = new Set<string>();
  const origin = new URL(siteUrl).origin;
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin) (response.status() < 400 ? fetched : failed).add(url.pathname);
  });
  page.on('requestfailed', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) failed.add(url.pathname);
  });
  try {
    await page.goto(siteUrl + urlPath, { waitUntil: 'networkidle', timeout: 120_000 });
    // Docusaurus prefetches the chunks of links in view after load; give it a moment.
    await page.waitForTimeout(1_000);
  } finally {
    await page.close();
  }
  const scripts: FetchedFile[] = [];
  let mermaidFetched = false;
  let pagefindBytes = 0;
  for (const pathname of fetched) {
    const file = path.join(buildDir, decodeURIComponent(pathname));
    const body = await readFile(file).catch(() => null);
    if (!body) continue;
    if (pathname.startsWith('/pagefind/')) pagefindBytes += body.length;
    if (!/\.m?js$/.test(pathname)) continue;
    // zlib's default level 6, what common web servers use for on-the-fly compression.
    scripts.push({ path: pathname, bytes: body.length, gzipBytes: gzipSync(body).length });
    if (isMermaidRenderer(body)) mermaidFetched = true;
  }
  scripts.sort((a, b) => b.bytes - a.bytes);
  return {
    urlPath,
    scripts,
    jsBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
    jsGzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
    mermaidFetched,
    pagefindBytes,
    failedPaths: [...failed].sort(),
  };
}

/**
 * Mermaid's core registers every diagram type by name; no other chunk names
 * them all. (Chunk file names are hashes, so the content has to tell.)
 */
function isMermaidRenderer(body: Buffer): boolean {
  const text = body.toString('latin1');
  return ['gitGraph', 'erDiagram', 'sequenceDiagram', 'classDiagram'].every((name) => text.includes(name));
}
