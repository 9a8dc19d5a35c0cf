// Two files claiming the same version of a standard leave the registry (and
// every link to `scs-NNNN-vN`) with no way to tell which one is meant.
import type { StandardDocument } from '../../model/document.js';
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'unique-version',
    description: 'No two documents share the same number and version (vN), and no two supplements the same wN.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'two files for v2, spelled differently',
        file: 'scs-0100-v2-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-11-01\nreplaces: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n',
        others: { 'scs-0100-v2-flavour-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-11-01\nreplaces: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n' },
        findings: ['1:1 Unexpected second file for `scs-0100-v2`, expected one file per version (also in `scs-0100-v2-flavour-naming.md`)'],
      },
      {
        title: 'a version v1 and a supplement w1 of the same standard',
        file: 'scs-0100-v1-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-15\n---\n\n## Introduction\n\nFlavor names follow one scheme.\n',
        others: { 'scs-0100-w1-flavor-naming-implementation.md': '---\ntitle: Flavor naming implementation notes\ntype: Supplement\ntrack: IaaS\nstatus: Draft\nsupplements: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nHow to check flavor names.\n' },
        findings: [],
      },
    ],
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
