// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'file-name',
    description: 'File names follow scs-NNNN-vN-slug.md: zero-padded number, version from 1, lowercase ASCII slug.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'uppercase letters in the slug',
        file: 'scs-0102-v1-Image-Metadata.md',
        text: '---\ntitle: Image metadata\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nImages carry metadata.\n',
        findings: ['1:1 Unexpected uppercase letter in file name `scs-0102-v1-Image-Metadata.md`, expected `scs-0102-v1-image-metadata.md`'],
      },
      {
        title: 'a number, a version and a lowercase slug',
        file: 'scs-0102-v1-image-metadata.md',
        text: '---\ntitle: Image metadata\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nImages carry metadata.\n',
        findings: [],
      },
    ],
  },
  { skipTemplates: false },
);
