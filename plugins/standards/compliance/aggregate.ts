// From a subject's raw test results to verdicts, exactly as the SCS community
// defines them: per test case the newest result wins, and a missing or
// expired one is MISS; a module's or version's verdict is the worst of its
// `main` target's test cases (FAIL > MISS > DNF > PASS); a version is passed
// with PASS, passed tentatively with MISS or DNF, failed with FAIL; the
// subject holds the scope at the newest effective (or warn) version it passes.
import { outcomeOf, worstVerdict, type Outcome, type TestResult, type TestResultValue, type Verdict } from '../model/compliance.js';
import type { CalendarDate } from '../model/front-matter-schema.js';
import { MAIN_TARGET, moduleById, testCasesById, type Scope, type ScopeVersion, type ScopeVersionState, type TestCaseLifetime } from '../model/scope.js';
import { isInForce, scopeVersionStateAt, versionsNewestFirst } from '../model/scope-timeline.js';
import { checkedDay, expiryDay } from './lifetime.js';

export interface TestCaseVerdict {
  testcase: string;
  verdict: Verdict;
  /** The newest result reported, even when it has expired; null when there is none. */
  result: TestResultValue | null;
  checkedOn: CalendarDate | null;
  /** First day on which the result no longer counts; null without a result. */
  expiresOn: CalendarDate | null;
  /** A result exists but has expired: shown as stale. */
  stale: boolean;
  lifetime: TestCaseLifetime;
}

export interface ModuleVerdict {
  module: string;
  verdict: Verdict;
  /** The module's `main` test cases. */
  testcases: string[];
}

export interface VersionVerdict {
  version: string;
  state: ScopeVersionState;
  verdict: Verdict;
  outcome: Outcome;
  modules: ModuleVerdict[];
  /** The `main` test cases of the whole version, each once. */
  testcases: string[];
}

export interface ScopeEvaluation {
  /** The newest effective or warn version passed (or, failing that, passed tentatively); null when none is. */
  held: { version: string; state: ScopeVersionState; tentative: boolean } | null;
  /** Newest first. */
  versions: VersionVerdict[];
  /** Every test case of the scope, in the order of the file. */
  testcases: TestCaseVerdict[];
  /** Newest `checked_at` day among the results; null without results. */
  lastChecked: CalendarDate | null;
  /** Results for test cases the scope does not define (reported, not counted). */
  unknownTestcases: string[];
}

/** The newest result per test case id; results dated after `date` do not count yet. */
export function newestResults(results: readonly TestResult[], date: CalendarDate): Map<string, { result: TestResultValue; checkedOn: CalendarDate; checkedAt: string }> {
  const newest = new Map<string, { result: TestResultValue; checkedOn: CalendarDate; checkedAt: string }>();
  for (const result of results) {
    const day = checkedDay(result.checkedAt);
    if (day === null || day > date) continue;
    const known = newest.get(result.testcase);
    // Date-times compare as instants; of two results at the same instant, the one written later wins.
    if (!known || Date.parse(result.checkedAt) >= Date.parse(known.checkedAt)) {
      newest.set(result.testcase, { result: result.result, checkedOn: day, checkedAt: result.checkedAt });
    }
  }
  return newest;
}

const VERDICT_OF: Record<TestResultValue, Verdict> = { PASS: 'PASS', FAIL: 'FAIL', ABORT: 'DNF' };

export function evaluateScope(scope: Scope, results: readonly TestResult[], date: CalendarDate): ScopeEvaluation {
  const newest = newestResults(results, date);
  const definitions = testCasesById(scope);
  const testcases: TestCaseVerdict[] = [...definitions.values()].map((testcase) => {
    const found = newest.get(testcase.id);
    if (!found) return { testcase: testcase.id, verdict: 'MISS', result: null, checkedOn: null, expiresOn: null, stale: false, lifetime: testcase.lifetime };
    const expiresOn = expiryDay(found.checkedOn, testcase.lifetime);
    const stale = date >= expiresOn;
    return { testcase: testcase.id, verdict: stale ? 'MISS' : VERDICT_OF[found.result], result: found.result, checkedOn: found.checkedOn, expiresOn, stale, lifetime: testcase.lifetime };
  });
  const verdictOf = new Map(testcases.map((testcase) => [testcase.testcase, testcase.verdict]));
  // A test case named in a target but defined nowhere is reported by the linter; here it has no result.
  const verdictFor = (id: string): Verdict => verdictOf.get(id) ?? 'MISS';

  const versions = versionsNewestFirst(scope).map((version): VersionVerdict => {
    const modules = version.include.flatMap((include): ModuleVerdict[] => {
      const module = moduleById(scope, include.ref);
      if (!module) return [];
      const ids = module.targets[MAIN_TARGET] ?? [];
      return [{ module: module.id, verdict: worstVerdict(ids.map(verdictFor)), testcases: ids }];
    });
    const ids = mainTestCases(scope, version);
    const verdict = worstVerdict(ids.map(verdictFor));
    return { version: version.version, state: scopeVersionStateAt(scope, version.version, date), verdict, outcome: outcomeOf(verdict), modules, testcases: ids };
  });

  const inForce = versions.filter((version) => isInForce(version.state));
  const passed = inForce.find((version) => version.outcome === 'passed');
  const tentative = passed ? undefined : inForce.find((version) => version.outcome === 'tentative');
  const held = passed ?? tentative;
  const days = [...newest.values()].map((entry) => entry.checkedOn).sort();
  return {
    held: held ? { version: held.version, state: held.state, tentative: held.outcome === 'tentative' } : null,
    versions,
    testcases,
    lastChecked: days.at(-1) ?? null,
    unknownTestcases: [...newest.keys()].filter((id) => !definitions.has(id)).sort(),
  };
}

/** The test case ids a version's certificate depends on: its modules' `main` targets and its own. */
export function mainTestCases(scope: Scope, version: ScopeVersion): string[] {
  const ids = new Set<string>();
  for (const include of version.include) for (const id of moduleById(scope, include.ref)?.targets[MAIN_TARGET] ?? []) ids.add(id);
  for (const id of version.targets[MAIN_TARGET] ?? []) ids.add(id);
  return [...ids];
}
