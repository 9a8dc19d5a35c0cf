import { describe, expect, inject, it, vi } from 'vitest';
import { buildRedirects } from '../plugins/standards/docusaurus/redirects.js';
import { documentPath, statusPagePath } from '../plugins/standards/export/urls.js';
import { allStandards } from '../plugins/standards/model/registry.js';
import { loadCorpus } from '../plugins/standards/parse/load-corpus.js';
import { intendedPath, mayHavePageData, onceEach, type AnchorLike } from '../src/client/link-intent.js';

const here = { origin: 'https://docs.example', pathname: '/standards/iaas/scs-0100-v3-flavor-naming' };
const anchor = (href: string, attributes: Record<string, string> = {}): AnchorLike => ({
  href,
  target: attributes.target ?? '',
  hasAttribute: (name) => name in attributes,
});

describe('intendedPath', () => {
  it.each([
    ['another page of the site', 'https://docs.example/standards/iaas/scs-0101-v1-entropy', '/standards/iaas/scs-0101-v1-entropy'],
    ['a page with a query and a fragment', 'https://docs.example/standards?date=2024-01-01#table', '/standards'],
    ['a page of the handbook', 'https://docs.example/docs/reading-standards', '/docs/reading-standards'],
    ['an explicit _self target', 'https://docs.example/standards', '/standards'],
  ])('%s: its address', (_, href, expected) => {
    expect(intendedPath(anchor(href, href.endsWith('/standards') ? { target: '_self' } : {}), here)).toBe(expected);
  });

  it.each([
    ['another origin', anchor('https://example.org/standards')],
    ['another port', anchor('https://docs.example:8443/standards')],
    ['a jump inside this page', anchor('https://docs.example/standards/iaas/scs-0100-v3-flavor-naming#motivation')],
    ['a new tab', anchor('https://docs.example/standards', { target: '_blank' })],
    ['a download', anchor('https://docs.example/api/standards.json', { download: '' })],
    ['a mail address', anchor('mailto:someone@docs.example')],
    ['an address that is no URL', anchor('http://[')],
  ])('%s: nothing', (_, link) => {
    expect(intendedPath(link, here)).toBeNull();
  });
});

describe('onceEach', () => {
  it('prefetches each address once, every address in turn', () => {
    const prefetch = vi.fn();
    const once = onceEach(prefetch);
    for (const pathname of ['/a', '/b', '/a', '/a', '/c', '/b']) once(pathname);
    expect(prefetch.mock.calls).toEqual([['/a'], ['/b'], ['/c']]);
  });
});

describe('mayHavePageData', () => {
  it('is false for every short permalink of our corpus and true for every document and status page, at / and below a base path', async () => {
    const { registry } = await loadCorpus('Standards');
    const redirects = buildRedirects(registry, inject('suiteDay'));
    expect(redirects.length).toBeGreaterThan(10);
    const pages = [
      ...registry.documents.filter((document) => document.kind !== 'template').map(documentPath),
      ...allStandards(registry).flatMap((standard) => standard.versions.slice(0, 1).map(statusPagePath)).filter((address): address is string => address !== null),
      '/standards',
      '/standards/iaas',
    ];
    expect(pages.length).toBeGreaterThan(10);
    for (const base of ['/', '/scs-registry/']) {
      const at = (address: string) => base.replace(/\/$/, '') + address;
      for (const redirect of redirects) expect(mayHavePageData(at(redirect.from), base), redirect.from).toBe(false);
      for (const address of pages) expect(mayHavePageData(at(address), base), address).toBe(true);
    }
  });

  it.each([
    ['a calendar', '/standards/iaas/scs-0100/calendar.ics', false],
    ['a picture of a document', '/standards/scs-0100-v3-flavor-naming/diagram.PNG', false],
    ['the JSON API', '/api/standards/scs-0100.json', false],
    ['a short permalink with a trailing slash', '/standards/scs-0100/latest/', false],
    ['a page of the handbook', '/docs/reading-standards', true],
    ['a page address ending in .html', '/standards/scs-0100-v3-flavor-naming.html', true],
    ['a proposal', '/standards/scs-xxxx-v1-new-thing', true],
  ])('%s (%s): %s', (_, address, expected) => {
    expect(mayHavePageData(address, '/')).toBe(expected);
  });
});
