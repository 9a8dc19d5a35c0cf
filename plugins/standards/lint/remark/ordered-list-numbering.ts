// remark-lint rule of our own, for what markdownlint's MD029 (`one_or_ordered`)
// accepts: each ordered list on its own either repeats its first number
// (1/1/1, 0/0/0) or counts up by one from it (1/2/3, 0/1/2). remark-lint's
// `ordered-list-marker-value` asks one style of the whole file instead, so a
// document with one list of each kind, clean under markdownlint, was reported.
import type { List, Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { visitNodes } from '../../markdown/markdown.js';

export const orderedListNumbering = lintRule<Root, unknown>(
  { origin: 'remark-lint:ordered-list-numbering', url: 'https://docs.scs.community/docs/lint-rules/markdown-style' },
  (tree, file) => {
    const source = String(file);
    visitNodes(tree, (node) => {
      if (node.type !== 'list' || !node.ordered || node.children.length < 2) return;
      const values = markerValues(node, source);
      if (values.some((value) => value === null)) return;
      const numbers = values as number[];
      const first = numbers[0]!;
      // A list of one repeated number is fine only from 0 or 1, as markdownlint has it.
      const repeated = numbers.every((value) => value === first) && first <= 1;
      if (repeated) return;
      // Otherwise count up from the first number; the second item decides which style was meant.
      const style = numbers[1] === first && first <= 1 ? 'repeat' : 'count';
      numbers.forEach((value, index) => {
        const expected = style === 'repeat' ? first : first + index;
        if (value === expected) return;
        const item = node.children[index]!;
        file.message(`Unexpected ordered list item number \`${value}\`, expected \`${expected}\` (${style === 'repeat' ? `every item \`${first}\`` : `counting up from \`${first}\``})`, {
          place: item.position!.start,
        });
      });
    });
  },
);

/** The number written before each item (mdast keeps only the list's start). */
function markerValues(list: List, source: string): Array<number | null> {
  return list.children.map((item) => {
    const offset = item.position?.start.offset;
    if (offset === undefined) return null;
    const match = /^\d{1,9}/.exec(source.slice(offset, offset + 10));
    return match ? Number(match[0]) : null;
  });
}
