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

function samePath(href: string, pathname: string): boolean {
  const trim = (value: string) => (value.length > 1 ? value.replace(/\/$/, '') : value);
  return trim(href.split(/[?#]/)[0]!) === trim(pathname);
}

function holds(item: SidebarPropItem, pathname: string): boolean {
  if (item.type === 'link') return typeof item.href === 'string' && samePath(item.href, pathname);
  if (item.type === 'category') return (typeof item.href === 'string' && samePath(item.href, pathname)) || (item as SidebarPropCategory).items.some((child) => holds(child, pathname));
  return false;
}

/** The sidebar for the page at `pathname`. Pure; applying it twice changes nothing. */
export function pageSidebar(items: readonly SidebarPropItem[], pathname: string): SidebarPropItem[] {
  return items.map((item) => {
    if (item.type !== 'category' || holds(item, pathname)) return item;
    const category = item as SidebarPropCategory;
    // The track's own page: a plain link (a document's link names its document).
    const own = category.items.find((child): child is SidebarPropLink => child.type === 'link' && typeof child.href === 'string' && child.docId === undefined);
    return own ? { type: 'link', href: own.href, label: category.label, className: 'scs-sb-track' } : item;
  });
}
