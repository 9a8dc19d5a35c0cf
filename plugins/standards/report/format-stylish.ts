// Human-readable output, one line per problem so editors and terminals can
// jump to it: `file:line:column severity message rule-id`, then a summary.
// With a baseline: a line per recorded finding that no longer occurs, and a
// last line with what was suppressed. Control characters from documents are
// shown as escapes (terminal-text.ts).
import { baselineSummary, staleText, type BaselineReport } from './baseline-report.js';
import type { Diagnostic } from './diagnostic.js';
import { escapeForTerminal } from './terminal-text.js';

export function formatStylish(diagnostics: readonly Diagnostic[], fileCount: number, baseline: BaselineReport | null = null): string {
  const lines = diagnostics.map(
    (diagnostic) =>
      escapeForTerminal(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.message} ${diagnostic.ruleId}`),
  );
  for (const entry of baseline?.stale ?? []) lines.push(escapeForTerminal(`${entry.file} info ${staleText(entry)} ${entry.ruleId}`));
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  lines.push(`${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(fileCount, 'file')}`);
  if (baseline) lines.push(baselineSummary(baseline));
  return lines.join('\n') + '\n';
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
