// Applies the fixes rules declare (see Fix in report/diagnostic.ts) to one
// file's text. Pure: the caller reads and writes. Text edits are made by
// exact ranges on the text as written (a BOM and CRLF or CR line endings
// stay); front-matter edits go through edit/front-matter-edit.ts, so the YAML
// is edited where it is written and never re-serialised. An edit is refused,
// with the reason, when it would touch code (a fenced or indented block, an
// inline code span), the front matter by range, or another fix's text; the
// caller lints again and retries what was left (see fix-run.ts).
import type { Root } from 'mdast';
import { editFrontMatter, renameFrontMatterKey, type FieldEdit } from '../edit/front-matter-edit.js';
import { visitNodes } from '../markdown/markdown.js';
import { parseDocumentFile } from '../parse/document.js';
import type { Fix, Position, TextEdit } from '../report/diagnostic.js';

export interface Fixable {
  fix: Fix;
}

export interface FixOutcome<F extends Fixable> {
  text: string;
  applied: F[];
  skipped: Array<{ item: F; reason: string }>;
}

/** Reason given for a fix left for the next pass because another fix changes the same text. */
export const OVERLAPS = 'its text overlaps another fix';

/**
 * `parseBody` parses a document's body to a tree whose positions are file lines
 * (markdown-parse.ts's parseMarkdownBody); passed in so this module stays light.
 */
export function applyFixes<F extends Fixable>(path: string, text: string, items: readonly F[], parseBody: ParseBody): FixOutcome<F> {
  const applied: F[] = [];
  const skipped: FixOutcome<F>['skipped'] = [];
  const textFixes = items.filter((item) => item.fix.kind === 'text');
  const fieldFixes = items.filter((item) => item.fix.kind === 'front-matter');

  let current = text;
  if (textFixes.length > 0) {
    const lines = lineStarts(text);
    const guard = protectedAreas(path, text, parseBody);
    const accepted: Array<{ item: F; ranges: Array<{ from: number; to: number; text: string }> }> = [];
    const located = textFixes.map((item) => ({ item, edits: (item.fix as Extract<Fix, { kind: 'text' }>).edits }));
    located.sort((a, b) => comparePositions(first(a.edits), first(b.edits)));
    for (const { item, edits } of located) {
      const refusal = edits.map((edit) => guard(edit)).find((reason) => reason !== null);
      if (refusal) {
        skipped.push({ item, reason: refusal });
        continue;
      }
      const ranges = edits.map((edit) => ({ from: offsetOf(edit.start, lines, text), to: offsetOf(edit.end, lines, text), text: edit.text }));
      if (ranges.some((range) => range.from < 0 || range.to < range.from)) {
        skipped.push({ item, reason: 'its range is not in the file' });
        continue;
      }
      const overlaps = accepted.some((other) => other.ranges.some((a) => ranges.some((b) => (a.from < b.to && b.from < a.to) || a.from === b.from)));
      if (overlaps) {
        skipped.push({ item, reason: OVERLAPS });
        continue;
      }
      accepted.push({ item, ranges });
    }
    const ranges = accepted.flatMap((entry) => entry.ranges).sort((a, b) => b.from - a.from);
    for (const range of ranges) current = current.slice(0, range.from) + range.text + current.slice(range.to);
    applied.push(...accepted.map((entry) => entry.item));
  }

  // Field edits find their field by key, so the text edits above do not move them.
  for (const item of fieldFixes) {
    const edits = (item.fix as Extract<Fix, { kind: 'front-matter' }>).edits;
    let next = current;
    let refusal: string | null = null;
    for (const edit of edits) {
      const result = 'renameTo' in edit ? renameFrontMatterKey(next, edit.key, edit.renameTo) : editFrontMatter(next, [edit as FieldEdit]);
      if (!result.ok) {
        refusal = result.message;
        break;
      }
      next = result.text;
    }
    if (refusal !== null) skipped.push({ item, reason: refusal });
    else {
      current = next;
      applied.push(item);
    }
  }
  return { text: current, applied, skipped };
}

export type ParseBody = (document: NonNullable<ReturnType<typeof parseDocumentFile>['document']>) => Root;

/** A check that refuses text edits in the front matter or in code. */
function protectedAreas(path: string, text: string, parseBody: ParseBody): (edit: TextEdit) => string | null {
  const normalized = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  const document = parseDocumentFile(path, normalized).document;
  if (!document) return () => 'the file could not be read as a document';
  const code: Array<{ start: Position; end: Position; what: string }> = [];
  visitNodes(parseBody(document), (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
      code.push({ start: node.position.start, end: node.position.end, what: node.type === 'code' ? 'a code block' : 'inline code' });
    }
  });
  return (edit) => {
    if (edit.start.line < document.bodyLine) return 'it is in the front matter, which only field edits may change';
    const inside = code.find(
      (area) =>
        (comparePositions(edit.start, area.end) < 0 && comparePositions(area.start, edit.end) < 0) ||
        (comparePositions(edit.start, area.start) >= 0 && comparePositions(edit.start, area.end) < 0),
    );
    return inside ? `it is inside ${inside.what}` : null;
  };
}

function first(edits: readonly TextEdit[]): Position {
  return edits.reduce<Position>((min, edit) => (comparePositions(edit.start, min) < 0 ? edit.start : min), edits[0]?.start ?? { line: 0, column: 0 });
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

/** Offsets where each line of the text as written starts (after `\n`, `\r\n` or a lone `\r`). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) starts.push(index + 1);
  }
  return starts;
}

/** A 1-based line and column of the normalized text (no BOM, LF) as an offset in the text as written; -1 when outside. */
function offsetOf(position: Position, starts: readonly number[], text: string): number {
  const lineStart = starts[position.line - 1];
  if (lineStart === undefined) return -1;
  const bom = position.line === 1 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const offset = lineStart + bom + position.column - 1;
  const nextLine = starts[position.line] ?? text.length + 1;
  // A column may point just past the line's last character (an edit at its end), never into the line break.
  const lineEnd = Math.max(lineStart, text.slice(lineStart, nextLine).replace(/\r?\n$|\r$/, '').length + lineStart);
  return offset > lineEnd ? -1 : offset;
}
