// Machine-readable output: an object with the reported Diagnostic records
// (`diagnostics`), those a baseline suppressed (`suppressed`, same fields), and
// the baseline in effect with its entries that no longer occur (`baseline`,
// null without one). Record fields are in a fixed order.
import type { BaselineReport } from './baseline-report.js';
import type { Diagnostic } from './diagnostic.js';
import { escapeJsonForTerminal } from './terminal-text.js';

export function formatJson(diagnostics: readonly Diagnostic[], baseline: BaselineReport | null = null): string {
  const output = {
    diagnostics: diagnostics.map(record),
    suppressed: (baseline?.suppressed ?? []).map(record),
    baseline: baseline
      ? { file: baseline.file, stale: baseline.stale.map(({ file, ruleId, fingerprint, count, message }) => ({ file, ruleId, fingerprint, count, message })) }
      : null,
  };
  // JSON.stringify escapes C0 controls only; DEL, C1 and bidirectional controls become \u escapes too (same data once parsed).
  return escapeJsonForTerminal(JSON.stringify(output, null, 2)) + '\n';
}

function record({ file, line, column, endLine, endColumn, severity, ruleId, message }: Diagnostic) {
  return { file, line, column, endLine: endLine ?? line, endColumn: endColumn ?? column, severity, ruleId, message };
}
