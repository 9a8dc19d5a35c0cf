// Records for a hosted search index (Algolia DocSearch): one per document and
// one per section. Pure; scripts/search-index.ts sends them.
//
// The shape follows DocSearch (`hierarchy`, `url`, `type` = record level, `content`)
// so the stock DocSearch UI can show the hits. Because DocSearch reserves `type`
// for the level, the document type travels as `documentType`; `track`,
// `documentType`, `status` and `state` are the facets.
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import type { Registry } from '../model/registry.js';
import { toDocumentRecord } from './document-record.js';
import { buildSections } from './sections.js';
import { absoluteUrl } from './urls.js';

/** Algolia rejects large records; a section's text is cut to this many characters. */
export const MAX_CONTENT_CHARS = 4000;

export const SEARCH_FACETS = ['track', 'documentType', 'status', 'state'] as const;

export interface SearchRecord {
  objectID: string;
  url: string;
  url_without_anchor: string;
  anchor: string | null;
  type: 'lvl1' | 'lvl2' | 'lvl3';
  hierarchy: Record<'lvl0' | 'lvl1' | 'lvl2' | 'lvl3' | 'lvl4' | 'lvl5' | 'lvl6', string | null>;
  content: string | null;
  /** `scs-0100-v3-flavor-naming` */
  documentId: string;
  /** `scs-0100`; null for proposals. */
  standardId: string | null;
  track: string | null;
  documentType: string | null;
  status: string | null;
  /** Computed lifecycle state label at the build date, e.g. `Effective`. */
  state: string | null;
}

function clip(text: string): string | null {
  if (text === '') return null;
  return text.length <= MAX_CONTENT_CHARS ? text : `${text.slice(0, MAX_CONTENT_CHARS - 1).trimEnd()}…`;
}

export function buildDocumentSearchRecords(registry: Registry, document: StandardDocument, date: CalendarDate, siteUrl: string): SearchRecord[] {
  const record = toDocumentRecord(registry, document, date);
  const pageUrl = absoluteUrl(siteUrl, record.url);
  const facets = {
    documentId: record.id,
    standardId: record.number ? `scs-${record.number}` : null,
    track: record.track,
    documentType: record.type,
    status: record.status,
    state: record.stateLabel,
  };
  const lvl1 = `${record.title} (${record.id})`;
  const empty = { lvl2: null, lvl3: null, lvl4: null, lvl5: null, lvl6: null };
  const { lead, sections } = buildSections(document);
  const results: SearchRecord[] = [
    {
      objectID: record.id,
      url: pageUrl,
      url_without_anchor: pageUrl,
      anchor: null,
      type: 'lvl1',
      hierarchy: { lvl0: record.track ?? 'Standards', lvl1, ...empty },
      content: clip([record.description ?? '', lead].filter(Boolean).join(' ')),
      ...facets,
    },
  ];
  let lvl2: string | null = null;
  for (const section of sections) {
    if (section.depth === 2) lvl2 = section.heading;
    const hierarchy =
      section.depth === 2 ? { ...empty, lvl2: section.heading } : { ...empty, lvl2, lvl3: section.heading };
    results.push({
      objectID: `${record.id}#${section.anchor}`,
      url: `${pageUrl}#${section.anchor}`,
      url_without_anchor: pageUrl,
      anchor: section.anchor,
      type: section.depth === 2 ? 'lvl2' : 'lvl3',
      hierarchy: { lvl0: record.track ?? 'Standards', lvl1, ...hierarchy },
      content: clip(section.text),
      ...facets,
    });
  }
  return results;
}

/** Every record of the corpus; templates are not indexed. */
export function buildSearchRecords(registry: Registry, date: CalendarDate, siteUrl: string): SearchRecord[] {
  return registry.documents
    .filter((document) => document.kind !== 'template')
    .flatMap((document) => buildDocumentSearchRecords(registry, document, date, siteUrl));
}

/** Index settings sent before the records: what is searched, in order, and the facets. */
export function buildSearchIndexSettings() {
  return {
    searchableAttributes: ['unordered(standardId)', 'unordered(documentId)', 'unordered(hierarchy.lvl1)', 'unordered(hierarchy.lvl2)', 'unordered(hierarchy.lvl3)', 'content'],
    attributesForFaceting: SEARCH_FACETS.map((facet) => `searchable(${facet})`),
    attributesToSnippet: ['content:20'],
    distinct: false,
  };
}
