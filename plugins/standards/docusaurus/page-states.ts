// A page's props with every state recomputed for another day, from the dates
// the props carry: what the browser runs so a page built months ago shows the
// states of the day it is read, or of a `?date=`. Pure and free of Node; it
// gives the same answers as building the props for that day
// (page-states.test.ts checks this for every document of the corpus).
import type { CalendarDate } from '../model/front-matter-schema.js';
import { versionInForceAlong, type LifecycleFields } from '../model/lifecycle.js';
import { toBannerProp } from './banner.js';
import { atDate, currentOf, stateViewAt, type LifecycleDates } from './dated.js';
import type { DocumentPageProp } from './document-props.js';
import type { DocLink } from './links.js';
import type { OtherDescriptions, OverviewProp, StatusPageProp, TrackPageProp, VersionRow } from './page-props.js';

const linksAt = (links: readonly DocLink[], date: CalendarDate): DocLink[] => links.map((link) => atDate(link, date));

/** Version rows of one standard (or one proposal) on `date`: states, columns, notes and which one is current. */
export function versionRowsAt(rows: readonly VersionRow[], date: CalendarDate): VersionRow[] {
  const current = currentOf(rows, date);
  return rows.map((row) => ({ ...row, ...stateViewAt(row.dates, date), current: row === current, supplements: linksAt(row.supplements, date) }));
}

/**
 * A standard's title and description on `date`: its current version's. The
 * props carry the build day's, the versions' titles and the descriptions that
 * differ from the build day's; without versions in force nor dates, they stay.
 */
function headingAt<T extends { title: string; description: string | null; descriptions?: OtherDescriptions }>(item: T, current: { id: string; title: string } | undefined): T {
  if (current === undefined) return item;
  const description = item.descriptions && current.id in item.descriptions ? item.descriptions[current.id]! : item.description;
  return current.title === item.title && description === item.description ? item : { ...item, title: current.title, description };
}

export function overviewAt(overview: OverviewProp, date: CalendarDate): OverviewProp {
  if (overview.date === date) return overview;
  return {
    ...overview,
    date,
    rows: overview.rows.map((row) => {
      const versions = versionRowsAt(row.versions, date);
      return headingAt({ ...row, versions }, versions.find((version) => version.current));
    }),
  };
}

export function statusPageAt(page: StatusPageProp, date: CalendarDate): StatusPageProp {
  if (page.date === date) return page;
  const versions = versionRowsAt(page.versions, date);
  const current = versions.find((row) => row.current);
  return {
    ...headingAt(page, current),
    date,
    current: current ? toLink(current) : null,
    versions,
    supplements: page.supplements.map((supplement) => ({ ...atDate(supplement, date), supplements: linksAt(supplement.supplements, date) })),
  };
}

/** The track page on `date`: each standard's current version and its state. */
export function trackPageAt(page: TrackPageProp, date: CalendarDate): TrackPageProp & { currents: Array<DocLink | null> } {
  return {
    ...page,
    date,
    standards: page.standards.map((standard) => headingAt({ ...standard, versions: linksAt(standard.versions, date) }, currentOf(standard.versions, date))),
    currents: page.standards.map((standard) => {
      const current = currentOf(standard.versions, date);
      return current ? atDate(current, date) : null;
    }),
    proposals: linksAt(page.proposals, date),
  };
}

type Planned = LifecycleFields & { version: number; link: DocLink };

export function documentPageAt(doc: DocumentPageProp, date: CalendarDate): DocumentPageProp {
  if (doc.date === date) return doc;
  const self = atDate({ dates: doc.dates as LifecycleDates | null, state: doc.state, stateLabel: doc.stateLabel }, date);
  const replacedBy = linksAt(doc.replacedBy, date);
  const supplements = linksAt(doc.supplements, date);
  const planned = (link: DocLink): Planned[] => (link.dates ? [{ ...link.dates, link }] : []);
  const inForce = versionInForceAlong<Planned>(
    { ...doc.dates, link: { id: doc.id } as DocLink },
    { chain: doc.successors.chain.flatMap(planned), standards: doc.successors.standards.map((versions) => versions.flatMap(planned)) },
    date,
    (a, b) => a.link.id === b.link.id,
  );
  return {
    ...doc,
    state: self.state,
    stateLabel: self.stateLabel,
    date,
    banner: toBannerProp(doc, self.state, replacedBy, supplements, inForce ? atDate(inForce.link, date) : null),
    successors: { chain: linksAt(doc.successors.chain, date), standards: doc.successors.standards.map((versions) => linksAt(versions, date)) },
    replaces: linksAt(doc.replaces, date),
    replacedBy,
    supplements,
    supplementedBy: linksAt(doc.supplementedBy, date),
    versions: linksAt(doc.versions, date),
  };
}

/** A version row as the link it is (the status page's "current version"). */
function toLink(row: VersionRow): DocLink {
  const { id, label, title, url, state, stateLabel, dates } = row;
  return { id, label, title, url, state, stateLabel, dates };
}
