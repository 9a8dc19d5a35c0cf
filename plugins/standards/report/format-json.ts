// Machine-readable output: the Diagnostic records as a JSON array, fields in a fixed order.
import type { Diagnostic } from './diagnostic.js';
import { escapeJsonForTerminal } from './terminal-text.js';

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const records = diagnostics.map(({ file, line, column, endLine, endColumn, severity, ruleId, message }) => ({
    file,
    line,
    column,
    endLine: endLine ?? line,
    endColumn: endColumn ?? column,
    severity,
    ruleId,
    message,
  }));
  // JSON.stringify escapes C0 controls only; DEL, C1 and bidirectional controls become \u escapes too (same data once parsed).
  return escapeJsonForTerminal(JSON.stringify(records, null, 2)) + '\n';
}
