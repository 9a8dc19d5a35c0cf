// `replaced_by` says a version is no longer the one to follow. On a Draft or
// Stable document that contradicts its status, so readers would get two answers.
import type { FileRule } from '../rule.js';

export const rule: FileRule = {
  meta: {
    id: 'lifecycle-replaced-by',
    description: '`replaced_by` is written only when the status is Deprecated or Rejected.',
    defaultSeverity: 'error',
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
