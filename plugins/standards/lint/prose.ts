// The prose of a document as its author wrote it, for the rules about
// typography and white space (curly-quotes, double-hyphen, trailing-spaces):
// one walk each way, so they agree on what is prose and what is code.
//
// - proseMatches: matches in the source text of every text node, with their
//   spans. Code spans and blocks, raw HTML, front matter, link targets and
//   table delimiter rows are not text nodes, so these rules never look inside
//   them. Autolinks (`<https://…>` and bare URLs) are skipped too: their text
//   is an address, not prose.
// - proseLines: the lines of the body outside code blocks and multi-line code
//   spans, each with whether it ends in a hard line break.
import type { Root } from 'mdast';
import type { StandardDocument } from '../model/document.js';
import type { Position, Span } from '../report/diagnostic.js';
import { bodySource, visitNodes } from '../markdown/markdown.js';

export interface ProseMatch {
  /** What the pattern matched, with its groups. */
  match: RegExpExecArray;
  /** Where the match is in the file, from its first character to just after its last. */
  span: Span;
}

/**
 * Every match of `pattern` (a global RegExp) in the document's prose, in
 * document order. `skipRun` leaves out whole runs (a table cell or list item
 * that holds nothing but a marker). Matches do not cross a line break.
 */
export function proseMatches(document: StandardDocument, tree: Root, pattern: RegExp, skipRun: (source: string) => boolean = () => false): ProseMatch[] {
  const matches: ProseMatch[] = [];
  for (const run of proseRuns(tree, bodySource(document))) {
    if (skipRun(run.source)) continue;
    for (const match of run.source.matchAll(pattern)) {
      const start = positionIn(run, match.index);
      matches.push({ match: match as RegExpExecArray, span: { start, end: { line: start.line, column: start.column + match[0].length } } });
    }
  }
  return matches;
}

export interface ProseLine {
  /** The line number in the file. */
  line: number;
  text: string;
  /** Whether the Markdown reads the end of this line as a hard line break. */
  hardBreak: boolean;
  /** Whether the line is part of raw HTML (a `<pre>` block may mean its spaces). */
  html: boolean;
}

/** The lines of the body that are not code: code blocks keep their text as written, and so do the lines a code span continues past. */
export function proseLines(document: StandardDocument, tree: Root): ProseLine[] {
  const code = new Set<number>();
  const breaks = new Set<number>();
  const html = new Set<number>();
  visitNodes(tree, (node) => {
    if (!node.position) return;
    const { start, end } = node.position;
    if (node.type === 'code') for (let line = start.line; line <= end.line; line++) code.add(line);
    else if (node.type === 'inlineCode') for (let line = start.line; line < end.line; line++) code.add(line);
    else if (node.type === 'break') breaks.add(start.line);
    else if (node.type === 'html') for (let line = start.line; line <= end.line; line++) html.add(line);
  });
  const lines: ProseLine[] = [];
  bodySource(document)
    .split('\n')
    .forEach((text, index) => {
      const line = index + 1;
      if (!code.has(line)) lines.push({ line, text, hardBreak: breaks.has(line), html: html.has(line) });
    });
  return lines;
}

interface ProseRun {
  /** The text exactly as written in the file (escapes and entities included). */
  source: string;
  /** Where it starts in the file. */
  start: Position;
}

function proseRuns(tree: Root, bodySource: string): ProseRun[] {
  const runs: ProseRun[] = [];
  visitNodes(tree, (node, parent) => {
    if (node.type !== 'text' || !node.position) return;
    if (parent?.type === 'link' && isAutolink(parent.url, node.value)) return;
    const { start, end } = node.position;
    if (start.offset === undefined || end.offset === undefined) return;
    runs.push({ source: bodySource.slice(start.offset, end.offset), start: { line: start.line, column: start.column } });
  });
  return runs;
}

/** The position of `index` within a run, counting the run's own line breaks. */
function positionIn(run: ProseRun, index: number): Position {
  const before = run.source.slice(0, index);
  const lastBreak = before.lastIndexOf('\n');
  if (lastBreak === -1) return { line: run.start.line, column: run.start.column + index };
  return { line: run.start.line + before.split('\n').length - 1, column: index - lastBreak };
}

function isAutolink(url: string, text: string): boolean {
  return url === text || url === `mailto:${text}` || url === `http://${text}` || url.replace(/^[a-z]+:\/\//i, '') === text.replace(/^[a-z]+:\/\//i, '');
}
