// An effective scope version is what clouds are certified against today; it
// should require only standards in force. A Deprecated or Draft standard in
// it is a warning: the scope needs a new version, or the standard a decision.
import { lifecycleStateAt } from '../../model/lifecycle.js';
import { moduleById } from '../../model/scope.js';
import { resolveModuleStandard } from '../../model/scope-standards.js';
import { scopeVersionStateAt } from '../../model/scope-timeline.js';
import type { Finding } from '../../report/diagnostic.js';
import { scopeRule } from '../scope-findings.js';

export const rule = scopeRule(
  {
    id: 'scope-standard-state',
    description: 'A scope version effective on the lint date includes no Deprecated and no Draft standard.',
    defaultSeverity: 'warn',
  },
  (scope, { registry, date }) =>
    scope.versions.flatMap((version): Finding[] => {
      if (scopeVersionStateAt(scope, version.version, date) !== 'effective') return [];
      return version.include.flatMap((include): Finding[] => {
        const module = moduleById(scope, include.ref);
        const standard = module ? resolveModuleStandard(registry, module) : null;
        if (standard?.kind !== 'found') return [];
        const state = lifecycleStateAt(standard.document, date);
        const what = state === 'deprecated' ? 'Deprecated' : state === 'draft' ? 'Draft' : null;
        if (what === null) return [];
        return [
          {
            message: `Unexpected ${what} document \`${standard.document.fileName}\` in version \`${version.version}\`, effective on ${date}, expected a standard in force`,
            span: include.span,
          },
        ];
      });
    }),
);
