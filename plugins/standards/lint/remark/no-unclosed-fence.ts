// remark-lint rule of our own: a code fence that is never closed. CommonMark
// then runs the code block to the end of the document (or of the list item or
// quote it is in), so everything after it is shown as code: one missing line
// swallows the rest of a standard, and no remark-lint preset reports it.
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visitNodes } from '../../markdown/markdown.js';
import { codeSpan } from './points.js';

export const noUnclosedFence = lintRule<Root, unknown>(
  { origin: 'remark-lint:no-unclosed-fence', url: 'https://docs.scs.community/docs/lint-rules/markdown-style' },
  (tree, file) => {
    const source = String(file);
    visitNodes(tree, (node) => {
      if (node.type !== 'code' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return;
      const lines = source.slice(node.position.start.offset, node.position.end.offset).split('\n');
      const opening = /^(`{3,}|~{3,})/.exec(lines[0]!)?.[1];
      if (!opening) return; // an indented code block has no fence to close
      // Continuation lines of a quote or list item carry their `>` and indentation.
      const last = lines.length > 1 ? lines[lines.length - 1]!.replace(/^[\s>]*/, '') : '';
      const closing = new RegExp(`^${opening[0] === '`' ? '`' : '~'}{${opening.length},}\\s*$`);
      if (closing.test(last)) return;
      file.message(`Unexpected unclosed code fence ${codeSpan(opening)}, expected a closing ${codeSpan(opening)} line: everything after it is shown as code`, {
        place: node.position.start,
      });
    });
  },
);
