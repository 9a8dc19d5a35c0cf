// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'front-matter-syntax',
    description: 'The file starts with a well-formed YAML front-matter block that is a mapping of fields.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a title with `: ` in it, which YAML reads as a new field',
        file: 'scs-0100-v1-flavor-naming.md',
        text: '---\ntitle: Flavor naming: the rules\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n',
        findings: ['2:8 Unexpected `: ` inside the value of `title` (YAML reads it as a new field), expected the value in quotes: `title: "Flavor naming: the rules"`'],
      },
      {
        title: 'a quote opened and not closed',
        file: 'scs-0100-v1-flavor-naming.md',
        text: '---\ntitle: "Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n',
        findings: ['2:8 Unexpected unterminated " quote in the value of `title`, expected a closing " at the end of the value on the same line'],
      },
      {
        title: 'the same title, quoted',
        file: 'scs-0100-v1-flavor-naming.md',
        text: '---\ntitle: "Flavor naming: the rules"\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n',
        findings: [],
      },
    ],
  },
  { skipTemplates: false },
);
