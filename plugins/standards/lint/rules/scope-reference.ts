// The links inside a scope: each `include` names a module, binds only the
// parameters that module declares, and each target names test cases that exist.
import { moduleById, testCasesById } from '../../model/scope.js';
import type { Finding, Span } from '../../report/diagnostic.js';
import { scopeRule } from '../scope-findings.js';

export const rule = scopeRule(
  {
    id: 'scope-reference',
    description: 'Every `include` names a module of the scope, binds only parameters the module declares, and every target names existing test cases.',
    defaultSeverity: 'error',
  },
  (scope) => {
    const findings: Finding[] = [];
    const testcases = testCasesById(scope);
    const moduleIds = [...new Set(scope.modules.map((module) => `\`${module.id}\``))].join(', ');
    const checkTargets = (owner: string, targets: Record<string, string[]>, spans: Record<string, Span[]>) => {
      for (const [target, ids] of Object.entries(targets)) {
        ids.forEach((id, index) => {
          if (!testcases.has(id)) findings.push({ message: `Unexpected test case \`${id}\` in target \`${target}\` of ${owner}, expected the id of a test case in \`scripts\``, span: spans[target]?.[index] });
        });
      }
    };
    for (const module of scope.modules) checkTargets(`module \`${module.id}\``, module.targets, module.targetSpans);
    for (const version of scope.versions) {
      for (const include of version.include) {
        const module = moduleById(scope, include.ref);
        if (!module) {
          findings.push({ message: `Unexpected module \`${include.ref}\` in \`include\` of version \`${version.version}\`, expected one of the scope's modules (${moduleIds || 'there are none'})`, span: include.span });
          continue;
        }
        for (const name of Object.keys(include.parameters)) {
          if (!(name in module.parameters)) {
            const declared = Object.keys(module.parameters).map((parameter) => `\`${parameter}\``).join(', ');
            findings.push({
              message: `Unexpected parameter \`${name}\` bound for module \`${module.id}\` in version \`${version.version}\`, expected ${declared ? `one it declares (${declared})` : 'none: the module declares no parameters'}`,
              span: include.parameterSpans[name] ?? include.span,
            });
          }
        }
      }
      checkTargets(`version \`${version.version}\``, version.targets, version.targetSpans);
    }
    return findings;
  },
);
