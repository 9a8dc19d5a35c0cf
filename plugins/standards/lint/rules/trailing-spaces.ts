// Spaces and tabs at the end of a line. Invisible in review and in most
// editors, they turn into diff noise, and two of them silently make a hard
// line break. Code blocks keep theirs (some languages need them); front
// matter is not part of the body and is never checked.
import type { Finding } from '../../report/diagnostic.js';
import { bodySource, visitNodes } from '../../markdown/markdown.js';
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
    ],
  },
  scope: 'file',
  check({ document, tree }) {
    if (!document || !tree) return [];
    // Lines inside code blocks, and lines a multi-line code span continues past.
    const code = new Set<number>();
    const breaks = new Set<number>();
    const html = new Set<number>();
    visitNodes(tree, (node) => {
      if (!node.position) return;
      const { start, end } = node.position;
      if (node.type === 'code') for (let line = start.line; line <= end.line; line++) code.add(line);
      else if (node.type === 'inlineCode') for (let line = start.line; line < end.line; line++) code.add(line);
      else if (node.type === 'break') breaks.add(start.line);
      // Raw HTML (a <pre> block) may mean its spaces: reported, never fixed.
      else if (node.type === 'html') for (let line = start.line; line <= end.line; line++) html.add(line);
    });
    const findings: Finding[] = [];
    const lines = bodySource(document).split('\n');
    lines.forEach((text, index) => {
      const line = index + 1;
      const trailing = /[ \t]+$/.exec(text);
      if (!trailing || code.has(line)) return;
      const what = describe(trailing[0]);
      const span = { start: { line, column: trailing.index + 1 }, end: { line, column: text.length + 1 } };
      // After a backslash, a `\` would escape it rather than break the line: reported, not fixed.
      const fixable = !html.has(line) && text[trailing.index - 1] !== '\\';
      const fix = (replacement: string) => (!fixable ? {} : { fix: { kind: 'text' as const, edits: [{ start: span.start, end: span.end, text: replacement }] } });
      if (breaks.has(line) && trailing[0].length >= 2 && trailing.index > 0) {
        findings.push({ message: `Unexpected ${what} as a hard line break, expected a backslash \`\\\` at the end of the line`, span, ...fix('\\') });
      } else {
        findings.push({ message: `Unexpected ${what} at the end of the line, expected none`, span, ...fix('') });
      }
    });
    return findings;
  },
};

function describe(whitespace: string): string {
  const tabs = whitespace.replace(/ /g, '').length;
  const spaces = whitespace.length - tabs;
  const parts = [spaces > 0 ? `${spaces} trailing space${spaces === 1 ? '' : 's'}` : '', tabs > 0 ? `${tabs} trailing tab${tabs === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' and ');
}
