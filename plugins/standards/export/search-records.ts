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
import { stateOrderOf } from '../search/state-order.js';
import { lifecycleStateAt } from '../model/lifecycle.js';
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
  /** `scs-0100-v3`, `scs-0100-w1`: what a reader types to find one version. */
  shortId: string;
  /** The major version; null for supplements. */
  version: number | null;
  /**
   * Order among versions that match alike (custom ranking, ascending): 0 for
   * the version in force, then on their way in, then on their way out
   * (search/state-order.ts). Computed for the day of the push, like `state`:
   * push again when a version's state changes.
   */
  stateRank: number;
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
    shortId: /^scs-[^-]+-[vw]\d+/.exec(record.id)?.[0] ?? record.id,
    version: document.kind === 'supplement' ? null : record.version,
    stateRank: stateOrderOf(document.kind === 'supplement' ? null : lifecycleStateAt(document, date)),
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

/**
 * Index settings sent before the records: what is searched, in order (an id
 * such as `scs-0100-v2` or `0100` first matches the version's own id), the
 * facets, and the custom ranking that, among records the words rank alike,
 * puts the version in force first.
 */
export function buildSearchIndexSettings() {
  return {
    searchableAttributes: [
      'unordered(shortId)',
      'unordered(standardId)',
      'unordered(documentId)',
      'unordered(hierarchy.lvl1)',
      'unordered(hierarchy.lvl2)',
      'unordered(hierarchy.lvl3)',
      'content',
    ],
    customRanking: ['asc(stateRank)', 'desc(version)'],
    attributesForFaceting: SEARCH_FACETS.map((facet) => `searchable(${facet})`),
    attributesToSnippet: ['content:20'],
    distinct: false,
  };
}
