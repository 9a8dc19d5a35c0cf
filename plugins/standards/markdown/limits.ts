// Resource limits on one document, shared by the linter, the portal build and
// the exporters, so a file the linter passes is a file the portal can render.
// Files under the size limit (1 MB) can still be built to make a parser work
// for minutes, eat gigabytes or overflow the stack: thousands of nested block
// quotes, lists, `:::` directives or HTML elements, long runs of emphasis
// markers, tens of thousands of footnotes, a table whose header row makes
// every short row millions of empty cells. Each limit is far above what an
// honest standard needs and far below what costs real time or memory.
//
// The checks come in two parts: a scan of the text before micromark runs
// (cheap, one pass over the lines; it stops the inputs that would make the
// parse itself slow, and bounds the lines, which bound the blocks), and a check
// of the parsed tree before anything walks it recursively (exact depth, HTML
// nesting, table cells, nodes and headings, which bound the work of every
// later step: rendering, the page's size, its table of contents). The limits
// are counts, not time, so every machine and every tool agrees on them.
import type { Nodes, Root } from 'mdast';
import type { Span } from '../report/diagnostic.js';

export const MARKDOWN_LIMITS = {
  /** Block quotes, lists and `:::` directives open inside one another, as their markers show. */
  nestingDepth: 100,
  /** Columns of white space before a line's text: lists nest by indentation too, at two columns a level. */
  indentation: 200,
  /** Elements inside one another in the parsed tree, raw HTML elements and inline markup included (a list is two: list and item). */
  treeDepth: 150,
  /** Runs of `*`, `_` or `~` anywhere in the text. */
  emphasisRuns: 5_000,
  /** `[^` footnote markers (references and definitions) anywhere in the text. */
  footnoteMarkers: 1_000,
  /** `[`, which may open a link or an image: each open one is kept until its line's paragraph ends. */
  brackets: 10_000,
  /** `<`, which may open raw HTML or an autolink. */
  angleBrackets: 20_000,
  /** Starts of autolink literals: `www.`, `http://`, `https://` and the `@` of an e-mail address. */
  autolinkStarts: 2_000,
  /** Runs of backticks, which open and close code spans: each span is a node that no other count sees. */
  backtickRuns: 20_000,
  /** `|`, which separates table cells: a table is parsed whole before its cells can be counted. */
  pipes: 100_000,
  /** Cells of all tables, each row counted as wide as its table's header (short rows are filled in when rendered). */
  tableCells: 50_000,
  /**
   * Lines of the body (the front matter has limits of its own). Parsing and rendering cost grows with the blocks a
   * file holds, and every line can start one (a heading, a list item): 250,000
   * one-line headings in 1 MB took minutes to build. For some arrangements
   * (setext headings, or paragraphs or headings alternating with quotes or
   * lists) micromark's cost grows with the square of the blocks, so the bound
   * is lines, counted before the parse, and low enough for those.
   */
  lines: 10_000,
  /** Nodes of the parsed tree (elements and text), the work every later step does per node; honest standards have a few thousand. */
  nodes: 30_000,
  /** Headings: each is an anchor, an outline entry and a table-of-contents entry on the page. */
  headings: 5_000,
} as const;

/** One limit a document went over, where it did, in words for the finding. */
export interface LimitHit {
  message: string;
  span: Span;
}

/** Thrown by the parse for code that cannot carry on without a tree (the renderer, the exporters). */
export class ResourceLimitError extends Error {
  constructor(readonly hit: LimitHit) {
    super(hit.message);
    this.name = 'ResourceLimitError';
  }
}

const NOT_CHECKED = 'the Markdown was not checked further and cannot be rendered';

const at = (line: number, column = 1): Span => ({ start: { line, column } });

/** Leading container markers of a line: block quote `>` (a blank after it optional), list markers followed by a blank or the line's end. */
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))+/;
const CONTAINER_MARKER = />|[-+*]|\d{1,9}[.)]/g;
/** `- - -` or `* * *` is a thematic break, not three nested lists. */
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** A directive's opening (`:::name`) or closing (`:::`) line, as render/admonitions.ts reads them. */
const DIRECTIVE_OPENING = /^ {0,3}:{3,}[a-zA-Z]/;
const DIRECTIVE_CLOSING = /^ {0,3}:{3,}[ \t]*$/;
/** What the scan counts in the text, each with its limit and its words in the finding. */
const COUNTED: ReadonlyArray<{ pattern: RegExp; limit: number; what: string }> = [
  { pattern: /[*_~]+/g, limit: MARKDOWN_LIMITS.emphasisRuns, what: 'runs of emphasis markers (`*`, `_`, `~`)' },
  { pattern: /\[\^/g, limit: MARKDOWN_LIMITS.footnoteMarkers, what: 'footnote markers (`[^`)' },
  { pattern: /\[/g, limit: MARKDOWN_LIMITS.brackets, what: 'opening brackets (`[`) of links and images' },
  { pattern: /</g, limit: MARKDOWN_LIMITS.angleBrackets, what: 'angle brackets (`<`) of HTML and autolinks' },
  { pattern: /www\.|https?:\/\/|@/gi, limit: MARKDOWN_LIMITS.autolinkStarts, what: 'web addresses and e-mail addresses (`www.`, `http://`, `https://`, `@`)' },
  { pattern: /`+/g, limit: MARKDOWN_LIMITS.backtickRuns, what: 'runs of backticks (`` ` ``)' },
  { pattern: /\|/g, limit: MARKDOWN_LIMITS.pipes, what: 'table cell separators (`|`)' },
];

/**
 * The text before it is parsed: nesting by markers on one line and by open
 * directives, and the characters that make micromark keep state or build
 * nodes (COUNTED). Counted everywhere, fenced code included: telling code
 * from text needs the parse this scan protects (an HTML block or a list item
 * can end what looks like a fence), and a scan that can be fooled is no
 * limit. The tree check afterwards is exact. `firstLine` is the line the
 * body starts at, when the text before it stands for the front matter (see
 * markdown.ts, bodySource): lines are counted from there, so the linter and
 * the portal, which renders the body alone, count the same lines.
 */
export function scanMarkdownSource(source: string, firstLine = 1): LimitHit | null {
  const limits = MARKDOWN_LIMITS;
  const counts = COUNTED.map(() => 0);
  let directiveDepth = 0;
  let line = 0;
  for (let start = 0; start <= source.length; ) {
    line++;
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const text = source.slice(start, end);
    start = end + 1;
    // The empty rest after a final line break is no line (a file of 20,000 lines ends with one).
    if (line - firstLine + 1 > limits.lines && !(newline === -1 && text === '')) {
      return { message: `Unexpected more than ${format(limits.lines)} lines, expected fewer; ${NOT_CHECKED}`, span: at(line) };
    }

    const prefix = THEMATIC_BREAK.test(text) ? '' : (CONTAINER_PREFIX.exec(text)?.[0] ?? '');
    const markers = prefix === '' ? 0 : (prefix.match(CONTAINER_MARKER)?.length ?? 0);
    if (DIRECTIVE_OPENING.test(text)) directiveDepth++;
    else if (DIRECTIVE_CLOSING.test(text)) directiveDepth = Math.max(0, directiveDepth - 1);
    const indentation = /^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length;
    if (indentation > limits.indentation) {
      return {
        message: `Unexpected line indented ${format(indentation)} columns, expected at most ${format(limits.indentation)} (indentation nests lists); ${NOT_CHECKED}`,
        span: at(line),
      };
    }
    if (markers + directiveDepth > limits.nestingDepth) {
      return { message: tooDeep(markers + directiveDepth, 'block quotes, lists and directives', limits.nestingDepth), span: at(line) };
    }
    for (const [index, { pattern, limit, what }] of COUNTED.entries()) {
      pattern.lastIndex = 0;
      for (let found = pattern.exec(text); found !== null; found = pattern.exec(text)) {
        if (++counts[index]! > limit) return { message: `Unexpected more than ${format(limit)} ${what}, expected fewer; ${NOT_CHECKED}`, span: at(line, found.index + 1) };
      }
    }
  }
  return null;
}

/** Elements HTML never nests (no end tag) or closes by themselves when a sibling starts. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rp', 'rt', 'colgroup', 'caption',
]);
/** A start or end tag; no part of it may contain `<`, so a failed match ends at the next one (linear, whatever the text). */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[^<>"']|"[^<"]*"|'[^<']*')*?(\/?)>/g;

/**
 * The parsed tree, before anything walks it recursively: its depth, HTML
 * elements opened in raw HTML counted on top of where they stand, and the
 * cells of its tables. Walks with a stack of its own, so any depth is safe here.
 */
export function checkMarkdownTree(tree: Root): LimitHit | null {
  const limits = MARKDOWN_LIMITS;
  let htmlDepth = 0;
  let cells = 0;
  let nodes = 0;
  let headings = 0;
  // Children are pushed in reverse, so nodes come off in document order (raw HTML opens and closes in that order).
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth } = item;
    const line = node.position?.start.line ?? 1;
    const column = node.position?.start.column ?? 1;
    if (depth > limits.treeDepth) return { message: tooDeep(depth, 'Markdown elements', limits.treeDepth), span: at(line, column) };
    // The root is not counted, nor a `:::` directive: the linter reads its lines as a paragraph (see below).
    if (depth > 0 && node.type !== 'containerDirective' && ++nodes > limits.nodes) {
      return { message: `Unexpected more than ${format(limits.nodes)} Markdown nodes (elements and text), expected fewer; ${NOT_CHECKED}`, span: at(line, column) };
    }
    if (node.type === 'heading' && ++headings > limits.headings) {
      return { message: `Unexpected more than ${format(limits.headings)} headings, expected fewer; ${NOT_CHECKED}`, span: at(line, column) };
    }
    if (node.type === 'html') {
      for (const match of node.value.matchAll(TAG)) {
        const name = match[2]!.toLowerCase();
        if (NOT_NESTING.has(name) || match[3] === '/') continue;
        htmlDepth = match[1] === '/' ? Math.max(0, htmlDepth - 1) : htmlDepth + 1;
        if (depth + htmlDepth > limits.treeDepth) {
          return { message: tooDeep(depth + htmlDepth, 'Markdown and HTML elements', limits.treeDepth), span: at(line, column) };
        }
      }
    }
    if (node.type === 'table') {
      const width = Math.max(node.align?.length ?? 0, ...node.children.slice(0, 1).map((row) => row.children.length));
      cells += width * node.children.length;
      if (cells > limits.tableCells) {
        return {
          message: `Unexpected more than ${format(limits.tableCells)} table cells (every row as wide as its header), expected fewer; ${NOT_CHECKED}`,
          span: at(line, column),
        };
      }
    }
    // A `:::` directive (render/admonitions.ts) is not a level: its nesting is limited by the scan, and the
    // linter, which reads the same lines as paragraphs, must count the same depth as the portal.
    const below = node.type === 'containerDirective' ? depth : depth + 1;
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index]!, depth: below });
  }
  return null;
}

/** Any failure of the parse itself (a stack overflow the limits did not foresee) as a hit on the file. */
export function parseFailure(error: unknown): LimitHit {
  const reason = error instanceof RangeError ? 'the structure is nested too deeply for the parser' : `the parser failed: ${(error as Error)?.message ?? String(error)}`;
  return { message: `Unexpected Markdown that could not be parsed (${reason}), expected ordinary Markdown; ${NOT_CHECKED}`, span: at(1) };
}

function tooDeep(depth: number, what: string, limit: number): string {
  return `Unexpected ${what} nested ${format(depth)} levels deep, expected at most ${format(limit)}; ${NOT_CHECKED}`;
}

function format(n: number): string {
  return n.toLocaleString('en-US');
}
