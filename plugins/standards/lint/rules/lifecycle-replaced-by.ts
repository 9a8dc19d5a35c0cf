// `replaced_by` says a version is no longer the one to follow. On a Draft or
// Stable document that contradicts its status, so readers would get two answers.
import type { FileRule } from '../rule.js';

export const rule: FileRule = {
  meta: {
    id: 'lifecycle-replaced-by',
    description: '`replaced_by` is written only when the status is Deprecated or Rejected.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a Stable document that already names its successor',
        file: 'scs-0103-v1-standard-flavors.md',
        text: '---\ntitle: Standard flavors\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-15\nreplaced_by: [scs-0103-v2-standard-flavors.md]\n---\n\n## Introduction\n\nEvery cloud offers the flavors listed below.\n',
        findings: ['7:1 Unexpected `replaced_by` on a Stable document, expected it only when `status` is Deprecated or Rejected'],
      },
      {
        title: 'a Deprecated document that names its successor',
        file: 'scs-0103-v1-standard-flavors.md',
        text: '---\ntitle: Standard flavors\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2024-01-15\ndeprecated_at: 2025-01-15\nreplaced_by: [scs-0103-v2-standard-flavors.md]\n---\n\n## Introduction\n\nEvery cloud offers the flavors listed below.\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ document }) {
    if (!document || document.kind === 'template' || document.replacedBy.length === 0) return [];
    // Supplements have no status of their own; a missing status is front-matter-required's.
    if (document.status === null || document.status === 'Deprecated' || document.status === 'Rejected') return [];
    return [
      {
        message: `Unexpected \`replaced_by\` on a ${document.status} document, expected it only when \`status\` is Deprecated or Rejected`,
        span: document.fieldSpans.replaced_by,
      },
    ];
  },
};
