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
