// The prose of a document as its author wrote it: the source text of every
// text node, with where it starts. Code spans and blocks, raw HTML, front
// matter, link targets and table delimiter rows are not text nodes, so rules
// that read only these never look inside them. Autolinks (`<https://…>` and
// bare URLs) are skipped too: their text is an address, not prose.
import type { Root } from 'mdast';
import type { Position } from '../report/diagnostic.js';
import { visitNodes } from '../markdown/markdown.js';

export interface ProseRun {
  /** The text exactly as written in the file (escapes and entities included). */
  source: string;
  /** Where it starts in the file. */
  start: Position;
}

export function proseRuns(tree: Root, bodySource: string): ProseRun[] {
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
export function positionIn(run: ProseRun, index: number): Position {
  const before = run.source.slice(0, index);
  const lastBreak = before.lastIndexOf('\n');
  if (lastBreak === -1) return { line: run.start.line, column: run.start.column + index };
  return { line: run.start.line + before.split('\n').length - 1, column: index - lastBreak };
}

function isAutolink(url: string, text: string): boolean {
  return url === text || url === `mailto:${text}` || url === `http://${text}` || url.replace(/^[a-z]+:\/\//i, '') === text.replace(/^[a-z]+:\/\//i, '');
}
