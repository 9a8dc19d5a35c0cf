// The previous/next links of every document page, found by index. The docs
// plugin asks its sidebars' `getDocNavigation` once per document, and that
// filters the whole sidebar's navigation list and searches it each time: the
// square of the corpus (the main part of docs@standards loadContent growing
// 25.9x from 1,000 to 10,000 documents). Here each sidebar's list is filtered
// once per set of unlisted ids and indexed by document id, with the same
// answers (docs-navigation.test.ts compares them). Installed, like
// ./atomic-generate.ts, by replacing the export Docusaurus's own modules call.
import { createRequire } from 'node:module';

interface NavigationItem {
  type: string;
  id?: string;
  link?: { type: string; id?: string };
}

interface DocNavigation {
  sidebarName: string | undefined;
  previous: NavigationItem | undefined;
  next: NavigationItem | undefined;
}

interface NavigationQuery {
  docId: string;
  displayedSidebar: string | null | undefined;
  unlistedIds: ReadonlySet<string>;
}

interface SidebarsUtils {
  getSidebarNameByDocId(docId: string): string | undefined;
  getDocNavigation(query: NavigationQuery): DocNavigation;
}

interface SidebarsUtilsModule {
  /** Once installed: ours, with Docusaurus's own as `original` (tests compare the two). */
  createSidebarsUtils: ((sidebars: unknown) => SidebarsUtils) & { [INDEXED]?: true; original?: (sidebars: unknown) => SidebarsUtils };
  collectSidebarsNavigations(sidebars: unknown): Record<string, NavigationItem[]>;
}

const INDEXED = Symbol.for('scs.indexedDocNavigation');

/** The document an item leads to, as Docusaurus's `getDocNavigation` matches it: a doc, or a category's doc link. */
function docIdOf(item: NavigationItem): string | undefined {
  if (item.type === 'doc') return item.id;
  if (item.type === 'category' && item.link?.type === 'doc') return item.link.id;
  return undefined;
}

/**
 * `getDocNavigation` over `navigations` (sidebar name -> navigation items)
 * with the same answers as Docusaurus 3.10's, by index. The set of unlisted
 * ids is taken as given once (Docusaurus makes one per version and never
 * changes it).
 */
export function createIndexedDocNavigation(navigations: Record<string, NavigationItem[]>, sidebarNameOf: (docId: string) => string | undefined): (query: NavigationQuery) => DocNavigation {
  const indexes = new WeakMap<ReadonlySet<string>, Map<string, { items: NavigationItem[]; positions: Map<string, number> }>>();
  const indexOf = (sidebarName: string, items: NavigationItem[], unlistedIds: ReadonlySet<string>) => {
    let bySidebar = indexes.get(unlistedIds);
    if (!bySidebar) indexes.set(unlistedIds, (bySidebar = new Map()));
    let index = bySidebar.get(sidebarName);
    if (!index) {
      const listed = items.filter((item) => {
        const id = docIdOf(item);
        return id === undefined || !unlistedIds.has(id);
      });
      const positions = new Map<string, number>();
      listed.forEach((item, position) => {
        const id = docIdOf(item);
        // The first match, as findIndex gives it.
        if (id !== undefined && !positions.has(id)) positions.set(id, position);
      });
      index = { items: listed, positions };
      bySidebar.set(sidebarName, index);
    }
    return index;
  };
  return ({ docId, displayedSidebar, unlistedIds }) => {
    const sidebarName = displayedSidebar === undefined ? sidebarNameOf(docId) : displayedSidebar;
    if (!sidebarName) return { sidebarName: undefined, previous: undefined, next: undefined };
    const items = navigations[sidebarName];
    if (!items) throw new Error(`Doc with ID ${docId} wants to display sidebar ${sidebarName} but a sidebar with this name doesn't exist`);
    const { items: listed, positions } = indexOf(sidebarName, items, unlistedIds);
    const position = positions.get(docId);
    if (position === undefined) return { sidebarName, next: undefined, previous: undefined };
    return { sidebarName, previous: listed[position - 1], next: listed[position + 1] };
  };
}

/** Makes the docs plugin's sidebars utils answer `getDocNavigation` by index; true when installed (or already). */
export function installIndexedDocNavigation(): boolean {
  const utils = createRequire(import.meta.url)('@docusaurus/plugin-content-docs/lib/sidebars/utils.js') as Partial<SidebarsUtilsModule>;
  const original = utils.createSidebarsUtils;
  const collect = utils.collectSidebarsNavigations;
  if (typeof original !== 'function' || typeof collect !== 'function') return false;
  if (original[INDEXED]) return true;
  const indexed = Object.assign(
    (sidebars: unknown): SidebarsUtils => {
      const sidebarsUtils = original(sidebars);
      return { ...sidebarsUtils, getDocNavigation: createIndexedDocNavigation(collect(sidebars), sidebarsUtils.getSidebarNameByDocId) };
    },
    { [INDEXED]: true as const, original },
  );
  try {
    utils.createSidebarsUtils = indexed;
  } catch {
    return false;
  }
  return utils.createSidebarsUtils === indexed;
}
