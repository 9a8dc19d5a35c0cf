// The standards sidebar, generated from the registry:
// track -> standard -> versions and supplements, then proposals. A track with
// many standards holds them in groups (groupStandards) between the two.
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { StandardDocument } from '../model/document.js';
import type { Registry } from '../model/registry.js';
import { statusPagePath } from '../export/urls.js';
import { loadCorpusOnce } from './corpus.js';
import { shortId, trackPath } from './links.js';
import { SIDEBAR_GROUP_CLASS } from './page-sidebar.js';
import { SIDEBAR_DATES_KEY, sidebarCustomProps, sidebarStateClass, type SidebarDates } from './sidebar-states.js';

export interface SidebarDocItem {
  type: 'doc';
  id: string;
  label: string;
  /** The build day's state class; the browser recomputes it from `customProps` (./sidebar-states.ts). */
  className: string;
  customProps?: { [SIDEBAR_DATES_KEY]: SidebarDates };
}
export interface SidebarLinkItem {
  type: 'link';
  href: string;
  label: string;
}
export interface SidebarCategoryItem {
  type: 'category';
  label: string;
  collapsed: boolean;
  collapsible: true;
  className?: string;
  items: SidebarItem[];
}
export type SidebarItem = SidebarDocItem | SidebarLinkItem | SidebarCategoryItem;

/** A track with more standards than this shows them in groups (a page then carries one group's, ./page-sidebar.ts). */
export const SIDEBAR_GROUP_ABOVE = 50;
/** The most standards a group holds: groups are as even as this allows. */
export const SIDEBAR_GROUP_SIZE = 25;

/**
 * A track's standards in consecutive groups of at most SIDEBAR_GROUP_SIZE, as even as possible, labelled by their
 * first and last standard; as they are when there are SIDEBAR_GROUP_ABOVE or fewer. Pure.
 */
export function groupStandards(standards: SidebarCategoryItem[], ids: readonly string[]): SidebarItem[] {
  if (standards.length <= SIDEBAR_GROUP_ABOVE) return standards;
  const count = Math.ceil(standards.length / SIDEBAR_GROUP_SIZE);
  const groups: SidebarCategoryItem[] = [];
  for (let group = 0; group < count; group++) {
    const start = Math.floor((group * standards.length) / count);
    const end = Math.floor(((group + 1) * standards.length) / count);
    const label = end - start === 1 ? ids[start]! : `${ids[start]} – ${ids[end - 1]}`;
    groups.push({ type: 'category', label, collapsed: true, collapsible: true, className: SIDEBAR_GROUP_CLASS, items: standards.slice(start, end) });
  }
  return groups;
}

/** Pure: the sidebar for the documents Docusaurus renders (`docIds`). */
export function buildStandardsSidebar(registry: Registry, docIds: ReadonlySet<string>, date: CalendarDate): SidebarItem[] {
  // Inside a standard's category its title is already shown: versions need only their short name.
  const docItem = (document: StandardDocument, withTitle: boolean): SidebarDocItem[] => {
    if (!docIds.has(document.id)) return [];
    const label = withTitle ? `${shortId(document)} ${document.title}` : shortId(document);
    return [{ type: 'doc', id: document.id, label, className: sidebarStateClass(document, date), ...sidebarCustomProps(document) }];
  };
  const category = (label: string, items: SidebarItem[]): SidebarCategoryItem => ({ type: 'category', label, collapsed: true, collapsible: true, items });
  const tracks = registry.tracks
    .filter((entry) => entry.standards.length > 0)
    .map((entry) =>
      category(entry.track.name, [
        { type: 'link', href: trackPath(entry.track), label: `About ${entry.track.name}` },
        ...groupStandards(
          entry.standards.map((standard) => {
            const newest = standard.versions.at(-1) ?? standard.supplements.at(-1);
            return category(`${standard.id} ${newest?.title ?? ''}`.trim(), [
              { type: 'link', href: statusPagePath(standard)!, label: 'Status and versions' },
              ...standard.versions.flatMap((version) => docItem(version, false)),
              ...standard.supplements.flatMap((supplement) => docItem(supplement, true)),
            ]);
          }),
          entry.standards.map((standard) => standard.id),
        ),
      ]),
    );
  const proposals = registry.proposals.flatMap((proposal) => docItem(proposal, true));
  return proposals.length > 0 ? [...tracks, category('Proposals', proposals)] : tracks;
}

/** The docs plugin's `sidebarItemsGenerator`, over the registry loaded once. */
export function createSidebarItemsGenerator(standardsDir: string, date: CalendarDate) {
  return async ({ docs }: { docs: ReadonlyArray<{ id: string }> }): Promise<SidebarItem[]> => {
    const corpus = await loadCorpusOnce(standardsDir);
    return buildStandardsSidebar(corpus.registry, new Set(docs.map((doc) => doc.id)), date);
  };
}
