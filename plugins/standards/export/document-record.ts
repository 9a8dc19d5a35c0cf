// The public record of one document: what `npm run registry`, the JSON API
// and the search index say about it. One serializer, used by all of them.
import type { StandardDocument } from '../model/document.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { lifecycleStateAt } from '../model/lifecycle.js';
import { supplementsOf, type Registry } from '../model/registry.js';
import { LIFECYCLE_STATES, type LifecycleState } from '../model/vocabulary.js';
import { documentPath, statusPagePath } from './urls.js';

/** Fields of the model that a record carries unchanged. */
type CopiedField =
  | 'id' | 'fileName' | 'kind' | 'number' | 'version' | 'title' | 'description' | 'type' | 'status' | 'track'
  | 'stabilizedAt' | 'deprecatedAt' | 'rejectedAt' | 'replaces' | 'replacedBy' | 'supplements' | 'authors';

export type DocumentRecord = Pick<StandardDocument, CopiedField> & {
  state: LifecycleState | null;
  stateLabel: string | null;
  /** File names of the supplements that name this version. */
  supplementedBy: string[];
  /** Site-relative URL of the rendered document. */
  url: string;
  /** Site-relative URL of the standard's status page; null for proposals. */
  statusPageUrl: string | null;
  /** Path of the source file relative to the corpus root. */
  sourcePath: string;
};

export function toDocumentRecord(registry: Registry, document: StandardDocument, date: CalendarDate): DocumentRecord {
  const state = lifecycleStateAt(document, date);
  return {
    id: document.id,
    fileName: document.fileName,
    kind: document.kind,
    number: document.number,
    version: document.version,
    title: document.title,
    description: document.description,
    type: document.type,
    status: document.status,
    track: document.track,
    state,
    stateLabel: state ? LIFECYCLE_STATES[state].label : null,
    stabilizedAt: document.stabilizedAt,
    deprecatedAt: document.deprecatedAt,
    rejectedAt: document.rejectedAt,
    replaces: document.replaces,
    replacedBy: document.replacedBy,
    supplements: document.supplements,
    supplementedBy: supplementsOf(registry, document).map((supplement) => supplement.fileName),
    authors: document.authors,
    url: documentPath(document),
    statusPageUrl: statusPagePath(document),
    sourcePath: document.path,
  };
}
