// The JSON API: `/api/standards.json` (every document and standard) and one
// `/api/standards/scs-NNNN.json` per standard. Pure; post-build writes them.
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { allStandards, currentVersionOf, type Registry, type Standard } from '../model/registry.js';
import { toDocumentRecord, type DocumentRecord } from './document-record.js';
import { statusPagePath } from './urls.js';

/** Raised when a field is removed or changes meaning; adding fields keeps it. */
export const API_SCHEMA_VERSION = 1;

export interface StandardSummary {
  id: string;
  number: string;
  track: string;
  /** Title of the current version. */
  title: string;
  statusPageUrl: string;
  /** Site-relative URL of this standard's own JSON file. */
  apiUrl: string;
  /** Id of the version in force at `generated` (else the newest); null without versions. */
  currentVersion: string | null;
  versions: string[];
  supplements: string[];
}

export interface StandardsIndex {
  schemaVersion: typeof API_SCHEMA_VERSION;
  /** Day the lifecycle states were computed for. */
  generated: CalendarDate;
  siteUrl: string;
  standards: StandardSummary[];
  /** Every version, supplement and proposal; templates are not documents. */
  documents: DocumentRecord[];
}

export interface StandardDetail extends Omit<StandardSummary, 'versions' | 'supplements'> {
  schemaVersion: typeof API_SCHEMA_VERSION;
  generated: CalendarDate;
  siteUrl: string;
  versions: DocumentRecord[];
  supplements: DocumentRecord[];
}

export interface OutputFile {
  /** Site-relative path, e.g. `/api/standards.json`. */
  path: string;
  content: string;
}

export function standardApiPath(standard: Pick<Standard, 'id'>): string {
  return `/api/standards/${standard.id}.json`;
}

function toSummary(standard: Standard, date: CalendarDate): Omit<StandardSummary, 'versions' | 'supplements'> {
  const current = currentVersionOf(standard, date);
  return {
    id: standard.id,
    number: standard.number,
    track: standard.track.name,
    title: current?.title ?? standard.id,
    statusPageUrl: statusPagePath(standard)!,
    apiUrl: standardApiPath(standard),
    currentVersion: current?.id ?? null,
  };
}

export function buildStandardsIndex(registry: Registry, date: CalendarDate, siteUrl: string): StandardsIndex {
  const documents = registry.documents.filter((document) => document.kind !== 'template');
  const ids = (list: StandardDocument[]) => list.map((document) => document.id);
  return {
    schemaVersion: API_SCHEMA_VERSION,
    generated: date,
    siteUrl,
    standards: allStandards(registry).map((standard) => ({
      ...toSummary(standard, date),
      versions: ids(standard.versions),
      supplements: ids(standard.supplements),
    })),
    documents: documents.map((document) => toDocumentRecord(registry, document, date)),
  };
}

export function buildStandardDetail(registry: Registry, standard: Standard, date: CalendarDate, siteUrl: string): StandardDetail {
  const record = (document: StandardDocument) => toDocumentRecord(registry, document, date);
  return {
    schemaVersion: API_SCHEMA_VERSION,
    generated: date,
    siteUrl,
    ...toSummary(standard, date),
    versions: standard.versions.map(record),
    supplements: standard.supplements.map(record),
  };
}

/** Every file of the API, ready to write under the build folder. */
export function buildApiFiles(registry: Registry, date: CalendarDate, siteUrl: string): OutputFile[] {
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  return [
    { path: '/api/standards.json', content: json(buildStandardsIndex(registry, date, siteUrl)) },
    ...allStandards(registry).map((standard) => ({
      path: standardApiPath(standard),
      content: json(buildStandardDetail(registry, standard, date, siteUrl)),
    })),
  ];
}
