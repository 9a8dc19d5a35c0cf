import { describe, expect, it } from 'vitest';
import { actionsBelowBaseUrl, DEFAULT_SITE_URL, siteAddressFromEnv, siteRoot } from './site-address.js';

describe('siteAddressFromEnv', () => {
  it.each<[string, Record<string, string>, { url: string; baseUrl: string }]>([
    ['nothing set: the own domain at its root', {}, { url: DEFAULT_SITE_URL, baseUrl: '/' }],
    ['empty values count as unset', { SITE_URL: '', BASE_URL: ' ' }, { url: DEFAULT_SITE_URL, baseUrl: '/' }],
    ['GitHub Pages without a custom domain', { SITE_URL: 'https://sovereigncloudstack.github.io', BASE_URL: '/scs-registry/' }, { url: 'https://sovereigncloudstack.github.io', baseUrl: '/scs-registry/' }],
    ['slashes added or collapsed', { BASE_URL: 'registry//preview' }, { url: DEFAULT_SITE_URL, baseUrl: '/registry/preview/' }],
    ['a trailing slash on the origin dropped', { SITE_URL: 'http://127.0.0.1:3000/' }, { url: 'http://127.0.0.1:3000', baseUrl: '/' }],
  ])('%s', (_name, env, expected) => {
    expect(siteAddressFromEnv(env)).toEqual(expected);
  });

  it.each<[string, Record<string, string>, string]>([
    ['a path in SITE_URL', { SITE_URL: 'https://owner.github.io/standards' }, 'Unexpected SITE_URL `https://owner.github.io/standards`, expected the site\'s origin without a path, e.g. SITE_URL=https://sovereigncloudstack.github.io (a path goes into BASE_URL)'],
    ['another scheme', { SITE_URL: 'javascript:alert(1)' }, 'Unexpected SITE_URL `javascript:alert(1)`'],
    ['no URL at all', { SITE_URL: 'docs.scs.community' }, 'Unexpected SITE_URL `docs.scs.community`'],
    ['a segment that needs escaping', { BASE_URL: '/my standards/' }, 'Unexpected BASE_URL `/my standards/`, expected a path of plain segments (letters, digits, `-`, `.`, `_`, `~`), e.g. BASE_URL=/scs-registry/'],
    ['a climbing segment', { BASE_URL: '/a/../b/' }, 'Unexpected BASE_URL `/a/../b/`'],
    ['a query', { BASE_URL: '/a?x=1' }, 'Unexpected BASE_URL `/a?x=1`'],
    ['a path the portal uses itself', { BASE_URL: '/standards/' }, "Unexpected BASE_URL `/standards/`, expected a path that does not start with one of the portal's own `/standards`, `/docs`, `/compliance`, `/api`, `/search`, `/schemas`, `/pagefind`, `/assets`, `/img` (links to `/standards/…` would lose the base path), e.g. BASE_URL=/scs-registry/"],
    ['the same, in capitals', { BASE_URL: '/Docs/' }, 'Unexpected BASE_URL `/Docs/`'],
  ])('refuses %s, saying what it expected', (_name, env, message) => {
    expect(() => siteAddressFromEnv(env)).toThrow(message);
  });

  it('gives the root every absolute link starts with', () => {
    expect(siteRoot({ url: 'https://owner.github.io', baseUrl: '/scs-registry/' })).toBe('https://owner.github.io/scs-registry');
    expect(siteRoot({ url: DEFAULT_SITE_URL, baseUrl: '/' })).toBe(DEFAULT_SITE_URL);
  });
});

describe('actionsBelowBaseUrl', () => {
  it('puts the base path in front of each route path, and changes nothing at the root', () => {
    const added: Array<{ path: string; component: string }> = [];
    const actions = { addRoute: (route: { path: string; component: string }) => void added.push(route) };
    actionsBelowBaseUrl(actions, '/scs-registry/').addRoute({ path: '/standards/iaas', component: 'Track' });
    actionsBelowBaseUrl(actions, '/').addRoute({ path: '/standards', component: 'Overview' });
    expect(added).toEqual([
      { path: '/scs-registry/standards/iaas', component: 'Track' },
      { path: '/standards', component: 'Overview' },
    ]);
  });
});
