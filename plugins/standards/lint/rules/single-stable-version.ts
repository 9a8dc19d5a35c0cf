// Readers and certification tests need one answer to "which version is in
// force?". Two Stable versions without a deprecation date give two answers
// forever; the older one must announce when it ends.
import { allStandards } from '../../model/registry.js';
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'single-stable-version',
    description: 'At most one version of a standard is Stable without a `deprecated_at`.',
    defaultSeverity: 'error',
  },
  scope: 'corpus',
  check({ registry }) {
    return allStandards(registry).flatMap((standard) => {
      const open = standard.versions.filter((version) => version.status === 'Stable' && version.deprecatedAt === null);
      const newest = open[open.length - 1];
      if (!newest || open.length < 2) return [];
      // Versions are sorted oldest first: the older ones are the ones to schedule an end for.
      return open.slice(0, -1).map((version) => ({
        path: version.path,
        message: `Unexpected Stable \`${version.fileName}\` without \`deprecated_at\` next to Stable \`${newest.fileName}\`, expected at most one open-ended Stable version of \`${standard.id}\``,
        span: version.fieldSpans.status ?? { start: { line: 1, column: 1 } },
      }));
    });
  },
};
