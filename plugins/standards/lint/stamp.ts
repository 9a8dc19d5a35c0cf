// The wrapper that owns severity: runs one rule and turns what it found into
// Diagnostics with the rule's id and its configured severity. A rule that
// crashes becomes an error diagnostic on the file at hand instead of ending
// the run, so one bug never hides the other files' problems.
import type { Diagnostic, Finding, RuleFinding, Severity } from '../report/diagnostic.js';
import type { Rule, SeveritySetting } from './rule.js';

export function severityOf(setting: SeveritySetting): Severity | null {
  return setting === 'off' ? null : setting === 'warn' ? 'warning' : 'error';
}

/** Runs `check`, tagging each finding with the rule's id; a thrown error becomes a finding too. */
export async function collectFindings<F extends Finding>(rule: Rule, check: () => F[] | Promise<F[]>): Promise<Array<F & { ruleId: string }>> {
  try {
    return (await check()).map((finding) => ({ ...finding, ruleId: rule.meta.id }));
  } catch (error) {
    const message = `Unexpected internal error in rule \`${rule.meta.id}\`: ${(error as Error).message ?? String(error)}; expected the rule to finish (please report this)`;
    return [{ message, ruleId: rule.meta.id } as F & { ruleId: string }];
  }
}

export function toDiagnostic(file: string, finding: RuleFinding, severity: Severity): Diagnostic {
  const start = finding.span?.start ?? { line: 1, column: 1 };
  const end = finding.span?.end;
  return {
    file,
    line: start.line,
    column: start.column,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    severity,
    ruleId: finding.ruleId,
    message: finding.message,
    ...(finding.fix ? { fix: finding.fix } : {}),
  };
}
