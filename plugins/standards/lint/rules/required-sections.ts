// Readers and reviewers find their way through a standard by its fixed
// sections; the list per document type lives in the vocabulary table.
import type { Heading } from 'mdast';
import { REQUIRED_SECTIONS } from '../../model/vocabulary.js';
import type { Finding } from '../../report/diagnostic.js';
import { visitNodes } from '../../markdown/markdown.js';
import { headingText } from '../../markdown/outline.js';
import type { FileRule } from '../rule.js';

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export const rule: FileRule = {
  meta: {
    id: 'required-sections',
    description: 'A Standard has Introduction, Motivation and Conformance Tests sections; a Decision Record has Abstract, Context and Decision.',
    defaultSeverity: 'error',
  },
  scope: 'file',
  check({ document, tree }) {
    if (!document || !tree || document.kind === 'template' || !document.type) return [];
    const required = REQUIRED_SECTIONS[document.type];
    if (required.length === 0) return [];
    const headings: Heading[] = [];
    visitNodes(tree, (node) => {
      if (node.type === 'heading') headings.push(node);
    });
    const findings: Finding[] = [];
    for (const section of required) {
      const matches = headings.filter((heading) => normalize(headingText(heading)) === normalize(section));
      if (matches.some((heading) => heading.depth === 2)) continue;
      const misplaced = matches[0];
      if (misplaced?.position) {
        findings.push({
          message: `Unexpected level-${misplaced.depth} heading \`${section}\`, expected the required section at level 2: \`## ${section}\``,
          span: { start: { line: misplaced.position.start.line, column: misplaced.position.start.column } },
        });
      } else {
        findings.push({
          message: `Missing section \`## ${section}\`, expected every ${document.type} to have it`,
          span: document.fieldSpans.type ?? { start: { line: document.bodyLine, column: 1 } },
        });
      }
    }
    return findings;
  },
};
