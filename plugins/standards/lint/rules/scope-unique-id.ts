// Ids are how versions include modules, targets name test cases and results
// find their test case: a repeated id makes each of those ambiguous.
import type { Span } from '../../report/diagnostic.js';
import type { Finding } from '../../report/diagnostic.js';
import { scopeRule } from '../scope-findings.js';
import { SCOPE_EXAMPLE, SCOPE_EXAMPLE_DOCUMENTS } from '../scope-examples.js';

export const rule = scopeRule(
  {
    id: 'scope-unique-id',
    description: 'Module ids, test case ids, scope versions and timeline dates are each unique within a scope.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a test case id used by two scripts',
        file: 'scopes/sovereign-iaas.yaml',
        text: SCOPE_EXAMPLE.replace('        lifetime: month\n', '        lifetime: month\n  - executable: ./iaas/check-flavor-names.sh\n    testcases:\n      - id: flavor-name-syntax\n'),
        others: SCOPE_EXAMPLE_DOCUMENTS,
        findings: ['18:13 Unexpected repeated test case id `flavor-name-syntax` (first on line 14), expected each test case id once'],
      },
      {
        title: 'a timeline date given twice',
        file: 'scopes/sovereign-iaas.yaml',
        text: `${SCOPE_EXAMPLE}  - date: 2025-02-01\n    versions:\n      v1: draft\n`,
        others: SCOPE_EXAMPLE_DOCUMENTS,
        findings: ['27:11 Unexpected repeated timeline date `2025-02-01` (first on line 24), expected each timeline date once'],
      },
      {
        title: 'each module, test case, version and date once',
        file: 'scopes/sovereign-iaas.yaml',
        text: SCOPE_EXAMPLE,
        others: SCOPE_EXAMPLE_DOCUMENTS,
        findings: [],
      },
    ],
  },
  (scope) => [
    ...repeated('module id', scope.modules.map((module) => ({ id: module.id, span: module.span }))),
    ...repeated('test case id', scope.scripts.flatMap((script) => script.testcases.map((testcase) => ({ id: testcase.id, span: testcase.span })))),
    ...repeated('version', scope.versions.map((version) => ({ id: version.version, span: version.span }))),
    ...repeated('timeline date', scope.timeline.map((entry) => ({ id: entry.date, span: entry.span }))),
  ],
);

function repeated(what: string, items: Array<{ id: string; span: Span }>): Finding[] {
  const first = new Map<string, Span>();
  const findings: Finding[] = [];
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier) findings.push({ message: `Unexpected repeated ${what} \`${item.id}\` (first on line ${earlier.start.line}), expected each ${what} once`, span: item.span });
    else first.set(item.id, item.span);
  }
  return findings;
}
