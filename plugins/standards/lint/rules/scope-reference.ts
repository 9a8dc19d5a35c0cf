// The links inside a scope: each `include` names a module, binds only the
// parameters that module declares, and each target names test cases that exist.
import { moduleById, testCasesById } from '../../model/scope.js';
import type { Finding, Span } from '../../report/diagnostic.js';
import { scopeRule } from '../scope-findings.js';
import { SCOPE_EXAMPLE, SCOPE_EXAMPLE_DOCUMENTS } from '../scope-examples.js';

export const rule = scopeRule(
  {
    id: 'scope-reference',
    description: 'Every `include` names a module of the scope, binds only parameters the module declares, and every target names existing test cases.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a version that includes a module the scope does not define, and a misspelt parameter',
        file: 'scopes/sovereign-iaas.yaml',
        text: SCOPE_EXAMPLE.replace('          flavor_prefix: SCS-\n', '          flavour_prefix: SCS-\n      - scs-0101-v1\n'),
        others: SCOPE_EXAMPLE_DOCUMENTS,
        findings: ['22:11 Unexpected parameter `flavour_prefix` bound for module `scs-0100-v3` in version `v1`, expected one it declares (`flavor_prefix`)', "23:9 Unexpected module `scs-0101-v1` in `include` of version `v1`, expected one of the scope's modules (`scs-0100-v3`)"],
      },
      {
        title: 'a target that names a test case no script runs',
        file: 'scopes/sovereign-iaas.yaml',
        text: SCOPE_EXAMPLE.replace('main: [flavor-name-syntax]', 'main: [flavor-name-syntax, flavor-name-semantics]'),
        others: SCOPE_EXAMPLE_DOCUMENTS,
        findings: ['10:34 Unexpected test case `flavor-name-semantics` in target `main` of module `scs-0100-v3`, expected the id of a test case in `scripts`'],
      },
      {
        title: 'includes, parameters and test cases that all exist',
        file: 'scopes/sovereign-iaas.yaml',
        text: SCOPE_EXAMPLE,
        others: SCOPE_EXAMPLE_DOCUMENTS,
        findings: [],
      },
    ],
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
