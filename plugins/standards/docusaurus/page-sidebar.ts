// The standards sidebar as one page shows it: the track (top-level category)
// that holds the page stays whole, every other track becomes a link to its
// track page. A page then carries one track's sidebar instead of the whole
// registry's (which grew with every document). The server renders the page
// with this sidebar (src/theme/DocRoot) and the browser gets the same one with
// the page's data, so both show the same. A category without a link of its
// own to stand for it (the proposals) stays a category.

/** The docs instance that renders the standards (docusaurus.config.ts). */
export const STANDARDS_DOCS_ID = 'standards';

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
 * Per sidebar, the addresses each top-level item holds, built once: every page
 * of a sidebar asks (the server renders thousands with the same one), and a
 * walk of the whole sidebar per page grew with the square of the corpus.
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

/** The sidebar for the page at `pathname`. Pure (the index it keeps per sidebar is a cache); applying it twice changes nothing. */
export function pageSidebar(items: readonly SidebarPropItem[], pathname: string): SidebarPropItem[] {
  const held = heldPathsOf(items);
  const page = trimSlash(pathname);
  return items.map((item, index) => {
    if (item.type !== 'category' || held[index]!.has(page)) return item;
    const category = item as SidebarPropCategory;
    // The track's own page: a plain link (a document's link names its document).
    const own = category.items.find((child): child is SidebarPropLink => child.type === 'link' && typeof child.href === 'string' && child.docId === undefined);
    return own ? { type: 'link', href: own.href, label: category.label, className: 'scs-sb-track' } : item;
  });
}
