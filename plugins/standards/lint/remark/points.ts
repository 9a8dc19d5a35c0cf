// Offsets in the source a remark-lint rule sees -> points for its messages.
import type { Point } from 'unist';

/** The line and column of `offset` in `source` (both 1-based), as the tree's positions have them. */
export function pointAt(source: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

/** `text` as a Markdown code span, with a longer backtick run around it when it holds backticks itself. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  if (longest === 0) return `\`${text}\``;
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${text} ${fence}`;
}
