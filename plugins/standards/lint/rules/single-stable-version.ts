// Readers and certification tests need one answer to "which version is in
// force?". Yet our procedural standard has the pull request that adds vN+1
// leave vN alone, and vN is deprecated in a separate step once vN+1 is Stable:
// two Stable versions are a normal stage of every transition. So a warning
// that names that step, never an error.
import { allStandards } from '../../model/registry.js';
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'single-stable-version',
    description: 'At most one version of a standard is Stable without a `deprecated_at`; an older one is deprecated in a separate step.',
    defaultSeverity: 'warn',
    examples: [
      {
        title: 'v1 still Stable, without an end date, next to a Stable v2',
        file: 'scs-0100-v1-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-15\n---\n\n## Introduction\n\nFlavor names follow one scheme.\n',
        others: { 'scs-0100-v2-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-11-01\nreplaces: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n' },
        findings: [
          '4:1 Unexpected Stable `scs-0100-v1-flavor-naming.md` next to the newer Stable `scs-0100-v2-flavor-naming.md`, expected the older version deprecated in a separate step: `status: Deprecated`, `deprecated_at:` the last day it applies, and `replaced_by: [scs-0100-v2-flavor-naming.md]`',
        ],
      },
      {
        title: 'v1 stays Stable until its announced deprecation date',
        file: 'scs-0100-v1-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-15\ndeprecated_at: 2025-12-31\n---\n\n## Introduction\n\nFlavor names follow one scheme.\n',
        others: { 'scs-0100-v2-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-11-01\nreplaces: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n' },
        findings: [],
      },
    ],
  },
  scope: 'corpus',
  check({ registry }) {
    return allStandards(registry).flatMap((standard) => {
      const open = standard.versions.filter((version) => version.status === 'Stable' && version.deprecatedAt === null);
      const newest = open[open.length - 1];
      if (!newest || open.length < 2) return [];
      // Versions are sorted oldest first: the older ones are the ones to deprecate.
      return open.slice(0, -1).map((version) => ({
        path: version.path,
        message:
          `Unexpected Stable \`${version.fileName}\` next to the newer Stable \`${newest.fileName}\`, expected the older version deprecated in a separate step: ` +
          `\`status: Deprecated\`, \`deprecated_at:\` the last day it applies, and \`replaced_by: [${newest.fileName}]\``,
        span: version.fieldSpans.status ?? { start: { line: 1, column: 1 } },
      }));
    });
  },
};
