// The registry: documents grouped as track -> standard number -> versions,
// with supplements attached to the versions they name, plus proposals.
import type { StandardDocument } from './document.js';
import type { CalendarDate } from './front-matter-schema.js';
import { currentVersion } from './lifecycle.js';
import { TRACKS, trackByDigit, type Track } from './vocabulary.js';

export interface Standard {
  /** Four digits, e.g. `0100`. */
  number: string;
  /** `scs-0100` */
  id: string;
  track: Track;
  /** Major versions, oldest first. */
  versions: StandardDocument[];
  /** Supplements (wN), oldest first. */
  supplements: StandardDocument[];
}

export interface TrackEntry {
  track: Track;
  standards: Standard[];
}

export interface Registry {
  /** Every parsed document, templates included, sorted by file name. */
  documents: StandardDocument[];
  tracks: TrackEntry[];
  proposals: StandardDocument[];
  templates: StandardDocument[];
  byFileName: Map<string, StandardDocument>;
}

/** The order of `localeCompare` without its cost per call (it builds a collator each time). */
const collator = new Intl.Collator();
const byFileName = (a: StandardDocument, b: StandardDocument) => collator.compare(a.fileName, b.fileName);
const byVersion = (a: StandardDocument, b: StandardDocument) => a.version - b.version || byFileName(a, b);

export function buildRegistry(documents: readonly StandardDocument[]): Registry {
  const sorted = [...documents].sort(byFileName);
  const standards = new Map<string, Standard>();
  for (const document of sorted) {
    if (document.number === null) continue;
    const track = trackByDigit(document.number.charAt(1));
    if (!track) continue; // a number whose track digit is unknown is reported by the linter
    let standard = standards.get(document.number);
    if (!standard) {
      standard = { number: document.number, id: `scs-${document.number}`, track, versions: [], supplements: [] };
      standards.set(document.number, standard);
    }
    (document.kind === 'supplement' ? standard.supplements : standard.versions).push(document);
  }
  for (const standard of standards.values()) {
    standard.versions.sort(byVersion);
    standard.supplements.sort(byVersion);
  }
  const ordered = [...standards.values()].sort((a, b) => collator.compare(a.number, b.number));
  return {
    documents: sorted,
    tracks: TRACKS.map((track) => ({ track, standards: ordered.filter((standard) => standard.track === track) })),
    proposals: sorted.filter((document) => document.kind === 'proposal'),
    templates: sorted.filter((document) => document.kind === 'template'),
    byFileName: new Map(sorted.map((document) => [document.fileName, document])),
  };
}

export function allStandards(registry: Registry): Standard[] {
  return registry.tracks.flatMap((entry) => entry.standards);
}

/** Supplements that name this version in their `supplements` list, in the registry's order. */
export function supplementsOf(registry: Registry, document: StandardDocument): StandardDocument[] {
  return [...(namingIndexOf(registry, 'supplements').get(document.fileName) ?? [])];
}

/**
 * File name -> the documents whose list `field` names it, in the registry's
 * order, each once: built once per registry. Asked for every document (its
 * page, its rows on the overview, track and status pages), a scan of the
 * registry each time grew with the square of the corpus.
 */
export function namingIndexOf(registry: Registry, field: 'supplements' | 'replaces'): ReadonlyMap<string, readonly StandardDocument[]> {
  let indexes = namingIndexes.get(registry);
  if (!indexes) namingIndexes.set(registry, (indexes = new Map()));
  let index = indexes.get(field);
  if (!index) {
    const built = new Map<string, StandardDocument[]>();
    for (const other of registry.documents) {
      for (const name of new Set(other[field])) {
        const naming = built.get(name);
        if (naming) naming.push(other);
        else built.set(name, [other]);
      }
    }
    indexes.set(field, (index = built));
  }
  return index;
}

const namingIndexes = new WeakMap<Registry, Map<'supplements' | 'replaces', ReadonlyMap<string, readonly StandardDocument[]>>>();

/** Other versions of the same standard, oldest first (empty for proposals and templates). */
export function siblingVersions(registry: Registry, document: StandardDocument): StandardDocument[] {
  const standard = standardOf(registry, document);
  return standard ? standard.versions : [];
}

export function standardOf(registry: Registry, document: StandardDocument): Standard | undefined {
  if (document.number === null) return undefined;
  let index = standardIndexes.get(registry);
  if (!index) {
    index = new Map(allStandards(registry).map((standard) => [standard.number, standard]));
    standardIndexes.set(registry, index);
  }
  return index.get(document.number);
}

/** Number -> standard, once per registry: rules ask for every document's standard, and a search each time grows with the square of the corpus. */
const standardIndexes = new WeakMap<Registry, Map<string, Standard>>();

export function currentVersionOf(standard: Standard, date: CalendarDate): StandardDocument | undefined {
  return currentVersion(standard.versions, date);
}
