// The whole registry with computed states as one JSON value (`npm run registry`).
import type { CalendarDate } from '../model/front-matter-schema.js';
import { currentVersionOf, type Registry } from '../model/registry.js';
import { toDocumentRecord, type DocumentRecord } from './document-record.js';

export interface RegistrySnapshot {
  date: CalendarDate;
  tracks: Array<{
    track: string;
    standards: Array<{
      id: string;
      number: string;
      currentVersion: string | null;
      versions: DocumentRecord[];
      supplements: DocumentRecord[];
    }>;
  }>;
  proposals: DocumentRecord[];
  templates: string[];
}

export function buildRegistrySnapshot(registry: Registry, date: CalendarDate): RegistrySnapshot {
  const record = (document: Parameters<typeof toDocumentRecord>[1]) => toDocumentRecord(registry, document, date);
  return {
    date,
    tracks: registry.tracks.map(({ track, standards }) => ({
      track: track.name,
      standards: standards.map((standard) => ({
        id: standard.id,
        number: standard.number,
        currentVersion: currentVersionOf(standard, date)?.id ?? null,
        versions: standard.versions.map(record),
        supplements: standard.supplements.map(record),
      })),
    })),
    proposals: registry.proposals.map(record),
    templates: registry.templates.map((template) => template.fileName),
  };
}
