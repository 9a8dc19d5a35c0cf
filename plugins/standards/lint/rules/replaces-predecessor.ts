// Versions form a chain: v3 replaces v2. Naming the predecessor keeps the
// history navigable and lets the portal link each version to the one before.
import { standardOf } from '../../model/registry.js';
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'replaces-predecessor',
    description: 'Version N > 1 of a standard names version N-1 of the same number in `replaces`.',
    defaultSeverity: 'error',
  },
  scope: 'corpus',
  check({ registry }) {
    return registry.documents.flatMap((document) => {
      if (document.kind !== 'document' || document.version < 2) return [];
      const predecessors = (standardOf(registry, document)?.versions ?? []).filter((other) => other.version === document.version - 1);
      const span = document.fieldSpans.replaces ?? { start: { line: 1, column: 1 } };
      if (predecessors.length === 0) {
        return [
          {
            path: document.path,
            message: `Unexpected v${document.version} of \`scs-${document.number}\` without a v${document.version - 1}, expected versions numbered without gaps`,
            span: { start: { line: 1, column: 1 } },
          },
        ];
      }
      if (predecessors.some((predecessor) => document.replaces.includes(predecessor.fileName))) return [];
      return [
        {
          path: document.path,
          message: `Missing \`${predecessors[0]!.fileName}\` in \`replaces\`, expected v${document.version} to name its predecessor`,
          span,
        },
      ];
    });
  },
};
