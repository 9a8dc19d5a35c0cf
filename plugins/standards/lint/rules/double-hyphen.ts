// Two hyphens standing for a dash (`word -- word`, `word--word`). Markdown
// shows them as two hyphens, not as a dash. Command-line options (`--force`)
// and longer runs of hyphens are not dashes, nor is a table cell or list item
// that holds nothing but `--` (read as "none"); code is never checked.
import type { Finding } from '../../report/diagnostic.js';
import { bodySource } from '../../markdown/markdown.js';
import { positionIn, proseRuns } from '../prose.js';
import type { FileRule } from '../rule.js';

/** `--` alone between spaces (or a line's edge), or between two letters. */
const DASH = /(?<=^|[ \t])--(?=[ \t]|$)|(?<=\p{L})--(?=\p{L})/gmu;

export const rule: FileRule = {
  meta: {
    id: 'double-hyphen',
    description: 'Prose writes a dash as `–`, not as two hyphens `--`; code and command-line options are never checked.',
    defaultSeverity: 'warn',
    fixable: true,
    examples: [
      {
        title: 'two hyphens for a dash',
        file: 'scs-0102-v1-image-properties.md',
        text: '---\ntitle: Image properties\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nThe property is optional -- and read-only.\n',
        findings: ['10:26 Unexpected `--` used as a dash, expected an en dash `–`'],
        fixed: '---\ntitle: Image properties\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nThe property is optional – and read-only.\n',
      },
      {
        title: 'command-line options, a cell that says "none", and code',
        file: 'scs-0102-v1-image-properties.md',
        text: '---\ntitle: Image properties\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nRun the check with --verbose.\n\n| Property | Default |\n| --- | --- |\n| os_hash | -- |\n\n`a -- b` is code.\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ document, tree }) {
    if (!document || !tree) return [];
    const findings: Finding[] = [];
    for (const run of proseRuns(tree, bodySource(document))) {
      if (run.source.trim() === '--') continue; // a cell or item that only says "none"
      for (const match of run.source.matchAll(DASH)) {
        const start = positionIn(run, match.index);
        const end = { line: start.line, column: start.column + 2 };
        findings.push({
          message: 'Unexpected `--` used as a dash, expected an en dash `–`',
          span: { start, end },
          fix: { kind: 'text', edits: [{ start, end, text: '–' }] },
        });
      }
    }
    return findings;
  },
};
