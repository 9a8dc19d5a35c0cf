// A status that claims a transition needs the day it happened (or happens):
// the computed lifecycle state and the portal's timeline are built from it.
// A Deprecated document was Stable before (the lifecycle has no other way to
// Deprecated; a draft that is dropped is Rejected), so it keeps `stabilized_at`.
import type { StandardDocument } from '../../model/document.js';
import type { FrontMatterKey } from '../../model/front-matter-schema.js';
import type { Status } from '../../model/vocabulary.js';
import type { Finding } from '../../report/diagnostic.js';
import type { FileRule } from '../rule.js';

interface NeededDate {
  key: FrontMatterKey;
  field: 'stabilizedAt' | 'deprecatedAt' | 'rejectedAt';
  meaning: string;
}

const STABILIZED: NeededDate = { key: 'stabilized_at', field: 'stabilizedAt', meaning: 'the day it becomes effective' };
const DATES_OF: Record<Status, NeededDate[]> = {
  Draft: [],
  Stable: [STABILIZED],
  Deprecated: [
    { ...STABILIZED, meaning: 'the day it became Stable, kept from before its deprecation' },
    { key: 'deprecated_at', field: 'deprecatedAt', meaning: 'the day it stops being effective' },
  ],
  Rejected: [{ key: 'rejected_at', field: 'rejectedAt', meaning: 'the day it was rejected' }],
};

export const rule: FileRule = {
  meta: {
    id: 'lifecycle-required-date',
    description: 'Stable needs `stabilized_at`, Deprecated needs `stabilized_at` and `deprecated_at`, Rejected needs `rejected_at`.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a Stable document without the day it became effective',
        file: 'scs-0120-v1-volume-types.md',
        text: '---\ntitle: Volume types\ntype: Standard\nstatus: Stable\ntrack: IaaS\n---\n\n## Introduction\n\nEvery cloud offers at least one encrypted volume type.\n',
        findings: ['4:1 Missing `stabilized_at` for status Stable, expected the day it becomes effective, e.g. `stabilized_at: 2024-05-01`'],
      },
      {
        title: 'a Deprecated document with neither date',
        file: 'scs-0120-v1-volume-types.md',
        text: '---\ntitle: Volume types\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\n---\n\n## Introduction\n\nEvery cloud offers at least one encrypted volume type.\n',
        findings: [
          '4:1 Missing `stabilized_at` for status Deprecated, expected the day it became Stable, kept from before its deprecation, e.g. `stabilized_at: 2024-05-01`',
          '4:1 Missing `deprecated_at` for status Deprecated, expected the day it stops being effective, e.g. `deprecated_at: 2024-05-01`',
        ],
      },
      {
        title: 'a Deprecated document with both dates',
        file: 'scs-0120-v1-volume-types.md',
        text: '---\ntitle: Volume types\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2024-01-15\ndeprecated_at: 2025-01-15\n---\n\n## Introduction\n\nEvery cloud offers at least one encrypted volume type.\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ document }) {
    // A status on a Supplement is front-matter-required's error; asking for its date would pile on.
    if (!document || document.kind === 'template' || document.type === 'Supplement' || document.status === null) return [];
    const findings: Finding[] = [];
    for (const needed of DATES_OF[document.status]) {
      // A date that was written but is invalid is already a front-matter-value problem.
      if ((document as StandardDocument)[needed.field] !== null || document.fieldSpans[needed.key]) continue;
      findings.push({
        message: `Missing \`${needed.key}\` for status ${document.status}, expected ${needed.meaning}, e.g. \`${needed.key}: 2024-05-01\``,
        span: document.fieldSpans.status,
      });
    }
    return findings;
  },
};
