// Relative links that climb out of the standards folder (`](../…)`). The
// folder is published on its own (the portal, mirrors, downloads), so a path
// into the rest of a repository works on GitHub at best and is broken
// everywhere else.
import { posix } from 'node:path';
import type { Finding } from '../../report/diagnostic.js';
import { visitNodes } from '../../markdown/markdown.js';
import type { FileRule } from '../rule.js';

export const rule: FileRule = {
  meta: {
    id: 'link-leaves-folder',
    description: 'Relative links and images stay inside the standards folder (no `../` above it); elsewhere, use an absolute URL.',
    defaultSeverity: 'warn',
    examples: [
      {
        title: 'a link and an image above the standards folder',
        file: 'scs-0118-v1-availability-zones.md',
        text: '---\ntitle: Availability zones\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nSee [the glossary](../docs/glossary.md).\n\n![Zones](../static/img/zones.png)\n',
        findings: [
          '10:5 Unexpected relative link `../docs/glossary.md` out of the standards folder, expected a path inside the folder or an absolute URL (`https://…`)',
          '12:1 Unexpected relative image `../static/img/zones.png` out of the standards folder, expected a path inside the folder or an absolute URL (`https://…`)',
        ],
      },
      {
        title: 'links inside the folder and absolute URLs',
        file: 'scs-0118-v1-availability-zones.md',
        text: '---\ntitle: Availability zones\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nSee [the glossary](https://docs.scs.community/docs/glossary) and [the flavors](scs-0103-v1-standard-flavors.md).\n\n![Zones](figures/zones.png)\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ path, tree }) {
    if (!tree) return [];
    const findings: Finding[] = [];
    visitNodes(tree, (node) => {
      if ((node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') || !node.position) return;
      const url = node.url.trim();
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('#')) return;
      const target = posix.normalize(posix.join(posix.dirname(path), url.split(/[?#]/)[0] ?? ''));
      if (target !== '..' && !target.startsWith('../')) return;
      const kind = node.type === 'image' ? 'image' : 'link';
      findings.push({
        message: `Unexpected relative ${kind} \`${url}\` out of the standards folder, expected a path inside the folder or an absolute URL (\`https://…\`)`,
        span: {
          start: { line: node.position.start.line, column: node.position.start.column },
          end: { line: node.position.end.line, column: node.position.end.column },
        },
      });
    });
    return findings;
  },
};
