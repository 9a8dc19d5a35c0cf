// Human-readable output, one line per problem so editors and terminals can
// jump to it: `file:line:column severity message rule-id`, then a summary.
// Control characters from documents are shown as escapes (terminal-text.ts).
import type { Diagnostic } from './diagnostic.js';
import { escapeForTerminal } from './terminal-text.js';

export function formatStylish(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const lines = diagnostics.map(
    (diagnostic) =>
      escapeForTerminal(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.message} ${diagnostic.ruleId}`),
  );
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  lines.push(`${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(fileCount, 'file')}`);
  return lines.join('\n') + '\n';
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
