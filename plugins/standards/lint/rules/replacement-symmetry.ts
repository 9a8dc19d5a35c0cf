// A replacement is one fact written in two files: the successor's `replaces`
// and the predecessor's `replaced_by`. When only one side says it, readers of
// the other side never learn about it.
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'replacement-symmetry',
    description: '`replaces` and `replaced_by` agree: if A is replaced by B, B replaces A, and the other way round once A is deprecated.',
    defaultSeverity: 'warn',
  },
  scope: 'corpus',
  check({ registry }) {
    return registry.documents.flatMap((document) => {
      if (document.kind === 'template') return [];
      const missingReplaces = document.replacedBy.flatMap((name) => {
        const successor = registry.byFileName.get(name);
        if (!successor || successor === document || successor.kind === 'template' || successor.replaces.includes(document.fileName)) return [];
        return [
          {
            path: successor.path,
            message: `Missing \`${document.fileName}\` in \`replaces\`, expected it because \`${document.fileName}\` names this document in \`replaced_by\``,
            span: successor.fieldSpans.replaces ?? { start: { line: 1, column: 1 } },
          },
        ];
      });
      // The other direction only once the predecessor is Deprecated: a Stable version
      // rightly names no successor while that successor is still a draft.
      const missingReplacedBy = document.replaces.flatMap((name) => {
        const predecessor = registry.byFileName.get(name);
        if (!predecessor || predecessor === document || predecessor.kind === 'template') return [];
        if (predecessor.status !== 'Deprecated' || predecessor.replacedBy.includes(document.fileName)) return [];
        return [
          {
            path: predecessor.path,
            message: `Missing \`${document.fileName}\` in \`replaced_by\`, expected it because \`${document.fileName}\` replaces this deprecated document`,
            span: predecessor.fieldSpans.replaced_by ?? predecessor.fieldSpans.status ?? { start: { line: 1, column: 1 } },
          },
        ];
      });
      return [...missingReplaces, ...missingReplacedBy];
    });
  },
};
