// remark-lint rule of our own, after markdownlint's MD018: `#Heading` at the
// start of a line is not a heading in CommonMark (the space after the hashes
// is required), so the reader sees the hashes and the outline misses the
// section. Such a line stays paragraph text, which is where this looks.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visitNodes } from '../../markdown/markdown.js';
import { codeSpan } from './points.js';

/** One to six hashes at the start of a line, then a character that is neither space nor hash. */
const ALMOST = /^(#{1,6})([^\s#].*)$/;

export const noMissingHeadingSpace = lintRule<Root, unknown>(
  { origin: 'remark-lint:no-missing-heading-space', url: 'https://docs.scs.community/docs/lint-rules/markdown-style' },
  (tree, file) => {
    const source = String(file);
    visitNodes(tree, (node) => {
      if (node.type !== 'paragraph' || !node.position || node.position.start.offset === undefined) return;
      // Only the first line: a later `#x` line of a paragraph could not have been a heading without a blank line either.
      const first = node.children[0];
      if (first?.type !== 'text' || first.position?.start.offset !== node.position.start.offset) return;
      const line = source.slice(node.position.start.offset).split('\n', 1)[0]!;
      const match = ALMOST.exec(line);
      if (!match) return;
      const written = `${match[1]}${match[2]!.slice(0, 20)}${match[2]!.length > 20 ? '…' : ''}`;
      const meant = `${match[1]} ${match[2]!.slice(0, 20)}${match[2]!.length > 20 ? '…' : ''}`;
      file.message(`Unexpected ${codeSpan(written)} without a space after the hashes, expected ${codeSpan(meant)} for a heading`, {
        place: node.position.start,
      });
    });
  },
);
