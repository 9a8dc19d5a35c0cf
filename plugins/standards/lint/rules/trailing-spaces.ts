// Spaces and tabs at the end of a line. Invisible in review and in most
// editors, they turn into diff noise, and two of them silently make a hard
// line break. Code blocks keep theirs (some languages need them); front
// matter is not part of the body and is never checked.
import type { Finding } from '../../report/diagnostic.js';
import { proseLines } from '../prose.js';
import type { FileRule } from '../rule.js';

export const rule: FileRule = {
  meta: {
    id: 'trailing-spaces',
    description: 'No spaces or tabs at the end of a line outside code; a hard line break is a `\\` at the end of the line.',
    defaultSeverity: 'warn',
    fixable: true,
    examples: [
      {
        title: 'spaces at the end of lines, two of them making a hard line break',
        file: 'scs-0102-v1-image-properties.md',
        text: '---\ntitle: Image properties\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nFirst line, ending in a break  \nsecond line. \n\n```text\ncode keeps its spaces  \n```\n',
        findings: [
          '10:30 Unexpected 2 trailing spaces as a hard line break, expected a backslash `\\` at the end of the line',
          '11:13 Unexpected 1 trailing space at the end of the line, expected none',
        ],
        fixed: '---\ntitle: Image properties\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nFirst line, ending in a break\\\nsecond line.\n\n```text\ncode keeps its spaces  \n```\n',
      },
      {
        title: 'a hard line break written as a backslash, and spaces kept inside code',
        file: 'scs-0102-v1-image-properties.md',
        text: '---\ntitle: Image properties\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction\n\nFirst line, ending in a break\\\nsecond line.\n\n```text\ncode keeps its spaces  \n```\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ document, tree }) {
    if (!document || !tree) return [];
    const findings: Finding[] = [];
    for (const { line, text, hardBreak, html } of proseLines(document, tree)) {
      const trailing = /[ \t]+$/.exec(text);
      if (!trailing) continue;
      const what = describe(trailing[0]);
      const span = { start: { line, column: trailing.index + 1 }, end: { line, column: text.length + 1 } };
      // After a backslash, a `\` would escape it rather than break the line: reported, not fixed.
      const fixable = !html && text[trailing.index - 1] !== '\\';
      const fix = (replacement: string) => (!fixable ? {} : { fix: { kind: 'text' as const, edits: [{ start: span.start, end: span.end, text: replacement }] } });
      if (hardBreak && trailing[0].length >= 2 && trailing.index > 0) {
        findings.push({ message: `Unexpected ${what} as a hard line break, expected a backslash \`\\\` at the end of the line`, span, ...fix('\\') });
      } else {
        findings.push({ message: `Unexpected ${what} at the end of the line, expected none`, span, ...fix('') });
      }
    }
    return findings;
  },
};

function describe(whitespace: string): string {
  const tabs = whitespace.replace(/ /g, '').length;
  const spaces = whitespace.length - tabs;
  const parts = [spaces > 0 ? `${spaces} trailing space${spaces === 1 ? '' : 's'}` : '', tabs > 0 ? `${tabs} trailing tab${tabs === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' and ');
}
