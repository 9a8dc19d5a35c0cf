// Versions form a chain: v3 replaces v2. Naming the predecessor keeps the
// history navigable and lets the portal link each version to the one before.
import { standardOf } from '../../model/registry.js';
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'replaces-predecessor',
    description: 'Version N > 1 of a standard names version N-1 of the same number in `replaces`.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'v3 names v1 but skips its predecessor v2',
        file: 'scs-0100-v3-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\nreplaces: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nThe third version drops the disk suffix.\n',
        others: {
          'scs-0100-v1-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-15\n---\n\n## Introduction\n\nFlavor names follow one scheme.\n',
          'scs-0100-v2-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-11-01\nreplaces: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n',
        },
        findings: ['6:1 Missing `scs-0100-v2-flavor-naming.md` in `replaces`, expected v3 to name its predecessor'],
      },
      {
        title: 'v3 names v2, the version before it',
        file: 'scs-0100-v3-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\nreplaces: [scs-0100-v2-flavor-naming.md]\n---\n\n## Introduction\n\nThe third version drops the disk suffix.\n',
        others: {
          'scs-0100-v1-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-15\n---\n\n## Introduction\n\nFlavor names follow one scheme.\n',
          'scs-0100-v2-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-11-01\nreplaces: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n',
        },
        findings: [],
      },
    ],
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
