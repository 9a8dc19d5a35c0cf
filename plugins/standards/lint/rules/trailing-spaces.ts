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
  },
  scope: 'file',
  check({ document, tree }) {
    if (!document || !tree) return [];
    const findings: Finding[] = [];
    for (const { line, text, hardBreak } of proseLines(document, tree)) {
      const trailing = /[ \t]+$/.exec(text);
      if (!trailing) continue;
      const what = describe(trailing[0]);
      const span = { start: { line, column: trailing.index + 1 }, end: { line, column: text.length + 1 } };
      if (hardBreak && trailing[0].length >= 2 && trailing.index > 0) {
        findings.push({ message: `Unexpected ${what} as a hard line break, expected a backslash \`\\\` at the end of the line`, span });
      } else {
        findings.push({ message: `Unexpected ${what} at the end of the line, expected none`, span });
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
