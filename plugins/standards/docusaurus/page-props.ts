// Props of the pages the plugin adds: status page, track index and overview.
// Pure mappers from the registry to exactly what a page renders.
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { allStandards, currentVersionOf, supplementsOf, type Registry, type Standard } from '../model/registry.js';
import { DOCUMENT_TYPES, LIFECYCLE_STATES, LIFECYCLE_STATE_NAMES, TRACKS, type LifecycleState, type Track } from '../model/vocabulary.js';
import { FUTURE_STATES, stateViewAt, type Column } from './dated.js';
import { documentPath, standardCalendarPath, statusPagePath } from '../export/urls.js';
import { toDocLink, toTrackRef, trackPath, type DocLink, type TrackRef } from './links.js';
import { toTimelineProp, type TimelineProp } from './timeline.js';

export type { Column } from './dated.js';
export const COLUMNS: readonly Column[] = ['Draft', 'Effective', 'Deprecated'];

export interface VersionRow extends DocLink {
  type: StandardDocument['type'];
  status: StandardDocument['status'];
  column: Column | null;
  /** A transition is scheduled after the build date. */
  future: boolean;
  /** A short note on that transition, e.g. `from 2026-03-01`. */
  note: string | null;
  stabilizedAt: CalendarDate | null;
  deprecatedAt: CalendarDate | null;
  rejectedAt: CalendarDate | null;
  current: boolean;
  supplements: DocLink[];
}

/**
 * The descriptions of a standard's versions that differ from the one shown on
 * the build day (by version id), so the page can show the current version's on
 * any day; absent when every version has that one.
 */
export type OtherDescriptions = Record<string, string | null>;

export interface StatusPageProp {
  id: string;
  /** The current version's title and description on `date` (recomputed in the browser). */
  title: string;
  description: string | null;
  descriptions?: OtherDescriptions;
  track: TrackRef;
  date: CalendarDate;
  current: DocLink | null;
  versions: VersionRow[];
  supplements: Array<DocLink & { supplements: DocLink[] }>;
  timeline: TimelineProp;
  /** Site-relative URL of this standard's iCalendar file (export/calendar.ts). */
  calendar: string;
}

export interface StandardSummary {
  id: string;
  /** The current version's title and description on the page's day (recomputed in the browser). */
  title: string;
  description: string | null;
  descriptions?: OtherDescriptions;
  url: string;
  current: VersionRow | null;
  versionCount: number;
  /** Every version with its dates, oldest first, so the page can tell the current version on any day. */
  versions: DocLink[];
}

export interface TrackPageProp {
  /** The day the states were computed for (the build day). */
  date: CalendarDate;
  track: TrackRef & { summary: string };
  standards: StandardSummary[];
  proposals: DocLink[];
}

export interface LegendEntry {
  name: LifecycleState;
  label: string;
  column: Column;
  future: boolean;
  explanation: string;
}

export interface OverviewRow {
  id: string;
  /** The current version's title and description on the overview's day (recomputed in the browser). */
  title: string;
  description: string | null;
  descriptions?: OtherDescriptions;
  url: string;
  track: TrackRef | null;
  versions: VersionRow[];
  /** Lower-case words the text filter looks in. */
  searchText: string;
}

export interface OverviewProp {
  date: CalendarDate;
  tracks: TrackRef[];
  types: string[];
  columns: readonly Column[];
  legend: LegendEntry[];
  rows: OverviewRow[];
}

export function toVersionRow(registry: Registry, document: StandardDocument, date: CalendarDate, current: boolean): VersionRow {
  const { id, label, title, url, state, stateLabel, dates } = toDocLink(document, date);
  const { column, future, note } = stateViewAt(dates, date);
  // The link's fields written out, not spread (an object of its own hidden class on Node 20, see compare/compare.ts).
  return {
    id,
    label,
    title,
    url,
    state,
    stateLabel,
    dates,
    type: document.type,
    status: document.status,
    column,
    future,
    note,
    stabilizedAt: document.stabilizedAt,
    deprecatedAt: document.deprecatedAt,
    rejectedAt: document.rejectedAt,
    current,
    supplements: supplementsOf(registry, document).map((supplement) => toDocLink(supplement, date)),
  };
}

function standardTitle(standard: Standard, current: StandardDocument | undefined): string {
  return (current ?? standard.versions.at(-1) ?? standard.supplements.at(-1))?.title ?? standard.id;
}

/** The versions' descriptions that differ from `shown` (see OtherDescriptions); nothing when none does. */
function otherDescriptions(versions: readonly StandardDocument[], shown: string | null): { descriptions?: OtherDescriptions } {
  const others = versions.filter((version) => version.description !== shown);
  return others.length === 0 ? {} : { descriptions: Object.fromEntries(others.map((version) => [version.id, version.description])) };
}

function versionRows(registry: Registry, standard: Standard, date: CalendarDate): { rows: VersionRow[]; current: StandardDocument | undefined } {
  const current = currentVersionOf(standard, date);
  return { rows: standard.versions.map((version) => toVersionRow(registry, version, date, version === current)), current };
}

export function toStatusPageProp(registry: Registry, standard: Standard, date: CalendarDate): StatusPageProp {
  const { rows, current } = versionRows(registry, standard, date);
  return {
    id: standard.id,
    title: standardTitle(standard, current),
    description: current?.description ?? null,
    ...otherDescriptions(standard.versions, current?.description ?? null),
    track: toTrackRef(standard.track.name)!,
    date,
    current: current ? toDocLink(current, date) : null,
    versions: rows,
    supplements: standard.supplements.map((supplement) => ({
      ...toDocLink(supplement, date),
      supplements: supplement.supplements.flatMap((fileName) => {
        const version = registry.byFileName.get(fileName);
        return version ? [toDocLink(version, date)] : [];
      }),
    })),
    timeline: toTimelineProp(standard.versions, documentPath, date),
    calendar: standardCalendarPath(standard)!,
  };
}

export function toStandardSummary(registry: Registry, standard: Standard, date: CalendarDate): StandardSummary {
  const current = currentVersionOf(standard, date);
  return {
    id: standard.id,
    title: standardTitle(standard, current),
    description: current?.description ?? null,
    ...otherDescriptions(standard.versions, current?.description ?? null),
    url: statusPagePath({ number: standard.number })!,
    current: current ? toVersionRow(registry, current, date, true) : null,
    versionCount: standard.versions.length,
    versions: standard.versions.map((version) => toDocLink(version, date)),
  };
}

export function toTrackPageProp(registry: Registry, track: Track, date: CalendarDate): TrackPageProp {
  const entry = registry.tracks.find((candidate) => candidate.track === track);
  return {
    date,
    track: { ...toTrackRef(track.name)!, summary: track.summary },
    standards: (entry?.standards ?? []).map((standard) => toStandardSummary(registry, standard, date)),
    proposals: registry.proposals.filter((proposal) => proposal.track === track.name).map((proposal) => toDocLink(proposal, date)),
  };
}

export function toOverviewProp(registry: Registry, date: CalendarDate): OverviewProp {
  const standardRows = allStandards(registry).map((standard): OverviewRow => {
    const { rows, current } = versionRows(registry, standard, date);
    const description = current?.description ?? null;
    return overviewRow(standard.id, standardTitle(standard, current), description, statusPagePath(standard)!, toTrackRef(standard.track.name), rows, otherDescriptions(standard.versions, description));
  });
  const proposalRows = registry.proposals.map((proposal) =>
    overviewRow(proposal.id, proposal.title, proposal.description, documentPath(proposal), toTrackRef(proposal.track), [toVersionRow(registry, proposal, date, true)]),
  );
  return {
    date,
    tracks: TRACKS.map((track) => toTrackRef(track.name)!),
    types: DOCUMENT_TYPES.filter((type) => type !== 'Supplement'),
    columns: COLUMNS,
    legend: LIFECYCLE_STATE_NAMES.map((name) => ({
      name,
      label: LIFECYCLE_STATES[name].label,
      column: LIFECYCLE_STATES[name].column,
      future: FUTURE_STATES.has(name),
      explanation: LIFECYCLE_STATES[name].explanation,
    })),
    rows: [...standardRows, ...proposalRows],
  };
}

function overviewRow(
  id: string,
  title: string,
  description: string | null,
  url: string,
  track: TrackRef | null,
  versions: VersionRow[],
  others: { descriptions?: OtherDescriptions } = {},
): OverviewRow {
  // Every version's title and description: the row shows the current version's, which depends on the day.
  const words = [id, title, description ?? '', ...versions.flatMap((version) => [version.label, version.title]), ...Object.values(others.descriptions ?? {}).map((text) => text ?? '')];
  return { id, title, description, ...others, url, track, versions, searchText: words.join(' ').toLowerCase() };
}
