// The timeline decides which scope versions certificates are issued against.
// Each state must be one of the four (reported while reading, see
// parse/scope.ts) and each version it names must exist. A version the
// timeline leaves out is simply deprecated, as the community's files rely on.
import { surfaceScopeParseFindings } from '../scope-findings.js';
import { SCOPE_EXAMPLE, SCOPE_EXAMPLE_DOCUMENTS } from '../scope-examples.js';

export const rule = surfaceScopeParseFindings(
  {
    id: 'scope-timeline',
    description: 'Timeline states are `draft`, `effective`, `warn` or `deprecated`, and every version the timeline names exists.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a state the timeline does not know, and a version the scope does not have',
        file: 'scopes/sovereign-iaas.yaml',
        text: `${SCOPE_EXAMPLE.replace('      v1: effective\n', '      v1: active\n')}  - date: 2025-09-01\n    versions:\n      v1: warn\n      v2: effective\n`,
        others: SCOPE_EXAMPLE_DOCUMENTS,
        findings: ['26:11 Unexpected text `active` for version `v1` on 2025-02-01, expected one of `draft`, `effective`, `warn` or `deprecated`', "30:7 Unexpected version `v2` in the timeline on 2025-09-01, expected one of the scope's versions (`v1`)"],
      },
      {
        title: 'a version that becomes effective, then is phased out with a warning',
        file: 'scopes/sovereign-iaas.yaml',
        text: `${SCOPE_EXAMPLE}  - date: 2025-11-01\n    versions:\n      v1: warn\n`,
        others: SCOPE_EXAMPLE_DOCUMENTS,
        findings: [],
      },
    ],
  },
  (scope) => {
    const known = new Set(scope.versions.map((version) => version.version));
    const names = [...new Set(scope.versions.map((version) => `\`${version.version}\``))].join(', ');
    return scope.timeline.flatMap((entry) =>
      Object.keys(entry.versionSpans)
        .filter((version) => !known.has(version))
        .map((version) => ({
          message: `Unexpected version \`${version}\` in the timeline on ${entry.date}, expected one of the scope's versions (${names || 'there are none'})`,
          span: entry.versionSpans[version],
        })),
    );
  },
);
