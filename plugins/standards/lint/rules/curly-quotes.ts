// Curly (typographic) quotes in prose. Copied into a terminal, a YAML file or
// a search box they are not the quotes a reader meant, and the documents mix
// them with straight ones depending on which editor an author used.
import type { Finding } from '../../report/diagnostic.js';
import { bodySource } from '../../markdown/markdown.js';
import { positionIn, proseRuns } from '../prose.js';
import type { FileRule } from '../rule.js';

/** Each curly quote and the straight one to write instead. */
export const STRAIGHT: Readonly<Record<string, string>> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201A': "'", // ‚
  '\u201B': "'", // ‛
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
};
const CURLY = /[\u2018-\u201F]/g;

export const rule: FileRule = {
  meta: {
    id: 'curly-quotes',
    description: 'Prose uses straight quotes (`"` and `\'`), not curly ones; code is never checked.',
    defaultSeverity: 'warn',
    fixable: true,
    examples: [
      {
        title: 'curly quotes in prose, and the same characters in code, which stay',
        file: 'scs-0102-v1-image-properties.md',
        text: '---\ntitle: Image properties\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nSet the property to “true” if the image isn’t public; `echo “as written”` is code.\n',
        findings: [
          '10:21 Unexpected curly quote `“`, expected `"`',
          '10:26 Unexpected curly quote `”`, expected `"`',
          '10:44 Unexpected curly quote `’`, expected `\'`',
        ],
        fixed: '---\ntitle: Image properties\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nSet the property to "true" if the image isn\'t public; `echo “as written”` is code.\n',
      },
      {
        title: 'straight quotes and a character reference',
        file: 'scs-0102-v1-image-properties.md',
        text: '---\ntitle: Image properties\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nSet the property to "true" if the image isn\'t &ldquo;public&rdquo;.\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ document, tree }) {
    if (!document || !tree) return [];
    const findings: Finding[] = [];
    for (const run of proseRuns(tree, bodySource(document))) {
      for (const match of run.source.matchAll(CURLY)) {
        const straight = STRAIGHT[match[0]];
        if (straight === undefined) continue;
        const start = positionIn(run, match.index);
        const end = { line: start.line, column: start.column + 1 };
        findings.push({
          message: `Unexpected curly quote \`${match[0]}\`, expected \`${straight}\``,
          span: { start, end },
          fix: { kind: 'text', edits: [{ start, end, text: straight }] },
        });
      }
    }
    return findings;
  },
};
