// A document is stabilized before it is deprecated, and a proposal is not
// rejected before it was stabilized. Dates out of order make the timeline lie.
import type { StandardDocument } from '../../model/document.js';
import type { FrontMatterKey } from '../../model/front-matter-schema.js';
import type { Finding } from '../../report/diagnostic.js';
import type { FileRule } from '../rule.js';

type DateField = 'stabilizedAt' | 'deprecatedAt' | 'rejectedAt';

/** Pairs that must be in order: the first field's day on or before the second's. */
const ORDER: Array<[DateField, FrontMatterKey, DateField, FrontMatterKey]> = [
  ['stabilizedAt', 'stabilized_at', 'deprecatedAt', 'deprecated_at'],
  ['stabilizedAt', 'stabilized_at', 'rejectedAt', 'rejected_at'],
];

export const rule: FileRule = {
  meta: {
    id: 'lifecycle-date-order',
    description: '`stabilized_at` is on or before `deprecated_at` and `rejected_at`.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'deprecated a year before it was stabilized',
        file: 'scs-0110-v1-ssd-flavors.md',
        text: '---\ntitle: SSD flavors\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2024-06-14\ndeprecated_at: 2023-06-14\n---\n\n## Introduction\n\nFlavors with local SSD storage carry the `ssd` suffix.\n',
        findings: ['7:1 Unexpected `deprecated_at: 2023-06-14` before `stabilized_at: 2024-06-14`, expected it on or after that day'],
      },
      {
        title: 'stabilized, then deprecated a year later',
        file: 'scs-0110-v1-ssd-flavors.md',
        text: '---\ntitle: SSD flavors\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2023-06-14\ndeprecated_at: 2024-06-14\n---\n\n## Introduction\n\nFlavors with local SSD storage carry the `ssd` suffix.\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ document }) {
    if (!document || document.kind === 'template') return [];
    const findings: Finding[] = [];
    for (const [earlierField, earlierKey, laterField, laterKey] of ORDER) {
      const earlier = (document as StandardDocument)[earlierField];
      const later = document[laterField];
      if (earlier === null || later === null || earlier <= later) continue; // ISO days compare as text
      findings.push({
        message: `Unexpected \`${laterKey}: ${later}\` before \`${earlierKey}: ${earlier}\`, expected it on or after that day`,
        span: document.fieldSpans[laterKey],
      });
    }
    return findings;
  },
};
