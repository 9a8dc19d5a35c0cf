// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';
import { exampleBytes, latin1Bytes } from '../rule.js';

export const rule = surfaceParseFindings(
  {
    id: 'file-encoding',
    description: 'Files are readable UTF-8 text, not binary or special files.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a document saved as Latin-1 instead of UTF-8 (`ä` is the byte 0xe4, `ö` 0xf6)',
        file: 'scs-0104-v1-standard-images.md',
        text: latin1Bytes('---\ntitle: Standard images\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nImages for Ubuntu and Debian are kept up to date (Aktualit\u00e4t: w\u00f6chentlich).\n'),
        findings: ['10:59 Unexpected byte 0xe4 that is not UTF-8, expected the file to be saved as UTF-8'],
      },
      {
        title: 'a PNG picture saved under a document name',
        file: 'scs-0104-v1-standard-images.md',
        text: exampleBytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
        findings: ['3:1 Unexpected binary content (a NUL byte), expected a UTF-8 Markdown text file'],
      },
      {
        title: 'UTF-8 text with characters beyond ASCII',
        file: 'scs-0104-v1-standard-images.md',
        text: '---\ntitle: Standard images\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nImages for Ubuntu and Debian are kept up to date (Aktualität: wöchentlich).\n',
        findings: [],
      },
    ],
  },
  { skipTemplates: false },
);
