import { describe, expect, it } from 'vitest';
import { pageSidebar, type SidebarPropItem } from './page-sidebar.js';

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
