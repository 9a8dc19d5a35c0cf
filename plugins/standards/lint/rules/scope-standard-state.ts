// An effective scope version is what clouds are certified against today; it
// should require only standards in force. A Deprecated or Draft standard in
// it is a warning: the scope needs a new version, or the standard a decision.
import { lifecycleStateAt } from '../../model/lifecycle.js';
import { moduleById } from '../../model/scope.js';
import { resolveModuleStandard } from '../../model/scope-standards.js';
import { scopeVersionStateAt } from '../../model/scope-timeline.js';
import type { Finding } from '../../report/diagnostic.js';
import { scopeRule } from '../scope-findings.js';
import { SCOPE_EXAMPLE, SCOPE_EXAMPLE_DOCUMENTS } from '../scope-examples.js';

export const rule = scopeRule(
  {
    id: 'scope-standard-state',
    description: 'A scope version effective on the lint date includes no Deprecated and no Draft standard.',
    defaultSeverity: 'warn',
    examples: [
      {
        title: 'an effective version that still includes entropy v1, deprecated since 2025-03-01, and the Draft image metadata v1',
        file: 'scopes/sovereign-iaas.yaml',
        text: SCOPE_EXAMPLE.replace(
          'scripts:\n',
          '  - id: scs-0101-v1\n    name: Entropy v1\n    url: https://docs.scs.community/standards/scs-0101-v1-entropy\n  - id: scs-0102-v1\n    name: Image metadata v1\n    url: https://docs.scs.community/standards/scs-0102-v1-image-metadata\nscripts:\n',
        ).replace('          flavor_prefix: SCS-\n', '          flavor_prefix: SCS-\n      - scs-0101-v1\n      - scs-0102-v1\n'),
        others: SCOPE_EXAMPLE_DOCUMENTS,
        findings: ['29:9 Unexpected Deprecated document `scs-0101-v1-entropy.md` in version `v1`, effective on 2025-06-01, expected a standard in force', '30:9 Unexpected Draft document `scs-0102-v1-image-metadata.md` in version `v1`, effective on 2025-06-01, expected a standard in force'],
      },
      {
        title: 'the same modules in a version still in draft, while v1 with standards in force is effective',
        file: 'scopes/sovereign-iaas.yaml',
        text: SCOPE_EXAMPLE.replace(
          'scripts:\n',
          '  - id: scs-0101-v1\n    name: Entropy v1\n    url: https://docs.scs.community/standards/scs-0101-v1-entropy\n  - id: scs-0102-v1\n    name: Image metadata v1\n    url: https://docs.scs.community/standards/scs-0102-v1-image-metadata\nscripts:\n',
        ).replace('timeline:\n', '  - version: v2\n    include: [scs-0100-v3, scs-0101-v1, scs-0102-v1]\ntimeline:\n').replace('      v1: effective\n', '      v1: effective\n      v2: draft\n'),
        others: SCOPE_EXAMPLE_DOCUMENTS,
        findings: [],
      },
    ],
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
