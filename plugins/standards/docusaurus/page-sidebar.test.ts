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
  const isGroup = (item: SidebarPropItem) => item.type === 'category' && item.className === 'scs-sb-group';
  const firstDocument = (item: SidebarPropItem): SidebarPropItem | undefined =>
    item.type === 'link' && item.docId !== undefined ? item : item.type === 'category' ? (item.items as SidebarPropItem[]).map(firstDocument).find(Boolean) : undefined;
  // Inside the page's track, every group of standards that does not hold the page becomes a link to its first document.
  const keep = (item: SidebarPropItem, pathname: string): SidebarPropItem => {
    const children = item.items as SidebarPropItem[];
    if (!children.some(isGroup)) return item;
    return {
      ...item,
      items: children.map((child) => (!isGroup(child) || holds(child, pathname) ? child : { type: 'link', href: firstDocument(child)!.href, label: child.label, className: 'scs-sb-group' })),
    };
  };
  const reference = (items: readonly SidebarPropItem[], pathname: string) =>
    items.map((item) => {
      if (item.type !== 'category') return item;
      if (holds(item, pathname)) return keep(item, pathname);
      const own = (item.items as SidebarPropItem[]).find((child) => child.type === 'link' && typeof child.href === 'string' && child.docId === undefined);
      return own ? { type: 'link', href: own.href, label: item.label, className: 'scs-sb-track' } : item;
    });
  // The generator's items as Docusaurus hands them to the theme: a document becomes a link naming it.
  const toProp = (item: SidebarItem): SidebarPropItem =>
    item.type === 'doc' ? { type: 'link', href: `/standards/${item.id}`, label: item.label, docId: item.id, className: item.className } : item.type === 'category' ? { ...item, items: item.items.map(toProp) } : { ...item };
  // 1,000 documents: about 75 standards a track, which the sidebar groups.
  const registry = buildRegistry(buildSyntheticCorpus(1000).flatMap((file) => parseDocumentFile(file.fileName, file.text).document ?? []));
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

  it('keeps one group of a grouped track, makes the others links, and gives pages of one group the same array', () => {
    const iaas = items.find((item) => item.label === 'IaaS') as { items: SidebarPropItem[] };
    const groups = iaas.items.filter(isGroup) as Array<{ label: string; items: SidebarPropItem[] }>;
    expect(groups.length).toBeGreaterThan(1);
    const pagesOf = (group: { items: SidebarPropItem[] }) => (group.items[0]!.items as SidebarPropItem[]).filter((child) => child.docId !== undefined).map((child) => child.href as string);
    const [page, samePage] = [pagesOf(groups[0]!)[0]!, pagesOf(groups[0]!).at(-1)!];
    const sidebar = pageSidebar(items, page);
    expect(pageSidebar(items, samePage)).toBe(sidebar);
    const shown = (sidebar.find((item) => item.label === 'IaaS') as { items: SidebarPropItem[] }).items;
    expect(shown.filter(isGroup)).toEqual([groups[0]]);
    expect(shown.filter((item) => item.className === 'scs-sb-group' && item.type === 'link').map((item) => item.label)).toEqual(groups.slice(1).map((group) => group.label));
    // The link of another group leads to a page whose sidebar shows that group whole.
    const link = shown.find((item) => item.label === groups[1]!.label)!;
    const there = (pageSidebar(items, link.href as string).find((item) => item.label === 'IaaS') as { items: SidebarPropItem[] }).items;
    expect(there.filter(isGroup)).toEqual([groups[1]]);
    expect(pageSidebar(sidebar, page)).toEqual(sidebar);
  });
});
