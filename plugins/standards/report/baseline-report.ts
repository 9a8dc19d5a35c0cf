// What a baseline did to a run, as the formatters print it: which findings it
// suppressed and which of its entries no longer occur. Null when no baseline
// was in effect (none found, or --no-baseline).
import type { Diagnostic } from './diagnostic.js';

export interface StaleBaselineEntry {
  /** The document, as printed for diagnostics (relative to the working directory). */
  file: string;
  ruleId: string;
  fingerprint: string;
  /** How many recorded findings with this key no longer occur. */
  count: number;
  /** The message recorded with the entry. */
  message: string;
}

export interface BaselineReport {
  /** The baseline file, as given or relative to the working directory. */
  file: string;
  suppressed: Diagnostic[];
  stale: StaleBaselineEntry[];
}

/** One line saying what the baseline did, e.g. for the end of stylish output. */
export function baselineSummary(report: BaselineReport): string {
  const errors = report.suppressed.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = report.suppressed.length - errors;
  const stale = report.stale.reduce((sum, entry) => sum + entry.count, 0);
  const suppressed = `${count(report.suppressed.length, 'finding')} suppressed (${count(errors, 'error')}, ${count(warnings, 'warning')})`;
  const gone = stale > 0 ? `; ${count(stale, 'recorded finding')} no longer found: run with --write-baseline to drop ${stale === 1 ? 'it' : 'them'}` : '';
  return `Baseline ${report.file}: ${suppressed}${gone}`;
}

/** One stale entry in words. */
export function staleText(entry: StaleBaselineEntry): string {
  return `Baseline entry no longer found${entry.count > 1 ? ` (${entry.count} times)` : ''}: ${entry.message || '(no message recorded)'}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
