// The standards sidebar as one page shows it: the track (top-level category)
// that holds the page stays whole, every other track becomes a link to its
// track page. A page then carries one track's sidebar instead of the whole
// registry's (which grew with every document). The server renders the page
// with this sidebar (src/theme/DocRoot) and the browser gets the same one with
// the page's data, so both show the same. A category without a link of its
// own to stand for it (the proposals) stays a category. Inside the page's
// track, the same is done one level down to groups of standards, where a large
// track has them.

/** The docs instance that renders the standards (docusaurus.config.ts). */
export const STANDARDS_DOCS_ID = 'standards';

/**
 * The class of a group of a track's standards (./sidebar.ts groups a track with many). A page shows the group that
 * holds it whole and every other group as a link, so what it carries stays about the same as the corpus grows.
 */
export const SIDEBAR_GROUP_CLASS = 'scs-sb-group';

export interface SidebarPropLink {
  type: 'link';
  href: string;
  label: string;
  [key: string]: unknown;
}
export interface SidebarPropCategory {
  type: 'category';
  label: string;
  items: SidebarPropItem[];
  [key: string]: unknown;
}
export type SidebarPropItem = SidebarPropLink | SidebarPropCategory | { type: string; [key: string]: unknown };

const trimSlash = (value: string) => (value.length > 1 ? value.replace(/\/$/, '') : value);

/** A link's address as pages are matched by it: without query, fragment or trailing slash. */
function pathKey(href: string): string {
  return trimSlash(href.split(/[?#]/)[0]!);
}

/** Every address a top-level item holds: its own link and, for a category, every link below it. */
function collectPaths(item: SidebarPropItem, into: Set<string>): Set<string> {
  if ((item.type === 'link' || item.type === 'category') && typeof item.href === 'string') into.add(pathKey(item.href));
  if (item.type === 'category') for (const child of (item as SidebarPropCategory).items) collectPaths(child, into);
  return into;
}

/**
 * Per list of items, the addresses each item holds, built once: every page of
 * a sidebar asks (the server renders thousands with the same one), and a walk
 * of the whole sidebar per page grew with the square of the corpus.
 */
const heldPaths = new WeakMap<readonly SidebarPropItem[], Array<Set<string> | null>>();
function heldPathsOf(items: readonly SidebarPropItem[]): Array<Set<string> | null> {
  let held = heldPaths.get(items);
  if (!held) {
    held = items.map((item) => (item.type === 'category' ? collectPaths(item, new Set()) : null));
    heldPaths.set(items, held);
  }
  return held;
}

const hasClass = (item: SidebarPropItem, name: string) => typeof item.className === 'string' && item.className.split(/\s+/).includes(name);
const isGroup = (item: SidebarPropItem): item is SidebarPropCategory => item.type === 'category' && hasClass(item, SIDEBAR_GROUP_CLASS);

/** The first document a category leads to, depth first (a group of standards links to its first standard's first version). */
function firstDocumentLink(category: SidebarPropCategory): SidebarPropLink | undefined {
  for (const child of category.items) {
    if (child.type === 'link' && typeof child.href === 'string' && child.docId !== undefined) return child as SidebarPropLink;
    if (child.type === 'category') {
      const found = firstDocumentLink(child as SidebarPropCategory);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * What the page shows of a track that holds it: the track as it is, or, when the track's standards are grouped,
 * the group holding the page whole and every other group as a link. `shape` is which group is kept.
 */
function keptTrack(category: SidebarPropCategory, page: string): { item: SidebarPropItem; shape: string } {
  if (!category.items.some(isGroup)) return { item: category, shape: 'k' };
  const held = heldPathsOf(category.items);
  const kept = category.items.findIndex((child, index) => isGroup(child) && held[index]!.has(page));
  const items = category.items.map((child, index) => {
    if (index === kept || !isGroup(child)) return child;
    const first = firstDocumentLink(child);
    return first ? { type: 'link', href: first.href, label: child.label, className: SIDEBAR_GROUP_CLASS } : child;
  });
  return { item: { ...category, items }, shape: `k${kept}` };
}

/**
 * The sidebars made, per sidebar and shape (which items are kept): pages of the same shape get the same array, so
 * a build writes each once (./server-pages.ts) and nothing is made again per page.
 */
const madeSidebars = new WeakMap<readonly SidebarPropItem[], Map<string, SidebarPropItem[]>>();

/**
 * The sidebar for the page at `pathname`. Pure (what it keeps per sidebar is a cache; pages of one shape share the
 * array it returns, so do not change it); applying it twice changes nothing.
 */
export function pageSidebar(items: readonly SidebarPropItem[], pathname: string): SidebarPropItem[] {
  const held = heldPathsOf(items);
  const page = trimSlash(pathname);
  const shaped = items.map((item, index) => {
    if (item.type !== 'category') return { item, shape: '' };
    const category = item as SidebarPropCategory;
    if (held[index]!.has(page)) return keptTrack(category, page);
    // The track's own page: a plain link (a document's link names its document).
    const own = category.items.find((child): child is SidebarPropLink => child.type === 'link' && typeof child.href === 'string' && child.docId === undefined);
    return own ? { item: { type: 'link', href: own.href, label: category.label, className: 'scs-sb-track' }, shape: 'l' } : { item, shape: 'k' };
  });
  const shape = shaped.map((entry) => entry.shape).join('|');
  let made = madeSidebars.get(items);
  if (!made) madeSidebars.set(items, (made = new Map()));
  let sidebar = made.get(shape);
  if (!sidebar) made.set(shape, (sidebar = shaped.map((entry) => entry.item)));
  return sidebar;
}
