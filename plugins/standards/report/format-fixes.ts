// What `lint:standards --fix` did, per file: each problem fixed (as
// `line:column message rule-id`), the fixable ones left and why, and with
// `--dry-run` the unified diff of what would be written instead of writing it.
import type { FixReport } from '../lint/fix-run.js';
import { formatUnifiedDiff } from '../edit/unified-diff.js';
import { escapeForTerminal } from './terminal-text.js';

export function formatFixReport(report: FixReport, label: (relative: string) => string, dryRun: boolean): string {
  const lines: string[] = [];
  for (const file of report.files) {
    const n = file.fixed.length;
    lines.push(escapeForTerminal(`${dryRun ? 'would fix' : 'fixed'} ${label(file.path)}: ${n} problem${n === 1 ? '' : 's'}`));
    for (const diagnostic of file.fixed) lines.push(escapeForTerminal(`  ${diagnostic.line}:${diagnostic.column} ${diagnostic.message} ${diagnostic.ruleId}`));
    if (dryRun) {
      const diff = formatUnifiedDiff(file.before, file.after, label(file.path));
      // Tabs stay tabs in a diff (a changed tab is the point); every other control character is escaped.
      lines.push(...diff.replace(/\n$/, '').split('\n').map((line) => line.split('\t').map(escapeForTerminal).join('\t')));
    }
  }
  for (const { path, diagnostic, reason } of report.notFixed) {
    lines.push(escapeForTerminal(`not fixed ${label(path)}:${diagnostic.line}:${diagnostic.column} ${diagnostic.message} ${diagnostic.ruleId}: ${reason}`));
  }
  const total = report.files.reduce((sum, file) => sum + file.fixed.length, 0);
  const files = report.files.length;
  lines.push(`${dryRun ? 'Would fix' : 'Fixed'} ${total} problem${total === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}
