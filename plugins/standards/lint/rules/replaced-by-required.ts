// When a document names a Deprecated or Rejected one in `replaces`, a
// replacement exists, and our procedural standard says the retired document
// MUST name it in `replaced_by`: its readers are the ones who need to know
// where to go. (Whether `replaced_by` is written at all when nothing replaces
// the document is replaced-by-recommended's question.)
import { replacingDocuments, RETIRED_STATUSES } from '../../model/replacement.js';
import type { CorpusRule } from '../rule.js';

export const rule: CorpusRule = {
  meta: {
    id: 'replaced-by-required',
    description: 'A Deprecated or Rejected document lists in `replaced_by` every document whose `replaces` names it.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a deprecated v1 that does not name the v2 replacing it',
        file: 'scs-0100-v1-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2024-01-15\ndeprecated_at: 2025-01-01\n---\n\n## Introduction\n\nFlavor names follow one scheme.\n',
        others: { 'scs-0100-v2-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-11-01\nreplaces: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n' },
        findings: ['4:1 Missing `scs-0100-v2-flavor-naming.md` in `replaced_by`, expected every document that replaces this Deprecated one: `replaced_by: [scs-0100-v2-flavor-naming.md]`'],
      },
      {
        title: 'the deprecated v1 names its successor',
        file: 'scs-0100-v1-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Deprecated\ntrack: IaaS\nstabilized_at: 2024-01-15\ndeprecated_at: 2025-01-01\nreplaced_by: [scs-0100-v2-flavor-naming.md]\n---\n\n## Introduction\n\nFlavor names follow one scheme.\n',
        others: { 'scs-0100-v2-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-11-01\nreplaces: [scs-0100-v1-flavor-naming.md]\n---\n\n## Introduction\n\nThe second version adds GPU flavors.\n' },
        findings: [],
      },
    ],
  },
  scope: 'corpus',
  check({ registry }) {
    return registry.documents.flatMap((document) => {
      if (document.kind === 'template' || !RETIRED_STATUSES.includes(document.status!)) return [];
      const missing = replacingDocuments(registry, document).filter((successor) => !document.replacedBy.includes(successor.fileName));
      if (missing.length === 0) return [];
      const names = missing.map((successor) => successor.fileName);
      const list = [...document.replacedBy, ...names];
      return [
        {
          path: document.path,
          message: `Missing ${names.map((name) => `\`${name}\``).join(', ')} in \`replaced_by\`, expected every document that replaces this ${document.status} one: \`replaced_by: [${list.join(', ')}]\``,
          span: document.fieldSpans.replaced_by ?? document.fieldSpans.status ?? { start: { line: 1, column: 1 } },
        },
      ];
    });
  },
};
