import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createIndexedDocNavigation, installIndexedDocNavigation } from './docs-navigation.js';

interface Query {
  docId: string;
  displayedSidebar: string | null | undefined;
  unlistedIds: ReadonlySet<string>;
}
const utils = createRequire(import.meta.url)('@docusaurus/plugin-content-docs/lib/sidebars/utils.js') as {
  createSidebarsUtils: ((sidebars: unknown) => { getDocNavigation(query: Query): unknown; getSidebarNameByDocId(id: string): string | undefined }) & { original?: (sidebars: unknown) => { getDocNavigation(query: Query): unknown; getSidebarNameByDocId(id: string): string | undefined } };
  collectSidebarsNavigations(sidebars: unknown): Record<string, never[]>;
};

const doc = (id: string) => ({ type: 'doc', id, label: id });
const category = (label: string, items: unknown[], link?: unknown) => ({ type: 'category', label, collapsed: true, collapsible: true, items, ...(link ? { link } : {}) });
// Two sidebars: docs, categories with a doc link, a generated-index link and plain links; a doc listed twice.
const sidebars = {
  standards: [
    { type: 'link', href: '/standards/iaas', label: 'About IaaS' },
    category('scs-0100', [doc('scs-0100-v1'), doc('scs-0100-v2'), doc('scs-0100-w1')], { type: 'doc', id: 'scs-0100-v3' }),
    category('scs-0101', [doc('scs-0101-v1'), doc('draft-a')]),
    category('Index', [doc('scs-0102-v1')], { type: 'generated-index', slug: '/index', permalink: '/index' }),
    doc('scs-0100-v2'),
    doc('last'),
  ],
  other: [doc('other-1'), doc('other-2')],
};
const ids = ['scs-0100-v1', 'scs-0100-v2', 'scs-0100-w1', 'scs-0100-v3', 'scs-0101-v1', 'draft-a', 'scs-0102-v1', 'last', 'other-1', 'other-2', 'nowhere'];

describe('previous/next by index', () => {
  // Docusaurus's own, also when another test in this process installed ours already.
  const docusaurus = (utils.createSidebarsUtils.original ?? utils.createSidebarsUtils)(sidebars);
  const indexed = createIndexedDocNavigation(utils.collectSidebarsNavigations(sidebars), docusaurus.getSidebarNameByDocId);
  const unlistedSets = [new Set<string>(), new Set(['scs-0100-v2', 'scs-0100-v3']), new Set(['draft-a', 'other-1'])];

  it('answers as Docusaurus does for every document, displayed sidebar and set of unlisted ids', () => {
    let compared = 0;
    for (const unlistedIds of unlistedSets) {
      for (const docId of ids) {
        for (const displayedSidebar of [undefined, null, 'other', 'standards']) {
          const query = { docId, displayedSidebar, unlistedIds };
          expect(indexed(query)).toEqual(docusaurus.getDocNavigation(query));
          compared++;
        }
      }
    }
    expect(compared).toBe(132);
    // Not vacuous: a document in the middle has both neighbours.
    expect(indexed({ docId: 'scs-0101-v1', displayedSidebar: undefined, unlistedIds: new Set() })).toMatchObject({ sidebarName: 'standards', previous: { id: 'scs-0100-w1' }, next: { id: 'draft-a' } });
  });

  it('fails as Docusaurus does for a sidebar that does not exist', () => {
    const query = { docId: 'last', displayedSidebar: 'missing', unlistedIds: new Set<string>() };
    expect(() => docusaurus.getDocNavigation(query)).toThrow("Doc with ID last wants to display sidebar missing but a sidebar with this name doesn't exist");
    expect(() => indexed(query)).toThrow("Doc with ID last wants to display sidebar missing but a sidebar with this name doesn't exist");
  });

  it('is what the docs plugin gets once installed, with every other utility kept', () => {
    expect(installIndexedDocNavigation()).toBe(true);
    expect(installIndexedDocNavigation()).toBe(true);
    expect(utils.createSidebarsUtils.original).toBeTypeOf('function');
    const installed = utils.createSidebarsUtils(sidebars);
    expect(Object.keys(installed).sort()).toEqual(Object.keys(docusaurus).sort());
    for (const unlistedIds of unlistedSets) {
      for (const docId of ids) expect(installed.getDocNavigation({ docId, displayedSidebar: undefined, unlistedIds })).toEqual(docusaurus.getDocNavigation({ docId, displayedSidebar: undefined, unlistedIds }));
    }
  });
});
