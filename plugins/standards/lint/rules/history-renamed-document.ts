// A numbered document is cited by its file name (in certificates, scopes,
// other standards and the portal's addresses). Renaming or deleting it breaks
// those citations; the lifecycle retires a version by status instead.
import { pairWithBase } from '../../history/snapshot.js';
import type { CorpusRule } from '../rule.js';
import { HISTORY_RENAMED_DOCUMENT_EXAMPLES } from '../history-examples.js';

export const rule: CorpusRule = {
  meta: {
    id: 'history-renamed-document',
    description: 'With `--base`: a document with an assigned number keeps its file name and is not deleted.',
    defaultSeverity: 'error',
    examples: HISTORY_RENAMED_DOCUMENT_EXAMPLES,
  },
  scope: 'corpus',
  check({ registry, base }) {
    if (!base) return [];
    const pairing = pairWithBase(registry.documents, base);
    return [
      ...pairing.renamed.map(({ base: before, now }) => ({
        path: now.path,
        message: `Unexpected rename of \`${before.fileName}\` to \`${now.fileName}\`, expected a numbered document to keep its file name`,
        span: { start: { line: 1, column: 1 } },
      })),
      ...pairing.deleted.map((before) => ({
        path: before.path,
        message: `Unexpected deletion of \`${before.fileName}\` (present in ${base.ref}), expected it to stay and be deprecated or rejected instead`,
        span: { start: { line: 1, column: 1 } },
      })),
    ];
  },
};
