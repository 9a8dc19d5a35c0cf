// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-unknown-key',
    description: 'Front matter has only the fields of the schema (with a suggestion for near misses).',
    defaultSeverity: 'warn',
    examples: [
      {
        title: 'the British spelling of a key',
        file: 'scs-0102-v1-image-metadata.md',
        text: '---\ntitle: Image metadata\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilised_at: 2024-01-15\n---\n\n## Introduction\n\nImages carry metadata.\n',
        findings: ['6:1 Unexpected unknown key `stabilised_at`, did you mean `stabilized_at`?'],
      },
      {
        title: 'only keys of the schema',
        file: 'scs-0102-v1-image-metadata.md',
        text: '---\ntitle: Image metadata\ntype: Standard\nstatus: Stable\ntrack: IaaS\ndescription: Which properties an image carries.\nstabilized_at: 2024-01-15\nauthors: [Image team]\n---\n\n## Introduction\n\nImages carry metadata.\n',
        findings: [],
      },
    ],
  },
  { skipTemplates: true },
);
