// Two files claiming the same version of a standard leave the registry (and
// every link to `scs-NNNN-vN`) with no way to tell which one is meant.
import type { StandardDocument } from '../../model/document.js';
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'unique-version',
    description: 'No two documents share the same number and version (vN), and no two supplements the same wN.',
    defaultSeverity: 'error',
  },
  scope: 'corpus',
  check({ registry }) {
    const groups = new Map<string, StandardDocument[]>();
    for (const document of registry.documents) {
      if (document.number === null) continue; // proposals and templates have no number yet
      const key = `scs-${document.number}-${document.kind === 'supplement' ? 'w' : 'v'}${document.version}`;
      groups.set(key, [...(groups.get(key) ?? []), document]);
    }
    return [...groups].flatMap(([key, documents]) =>
      documents.length < 2
        ? []
        : documents.map((document) => ({
            path: document.path,
            message: `Unexpected second file for \`${key}\`, expected one file per version (also in ${documents
              .filter((other) => other !== document)
              .map((other) => `\`${other.path}\``)
              .join(', ')})`,
            span: { start: { line: 1, column: 1 } },
          })),
    );
  },
};
