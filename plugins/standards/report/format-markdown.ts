// All findings as a Markdown table, for a CI job summary (GitHub's
// `$GITHUB_STEP_SUMMARY`): annotations are capped per step, a summary is not.
// Document text is escaped (markdown-text.ts), so a finding can show what a
// document wrote but never make the summary render it.
import { baselineSummary, staleText, type BaselineReport } from './baseline-report.js';
import type { Diagnostic } from './diagnostic.js';
import { markdownCode, markdownEscape, markdownMessage } from './markdown-text.js';

/** Rows beyond this are counted, not listed: a job summary holds at most 1 MiB. */
export const MARKDOWN_ROW_LIMIT = 1000;

export function formatMarkdown(diagnostics: readonly Diagnostic[], fileCount: number, baseline: BaselineReport | null = null, title = 'Standards lint'): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const lines = [`### ${markdownEscape(title)}: ${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(fileCount, 'file')}`, ''];
  if (diagnostics.length > 0) {
    lines.push('| File | Line | Severity | Message | Rule |', '| --- | ---: | --- | --- | --- |');
    for (const diagnostic of diagnostics.slice(0, MARKDOWN_ROW_LIMIT)) {
      lines.push(
        `| ${markdownCode(diagnostic.file)} | ${diagnostic.line}:${diagnostic.column} | ${diagnostic.severity} | ${markdownMessage(diagnostic.message)} | ${markdownCode(diagnostic.ruleId)} |`,
      );
    }
    if (diagnostics.length > MARKDOWN_ROW_LIMIT) lines.push('', `${diagnostics.length - MARKDOWN_ROW_LIMIT} more findings are not listed here; the job log has all of them.`);
    lines.push('');
  }
  if (baseline) {
    for (const entry of baseline.stale) lines.push(`- ${markdownCode(entry.file)}: ${markdownMessage(staleText(entry))} (${markdownCode(entry.ruleId)})`);
    if (baseline.stale.length > 0) lines.push('');
    lines.push(markdownMessage(baselineSummary(baseline)), '');
  }
  return lines.join('\n');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
