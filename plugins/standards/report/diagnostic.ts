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
  /** How `--fix` can repair it without changing what the document means; absent when it cannot. */
  fix?: Fix;
}

/** A problem as a rule reports it: no file, no severity, no rule id yet. */
export interface Finding {
  message: string;
  span?: Span;
  /** A repair that cannot change meaning (see lint/fix.ts); only where the replacement is unambiguous. */
  fix?: Fix;
}

/** Replaces the text from `start` up to (not including) `end`; positions as in spans (1-based, file lines). */
export interface TextEdit {
  start: Position;
  end: Position;
  text: string;
}

/** One front-matter field: a new value (a text, a list, or null to remove it), or a new name for its key. */
export type FieldFix = { key: string; value: string | readonly string[] | null } | { key: string; renameTo: string };

/**
 * A fix is plain data (it is cached and sent between threads): edits of the
 * body (or any text) by exact ranges, or edits of front-matter fields by key,
 * which the applier makes through edit/front-matter-edit.ts so the YAML is
 * never re-serialised.
 */
export type Fix = { kind: 'text'; edits: readonly TextEdit[] } | { kind: 'front-matter'; edits: readonly FieldFix[] };

export const START_OF_FILE: Span = { start: { line: 1, column: 1 } };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** A finding that already knows which rule it belongs to (parsers report these). */
export interface RuleFinding extends Finding {
  ruleId: string;
}
