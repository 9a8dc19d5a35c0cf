// Files a document links to or shows are published under the portal's
// origin. Only passive types are (see render/attachments.ts); a link to an
// HTML page, an XML or script file, or a file of unknown type would either
// run with the portal's origin or be left unpublished, so it is an error here.
import type { Finding } from '../../report/diagnostic.js';
import { visitNodes } from '../../markdown/markdown.js';
import { attachmentKind, attachmentPath, PASSIVE_TYPES_TEXT } from '../../render/attachments.js';
import type { FileRule } from '../rule.js';

const KINDS = { link: 'a link', image: 'an image', definition: 'a link definition' } as const;

export const rule: FileRule = {
  meta: {
    id: 'attachment-type',
    description: 'Files a standard links to or shows are of a passive type the portal publishes: pictures, CSV, JSON, YAML, plain text, PDF.',
    defaultSeverity: 'error',
    examples: [
      {
        title: 'a link to an HTML page and to a script',
        file: 'scs-0123-v1-flavor-report.md',
        text: '---\ntitle: Flavor report\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nThe [sample report](./flavor-report.html) is made by [this script](./make-report.sh).\n',
        findings: [
          '10:5 Unexpected `.html` file (`./flavor-report.html`) in a link, expected a passive type the portal publishes (PNG, JPEG, GIF, WebP, AVIF, SVG, CSV, JSON, YAML, plain text or PDF)',
          '10:54 Unexpected `.sh` file (`./make-report.sh`) in a link, expected a passive type the portal publishes (PNG, JPEG, GIF, WebP, AVIF, SVG, CSV, JSON, YAML, plain text or PDF)',
        ],
      },
      {
        title: 'a picture, a CSV table and a PDF',
        file: 'scs-0123-v1-flavor-report.md',
        text: '---\ntitle: Flavor report\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\n![Flavors per provider](./flavor-report.png)\n\nThe [raw numbers](./flavor-report.csv) and the [slides](./flavor-report.pdf) are published with it.\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ tree }) {
    if (!tree) return [];
    const findings: Finding[] = [];
    visitNodes(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const file = attachmentPath(node.url);
      if (file === null || !node.position) return;
      const kind = attachmentKind(file);
      if (kind.kind !== 'refused') return;
      const type = kind.extension === '' ? 'file without an extension' : `\`.${kind.extension}\` file`;
      findings.push({
        message: `Unexpected ${type} (\`${file}\`) in ${KINDS[node.type]}, expected a passive type the portal publishes (${PASSIVE_TYPES_TEXT})`,
        span: { start: { line: node.position.start.line, column: node.position.start.column } },
      });
    });
    return findings;
  },
};
