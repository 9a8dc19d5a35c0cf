// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-required',
    description: 'Required front-matter fields are present; Supplements have no status.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a standard without `track`',
        file: 'scs-0102-v1-image-metadata.md',
        text: '---\ntitle: Image metadata\ntype: Standard\nstatus: Draft\n---\n\n## Introduction\n\nImages carry metadata.\n',
        findings: ['1:1 Missing `track`, expected it in the front matter'],
      },
      {
        title: 'a supplement with a `status` of its own',
        file: 'scs-0102-w1-image-metadata-implementation.md',
        text: '---\ntitle: Image metadata implementation notes\ntype: Supplement\nstatus: Stable\ntrack: IaaS\nsupplements: [scs-0102-v1-image-metadata.md]\n---\n\n## Introduction\n\nHow to check image metadata.\n',
        findings: ['4:1 Unexpected `status` on a Supplement, expected none: a supplement follows the lifecycle of the documents it supplements'],
      },
      {
        title: 'a supplement without `status`: it follows the documents it supplements',
        file: 'scs-0102-w1-image-metadata-implementation.md',
        text: '---\ntitle: Image metadata implementation notes\ntype: Supplement\ntrack: IaaS\nsupplements: [scs-0102-v1-image-metadata.md]\n---\n\n## Introduction\n\nHow to check image metadata.\n',
        findings: [],
      },
    ],
  },
  { skipTemplates: true },
);
