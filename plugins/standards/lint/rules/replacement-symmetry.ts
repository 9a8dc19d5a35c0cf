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
    examples: [
      {
        title: 'v1 names v2 in `replaced_by`, but v2 does not name v1 in `replaces`',
        file: 'scs-0100-v2-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-11-01\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n',
        others: { 'scs-0100-v1-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2024-01-15\ndeprecated_at: 2025-01-01\nreplaced_by: [scs-0100-v2-flavor-naming.md]\n---\n\n## Introduction\n\nFlavor names follow one scheme.\n' },
        findings: ['1:1 Missing `scs-0100-v1-flavor-naming.md` in `replaces`, expected it because `scs-0100-v1-flavor-naming.md` names this document in `replaced_by`'],
      },
      {
        title: 'the replacement written on both sides',
        file: 'scs-0100-v2-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-11-01\nreplaces: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n',
        others: { 'scs-0100-v1-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2024-01-15\ndeprecated_at: 2025-01-01\nreplaced_by: [scs-0100-v2-flavor-naming.md]\n---\n\n## Introduction\n\nFlavor names follow one scheme.\n' },
        findings: [],
      },
    ],
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
