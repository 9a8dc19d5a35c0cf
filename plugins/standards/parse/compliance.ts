// Text of a compliance file (one subject) -> ComplianceSubject + findings.
// Read with the same YAML reader as scopes and front matter; results are data
// and every problem is reported with its position, never thrown.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { TEST_RESULTS, type ComplianceSubject, type ParsedComplianceFile, type SubjectScopeResults, type TestResult, type TestResultValue } from '../model/compliance.js';
import type { RuleFinding } from '../report/diagnostic.js';
import { checkedDay } from '../compliance/lifetime.js';
import { describeNode, readYamlTree, resolveNode, type YamlTree } from './scope-yaml.js';

/** The id compliance-file problems carry in the build output. */
export const COMPLIANCE_FILE = 'compliance-file';

const KEYS = {
  subject: ['name', 'operator', 'description', 'results'],
  scope: ['scope', 'testcases'],
  testcase: ['id', 'result', 'checked_at'],
} as const;

export function parseComplianceFile(path: string, text: string): ParsedComplianceFile {
  const tree = readYamlTree(text, COMPLIANCE_FILE, 'compliance file');
  const findings = [...tree.findings];
  if (tree.findings.length > 0) return { path, subject: null, findings };
  if (!isMap(tree.root)) {
    findings.push({ ruleId: COMPLIANCE_FILE, message: `Unexpected ${describeNode(tree.root)} as a compliance file, expected a mapping with \`name\` and \`results\``, span: tree.spanOf(tree.root) });
    return { path, subject: null, findings };
  }
  const report = (message: string, node: Node | null | undefined) => findings.push({ ruleId: COMPLIANCE_FILE, message, span: tree.spanOf(node) });
  const top = entries(tree, tree.root, 'the compliance file', KEYS.subject, report);
  const readText = (node: Node | null | undefined, where: string): string | null => {
    if (node === undefined) return null;
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value;
    report(`Unexpected ${describeNode(node ?? null)} for ${where}, expected text`, node);
    return null;
  };
  const slug = (path.split('/').pop() ?? path).replace(/\.ya?ml$/i, '');
  const name = readText(top.get('name'), '`name`');
  if (name === null && !top.has('name')) report('Missing `name` in the compliance file, expected the name of the cloud or cluster', tree.root);
  const scopes: SubjectScopeResults[] = [];
  for (const [index, item] of items(tree, top.get('results'), '`results`', report).entries()) {
    const scopeEntries = entries(tree, item, `results entry ${index + 1}`, KEYS.scope, report);
    const scope = readText(scopeEntries.get('scope'), `\`scope\` of results entry ${index + 1}`);
    if (scope === null) {
      if (!scopeEntries.has('scope')) report(`Missing \`scope\` in results entry ${index + 1}, expected the scope's uuid`, item);
      continue;
    }
    const results: TestResult[] = [];
    for (const testcase of items(tree, scopeEntries.get('testcases'), `\`testcases\` of scope \`${scope}\``, report)) {
      const fields = entries(tree, testcase, `a test result for scope \`${scope}\``, KEYS.testcase, report);
      const id = readText(fields.get('id'), '`id` of a test result');
      const resultNode = fields.get('result');
      const result = isScalar(resultNode) && (TEST_RESULTS as readonly unknown[]).includes(resultNode.value) ? (resultNode.value as TestResultValue) : null;
      if (result === null) report(`Unexpected ${describeNode(resultNode ?? null)} for \`result\` of test case \`${id ?? '?'}\`, expected \`PASS\`, \`FAIL\` or \`ABORT\``, resultNode ?? testcase);
      const checkedAt = readText(fields.get('checked_at'), `\`checked_at\` of test case \`${id ?? '?'}\``);
      if (checkedAt !== null && checkedDay(checkedAt) === null) report(`Unexpected \`${checkedAt}\` for \`checked_at\`, expected a day or a date-time such as \`2026-11-26T03:10:00Z\``, fields.get('checked_at'));
      if (checkedAt === null && !fields.has('checked_at')) report(`Missing \`checked_at\` for test case \`${id ?? '?'}\`, expected when it was checked`, testcase);
      if (id !== null && result !== null && checkedAt !== null && checkedDay(checkedAt) !== null) results.push({ testcase: id, result, checkedAt });
    }
    scopes.push({ scope, results });
  }
  const subject: ComplianceSubject = {
    slug,
    path,
    name: name ?? slug,
    operator: readText(top.get('operator'), '`operator`'),
    description: readText(top.get('description'), '`description`'),
    scopes,
  };
  return { path, subject, findings };
}

function entries(tree: YamlTree, node: Node | null | undefined, where: string, allowed: readonly string[], report: (message: string, node: Node | null | undefined) => void): Map<string, Node | null> {
  const result = new Map<string, Node | null>();
  const resolved = resolveNode(tree, node);
  if (!isMap(resolved)) {
    report(`Unexpected ${describeNode(resolved)} for ${where}, expected a mapping`, resolved ?? node);
    return result;
  }
  for (const pair of resolved.items as Pair<Node | null, Node | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!allowed.includes(key)) report(`Unexpected key \`${key}\` in ${where}, expected one of ${allowed.map((k) => `\`${k}\``).join(', ')}`, pair.key);
    else result.set(key, resolveNode(tree, pair.value));
  }
  return result;
}

function items(tree: YamlTree, node: Node | null | undefined, where: string, report: (message: string, node: Node | null | undefined) => void): Array<Node | null> {
  if (node === undefined || node === null || (isScalar(node) && node.value === null)) return [];
  if (!isSeq(node)) {
    report(`Unexpected ${describeNode(node)} for ${where}, expected a list`, node);
    return [];
  }
  return (node.items as Array<Node | null>).map((item) => resolveNode(tree, item));
}

