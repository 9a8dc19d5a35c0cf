// GitHub Actions workflow commands: each problem becomes an annotation on the
// pull request's diff. Values are escaped as the runner expects: data escapes
// %, CR and LF; properties also escape `:` and `,`, which separate them. The
// log shows other control characters as a terminal would (colours, cursor
// moves), so those become visible escapes (terminal-text.ts).
import { baselineSummary, staleText, type BaselineReport } from './baseline-report.js';
import type { Diagnostic } from './diagnostic.js';
import { escapeForTerminal } from './terminal-text.js';

/** Problems as error and warning annotations; what a baseline did as notices, which never fail a job. */
export function formatGithub(diagnostics: readonly Diagnostic[], baseline: BaselineReport | null = null): string {
  const notices = baseline
    ? [
        ...baseline.stale.map((entry) => `::notice file=${escapeProperty(entry.file)},title=${escapeProperty(entry.ruleId)}::${escapeData(staleText(entry))}\n`),
        `::notice title=baseline::${escapeData(baselineSummary(baseline))}\n`,
      ]
    : [];
  return diagnostics
    .map((diagnostic) => {
      const properties: Array<[string, string | number | undefined]> = [
        ['file', diagnostic.file],
        ['line', diagnostic.line],
        ['col', diagnostic.column],
        ['endLine', diagnostic.endLine],
        ['endColumn', diagnostic.endColumn],
        ['title', diagnostic.ruleId],
      ];
      const written = properties
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([name, value]) => `${name}=${escapeProperty(String(value))}`)
        .join(',');
      return `::${diagnostic.severity === 'error' ? 'error' : 'warning'} ${written}::${escapeData(diagnostic.message)}\n`;
    })
    .concat(notices)
    .join('');
}

export function escapeData(text: string): string {
  return escapeForTerminal(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
