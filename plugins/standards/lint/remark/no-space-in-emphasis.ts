// remark-lint rule of our own, after markdownlint's MD037: emphasis markers
// with a space just inside them (`** strong**`, `*word *`) are not emphasis
// in CommonMark, so the reader sees the asterisks. Such markers survive in
// the tree as plain text, which is where this looks for them (never in code,
// links' targets or HTML). A pair with spaces on both sides (`2 * 3 * 4`) is
// arithmetic or a list of symbols, not an attempt at emphasis.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visitNodes } from '../../markdown/markdown.js';
import { codeSpan, pointAt } from './points.js';

// A marker run, then either spaces and content or content and spaces, then the same run.
const BROKEN = /(?<![\\*_\p{L}\p{N}])(\*{1,3}|_{1,3})(?: +([^\s*_](?:[^*_\n]*[^\s*_])?)|([^\s*_][^*_\n]*?) +)\1(?![*_\p{L}\p{N}])/gu;

const WORD_START = /^[\p{L}\p{N}(`"']/u;
const WORD_END = /[\p{L}\p{N}.!?)`"']$/u;

export const noSpaceInEmphasis = lintRule<Root, unknown>(
  { origin: 'remark-lint:no-space-in-emphasis', url: 'https://docs.scs.community/docs/lint-rules/markdown-style' },
  (tree, file) => {
    const source = String(file);
    visitNodes(tree, (node) => {
      if (node.type !== 'text' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
      const start = node.position.start.offset;
      const text = source.slice(start, node.position.end.offset);
      for (const match of text.matchAll(BROKEN)) {
        const [written, marker, afterOpening, beforeClosing] = match;
        const content = afterOpening ?? beforeClosing ?? '';
        // The side without a space must touch a word, as emphasis does (`*, a *` is no attempt at it).
        if (afterOpening !== undefined ? !WORD_END.test(content) : !WORD_START.test(content)) continue;
        const at = start + match.index!;
        file.message(`Unexpected space inside emphasis markers in ${codeSpan(written!)}, expected ${codeSpan(`${marker}${content}${marker}`)}`, {
          place: { start: pointAt(source, at), end: pointAt(source, at + written!.length) },
        });
      }
    });
  },
);
