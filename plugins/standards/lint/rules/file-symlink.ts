// Found by the parser (see parse/); this rule gives the id its severity and docs.
import { exampleBytes } from '../rule.js';
import { surfaceParseFindings } from '../surface-parse-findings.js';

export const rule = surfaceParseFindings(
  {
    id: 'file-symlink',
    description: 'Files are regular files or symbolic links that stay inside the standards folder.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a document that is a link to a draft kept outside the standards folder',
        file: 'scs-0100-v4-flavor-naming.md',
        text: { symlink: '../drafts/flavor-naming-v4.md' },
        others: { '../drafts/flavor-naming-v4.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nA draft of the next version.\n' },
        findings: ['1:1 Unexpected symbolic link to a file outside the standards folder, expected a regular file inside it'],
      },
      {
        title: 'a link whose target was removed',
        file: 'scs-0100-v4-flavor-naming.md',
        text: { symlink: 'scs-0100-v4-flavour-naming.md' },
        findings: ['1:1 Unexpected broken symbolic link, expected a regular file'],
      },
      {
        title: 'a folder of figures that is a link to a folder elsewhere',
        file: 'figures',
        text: { symlink: '../shared/figures' },
        others: { '../shared/figures/flavor-name-parts.png': exampleBytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
        findings: ['1:1 Unexpected symbolic link to a folder at `figures`, expected a real folder: files behind a link are neither checked nor published'],
      },
      {
        title: 'a link to a document inside the folder',
        file: 'scs-0100-v4-flavor-naming.md',
        text: { symlink: 'scs-0100-v3-flavor-naming.md' },
        others: { 'scs-0100-v3-flavor-naming.md': '---\ntitle: Flavor naming\ntype: Standard\nstatus: Stable\ntrack: IaaS\nstabilized_at: 2024-01-15\n---\n\n## Introduction\n\nFlavor names say what a flavor offers.\n' },
        findings: [],
      },
    ],
  },
  { skipTemplates: false },
);
