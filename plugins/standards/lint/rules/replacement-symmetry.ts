// A replacement is one fact written in two files: the successor's `replaces`
// and the predecessor's `replaced_by`. This rule reports the successor's side:
// `replaces` is optional in our procedural standard (beyond a version's direct
// predecessor, which replaces-predecessor requires), so a warning. The
// predecessor's side is replaced-by-required's, an error.
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'replacement-symmetry',
    description: 'If A names B in `replaced_by`, B names A in `replaces`.',
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
      return missingReplaces;
    });
  },
};
