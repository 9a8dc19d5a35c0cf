import { describe, expect, it, vi } from 'vitest';
import { intendedPath, onceEach, type AnchorLike } from '../src/client/link-intent.js';

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
