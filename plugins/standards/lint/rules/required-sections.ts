// Readers and reviewers find their way through a standard by its fixed
// sections. The headings required by name are those our procedural standard
// names (the list per type lives in the vocabulary table). A Decision Record's
// decision may stand under any heading, so it is looked for, not demanded by
// name: see `findDecision`. A document whose type is missing or unreadable
// is checked for the sections every type it could be requires (see
// possibleTypes): its type is one finding, not a reason to skip the rest.
import type { Heading, Nodes, Root } from 'mdast';
import { DECISION_WORDS, possibleTypes, REQUIRED_SECTIONS, sectionsRequiredByAll } from '../../model/vocabulary.js';
import type { Finding, Span } from '../../report/diagnostic.js';
import { nodeText } from '../../markdown/markdown.js';
import { headingText } from '../../markdown/outline.js';
import type { FileRule } from '../rule.js';

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export const rule: FileRule = {
  meta: {
    id: 'required-sections',
    description:
      'A Standard has Introduction, Motivation and Conformance Tests sections; a Decision Record has Abstract and Context, and states its decision under any heading.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a Standard without Motivation, and its tests as a subsection',
        file: 'scs-0115-v1-default-security-groups.md',
        text: '---\ntitle: Default security groups\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nNew projects get a default security group that blocks incoming traffic.\n\n### Conformance Tests\n\nThe test lists the rules of the default group in a new project.\n',
        findings: [
          '3:1 Missing section `## Motivation`, expected every Standard to have it',
          '12:1 Unexpected level-3 heading `Conformance Tests`, expected the required section at level 2: `## Conformance Tests`',
        ],
      },
      {
        title: 'a Decision Record that states no decision yet',
        file: 'scs-0116-v1-object-storage-backend.md',
        text: '---\ntitle: Object storage back end\ntype: Decision Record\nstatus: Draft\ntrack: IaaS\n---\n\n## Abstract\n\nWhich back end serves the S3 API.\n\n## Context\n\nTwo back ends are in use today.\n\n## Open Questions\n\nWhich one do providers run already?\n',
        findings: [
          '3:1 Missing the decision, expected a section that states it: a heading such as `## Decision` or `## Outcome`, or a section after Context saying what was decided',
        ],
      },
      {
        title: 'a Standard with its three sections',
        file: 'scs-0115-v1-default-security-groups.md',
        text: '---\ntitle: Default security groups\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nNew projects get a default security group that blocks incoming traffic.\n\n## Motivation\n\nA fresh project should not expose its servers by accident.\n\n## Conformance Tests\n\nThe test lists the rules of the default group in a new project.\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ document, tree }) {
    if (!document || !tree || document.kind === 'template') return [];
    // An unknown type (its own finding is front-matter-value or front-matter-required) still gets what every type it could be requires.
    const types = possibleTypes(document.type, document.kind);
    const required = sectionsRequiredByAll(types);
    const every = document.type ?? 'document';
    const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
    const missingSpan: Span = document.fieldSpans.type ?? { start: { line: document.bodyLine, column: 1 } };
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
        findings.push({ message: `Missing section \`## ${section}\`, expected every ${every} to have it`, span: missingSpan });
      }
    }
    if (types.every((type) => type === 'Decision Record') && !findDecision(tree)) {
      findings.push({
        message: 'Missing the decision, expected a section that states it: a heading such as `## Decision` or `## Outcome`, or a section after Context saying what was decided',
        span: missingSpan,
      });
    }
    return findings;
  },
};

/**
 * Whether the body states a decision: a heading (any level, other than the
 * required Abstract and Context) with a decision word, or such a word in the
 * text of a section that is not Abstract or Context nor below them. Text
 * before the first heading does not count: that is usually a summary.
 */
function findDecision(tree: Root): boolean {
  const named = new Set(REQUIRED_SECTIONS['Decision Record'].map(normalize));
  let inside: 'none' | 'named' | 'other' = 'none';
  let namedDepth = 0;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = headingText(node);
      if (inside === 'named' && node.depth > namedDepth) continue; // a subsection of Abstract or Context
      if (named.has(normalize(text))) {
        inside = 'named';
        namedDepth = node.depth;
        continue;
      }
      if (DECISION_WORDS.test(text)) return true;
      inside = 'other';
      continue;
    }
    if (inside === 'other' && DECISION_WORDS.test(nodeText(node as Nodes))) return true;
  }
  return false;
}
