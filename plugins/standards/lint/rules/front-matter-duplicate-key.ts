// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-duplicate-key',
    description: 'Each front-matter field is written once.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a field written twice',
        file: 'scs-0100-v1-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\nstatus: Stable\n---\n\n## Introduction\n',
        findings: ['6:1 Unexpected duplicate key `status` (first written on line 4), expected each front-matter field once: keep one `status` line'],
      },
      {
        title: 'each field once',
        file: 'scs-0100-v1-flavor-naming.md',
        text: '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\nstabilized_at: 2024-01-15\ntrack: IaaS\n---\n\n## Introduction\n',
        findings: [],
      },
    ],
  },
  { skipTemplates: false },
);
