// A module that names an SCS document must name one that exists and was not
// rejected: a certificate cannot require a text that is not there or that
// was turned down.
import { resolveModuleStandard } from '../../model/scope-standards.js';
import type { Finding } from '../../report/diagnostic.js';
import { scopeRule } from '../scope-findings.js';
import { SCOPE_EXAMPLE, SCOPE_EXAMPLE_DOCUMENTS } from '../scope-examples.js';

export const rule = scopeRule(
  {
    id: 'scope-standard',
    description: "A module's standard (named by its URL or id) is a document of the registry and is not Rejected.",
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a module whose URL names a version the registry does not have, and one that was rejected',
        file: 'scopes/sovereign-iaas.yaml',
        text: SCOPE_EXAMPLE.replace('scs-0100-v3-flavor-naming\n', 'scs-0100-v5-flavor-naming\n').replace(
          'scripts:\n',
          '  - id: scs-0103-v1\n    name: Block storage tiers v1\n    url: https://docs.scs.community/standards/scs-0103-v1-block-storage-tiers\nscripts:\n',
        ),
        others: SCOPE_EXAMPLE_DOCUMENTS,
        findings: ['4:5 Unexpected standard `scs-0100-v5-flavor-naming.md` for module `scs-0100-v3`, expected a document of the registry', '11:5 Unexpected Rejected document `scs-0103-v1-block-storage-tiers.md` for module `scs-0103-v1`, expected a standard that was not turned down'],
      },
      {
        title: 'a module that names a Stable document of the registry by its id and its portal URL',
        file: 'scopes/sovereign-iaas.yaml',
        text: SCOPE_EXAMPLE,
        others: SCOPE_EXAMPLE_DOCUMENTS,
        findings: [],
      },
    ],
  },
  (scope, { registry }) =>
    scope.modules.flatMap((module): Finding[] => {
      const standard = resolveModuleStandard(registry, module);
      if (standard.kind === 'missing') {
        return [{ message: `Unexpected standard \`${standard.name}\` for module \`${module.id}\`, expected a document of the registry`, span: module.span }];
      }
      if (standard.kind === 'found' && standard.document.status === 'Rejected') {
        return [{ message: `Unexpected Rejected document \`${standard.document.fileName}\` for module \`${module.id}\`, expected a standard that was not turned down`, span: module.span }];
      }
      return [];
    }),
);
