import { describe, expect, it } from 'vitest';
import type { TestResult } from '../model/compliance.js';
import { parseScopeFile } from '../parse/scope.js';
import { evaluateScope, newestResults } from './aggregate.js';

// Two modules; v2 (effective, newest) needs a, b and c; v1 (warn) needs a and b; next (draft) needs d too.
const scope = parseScopeFile(
  'scopes/s.yaml',
  `uuid: u
name: S
modules:
  - id: m1
    name: M1
    targets:
      main: [a, b]
      recommended: [r]
  - id: m2
    name: M2
    targets:
      main: [c]
scripts:
  - executable: ./x.py
    testcases:
      - { id: a, lifetime: day }
      - { id: b }
      - { id: c, lifetime: month }
      - { id: r }
      - { id: d }
versions:
  - version: next
    include: [m1, m2]
    targets:
      main: [d]
  - version: v2
    stabilized_at: 2025-02-01
    include: [m1, m2]
  - version: v1
    stabilized_at: 2024-01-01
    include: [m1]
timeline:
  - date: 2025-02-01
    versions: { v2: effective, v1: warn, next: draft }
`,
).scope!;

const DATE = '2025-03-05';
const pass = (testcase: string, checkedAt = '2025-03-05T06:00:00Z'): TestResult => ({ testcase, result: 'PASS', checkedAt });
const all = [pass('a'), pass('b'), pass('c'), pass('d')];
const versionRow = (results: TestResult[], date = DATE) =>
  evaluateScope(scope, results, date).versions.map((version) => `${version.version} ${version.state} ${version.verdict} ${version.outcome}`);

describe('evaluateScope', () => {
  it('passes every version when every main test case passed, and holds the newest effective one', () => {
    const evaluation = evaluateScope(scope, all, DATE);
    expect(versionRow(all)).toEqual(['next draft PASS passed', 'v2 effective PASS passed', 'v1 warn PASS passed']);
    expect(evaluation.held).toEqual({ version: 'v2', state: 'effective', tentative: false });
    expect(evaluation.lastChecked).toBe('2025-03-05');
  });

  it.each([
    ['FAIL', [pass('a'), { testcase: 'c', result: 'FAIL', checkedAt: '2025-03-05' } as TestResult, pass('b')], 'v2 effective FAIL failed', { version: 'v1', state: 'warn', tentative: false }],
    ['MISS (no result)', [pass('a'), pass('b')], 'v2 effective MISS tentative', { version: 'v1', state: 'warn', tentative: false }],
    ['DNF (aborted)', [pass('a'), pass('b'), { testcase: 'c', result: 'ABORT', checkedAt: '2025-03-05' } as TestResult], 'v2 effective DNF tentative', { version: 'v1', state: 'warn', tentative: false }],
  ])('gives %s for the version and holds the older version that passes', async (_, results, v2, held) => {
    expect(versionRow(results)[1]).toBe(v2);
    expect(evaluateScope(scope, results, DATE).held).toEqual(held);
  });

  it('ranks FAIL over MISS over DNF over PASS', () => {
    const results: TestResult[] = [{ testcase: 'a', result: 'ABORT', checkedAt: DATE }];
    expect(versionRow(results)[2]).toBe('v1 warn MISS tentative'); // b missing outweighs a aborted
    expect(versionRow([...results, pass('b')])[2]).toBe('v1 warn DNF tentative');
    expect(versionRow([...results, { testcase: 'b', result: 'FAIL', checkedAt: DATE }])[2]).toBe('v1 warn FAIL failed');
  });

  it('holds a tentative pass when no version in force passes outright, and nothing when all fail', () => {
    expect(evaluateScope(scope, [pass('a')], DATE).held).toEqual({ version: 'v2', state: 'effective', tentative: true });
    expect(evaluateScope(scope, [{ testcase: 'a', result: 'FAIL', checkedAt: DATE }], DATE).held).toBeNull();
  });

  it('never holds a draft or deprecated version', () => {
    // Before the first timeline entry every version is a draft.
    expect(evaluateScope(scope, all, '2025-01-31').held).toBeNull();
  });

  it('counts the newest result of a test case, whatever order they are written in', () => {
    const results: TestResult[] = [
      { testcase: 'c', result: 'FAIL', checkedAt: '2025-03-05T08:00:00Z' },
      { testcase: 'c', result: 'PASS', checkedAt: '2025-03-05T07:00:00Z' },
      pass('a'),
      pass('b'),
    ];
    expect(versionRow(results)[1]).toBe('v2 effective FAIL failed');
    expect(newestResults(results, DATE).get('c')).toEqual({ result: 'FAIL', checkedOn: '2025-03-05', checkedAt: '2025-03-05T08:00:00Z' });
  });

  it('turns an expired result into MISS and marks it stale, day-exact', () => {
    // a has lifetime day: checked 2025-03-05, valid until 2025-03-07.
    const onLastDay = evaluateScope(scope, all, '2025-03-06');
    expect(onLastDay.testcases.find((testcase) => testcase.testcase === 'a')).toEqual({
      testcase: 'a', verdict: 'PASS', result: 'PASS', checkedOn: '2025-03-05', expiresOn: '2025-03-07', stale: false, lifetime: 'day',
    });
    const expired = evaluateScope(scope, all, '2025-03-07');
    expect(expired.testcases.find((testcase) => testcase.testcase === 'a')).toEqual({
      testcase: 'a', verdict: 'MISS', result: 'PASS', checkedOn: '2025-03-05', expiresOn: '2025-03-07', stale: true, lifetime: 'day',
    });
    expect(versionRow(all, '2025-03-07')[1]).toBe('v2 effective MISS tentative');
  });

  it('gives each module the worst of its own main test cases and ignores other targets', () => {
    const evaluation = evaluateScope(scope, [pass('a'), pass('b'), { testcase: 'r', result: 'FAIL', checkedAt: DATE }], DATE);
    expect(evaluation.versions[1]!.modules).toEqual([
      { module: 'm1', verdict: 'PASS', testcases: ['a', 'b'] },
      { module: 'm2', verdict: 'MISS', testcases: ['c'] },
    ]);
  });

  it('lists results for test cases the scope does not define, and leaves results from after the day aside', () => {
    const evaluation = evaluateScope(scope, [pass('zz'), pass('a', '2025-03-09')], DATE);
    expect(evaluation.unknownTestcases).toEqual(['zz']);
    expect(evaluation.testcases.find((testcase) => testcase.testcase === 'a')?.verdict).toBe('MISS');
  });
});
