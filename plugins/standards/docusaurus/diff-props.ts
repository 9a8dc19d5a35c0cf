// Props of the pages that show what changed between versions of a standard:
// one page per pair of consecutive major versions (built here, in full), and
// per standard with three or more versions a page that compares any two in the
// browser from the versions' sections. Pure; see ../compare/.
import { compareDocuments } from '../compare/compare.js';
import type { ComparableDocument, Comparison } from '../compare/model.js';
import { buildComparableDocument } from '../compare/sections.js';
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { standardOf, type Registry, type Standard } from '../model/registry.js';
import { statusPagePath } from '../export/urls.js';
import { shortId, toDocLink, toTrackRef, type DocLink, type TrackRef } from './links.js';

/** A link to the page of one pair: `scs-0100-v2 → scs-0100-v3`. */
export interface DiffLink {
  from: string;
  to: string;
  url: string;
}

/** What the status page shows: the pages of consecutive versions, and the form that compares any two. */
export interface StatusDiffProp {
  pairs: DiffLink[];
  /** The page that compares any two versions; null with fewer than three versions (the one pair has its page). */
  comparePage: string | null;
  /** Versions to choose from, oldest first. */
  versions: Array<{ label: string; title: string }>;
}

interface PageHead {
  standardId: string;
  title: string;
  track: TrackRef;
  statusPage: string;
  date: CalendarDate;
}

export interface DiffPageProp extends PageHead {
  from: DocLink;
  to: DocLink;
  comparison: Comparison;
  /** The page that compares any two versions, when there is one. */
  comparePage: string | null;
}

export interface ComparePageProp extends PageHead {
  /** Every version, oldest first, ready to compare. */
  documents: ComparableDocument[];
  versions: DocLink[];
  pairs: DiffLink[];
}

/** `/standards/iaas/scs-0100/diff/v2-v3` */
export function diffPagePath(standard: Pick<Standard, 'number'>, from: Pick<StandardDocument, 'version'>, to: Pick<StandardDocument, 'version'>): string {
  return `${statusPagePath(standard)}/diff/v${from.version}-v${to.version}`;
}

/** `/standards/iaas/scs-0100/diff` */
export function comparePagePath(standard: Pick<Standard, 'number'>): string {
  return `${statusPagePath(standard)}/diff`;
}

/**
 * Consecutive major versions, oldest first. Two files with the same version
 * number (a lint error) give no pair: their page would have one address.
 */
export function consecutivePairs(standard: Standard): Array<{ from: StandardDocument; to: StandardDocument }> {
  return standard.versions.slice(1).flatMap((to, index) => {
    const from = standard.versions[index]!;
    return from.version === to.version ? [] : [{ from, to }];
  });
}

const pairLink = (standard: Standard, from: StandardDocument, to: StandardDocument): DiffLink => ({ from: shortId(from), to: shortId(to), url: diffPagePath(standard, from, to) });

export function toStatusDiffProp(standard: Standard): StatusDiffProp {
  return {
    pairs: consecutivePairs(standard).map(({ from, to }) => pairLink(standard, from, to)),
    comparePage: standard.versions.length >= 3 ? comparePagePath(standard) : null,
    versions: standard.versions.map((version) => ({ label: shortId(version), title: version.title })),
  };
}

/** For a version's own page: the changes since the version before it, or null for the first. */
export function toPreviousDiffLink(registry: Registry, document: StandardDocument): DiffLink | null {
  const standard = document.kind === 'document' ? standardOf(registry, document) : undefined;
  // By file name: the page's document is parsed from the text Docusaurus read, not taken from the registry.
  const pair = standard && consecutivePairs(standard).find(({ to }) => to.fileName === document.fileName);
  return pair ? pairLink(standard, pair.from, pair.to) : null;
}

/** Sections of each document, read once per build (several pages compare the same version). */
const comparables = new WeakMap<StandardDocument, ComparableDocument>();
export function comparableOf(document: StandardDocument): ComparableDocument {
  let comparable = comparables.get(document);
  if (!comparable) {
    comparable = buildComparableDocument(document);
    comparables.set(document, comparable);
  }
  return comparable;
}

/**
 * The comparison of two versions, once per pair of parsed documents. A
 * document keeps its object while its text is unchanged (parse/load-corpus.ts,
 * ParseCache), so a reload of the dev server compares again only the pairs an
 * edit touched (at 1,000 documents, comparing all 597 pairs took 8 to 48 s).
 */
const comparisons = new WeakMap<StandardDocument, WeakMap<StandardDocument, Comparison>>();
export function comparisonOf(from: StandardDocument, to: StandardDocument): Comparison {
  let byTarget = comparisons.get(from);
  if (!byTarget) comparisons.set(from, (byTarget = new WeakMap()));
  let comparison = byTarget.get(to);
  if (!comparison) {
    comparison = compareDocuments(comparableOf(from), comparableOf(to));
    byTarget.set(to, comparison);
  }
  return comparison;
}

function pageHead(standard: Standard, date: CalendarDate): PageHead {
  const newest = standard.versions.at(-1);
  return { standardId: standard.id, title: newest?.title ?? standard.id, track: toTrackRef(standard.track.name)!, statusPage: statusPagePath(standard)!, date };
}

export function toDiffPageProp(standard: Standard, from: StandardDocument, to: StandardDocument, date: CalendarDate): DiffPageProp {
  // The head's fields written out, not spread (an object of its own hidden class on Node 20, see compare/compare.ts).
  const { standardId, title, track, statusPage } = pageHead(standard, date);
  return {
    standardId,
    title,
    track,
    statusPage,
    date,
    from: toDocLink(from, date),
    to: toDocLink(to, date),
    comparison: comparisonOf(from, to),
    comparePage: standard.versions.length >= 3 ? comparePagePath(standard) : null,
  };
}

export function toComparePageProp(standard: Standard, date: CalendarDate): ComparePageProp {
  const { standardId, title, track, statusPage } = pageHead(standard, date);
  return {
    standardId,
    title,
    track,
    statusPage,
    date,
    documents: standard.versions.map(comparableOf),
    versions: standard.versions.map((version) => toDocLink(version, date)),
    pairs: consecutivePairs(standard).map(({ from, to }) => pairLink(standard, from, to)),
  };
}
