// The timeline decides which scope versions certificates are issued against.
// Each state must be one of the four (reported while reading, see
// parse/scope.ts) and each version it names must exist. A version the
// timeline leaves out is simply deprecated, as the community's files rely on.
import { surfaceScopeParseFindings } from '../scope-findings.js';

export const rule = surfaceScopeParseFindings(
  {
    id: 'scope-timeline',
    description: 'Timeline states are `draft`, `effective`, `warn` or `deprecated`, and every version the timeline names exists.',
    defaultSeverity: 'error',
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
