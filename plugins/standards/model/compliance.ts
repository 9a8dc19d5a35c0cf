// Compliance results as data: one file per subject (a cloud or a cluster),
// with per scope the test results the test runner reported. The verdict
// vocabulary and its order of severity live here, once.
import type { RuleFinding } from '../report/diagnostic.js';

/** What the test runner reports for one test case. */
export const TEST_RESULTS = ['PASS', 'FAIL', 'ABORT'] as const;
export type TestResultValue = (typeof TEST_RESULTS)[number];

/**
 * A test case's, module's or version's verdict, worst first: a failure
 * outweighs a missing (or expired) result, which outweighs a run that did not
 * finish (ABORT), which outweighs a pass.
 */
export const VERDICTS = {
  FAIL: { rank: 3, label: 'Failed', explanation: 'The test ran and found the requirement not met.' },
  MISS: { rank: 2, label: 'Missing', explanation: 'No result, or only an expired one.' },
  DNF: { rank: 1, label: 'Did not finish', explanation: 'The test was aborted before it could decide.' },
  PASS: { rank: 0, label: 'Passed', explanation: 'The test ran and found the requirement met.' },
} as const;
export type Verdict = keyof typeof VERDICTS;

/** What a scope version's verdict means for its certificate. */
export const OUTCOMES = {
  passed: { label: 'Passed' },
  tentative: { label: 'Passed tentatively' },
  failed: { label: 'Failed' },
} as const;
export type Outcome = keyof typeof OUTCOMES;

export interface TestResult {
  testcase: string;
  result: TestResultValue;
  /** As written: a calendar day or an ISO date-time; its UTC day counts for the lifetime. */
  checkedAt: string;
}

export interface SubjectScopeResults {
  /** The scope, by uuid (as the test runner reports it), file name or name. */
  scope: string;
  results: TestResult[];
}

export interface ComplianceSubject {
  /** URL segment: the file name without `.yaml`. */
  slug: string;
  path: string;
  name: string;
  operator: string | null;
  description: string | null;
  scopes: SubjectScopeResults[];
}

export interface ParsedComplianceFile {
  path: string;
  subject: ComplianceSubject | null;
  findings: RuleFinding[];
}

export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = 'PASS';
  for (const verdict of verdicts) if (VERDICTS[verdict].rank > VERDICTS[worst].rank) worst = verdict;
  return worst;
}

export function outcomeOf(verdict: Verdict): Outcome {
  return verdict === 'PASS' ? 'passed' : verdict === 'FAIL' ? 'failed' : 'tentative';
}
