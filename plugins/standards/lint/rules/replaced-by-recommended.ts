// A retired document that nothing in the corpus replaces may still have a
// successor (another standard took over its subject). Our procedural standard
// recommends naming it, so this is a warning: a document that simply ended
// has nothing to name (it says so with `replaced_by: []`), and a build never
// fails for it.
import { replacingDocuments, RETIRED_STATUSES } from '../../model/replacement.js';
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'replaced-by-recommended',
    description: 'A Deprecated or Rejected document that no other document replaces says in `replaced_by` what took its place, if anything did.',
    defaultSeverity: 'warn',
    examples: [
      {
        title: 'a rejected standard that does not say what took its place',
        file: 'scs-0105-v1-volume-backup.md',
        text: '---\ntitle: Volume backup\ntype: Standard\nstatus: Rejected\ntrack: IaaS\nrejected_at: 2025-03-01\n---\n\n## Introduction\n\nEvery volume type offers a backup.\n',
        findings: ['4:1 Missing `replaced_by` on a Rejected document, expected the file names of the documents that took its place, e.g. `replaced_by: [scs-NNNN-vN-slug.md]`, or `replaced_by: []` if none did'],
      },
      {
        title: 'a rejected standard that says nothing took its place',
        file: 'scs-0105-v1-volume-backup.md',
        text: '---\ntitle: Volume backup\ntype: Standard\nstatus: Rejected\ntrack: IaaS\nrejected_at: 2025-03-01\nreplaced_by: []\n---\n\n## Introduction\n\nEvery volume type offers a backup.\n',
        findings: [],
      },
    ],
  },
  scope: 'corpus',
  check({ registry }) {
    return registry.documents.flatMap((document) => {
      if (document.kind === 'template' || !RETIRED_STATUSES.includes(document.status!)) return [];
      // With a successor in the corpus, a missing entry is replaced-by-required's error.
      // A written `replaced_by`, even `[]`, is an answer: an empty list says nothing took its place.
      if (document.fieldSpans.replaced_by || replacingDocuments(registry, document).length > 0) return [];
      return [
        {
          path: document.path,
          message: `Missing \`replaced_by\` on a ${document.status} document, expected the file names of the documents that took its place, e.g. \`replaced_by: [scs-NNNN-vN-slug.md]\`, or \`replaced_by: []\` if none did`,
          span: document.fieldSpans.status ?? { start: { line: 1, column: 1 } },
        },
      ];
    });
  },
};
