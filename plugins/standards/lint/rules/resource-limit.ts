// Found while parsing (markdown/limits.ts) and by the runner (the time budget,
// a failure while checking a file, see file-pass.ts and parallel.ts); this
// rule gives the id its severity and docs. Always an error: a file over a
// limit cannot be rendered by the portal either (config.ts refuses "warn" and "off").
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'resource-limit',
    description: 'The Markdown stays within the limits on nesting, markup characters, footnotes, table cells, lines, nodes and headings, and a file is checked within its time budget.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'HTML pasted from a web page, its elements nested 160 deep',
        file: 'scs-0102-v1-image-metadata.md',
        text: `---\ntitle: Image metadata\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\n${'<div class="wrapper">'.repeat(160)}\n\nImages carry metadata.\n`,
        findings: ['10:1 Unexpected Markdown and HTML elements nested 151 levels deep, expected at most 150; the Markdown was not checked further and cannot be rendered'],
      },
      {
        title: 'a front-matter value of lists nested 101 deep',
        file: 'scs-0102-v1-image-metadata.md',
        text: `---\ntitle: Image metadata\ntype: Standard\nstatus: Draft\ntrack: IaaS\nauthors: ${'['.repeat(101)}${']'.repeat(101)}\n---\n\n## Introduction\n\nPublic images carry metadata.\n`,
        findings: ['6:110 Unexpected more than 100 flow collections (`[`, `{`) inside one another in front matter, expected fewer; the front matter was not read'],
      },
      {
        title: 'quotes and lists nested a few levels, as documents do',
        file: 'scs-0102-v1-image-metadata.md',
        text: '---\ntitle: Image metadata\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\n> A reply\n>\n> > to an earlier remark\n\n- Images\n  - Linux\n    - Ubuntu\n',
        findings: [],
      },
    ],
  },
  { skipTemplates: false },
);
