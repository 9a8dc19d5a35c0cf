// A module that names an SCS document must name one that exists and was not
// rejected: a certificate cannot require a text that is not there or that
// was turned down.
import { resolveModuleStandard } from '../../model/scope-standards.js';
import type { Finding } from '../../report/diagnostic.js';
import { scopeRule } from '../scope-findings.js';

export const rule = scopeRule(
  {
    id: 'scope-standard',
    description: "A module's standard (named by its URL or id) is a document of the registry and is not Rejected.",
    defaultSeverity: 'error',
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
