import { describe, expect, it } from 'vitest';
import { buildSyntheticCorpus } from '../bench/synthetic-corpus.js';
import { buildRegistry } from '../model/registry.js';
import { parseDocumentFile } from '../parse/document.js';
import { pageSidebar, type SidebarPropItem } from './page-sidebar.js';
import { buildStandardsSidebar, type SidebarItem } from './sidebar.js';

const doc = (href: string, label: string): SidebarPropItem => ({ type: 'link', href, label, docId: label });
const track = (name: string, path: string, docs: SidebarPropItem[]): SidebarPropItem => ({
  type: 'category',
  label: name,
  collapsed: true,
  collapsible: true,
  items: [{ type: 'link', href: path, label: `About ${name}` }, { type: 'category', label: `${name} standard`, collapsed: true, collapsible: true, items: docs }],
});
const sidebar: SidebarPropItem[] = [
  track('IaaS', '/standards/iaas', [doc('/standards/scs-0100-v1-a', 'v1'), doc('/standards/scs-0100-v2-a', 'v2')]),
  track('KaaS', '/standards/kaas', [doc('/standards/scs-0210-v1-b', 'v1')]),
  { type: 'category', label: 'Proposals', collapsed: true, collapsible: true, items: [doc('/standards/scs-xxxx-v1-c', 'c')] },
];

describe('pageSidebar', () => {
  it('keeps the track holding the page and makes the other tracks links to their track pages', () => {
    expect(pageSidebar(sidebar, '/standards/scs-0100-v2-a')).toEqual([
      sidebar[0],
      { type: 'link', href: '/standards/kaas', label: 'KaaS', className: 'scs-sb-track' },
      sidebar[2],
    ]);
  });

  it('keeps the proposals whole: they have no page of their own to link to', () => {
    expect(pageSidebar(sidebar, '/standards/scs-xxxx-v1-c')).toEqual([
      { type: 'link', href: '/standards/iaas', label: 'IaaS', className: 'scs-sb-track' },
      { type: 'link', href: '/standards/kaas', label: 'KaaS', className: 'scs-sb-track' },
      sidebar[2],
    ]);
  });

  it('finds the page with a trailing slash or a fragment, and changes nothing when applied again', () => {
    const once = pageSidebar(sidebar, '/standards/scs-0210-v1-b/');
    expect(once[1]).toBe(sidebar[1]);
    expect(pageSidebar(once, '/standards/scs-0210-v1-b')).toEqual(once);
  });

  it('leaves links at the top level alone', () => {
    const top: SidebarPropItem[] = [{ type: 'link', href: '/x', label: 'X' }];
    expect(pageSidebar(top, '/standards/scs-0100-v1-a')).toEqual(top);
  });
});

describe('pageSidebar on a sidebar of a synthetic corpus', () => {
  // The walk pageSidebar replaced (every page searched the whole sidebar), kept as the reference.
  const trim = (value: string) => (value.length > 1 ? value.replace(/\/$/, '') : value);
  const samePath = (href: string, pathname: string) => trim(href.split(/[?#]/)[0]!) === trim(pathname);
  const holds = (item: SidebarPropItem, pathname: string): boolean => {
    if (item.type === 'link') return typeof item.href === 'string' && samePath(item.href, pathname);
    if (item.type === 'category') return (typeof item.href === 'string' && samePath(item.href, pathname)) || (item.items as SidebarPropItem[]).some((child) => holds(child, pathname));
    return false;
  };
  const reference = (items: readonly SidebarPropItem[], pathname: string) =>
    items.map((item) => {
      if (item.type !== 'category' || holds(item, pathname)) return item;
      const own = (item.items as SidebarPropItem[]).find((child) => child.type === 'link' && typeof child.href === 'string' && child.docId === undefined);
      return own ? { type: 'link', href: own.href, label: item.label, className: 'scs-sb-track' } : item;
    });
  // The generator's items as Docusaurus hands them to the theme: a document becomes a link naming it.
  const toProp = (item: SidebarItem): SidebarPropItem =>
    item.type === 'doc' ? { type: 'link', href: `/standards/${item.id}`, label: item.label, docId: item.id, className: item.className } : item.type === 'category' ? { ...item, items: item.items.map(toProp) } : { ...item };
  const registry = buildRegistry(buildSyntheticCorpus(400).flatMap((file) => parseDocumentFile(file.fileName, file.text).document ?? []));
  const items = buildStandardsSidebar(registry, new Set(registry.documents.map((document) => document.id)), '2026-06-01').map(toProp);
  // A category with an address of its own, which holds the page it leads to.
  items.push({ type: 'category', label: 'Linked', href: '/elsewhere/', items: [{ type: 'link', href: '/elsewhere/child', label: 'Child' }] });

  it('gives every page what the walk of the whole sidebar gave', () => {
    const links: string[] = [];
    const collect = (item: SidebarPropItem) => {
      if (typeof item.href === 'string') links.push(item.href);
      if (item.type === 'category') (item.items as SidebarPropItem[]).forEach(collect);
    };
    items.forEach(collect);
    expect(links.length).toBeGreaterThan(400);
    const pages = [...links, ...links.slice(0, 50).map((link) => `${link}/`), '/elsewhere', '/', '/standards', '/nowhere'];
    for (const pathname of pages) expect(pageSidebar(items, pathname)).toEqual(reference(items, pathname));
  });

  it('sees a sidebar changed into a new array as a new sidebar', () => {
    const before = pageSidebar(items, '/elsewhere/child');
    const changed = items.slice(0, -1);
    expect(pageSidebar(changed, '/elsewhere/child')).toEqual(reference(changed, '/elsewhere/child'));
    expect(before.at(-1)).toBe(items.at(-1));
  });
});
