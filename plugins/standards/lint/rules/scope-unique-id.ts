// Ids are how versions include modules, targets name test cases and results
// find their test case: a repeated id makes each of those ambiguous.
import type { Span } from '../../report/diagnostic.js';
import type { Finding } from '../../report/diagnostic.js';
import { scopeRule } from '../scope-findings.js';

export const rule = scopeRule(
  {
    id: 'scope-unique-id',
    description: 'Module ids, test case ids, scope versions and timeline dates are each unique within a scope.',
    defaultSeverity: 'error',
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
