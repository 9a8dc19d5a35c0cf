// The one record every problem becomes, whatever found it. The shape is what
// CI integrations expect (ESLint's result fields); printing lives in format*.

export type Severity = 'error' | 'warning';

export interface Position {
  line: number; // 1-based
  column: number; // 1-based
}

export interface Span {
  start: Position;
  end?: Position;
}

export interface Diagnostic {
  /** Path as given to the tool, relative to the working directory when possible. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  ruleId: string;
  message: string;
}

/** A problem as a rule reports it: no file, no severity, no rule id yet. */
export interface Finding {
  message: string;
  span?: Span;
}

export const START_OF_FILE: Span = { start: { line: 1, column: 1 } };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** A finding that already knows which rule it belongs to (parsers report these). */
export interface RuleFinding extends Finding {
  ruleId: string;
}
