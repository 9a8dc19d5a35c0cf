// The portal prints the front matter's title as the page's only level-1
// heading, and builds the table of contents from levels 2 and 3: a body that
// starts at level 1 or skips a level gives a page with a broken outline.
import type { Finding } from '../../report/diagnostic.js';
import { visitNodes } from '../../markdown/markdown.js';
import type { FileRule } from '../rule.js';

export const rule: FileRule = {
  meta: {
    id: 'heading-levels',
    description: 'The body has no level-1 heading (the title comes from the front matter), starts at level 2 and skips no level.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'the title repeated as a level-1 heading, and a skipped level',
        file: 'scs-0117-v1-volume-backups.md',
        text: '---\ntitle: Volume backups\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n# Volume backups\n\n## Introduction\n\n#### Retention\n\nBackups are kept for 30 days.\n',
        findings: [
          '8:1 Unexpected level-1 heading, expected level 2 or deeper: the title comes from the front matter',
          '12:1 Unexpected level-4 heading after level 2, expected level 3 or less',
        ],
      },
      {
        title: 'headings that start at level 2 and go down one level at a time',
        file: 'scs-0117-v1-volume-backups.md',
        text: '---\ntitle: Volume backups\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\n### Retention\n\nBackups are kept for 30 days.\n\n## Motivation\n\nA lost volume can be restored.\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ tree }) {
    if (!tree) return [];
    const findings: Finding[] = [];
    let previous = 1; // the title from the front matter
    visitNodes(tree, (node) => {
      if (node.type !== 'heading' || !node.position) return;
      const span = { start: { line: node.position.start.line, column: node.position.start.column } };
      if (node.depth === 1) {
        findings.push({ message: 'Unexpected level-1 heading, expected level 2 or deeper: the title comes from the front matter', span });
      } else if (node.depth > previous + 1) {
        findings.push({
          message:
            previous === 1
              ? `Unexpected level-${node.depth} heading as the first heading, expected level 2`
              : `Unexpected level-${node.depth} heading after level ${previous}, expected level ${previous + 1} or less`,
          span,
        });
      }
      previous = node.depth;
    });
    return findings;
  },
};
