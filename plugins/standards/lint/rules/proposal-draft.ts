// A proposal (scs-xxxx-…) is a document that has no number yet. Our procedural
// standard gives it exactly one shape: version 1, status Draft. It becomes a
// second version or a Stable document only after it has been numbered.
import type { Finding } from '../../report/diagnostic.js';
import type { FileRule } from '../rule.js';

export const rule: FileRule = {
  meta: {
    id: 'proposal-draft',
    description: 'A proposal (scs-xxxx-…) is version 1 and has status Draft.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a second version of a proposal, marked Stable',
        file: 'scs-xxxx-v2-tenant-isolation.md',
        text: '---\ntitle: Tenant isolation\ntype: Standard\nstatus: Stable\ntrack: KaaS\nstabilized_at: 2024-08-01\n---\n\n## Introduction\n\nWorkloads of different tenants never share a node.\n',
        findings: [
          '1:1 Unexpected version v2 of a proposal, expected `scs-xxxx-v1-tenant-isolation.md`: a proposal is version 1 until it gets a number',
          '4:1 Unexpected status Stable on a proposal, expected `status: Draft`: a proposal becomes Stable only after it has a number',
        ],
      },
      {
        title: 'a first version of a proposal, in Draft',
        file: 'scs-xxxx-v1-tenant-isolation.md',
        text: '---\ntitle: Tenant isolation\ntype: Standard\nstatus: Draft\ntrack: KaaS\n---\n\n## Introduction\n\nWorkloads of different tenants never share a node.\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ document }) {
    if (!document || document.kind !== 'proposal') return [];
    const findings: Finding[] = [];
    if (document.version !== 1) {
      findings.push({
        message: `Unexpected version v${document.version} of a proposal, expected \`scs-xxxx-v1-${document.slug}.md\`: a proposal is version 1 until it gets a number`,
        span: { start: { line: 1, column: 1 } },
      });
    }
    // A missing status is front-matter-required's; a proposal's status must be Draft.
    if (document.status !== null && document.status !== 'Draft') {
      findings.push({
        message: `Unexpected status ${document.status} on a proposal, expected \`status: Draft\`: a proposal becomes Stable only after it has a number`,
        span: document.fieldSpans.status,
      });
    }
    return findings;
  },
};
