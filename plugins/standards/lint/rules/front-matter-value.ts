// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-value',
    description: 'Each front-matter value has the type, enum value or date format the schema asks for.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a status outside the lifecycle and a date in another format',
        file: 'scs-0102-v1-image-metadata.md',
        text: '---\ntitle: Image metadata\ntype: Standard\nstatus: Final\ntrack: IaaS\nstabilized_at: 14.06.2023\n---\n\n## Introduction\n\nImages carry metadata.\n',
        findings: [
          '4:9 Unexpected `Final` for `status`, expected one of `Draft`, `Stable`, `Deprecated`, `Rejected`',
          '6:16 Unexpected `14.06.2023` for `stabilized_at`, expected an ISO date such as `2023-06-14`',
        ],
      },
      {
        title: 'a decision record with an ISO date and a list of authors',
        file: 'scs-0110-v1-ssd-flavors.md',
        text: '---\ntitle: SSD flavors\ntype: Decision Record\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-02-29\nauthors: [Ada Example, Image team]\n---\n\n## Introduction\n\nWhy flavors with local SSDs get their own names.\n',
        findings: [],
      },
    ],
  },
  { skipTemplates: true },
);
