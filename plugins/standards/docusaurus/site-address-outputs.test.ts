// Built for GitHub Pages without a custom domain (SITE_URL=https://owner.github.io
// BASE_URL=/scs-registry/), every link the build writes itself leads into the site
// at its base: the JSON API, the feed, the calendars, the redirect and `/latest`
// pages. Absolute links start with the site root; links within a redirect page
// start with the base path; API paths are relative to the `siteUrl` they carry.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Registry } from '../model/registry.js';
import { loadCorpus } from '../parse/load-corpus.js';
import { buildSiteOutputs } from './post-build.js';
import { siteAddressFromEnv, siteRoot } from './site-address.js';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/portal-corpus');
const DATE = '2025-01-15';
const address = siteAddressFromEnv({ SITE_URL: 'https://owner.github.io', BASE_URL: '/scs-registry/' });
const ROOT = siteRoot(address);
let registry: Registry;

beforeAll(async () => {
  registry = (await loadCorpus(FIXTURE)).registry;
});

describe('site outputs under a base path', () => {
  it('start every absolute link to the site with its root, and none with the default domain', () => {
    const files = buildSiteOutputs(registry, DATE, ROOT, undefined, { 'scs-0100-v0-old-name': 'scs-0100-v1-flavor-naming' });
    // iCalendar folds long lines (CRLF and a space): unfolded first, so URLs are whole.
    const links = files.flatMap((file) => [...file.content.replace(/\r?\n[ \t]/g, '').matchAll(/https?:\/\/[^\s"'<>)\\]+/g)].map((match) => ({ file: file.path, url: match[0] })));
    const ours = links.filter(({ url }) => url.startsWith('https://owner.github.io'));
    expect(ours.length).toBeGreaterThan(20);
    for (const { file, url } of ours) expect(url, file).toMatch(/^https:\/\/owner\.github\.io\/scs-registry(\/|$)/);
    expect(files.filter((file) => file.content.includes('docs.scs.community')).map((file) => file.path)).toEqual([]);
  });

  it('sends redirect and /latest pages to targets below the base path', () => {
    const pages = buildSiteOutputs(registry, DATE, ROOT).filter((file) => file.path.endsWith('.html'));
    expect(pages.some((page) => page.path.endsWith('/latest.html'))).toBe(true);
    for (const page of pages) {
      const hrefs = [...page.content.matchAll(/(?:href="|url=)([^"]+)"/g)].map((match) => match[1]!);
      expect(hrefs.length, page.path).toBeGreaterThan(0);
      for (const href of hrefs) expect(href, page.path).toMatch(/^(\/scs-registry\/|https:\/\/owner\.github\.io\/scs-registry\/)/);
      const schedule = /"base":"([^"]*)"/.exec(page.content);
      if (schedule) expect(schedule[1]).toBe('/scs-registry');
    }
  });

  it('gives API paths that lead to the pages when joined to the siteUrl the API carries', () => {
    const index = JSON.parse(buildSiteOutputs(registry, DATE, ROOT).find((file) => file.path === '/api/standards.json')!.content) as { siteUrl: string; standards: Array<{ statusPageUrl: string; apiUrl: string }> };
    expect(index.siteUrl).toBe(ROOT);
    for (const standard of index.standards) {
      expect(new URL(index.siteUrl + standard.statusPageUrl).pathname).toMatch(/^\/scs-registry\/standards\//);
      expect(standard.apiUrl).toMatch(/^\/api\//);
    }
  });
});
