// The portal renders standards as Markdown, not MDX (MDX would run code at
// build time). An author who writes MDX expects it to do something; on the
// portal it shows up as text or as an unknown element. Code is exempt.
import type { Heading, Html, Nodes, Paragraph, Text } from 'mdast';
import type { Finding, Position } from '../../report/diagnostic.js';
import { htmlTags, positionInNode } from '../html-tags.js';
import { bodySource, visitNodes } from '../../markdown/markdown.js';
import type { FileRule } from '../rule.js';

const ESM = /^(import|export)(?=[\s{*])/;
/** A `{` not escaped with a backslash, up to the matching `}` on the same line. */
const EXPRESSION = /(?<!\\)\{[^{}\n]*\}/g;
const HEADING_ID = /^\{#[^}]*\}\s*$/;
/** A capitalised or dotted tag that CommonMark does not take for HTML (`<Badge.Small />`) stays text. */
const COMPONENT_IN_TEXT = /(?<!\\)<([A-Z][\w.]*|[a-z]\w*\.[\w.]+)(?=[\s/>])/g;

export const rule: FileRule = {
  meta: {
    id: 'mdx-syntax',
    description: 'No MDX syntax (`import`/`export` lines, `{...}` expressions, JSX components): the portal would show it as text.',
    defaultSeverity: 'warn',
    examples: [
      {
        title: 'an import, a component and an expression',
        file: 'scs-0119-v1-region-names.md',
        text: '---\ntitle: Region names\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\nimport Tabs from \'@theme/Tabs\';\n\n## Introduction\n\n<Tabs groupId="cli">\n\nA region is named {props.region}.\n\n</Tabs>\n',
        findings: [
          '8:1 Unexpected MDX `import` statement, expected Markdown: the portal renders standards as Markdown, so this line shows as text',
          '12:1 Unexpected JSX component `<Tabs>`, expected Markdown or plain HTML: the portal renders standards as Markdown and runs no components',
          '14:19 Unexpected MDX expression `{props.region}`, expected Markdown text: the portal shows it as written; put it in a code span or write `\\{`',
        ],
      },
      {
        title: 'braces in code, escaped braces and a heading id',
        file: 'scs-0119-v1-region-names.md',
        text: '---\ntitle: Region names\ntype: Standard\nstatus: Draft\ntrack: IaaS\n---\n\n## Introduction {#intro}\n\nA region is named `{country}-{city}`, for example \\{de\\}-\\{berlin\\}.\n\n<details>\n<summary>Older names</summary>\n\nThey stay valid.\n\n</details>\n',
        findings: [],
      },
    ],
  },
  scope: 'file',
  check({ document, tree }) {
    if (!document || !tree) return [];
    const source = bodySource(document);
    const findings: Finding[] = [];
    for (const node of tree.children) if (node.type === 'paragraph') checkEsm(node, source, findings);
    visitNodes(tree, (node, parent) => {
      if (node.type === 'text') checkText(node, parent, source, findings);
      else if (node.type === 'html') checkComponents(node, findings);
    });
    return findings.sort((a, b) => a.span!.start.line - b.span!.start.line || a.span!.start.column - b.span!.start.column);
  },
};

function checkEsm(node: Paragraph, source: string, findings: Finding[]): void {
  const start = node.position?.start;
  if (!start || start.offset === undefined) return;
  const keyword = ESM.exec(source.slice(start.offset, start.offset + 7))?.[1];
  if (keyword) {
    findings.push({
      message: `Unexpected MDX \`${keyword}\` statement, expected Markdown: the portal renders standards as Markdown, so this line shows as text`,
      span: { start: { line: start.line, column: start.column } },
    });
  }
}

function checkText(node: Text, parent: Nodes | null, source: string, findings: Finding[]): void {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end || start.offset === undefined || end.offset === undefined) return;
  const written = source.slice(start.offset, end.offset);
  const lastInHeading = parent?.type === 'heading' && (parent as Heading).children.at(-1) === node;
  for (const match of written.matchAll(EXPRESSION)) {
    // `{#custom-id}` at the end of a heading is Docusaurus's heading-id syntax, not an expression.
    if (lastInHeading && HEADING_ID.test(written.slice(match.index))) continue;
    const shown = match[0].length > 30 ? `${match[0].slice(0, 28)}…}` : match[0];
    findings.push({
      message: `Unexpected MDX expression \`${shown}\`, expected Markdown text: the portal shows it as written; put it in a code span or write \`\\{\``,
      span: { start: offsetPosition(start, written, match.index) },
    });
  }
  for (const match of written.matchAll(COMPONENT_IN_TEXT)) {
    findings.push({ message: componentMessage(match[1]!), span: { start: offsetPosition(start, written, match.index) } });
  }
}

function checkComponents(node: Html, findings: Finding[]): void {
  for (const tag of htmlTags(node.value)) {
    if (tag.closing || !/^[A-Z]|\./.test(tag.name)) continue;
    findings.push({ message: componentMessage(tag.name), span: { start: positionInNode(node, tag.index) } });
  }
}

function componentMessage(name: string): string {
  return `Unexpected JSX component \`<${name}>\`, expected Markdown or plain HTML: the portal renders standards as Markdown and runs no components`;
}

function offsetPosition(start: Position, text: string, index: number): Position {
  const before = text.slice(0, index);
  const lineBreak = before.lastIndexOf('\n');
  return lineBreak < 0 ? { line: start.line, column: start.column + index } : { line: start.line + before.split('\n').length - 1, column: index - lineBreak };
}
