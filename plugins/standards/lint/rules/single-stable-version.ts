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
